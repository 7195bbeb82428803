import GRDB
import GRDBSQLite

/// The near-duplicate index: for each anchor key (one MinHash value or fact), the canonical
/// stories that have it, as one row keyed by the key (a rowid seek) holding their rowids. A key
/// shared by more than `commonLimit` stories is a stock phrase or a common name, not evidence: it is
/// neither followed nor extended, so no lookup reads a long list.
///
/// This is the store's hot path (about 14 keys per article, looked up and then added), so it binds
/// and steps its cached statements through SQLite's C API: GRDB's argument boxing cost more than
/// the seeks.
struct AnchorPostings {
    static let commonLimit = 16

    /// Stored stories sharing at least one uncommon key, in no particular order.
    private(set) var candidates: [Int64] = []
    /// The keys that are not common: the ones worth indexing the article under.
    private(set) var uncommonKeys: [Int64] = []

    init(_ db: Database, keys: [Int64]) throws {
        let probe = try db.cachedStatement(sql: "SELECT articles FROM anchors WHERE key = ?")
        let handle = probe.sqliteStatement
        defer { sqlite3_reset(handle) }
        for key in keys {
            sqlite3_reset(handle)
            sqlite3_bind_int64(handle, 1, key)
            switch sqlite3_step(handle) {
            case SQLITE_DONE:
                uncommonKeys.append(key)
            case SQLITE_ROW:
                let count = Int(sqlite3_column_bytes(handle, 0)) / 8
                guard count <= Self.commonLimit else { continue }
                uncommonKeys.append(key)
                guard let blob = sqlite3_column_blob(handle, 0) else { continue }
                for index in 0..<count {
                    let article = Int64(littleEndian: blob.loadUnaligned(fromByteOffset: index * 8, as: Int64.self))
                    if !candidates.contains(article) { candidates.append(article) }
                }
            case let code:
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: probe.sql)
            }
        }
    }

    /// Indexes a canonical story under its uncommon keys, in one statement. (`||` makes text of two
    /// blobs; the cast keeps the column a blob, so `length()` counts its bytes.)
    static func add(_ db: Database, keys: [Int64], article: Int64) throws {
        guard !keys.isEmpty else { return }
        let rows = Array(repeating: "(?, ?)", count: keys.count).joined(separator: ", ")
        let statement = try db.cachedStatement(
            sql: "INSERT INTO anchors (key, articles) VALUES \(rows) ON CONFLICT (key) DO UPDATE SET articles = CAST(articles || excluded.articles AS BLOB)")
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        sqlite3_reset(handle)
        var posting = article.littleEndian
        for (index, key) in keys.enumerated() {
            sqlite3_bind_int64(handle, CInt(index * 2 + 1), key)
            _ = withUnsafeBytes(of: &posting) { sqlite3_bind_blob(handle, CInt(index * 2 + 2), $0.baseAddress, 8, transient) }
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
        }
    }

    /// SQLite copies the bound bytes (SQLITE_TRANSIENT, a macro Swift does not import).
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}
