import GRDB

/// The near-duplicate index: for each anchor key (one MinHash value), the canonical stories that
/// have it. A key shared by more than `commonLimit` stories is a stock phrase ("the company said
/// in a statement"), not evidence: it is neither followed nor extended, so no lookup reads a long
/// list and the index does not grow with boilerplate.
struct AnchorPostings {
    static let commonLimit = 16

    /// Stored stories sharing at least one uncommon key, in no particular order.
    private(set) var candidates: [Int64] = []
    /// The keys that are not common: the ones worth indexing the article under.
    private(set) var uncommonKeys: [Int64] = []

    init(_ db: Database, keys: [Int64]) throws {
        // One point query per key: `key IN (…)` makes SQLite build and free ephemeral tables on every
        // lookup, which cost more than the seeks themselves.
        let probe = try db.cachedStatement(sql: "SELECT article FROM anchors WHERE key = ? LIMIT \(Self.commonLimit + 1)")
        for key in keys {
            let articles = try Int64.fetchAll(probe, arguments: [key])
            guard articles.count <= Self.commonLimit else { continue }
            uncommonKeys.append(key)
            for article in articles where !candidates.contains(article) { candidates.append(article) }
        }
    }

    /// Indexes a canonical story under its uncommon keys, in one statement.
    static func add(_ db: Database, keys: [Int64], article: Int64) throws {
        guard !keys.isEmpty else { return }
        let rows = Array(repeating: "(?, ?)", count: keys.count).joined(separator: ", ")
        var values: [any DatabaseValueConvertible] = []
        values.reserveCapacity(keys.count * 2)
        for key in keys { values += [key, article] }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO anchors (key, article) VALUES \(rows)").execute(arguments: StatementArguments(values))
    }
}
