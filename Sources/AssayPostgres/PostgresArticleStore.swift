import AssayCore
import AssayStore
import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import Synchronization

/// The state store on PostgreSQL, for several daemons sharing one de-duplication index: the same
/// decisions as the SQLite store (`StoreDecisions`), on a small pool of connections. Every decision takes a
/// transaction-scoped advisory lock first, so concurrent daemons decide one batch at a time and
/// exactly one of them stores the first copy of a story.
public final class PostgresArticleStore: ArticleStore, InputLedger, Sendable {
    private let pool: PostgresConnectionPool
    private let settings: StoreSettings
    private let logger: Logger
    public let url: String

    /// The advisory lock every decision holds ("decide" in ASCII).
    static let decisionLock: Int64 = 0x64_6563_6964_65

    /// Connects to `postgresql://user[:password]@host[:port]/database` and brings the schema up to date.
    public init(url: String, settings: StoreSettings = StoreSettings(), logger: Logger = Logger(label: "assay.postgres")) throws(StoreError) {
        self.url = url
        self.settings = settings
        self.logger = logger
        let configuration = try Self.configuration(url, settings: settings)
        pool = PostgresConnectionPool(
            configuration: configuration, size: settings.poolSize, statementTimeout: settings.statementTimeout, logger: logger)
        do {
            try pool.withConnection { try PostgresStoreMigrations.migrate($0, logger: logger) }
        } catch {
            throw StoreError(
                path: Self.redacted(url), underlying: Self.describe(error),
                advice: "check that the server runs and the address, user and database in state (and [store] tls) are right")
        }
    }

    /// One transaction on a connection of the pool, committed when `body` returns, rolled back when it
    /// throws. A connection lost on the way (server restarted, network cut) is opened again and the
    /// whole transaction run again, with back-off, for up to `settings.retryFor` seconds: every call is
    /// idempotent (a batch decided before the loss is found decided and resumed, never decided twice).
    @discardableResult
    func transaction<T>(exclusive: Bool = false, _ body: (PostgresTransaction) throws -> T) throws -> T {
        // Retried for `retryFor` seconds from the first loss (a silent connection may have used up time before).
        var deadline: ContinuousClock.Instant?
        var pause = Duration.milliseconds(100)
        while true {
            do {
                return try pool.withConnection { connection in
                    let tx = PostgresTransaction(connection: connection, logger: logger, answerTimeout: settings.statementTimeout + 10)
                    try tx.run("BEGIN")
                    do {
                        if exclusive { try tx.run("SELECT pg_advisory_xact_lock(\(Self.decisionLock))") }
                        let result = try body(tx)
                        try tx.run("COMMIT")
                        return result
                    } catch {
                        _ = try? tx.run("ROLLBACK")
                        throw error
                    }
                }
            } catch where Self.isConnectionLoss(error) && ContinuousClock.now + pause < (deadline ?? .now + .seconds(settings.retryFor)) {
                if deadline == nil { deadline = .now + .seconds(settings.retryFor) }
                pool.discardIdle()
                logger.warning(
                    "PostgreSQL connection lost; retrying",
                    metadata: ["error": .string(Self.describe(error)), "pause": .stringConvertible(pause)])
                Thread.sleep(forTimeInterval: Double(pause.components.seconds) + Double(pause.components.attoseconds) / 1e18)
                pause = min(pause * 2, .seconds(2))
            }
        }
    }

    /// A failure of the connection, not of the statement: worth a new connection and another try.
    static func isConnectionLoss(_ error: any Error) -> Bool {
        // Opening a connection that failed (refused, reset, timed out) is a `connectionError`: the server may be back soon.
        guard let error = error as? PSQLError else { return error is SilentConnection || error is IOError || error is ChannelError }
        switch error.code {
        case .server:
            // Class 08 (connection exception) and 57P (the server shutting down or terminating the session).
            let state = error.serverInfo?[.sqlState] ?? ""
            return state.hasPrefix("08") || state.hasPrefix("57P")
        case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown: return true
        default: return false
        }
    }

    public func admit(_ article: StoredArticle, rule: DuplicateRule) throws -> DedupVerdict {
        try transaction(exclusive: true) { tx in
            let batch = try PostgresDecisionBatch(tx, articles: [article])
            let verdict = try StoreDecisions.admit(batch, article, rule: rule)
            try batch.flush()
            return verdict
        }
    }

