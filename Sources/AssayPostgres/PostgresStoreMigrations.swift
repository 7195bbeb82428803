import PostgresNIO

/// The PostgreSQL schema, as versioned migrations (a new version adds one, never edits one), run
/// once under an advisory lock so daemons starting together do not race to create it.
enum PostgresStoreMigrations {
    /// The advisory lock key of migrations ("assay" in ASCII).
    static let lockKey: Int64 = 0x6173_7361_79

    static let migrations: [(id: String, statements: [PostgresQuery])] = [
        (
            "v1: articles, anchor index, copies, input ledger",
            [
                """
                CREATE TABLE articles (
                    rowid BIGSERIAL PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    content_hash TEXT NOT NULL,
                    title TEXT NOT NULL,
                    primary_industry TEXT,
                    source TEXT,
                    publisher TEXT,
                    ingested_at TEXT NOT NULL,
                    duplicate_of TEXT,
                    duplicate_kind TEXT NOT NULL CHECK (duplicate_kind IN ('canonical', 'exact', 'near')),
                    match TEXT,
                    similarity DOUBLE PRECISION,
                    shingle_count INTEGER NOT NULL,
                    fact_count INTEGER NOT NULL,
                    signature BYTEA NOT NULL,
                    published_at TEXT,
                    industries TEXT
                )
                """,
                "CREATE INDEX articles_content_hash ON articles (content_hash)",
                "CREATE INDEX articles_duplicate_of ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL",
                "CREATE TABLE anchors (key BIGINT PRIMARY KEY, articles BYTEA NOT NULL)",
                """
                CREATE TABLE copies (
                    article_id TEXT NOT NULL, source TEXT NOT NULL, publisher TEXT, ingested_at TEXT NOT NULL,
                    PRIMARY KEY (article_id, source)
                )
                """,
                """
                CREATE TABLE ledger (
                    key TEXT PRIMARY KEY,
                    path TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('decided', 'done')),
                    outcome TEXT NOT NULL,
                    decision TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                )
                """,
                "CREATE INDEX ledger_unfinished ON ledger (state) WHERE state = 'decided'",
            ]
        ),
        (
            "v2: fetch state per source, feed items seen",
            [
                """
                CREATE TABLE sources (
                    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, last_fetch TEXT, last_status TEXT, last_error TEXT,
                    error_count BIGINT NOT NULL DEFAULT 0, next_run DOUBLE PRECISION, items_seen BIGINT NOT NULL DEFAULT 0
                )
                """,
                """
                CREATE TABLE feed_items (
                    source TEXT NOT NULL, guid TEXT NOT NULL, page_url TEXT, seen_at TEXT NOT NULL, PRIMARY KEY (source, guid)
                )
                """,
                "CREATE INDEX feed_items_page_url ON feed_items (page_url)",
            ]
        ),
        (
            "v3: who holds a source's due fetch, until when",
            ["ALTER TABLE sources ADD COLUMN claimed_by TEXT", "ALTER TABLE sources ADD COLUMN claimed_until DOUBLE PRECISION"]
        ),
        (
            "v4: claims on the files of a shared inbox",
            [
                """
                CREATE TABLE input_claims (
                    path TEXT PRIMARY KEY, identity TEXT NOT NULL, claimant TEXT NOT NULL,
                    claimed_until TIMESTAMPTZ NOT NULL, done BOOLEAN NOT NULL DEFAULT false
                )
                """,
                "CREATE INDEX input_claims_done ON input_claims (claimed_until) WHERE done",
            ]
        ),
        (
            "v5: write-ups of one story in other languages",
            [
                "ALTER TABLE articles ADD COLUMN related_to TEXT",
                "ALTER TABLE articles ADD COLUMN story_keys BYTEA",
                "CREATE INDEX articles_related_to ON articles (related_to) WHERE related_to IS NOT NULL",
            ]
        ),
    ]

    static func migrate(_ connection: PostgresConnection, logger: Logger) throws {
        func run(_ query: PostgresQuery) throws -> PostgresQueryResult { try connection.query(query, logger: logger).wait() }
        _ = try run("SELECT pg_advisory_lock(\(lockKey))")
        defer { _ = try? run("SELECT pg_advisory_unlock(\(lockKey))") }
        _ = try run("CREATE TABLE IF NOT EXISTS assay_migrations (id TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
        let applied = Set(try run("SELECT id FROM assay_migrations").map { try $0.decode(String.self) })
        for migration in migrations where !applied.contains(migration.id) {
            _ = try run("BEGIN")
            do {
                for statement in migration.statements { _ = try run(statement) }
                _ = try run("INSERT INTO assay_migrations (id) VALUES (\(migration.id))")
                _ = try run("COMMIT")
            } catch {
                _ = try? run("ROLLBACK")
                throw error
            }
        }
    }
}
