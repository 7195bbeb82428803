import AssayCore
import GRDB

/// The store's schema, as versioned migrations: a new version adds a migration, never edits one.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, LSH bands, input ledger") { db in
            try db.execute(
                sql: """
                    CREATE TABLE articles (
                        id TEXT NOT NULL UNIQUE,
                        content_hash TEXT NOT NULL,
                        title TEXT NOT NULL,
                        primary_industry TEXT,
                        source TEXT,
                        ingested_at TEXT NOT NULL,
                        duplicate_of TEXT,
                        duplicate_kind TEXT NOT NULL CHECK (duplicate_kind IN ('canonical', 'exact', 'near')),
                        similarity REAL,
                        shingle_count INTEGER NOT NULL,
                        salient_count INTEGER NOT NULL,
                        signature BLOB NOT NULL
                    );
                    CREATE INDEX articles_content_hash ON articles (content_hash);
                    CREATE TABLE bands (
                        key INTEGER NOT NULL,
                        article INTEGER NOT NULL,
                        PRIMARY KEY (key, article)
                    ) WITHOUT ROWID;
                    -- The daemon's ledger: one row per input, so each is processed exactly once across crashes.
                    CREATE TABLE inputs (
                        input TEXT NOT NULL PRIMARY KEY,
                        content_sha256 TEXT,
                        state TEXT NOT NULL,
                        article_ids TEXT,
                        reason TEXT,
                        updated_at TEXT NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v2: input ledger keyed by content") { db in
            try db.execute(
                sql: """
                    DROP TABLE inputs;
                    -- One row per input, keyed by the SHA-256 of its bytes: decided (articles admitted, placements
                    -- chosen) then done (records and the input's move durable).
                    CREATE TABLE ledger (
                        key TEXT NOT NULL PRIMARY KEY,
                        path TEXT NOT NULL,
                        state TEXT NOT NULL CHECK (state IN ('decided', 'done')),
                        outcome TEXT NOT NULL,
                        decision TEXT NOT NULL,
                        updated_at TEXT NOT NULL
                    ) WITHOUT ROWID;
                    CREATE INDEX ledger_unfinished ON ledger (state) WHERE state = 'decided';
                    """)
        }
        migrator.registerMigration("v3: fetch state per source, feed items seen") { db in
            try db.execute(
                sql: """
                    -- One row per fetched URL: conditional-GET validators, health and schedule.
                    CREATE TABLE sources (
                        url TEXT NOT NULL PRIMARY KEY,
                        etag TEXT,
                        last_modified TEXT,
                        last_fetch TEXT,
                        last_status TEXT,
                        last_error TEXT,
                        error_count INTEGER NOT NULL DEFAULT 0,
                        next_run REAL,
                        items_seen INTEGER NOT NULL DEFAULT 0
                    ) WITHOUT ROWID;
                    -- Feed items whose article is recorded: never fetched again, by GUID or by page URL.
                    CREATE TABLE feed_items (
                        source TEXT NOT NULL,
                        guid TEXT NOT NULL,
                        page_url TEXT,
                        seen_at TEXT NOT NULL,
                        PRIMARY KEY (source, guid)
                    ) WITHOUT ROWID;
                    CREATE INDEX feed_items_page_url ON feed_items (page_url);
                    """)
        }
        migrator.registerMigration("v4: anchor index replaces LSH bands; who carried each story") { db in
            // Ten single-value keys find excerpts that 32 bands of three missed (Jaccard 0.3: 97% against
            // 58%), with fewer than half the index rows per story.
            try db.execute(
                sql: """
                    ALTER TABLE articles ADD COLUMN publisher TEXT;
                    -- How a near duplicate matched: reprint (shared word runs) or rewrite (shared facts).
                    ALTER TABLE articles ADD COLUMN match TEXT;
                    UPDATE articles SET match = CASE duplicate_kind WHEN 'exact' THEN 'exact' WHEN 'near' THEN 'reprint' END;
                    -- The names-and-figures MinHash gives way to the exact facts set; old rows keep their
                    -- shingles and have no facts, so only the reprint test applies to them.
                    UPDATE articles SET signature = substr(signature, 1, \(NearDuplicateSignature.shingleHashes * 4)), salient_count = 0;
                    ALTER TABLE articles RENAME COLUMN salient_count TO fact_count;
                    -- A story's reprints, for `assay story`; canonical rows (most of them) are not indexed.
                    CREATE INDEX articles_duplicate_of ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL;
                    -- One row per anchor key: the rowids of the stories that have it, 8 bytes each.
                    CREATE TABLE anchors (
                        key INTEGER PRIMARY KEY,
                        articles BLOB NOT NULL
                    );
                    DROP TABLE bands;
                    """)
            let stories = try Row.fetchCursor(
                db, sql: "SELECT rowid, shingle_count, signature FROM articles WHERE duplicate_of IS NULL ORDER BY rowid")
            while let row = try stories.next() {
                guard let signature = StoredSignatureCoding.decode(row["signature"], shingleCount: row["shingle_count"]) else { continue }
                let tx = SQLiteTransaction(db: db)
                let (_, uncommonKeys) = try StoreDecisions.anchorCandidates(tx, keys: signature.anchorKeys)
                try tx.index(row["rowid"], under: uncommonKeys)
            }
        }
        migrator.registerMigration("v5: copies of an article from other sources") { db in
            // The same article (same id) from another site or file: one more carrier of its story.
            try db.execute(
                sql: """
                    CREATE TABLE copies (
                        article_id TEXT NOT NULL,
                        source TEXT NOT NULL,
                        publisher TEXT,
                        ingested_at TEXT NOT NULL,
                        PRIMARY KEY (article_id, source)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v6: publication date and every label of an article, for assay records") { db in
            // Older rows have neither: their primary industry stands for their labels, and no date is known.
            try db.execute(
                sql: """
                    ALTER TABLE articles ADD COLUMN published_at TEXT;
                    ALTER TABLE articles ADD COLUMN industries TEXT;
                    """)
        }
        migrator.registerMigration("v7: who holds a source's due fetch, until when") { db in
            // Several daemons sharing a store take turns at a source's fetch; one store per daemon never contends.
            try db.execute(
                sql: """
                    ALTER TABLE sources ADD COLUMN claimed_by TEXT;
                    ALTER TABLE sources ADD COLUMN claimed_until REAL;
                    """)
        }
        migrator.registerMigration("v8: write-ups of one story in other languages") { db in
            // related_to: the story a write-up joined (`dedup.related`); story_keys: its StoryKeys,
            // little-endian UInt32s. Articles stored before have none and are not linked.
            try db.execute(
                sql: """
                    ALTER TABLE articles ADD COLUMN related_to TEXT;
                    ALTER TABLE articles ADD COLUMN story_keys BLOB;
                    CREATE INDEX articles_related_to ON articles (related_to) WHERE related_to IS NOT NULL;
                    """)
        }
        return migrator
    }
}