    /// Admits articles in order in one transaction: later ones are checked against earlier ones.
    public func admitAll(_ articles: [StoredArticle], rule: DuplicateRule) throws -> [DedupVerdict] {
        try transaction(exclusive: true) { tx in
            let batch = try PostgresDecisionBatch(tx, articles: articles)
            let verdicts = try articles.map { try StoreDecisions.admit(batch, $0, rule: rule) }
            try batch.flush()
            return verdicts
        }
    }

    public func decide(_ inputs: [PendingInput], rule: DuplicateRule, at time: String) throws -> [LedgerDecision] {
        try transaction(exclusive: true) { tx in
            let batch = try PostgresDecisionBatch(tx, articles: inputs.flatMap(\.articles))
            let decisions = try StoreDecisions.decide(batch, inputs, rule: rule, at: time)
            try batch.flush()
            return decisions
        }
    }

    public func markDone(_ inputs: [(key: String, outcome: String?)], at time: String) throws {
        guard !inputs.isEmpty else { return }
        let keys = inputs.map(\.key)
        // An empty outcome keeps the one decided (arrays of optionals are not bound).
        let outcomes = inputs.map { $0.outcome ?? "" }
        try transaction { tx in
            try tx.run(
                """
                UPDATE ledger SET state = 'done', outcome = COALESCE(NULLIF(done.outcome, ''), ledger.outcome), updated_at = \(time)
                FROM unnest(\(keys)::text[], \(outcomes)::text[]) AS done (key, outcome) WHERE ledger.key = done.key
                """)
        }
    }

    public func unfinishedInputs() throws -> [LedgerEntry] {
        try transaction { tx in
            try tx.run("SELECT key, path, state, decision FROM ledger WHERE state = 'decided' ORDER BY key").compactMap { row in
                let (key, path, state, text) = try row.decode((String, String, String, String).self)
                guard let decision = StoreDecisions.decodeDecision(text) else { return nil }
                return LedgerEntry(key: key, path: path, state: state, decision: decision)
            }
        }
    }

    public func ledgerCounts() throws -> [String: Int] {
        try transaction { tx in
            var counts: [String: Int] = [:]
            for row in try tx.run("SELECT state || ':' || outcome, COUNT(*) FROM ledger GROUP BY 1") {
                let (key, count) = try row.decode((String, Int64).self)
                counts[key] = Int(count)
            }
            return counts
        }
    }

    public func statistics() throws -> StoreStatistics {
        try transaction { tx in
            var byKind: [String: Int] = [:]
            for row in try tx.run("SELECT duplicate_kind, COUNT(*) FROM articles GROUP BY duplicate_kind") {
                let (kind, count) = try row.decode((String, Int64).self)
                byKind[kind] = Int(count)
            }
            var perIndustry: [String: Int] = [:]
            for row in try tx.run(
                "SELECT COALESCE(primary_industry, 'none'), COUNT(*) FROM articles WHERE duplicate_of IS NULL AND related_to IS NULL GROUP BY 1")
            {
                let (industry, count) = try row.decode((String, Int64).self)
                perIndustry[industry] = Int(count)
            }
            let rewrites = try tx.run("SELECT COUNT(*) FROM articles WHERE match = 'rewrite'").first?.decode(Int64.self) ?? 0
            let related = try tx.run("SELECT COUNT(*) FROM articles WHERE related_to IS NOT NULL").first?.decode(Int64.self) ?? 0
            let copies = try tx.run("SELECT COUNT(*) FROM copies").first?.decode(Int64.self) ?? 0
            let canonical = byKind["canonical"] ?? 0
            let exact = (byKind["exact"] ?? 0) + Int(copies)
            let near = byKind["near"] ?? 0
            return StoreStatistics(
                articles: canonical + exact + near, canonical: canonical, exactDuplicates: exact, nearDuplicates: near,
                rewrites: Int(rewrites), related: Int(related), perIndustry: perIndustry)
        }
    }

