import GRDB

/// The near-duplicate index: for each anchor key (one MinHash value or fact), the canonical
/// stories that have it, as one row keyed by the key (a rowid seek) holding their rowids, 8 bytes
/// each. A key shared by more than `commonLimit` stories is a stock phrase or a common name, not
/// evidence: it is neither followed nor extended, so no lookup reads a long list.
struct AnchorPostings {
    static let commonLimit = 16

    /// Stored stories sharing at least one uncommon key, in no particular order.
    private(set) var candidates: [Int64] = []
    /// The keys that are not common: the ones worth indexing the article under.
    private(set) var uncommonKeys: [Int64] = []

    init(_ db: Database, keys: [Int64]) throws {
        // One point query per key: `key IN (…)` makes SQLite build and free ephemeral tables on every
        // lookup, which cost more than the seeks themselves.
        let probe = try RawStatement(db, sql: "SELECT articles FROM anchors WHERE key = ?")
        defer { probe.finish() }
        for key in keys {
            probe.finish()  // after the previous key's row
            probe.bind(key, at: 1)
            guard try probe.step() else {
                uncommonKeys.append(key)
                continue
            }
            let postings = probe.bytes(0)
            let count = postings.count / 8
            guard count <= Self.commonLimit else { continue }
            uncommonKeys.append(key)
            for index in 0..<count {
                let article = Int64(littleEndian: postings.loadUnaligned(fromByteOffset: index * 8, as: Int64.self))
                if !candidates.contains(article) { candidates.append(article) }
            }
        }
    }

    /// Indexes a canonical story under its uncommon keys, in one statement. (`||` makes text of two
    /// blobs; the cast keeps the column a blob, so `length()` counts its bytes.)
    static func add(_ db: Database, keys: [Int64], article: Int64) throws {
        guard !keys.isEmpty else { return }
        let rows = Array(repeating: "(?, ?)", count: keys.count).joined(separator: ", ")
        let insert = try RawStatement(
            db, sql: "INSERT INTO anchors (key, articles) VALUES \(rows) ON CONFLICT (key) DO UPDATE SET articles = CAST(articles || excluded.articles AS BLOB)")
        defer { insert.finish() }
        withUnsafeBytes(of: article.littleEndian) { posting in
            for (index, key) in keys.enumerated() {
                insert.bind(key, at: index * 2 + 1)
                insert.bind(bytes: posting, at: index * 2 + 2)
            }
        }
        _ = try insert.step()
    }
}
