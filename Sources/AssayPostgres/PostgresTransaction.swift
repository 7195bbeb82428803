import AssayCore
import AssayStore
import Dispatch
import Logging
import NIOCore
import PostgresNIO
import Synchronization

/// One PostgreSQL connection inside `BEGIN … COMMIT`; each call waits for its answer (the store is
/// called from the committer's thread, never from an event loop). Decisions go through a
/// `PostgresDecisionBatch` on it, which reads and writes the articles in bulk.
struct PostgresTransaction {
    let connection: PostgresConnection
    let logger: Logger
    /// Seconds to wait for an answer: past the server's statement timeout, so only a connection that
    /// went silent (a network cut, a server gone mid-answer) reaches it.
    let answerTimeout: Double

    @discardableResult
    func run(_ query: PostgresQuery) throws -> PostgresQueryResult {
        try Self.wait(for: connection.query(query, logger: logger), on: connection, timeout: answerTimeout)
    }

    /// Waits for a future of `connection` at most `timeout` seconds, or until the connection is seen
    /// closed without answering (a server that went away mid-statement can leave the answer pending);
    /// then closes the connection (the pool opens another) and throws, so the call is retried.
    static func wait<T: Sendable>(for future: EventLoopFuture<T>, on connection: PostgresConnection, timeout: Double) throws -> T {
        let answered = DispatchSemaphore(value: 0)
        let result = Mutex<Result<T, any Error>?>(nil)
        future.whenComplete { outcome in
            result.withLock { $0 = outcome }
            answered.signal()
        }
        let deadline = DispatchTime.now() + timeout
        while answered.wait(timeout: min(deadline, .now() + 0.1)) == .timedOut {
            if connection.isClosed || DispatchTime.now() >= deadline {
                connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
                throw SilentConnection(seconds: timeout, closed: connection.isClosed)
            }
        }
        guard let outcome = result.withLock({ $0 }) else { throw SilentConnection(seconds: timeout, closed: true) }
        return try outcome.get()
    }

    func addCopy(_ article: StoredArticle) throws -> Bool {
        let result = try run(
            """
            INSERT INTO copies (article_id, source, publisher, ingested_at)
            VALUES (\(article.id), \(article.source ?? ""), \(article.publisher), \(article.ingestedAt)) ON CONFLICT DO NOTHING
            """)
        return (result.metadata.rows ?? 0) > 0
    }

    func candidates(_ rowIDs: [Int64]) throws -> [StoredCandidate] {
        guard !rowIDs.isEmpty else { return [] }
        var found: [Int64: StoredCandidate] = [:]
        for row in try run(
            "SELECT rowid, id, shingle_count, signature, publisher, source, story_keys, related_to FROM articles WHERE rowid = ANY(\(rowIDs)::int8[])")
        {
            let (rowID, id, shingleCount, signature, publisher, source, storyKeys, relatedTo) = try row.decode(
                (Int64, String, Int32, ByteBuffer, String?, String?, ByteBuffer?, String?).self)
            let keys = storyKeys.map { buffer in
                Array(buffer.readableBytesView).withUnsafeBytes { StoredSignatureCoding.decodeStoryKeys($0) }
            }
            found[rowID] = StoredCandidate(
                id: id, shingleCount: Int(shingleCount), signature: Array(signature.readableBytesView), publisher: publisher, source: source,
                storyKeys: keys ?? StoryKeys(keys: []), relatedTo: relatedTo)
        }
        return rowIDs.compactMap { found[$0] }
    }

    func ledgerRows(_ keys: [String]) throws -> [String: StoredLedgerRow] {
        guard !keys.isEmpty else { return [:] }
        var rows: [String: StoredLedgerRow] = [:]
        for row in try run("SELECT key, path, state, decision FROM ledger WHERE key = ANY(\(keys)::text[])") {
            let (key, path, state, decision) = try row.decode((String, String, String, String?).self)
            rows[key] = StoredLedgerRow(path: path, state: state, decision: decision)
        }
        return rows
    }

    func insertLedgerRows(_ rows: [NewLedgerRow], at time: String) throws {
        guard !rows.isEmpty else { return }
        try run(
            """
            INSERT INTO ledger (key, path, state, outcome, decision, updated_at)
            SELECT key, path, 'decided', outcome, decision, \(time)
            FROM unnest(\(rows.map(\.key))::text[], \(rows.map(\.path))::text[], \(rows.map(\.outcome))::text[], \(rows.map(\.decision))::text[])
                AS new (key, path, outcome, decision)
            """)
    }
}

/// A connection gave no answer within the statement timeout and a margin: it is closed and the call retried.
struct SilentConnection: Error, CustomStringConvertible {
    var seconds: Double
    /// The connection closed while the answer was awaited (rather than staying silent past the timeout).
    var closed: Bool
    var description: String {
        closed ? "the connection closed before the server answered" : "the server gave no answer in \(Int(seconds)) s; the connection was closed"
    }
}