    public func story(containing id: String) throws -> StoryCoverage? {
        try transaction { tx in
            // The story's first article: the original of a duplicate, and the story a write-up joined.
            guard
                let row = try tx.run(
                    """
                    SELECT COALESCE(a.related_to, a.id) FROM articles a
                    WHERE a.id = (SELECT COALESCE(duplicate_of, id) FROM articles WHERE id = \(id))
                    """
                ).first
            else { return nil }
            let canonicalID = try row.decode(String.self)
            func articles(_ query: PostgresQuery) throws -> [StoryArticle] {
                try tx.run(query).map { row in
                    let (id, title, source, publisher, ingestedAt, match, similarity) = try row.decode(
                        (String, String, String?, String?, String, String, Double?).self)
                    return StoryArticle(
                        id: id, title: title, source: source, publisher: publisher, ingestedAt: ingestedAt, match: match,
                        similarity: similarity)
                }
            }
            guard
                let canonical = try articles(
                    """
                    SELECT id, title, source, publisher, ingested_at, COALESCE(match, 'first'), similarity
                    FROM articles WHERE id = \(canonicalID)
                    """
                ).first
            else { return nil }
            let reprints = try articles(
                """
                SELECT id, title, source, publisher, ingested_at, COALESCE(match, 'first'), similarity
                FROM articles
                WHERE duplicate_of = \(canonicalID) OR related_to = \(canonicalID)
                    OR duplicate_of IN (SELECT id FROM articles WHERE related_to = \(canonicalID))
                ORDER BY rowid
                """)
            let copies = try articles(
                """
                SELECT c.article_id, a.title, c.source, c.publisher, c.ingested_at, 'exact', 1.0::float8
                FROM copies c JOIN articles a ON a.id = c.article_id
                WHERE a.id = \(canonicalID) OR a.duplicate_of = \(canonicalID) OR a.related_to = \(canonicalID)
                    OR a.duplicate_of IN (SELECT id FROM articles WHERE related_to = \(canonicalID))
                ORDER BY c.ingested_at
                """)
            let carried = (reprints + copies).enumerated().sorted {
                ($0.element.ingestedAt, $0.offset) < ($1.element.ingestedAt, $1.offset)
            }.map(\.element)
            return StoryCoverage(canonical: canonical, reprints: carried)
        }
    }

    /// `postgresql://user[:password]@host[:port]/database`, encrypted as `[store] tls` says.
    static func configuration(_ url: String, settings: StoreSettings = StoreSettings()) throws(StoreError)
        -> PostgresConnection.Configuration
    {
        guard let parts = URLComponents(string: url), ["postgresql", "postgres"].contains(parts.scheme ?? ""),
            let host = parts.host, !host.isEmpty, let user = parts.user, !user.isEmpty
        else {
            throw StoreError(
                path: redacted(url), underlying: "it is not a PostgreSQL address",
                advice: "write it as postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE")
        }
        guard parts.query == nil else {
            throw StoreError(
                path: redacted(url), underlying: "options after ? are not read",
                advice: "drop them from the address; set tls, tls_ca_file, pool_size and statement_timeout in the [store] table")
        }
        let database = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        var configuration = PostgresConnection.Configuration(
            host: host, port: parts.port ?? 5432, username: user, password: parts.password, database: database.isEmpty ? user : database,
            tls: try tls(settings, url: url))
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }

    /// libpq's meaning of each mode: `prefer` and `require` encrypt without checking the certificate,
    /// `verify-full` checks it and the host name.
    private static func tls(_ settings: StoreSettings, url: String) throws(StoreError) -> PostgresConnection.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch settings.tls {
        case .disable: return .disable
        case .prefer, .require: tls.certificateVerification = .none
        case .verifyFull:
            tls.certificateVerification = .fullVerification
            if let file = settings.tlsCAFile { tls.trustRoots = .file(file) }
        }
        do {
            let context = try NIOSSLContext(configuration: tls)
            return settings.tls == .prefer ? .prefer(context) : .require(context)
        } catch {
            throw StoreError(
                path: redacted(url), underlying: "TLS cannot be set up (\(error))",
                advice: "check that tls_ca_file in [store] names a readable PEM file of certificates")
        }
    }

    /// The address without its password, for messages and logs.
    public static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url), parts.password != nil else { return url }
        parts.password = "***"
        return parts.string ?? url
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            // A failed connection carries its cause (refused, timed out, a certificate not trusted).
            if let underlying = error.underlying { return "\(error.code): \(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }
}

