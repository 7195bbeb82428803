import AssayCore
import Foundation
import GRDB

/// The SQLite store (one file, WAL). Lookups read only the rows that share the content hash or an
/// LSH band key, through indexes, so their cost stays flat as the store grows.
public final class SQLiteArticleStore: ArticleStore {
    let database: DatabasePool

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    public init(path: String) throws(StoreError) {
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.prepareDatabase { db in
                // WAL with NORMAL sync survives a killed process (a commit is atomic either way) and
                // saves an fsync per article; only an OS crash can lose the last few commits.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // The band index is read at random: 16 MiB of page cache per connection keeps its upper
                // levels hot (32 MiB measured no faster). No mmap: mapped pages would count in the daemon's
                // RSS as the store grows.
                try db.execute(sql: "PRAGMA cache_size = -16384")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 16384")
            }
            database = try DatabasePool(path: path, configuration: configuration)
            try StoreMigrations.migrator.migrate(database)
        } catch {
            throw StoreError(path: path, underlying: "\(error)")
        }
    }

    public func admit(_ article: StoredArticle, rule: DuplicateRule) throws -> DedupVerdict {
        try database.write { db in try admit(db, article, rule: rule) }
    }

    /// Admits articles in order in one transaction: later ones are checked against earlier ones.
    public func admitAll(_ articles: [StoredArticle], rule: DuplicateRule) throws -> [DedupVerdict] {
        try database.write { db in try articles.map { try admit(db, $0, rule: rule) } }
    }

    /// The lookup and the insert, inside the caller's transaction.
    func admit(_ db: Database, _ article: StoredArticle, rule: DuplicateRule) throws -> DedupVerdict {
        let keys = article.signature.bandKeys
        if try Int.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM articles WHERE id = ?"), arguments: [article.id]) != nil {
            return .alreadySeen
        }
        var verdict = DedupVerdict.new
        if let original = try String.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM articles WHERE content_hash = ? AND duplicate_of IS NULL LIMIT 1"),
            arguments: [article.contentHash])
        {
            verdict = .exactDuplicate(of: original)
        } else {
            verdict = try nearestDuplicate(db, article, keys: keys, rule: rule)
        }
        try insert(db, article, verdict: verdict, keys: keys)
        return verdict
    }

    private func nearestDuplicate(_ db: Database, _ article: StoredArticle, keys: [Int64], rule: DuplicateRule) throws
        -> DedupVerdict
    {
        // Always the same number of keys, so the statement is prepared once per connection.
        let placeholders = Array(repeating: "?", count: keys.count).joined(separator: ",")
        let lookup = try db.cachedStatement(
            sql: """
                SELECT a.id, a.shingle_count, a.salient_count, a.signature FROM articles a
                WHERE a.rowid IN (SELECT DISTINCT article FROM bands WHERE key IN (\(placeholders)))
                ORDER BY a.rowid
                """)
        let rows = try Row.fetchAll(lookup, arguments: StatementArguments(keys))
        var best: (id: String, similarity: Double)?
        for row in rows {
            let candidate = StoredSignatureCoding.decode(row["signature"], shingleCount: row["shingle_count"], salientCount: row["salient_count"])
            guard let candidate, let similarity = rule.duplicateSimilarity(article.signature, candidate) else { continue }
            if best == nil || similarity > best!.similarity { best = (row["id"], similarity) }
        }
        return best.map { .nearDuplicate(of: $0.id, similarity: ($0.similarity * 1000).rounded() / 1000) } ?? .new
    }

    private func insert(_ db: Database, _ article: StoredArticle, verdict: DedupVerdict, keys: [Int64]) throws {
        let kind: String
        switch verdict {
        case .exactDuplicate: kind = "exact"
        case .nearDuplicate: kind = "near"
        case .new, .alreadySeen: kind = "canonical"
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO articles (id, content_hash, title, primary_industry, source, ingested_at, duplicate_of,
                    duplicate_kind, similarity, shingle_count, salient_count, signature)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                article.id, article.contentHash, article.title, article.primaryIndustry, article.source, article.ingestedAt,
                verdict.canonicalID, kind, verdict.similarity, article.signature.shingleCount, article.signature.salientCount,
                StoredSignatureCoding.encode(article.signature),
            ])
        // Only canonical stories are indexed: a reprint is matched through its original.
        guard verdict == .new else { return }
        let rowID = db.lastInsertedRowID
        // One statement for all the bands: per-statement overhead, not SQLite, dominated admit.
        let rows = Array(repeating: "(?, ?)", count: keys.count).joined(separator: ", ")
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO bands (key, article) VALUES \(rows)")
        var values: [any DatabaseValueConvertible] = []
        values.reserveCapacity(keys.count * 2)
        for key in keys { values += [key, rowID] }
        try statement.execute(arguments: StatementArguments(values))
    }

    public func statistics() throws -> StoreStatistics {
        try database.read { db in
            let counts = try Row.fetchAll(db, sql: "SELECT duplicate_kind, COUNT(*) AS n FROM articles GROUP BY duplicate_kind")
            var byKind: [String: Int] = [:]
            for row in counts { byKind[row["duplicate_kind"]] = row["n"] }
            var perIndustry: [String: Int] = [:]
            for row in try Row.fetchAll(
                db,
                sql: "SELECT COALESCE(primary_industry, 'none') AS industry, COUNT(*) AS n FROM articles WHERE duplicate_of IS NULL GROUP BY 1")
            {
                perIndustry[row["industry"]] = row["n"]
            }
            let canonical = byKind["canonical"] ?? 0
            let exact = byKind["exact"] ?? 0
            let near = byKind["near"] ?? 0
            return StoreStatistics(
                articles: canonical + exact + near, canonical: canonical, exactDuplicates: exact, nearDuplicates: near,
                perIndustry: perIndustry)
        }
    }
}

/// A store that cannot be opened or migrated, with what to do.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var underlying: String

    public var description: String {
        "cannot open the state store \(path) (\(underlying)); check that its folder is writable, or pass another --state file"
    }
}