extension PostgresArticleStore: FetchStateStore {
    public func sourceStates() throws -> [String: SourceState] {
        try transaction { tx in
            var states: [String: SourceState] = [:]
            let rows = try tx.run(
                """
                SELECT url, etag, last_modified, last_fetch, last_status, last_error, error_count, next_run, items_seen FROM sources
                """)
            for row in rows {
                let (url, etag, lastModified, lastFetch, lastStatus, lastError, errors, nextRun, itemsSeen) = try row.decode(
                    (String, String?, String?, String?, String?, String?, Int64, Double?, Int64).self)
                var state = SourceState(url: url)
                state.etag = etag
                state.lastModified = lastModified
                state.lastFetch = lastFetch
                state.lastStatus = lastStatus
                state.lastError = lastError
                state.errorCount = Int(errors)
                state.nextRun = nextRun
                state.itemsSeen = Int(itemsSeen)
                states[url] = state
            }
            return states
        }
    }

    public func save(_ state: SourceState) throws {
        let errors = Int64(state.errorCount)
        let itemsSeen = Int64(state.itemsSeen)
        try transaction { tx in
            try tx.run(
                """
                INSERT INTO sources (url, etag, last_modified, last_fetch, last_status, last_error, error_count, next_run, items_seen)
                VALUES (\(state.url), \(state.etag), \(state.lastModified), \(state.lastFetch), \(state.lastStatus), \(state.lastError),
                    \(errors), \(state.nextRun), \(itemsSeen))
                ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                    last_fetch = excluded.last_fetch, last_status = excluded.last_status, last_error = excluded.last_error,
                    error_count = excluded.error_count, next_run = excluded.next_run, items_seen = excluded.items_seen,
                    claimed_by = NULL, claimed_until = NULL
                """)
        }
    }

    public func seen(_ items: [SeenFeedItem]) throws -> Set<String> {
        try transaction { tx in
            var seen: Set<String> = []
            for item in items {
                if try tx.run("SELECT 1 FROM feed_items WHERE source = \(item.source) AND guid = \(item.guid)").first != nil {
                    seen.insert(item.guid)
                } else if let page = item.pageURL, try tx.run("SELECT 1 FROM feed_items WHERE page_url = \(page) LIMIT 1").first != nil {
                    seen.insert(item.guid)
                }
            }
            return seen
        }
    }

    /// One conditional update: of daemons racing for the same due fetch, exactly one changes the row.
    public func claim(_ url: String, by claimant: String, now: Double, until: Double) throws -> Bool {
        try transaction { tx in
            try tx.run("INSERT INTO sources (url) VALUES (\(url)) ON CONFLICT DO NOTHING")
            let result = try tx.run(
                """
                UPDATE sources SET claimed_by = \(claimant), claimed_until = \(until)
                WHERE url = \(url) AND (next_run IS NULL OR next_run <= \(now))
                    AND (claimed_until IS NULL OR claimed_until <= \(now) OR claimed_by = \(claimant))
                """)
            return (result.metadata.rows ?? 0) > 0
        }
    }

    public func remember(_ items: [SeenFeedItem], at time: String) throws {
        guard !items.isEmpty else { return }
        try transaction { tx in
            for item in items {
                try tx.run(
                    """
                    INSERT INTO feed_items (source, guid, page_url, seen_at) VALUES (\(item.source), \(item.guid), \(item.pageURL), \(time))
                    ON CONFLICT DO NOTHING
                    """)
            }
        }
    }
}

extension PostgresArticleStore: RecordListing {
    public func records(matching query: RecordQuery) throws -> [RecordRow] {
        let (clause, values) = query.conditions { "$\($0)" }
        var binds = PostgresBindings()
        for value in values { binds.append(value) }
        return try transaction { tx in
            try tx.run(PostgresQuery(unsafeSQL: "SELECT \(RecordQuery.columns) FROM articles \(clause) \(RecordQuery.order)", binds: binds))
                .map { row in
                    let (id, title, publishedAt, publisher, source, industries, primary, kind, match, duplicateOf, ingestedAt, relatedTo) =
                        try row.decode((String, String, String?, String?, String?, String?, String?, String, String?, String?, String, String?).self)
                    return RecordRow(
                        id: id, title: title, publishedAt: publishedAt, publisher: publisher, source: source, industries: industries,
                        primaryIndustry: primary, kind: kind, match: match, duplicateOf: duplicateOf, ingestedAt: ingestedAt, relatedTo: relatedTo)
                }
        }
    }
}
