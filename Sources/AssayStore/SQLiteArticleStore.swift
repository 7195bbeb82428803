import AssayCore
import Foundation
import GRDB

/// The SQLite store (one file, WAL). Lookups read only the rows that share the content hash or an
/// anchor key, through indexes, so their cost stays flat as the store grows.
public final class SQLiteArticleStore: ArticleStore {
    let database: DatabasePool
    private let checkpointer: BackgroundCheckpointer

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    /// `beforeUpgrade` is told the pending migrations of an existing store before they run: some
    /// rebuild an index and take minutes on a large store, which the daemon tells systemd.
    public init(path: String, beforeUpgrade: (([String]) -> Void)? = nil) throws(StoreError) {
        try Self.refuseForeignFile(path)
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
            let migrator = StoreMigrations.migrator
            let foreign = try database.read { db in
                try !db.tableExists("grdb_migrations")
                    && Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'") ?? 0 > 0
            }
            if foreign {
                throw StoreError(
                    path: path, underlying: "it is a SQLite database of something else, not an Assay store",
                    advice: "point state at an Assay store, or at a new file")
            }
            if let beforeUpgrade {
                let applied = try database.read { db in try migrator.appliedIdentifiers(db) }
                let pending = migrator.migrations.filter { !applied.contains($0) }
                if !applied.isEmpty && !pending.isEmpty { beforeUpgrade(pending) }
            }
            try migrator.migrate(database)
            checkpointer = try BackgroundCheckpointer(path: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(path: path, underlying: "\(error)")
        }
    }

    /// An existing state file that is empty or not SQLite is refused, never silently replaced:
    /// a new store would forget every story seen before.
    public static func refuseForeignFile(_ path: String) throws(StoreError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw StoreError(
                path: path, underlying: "it is a folder, not a store file",
                advice: "name a file for the store, such as \((path as NSString).appendingPathComponent("assay.sqlite"))")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty {
            throw StoreError(
                path: path, underlying: "the file is empty (0 bytes), so it holds no history",
                advice: "restore it from a backup; to start over with no history, delete it")
        }
        if header != Data("SQLite format 3\u{0}".utf8) {
            throw StoreError(
                path: path, underlying: "the file is not a SQLite database",
                advice: "point state at an Assay store, or at a new file; restore this one from a backup if it was damaged")
        }
    }

    deinit { checkpointer.wait() }

    /// A write transaction, then a checkpoint in the background if the log has grown.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        let result = try database.write(updates)
        checkpointer.afterCommit()
        return result
    }

    public func admit(_ article: StoredArticle, rule: DuplicateRule) throws -> DedupVerdict {
        try write { db in try admit(db, article, rule: rule) }
    }

    /// Admits articles in order in one transaction: later ones are checked against earlier ones.
    public func admitAll(_ articles: [StoredArticle], rule: DuplicateRule) throws -> [DedupVerdict] {
        try write { db in try articles.map { try admit(db, $0, rule: rule) } }
    }

    /// The lookup and the insert, inside the caller's transaction.
    func admit(_ db: Database, _ article: StoredArticle, rule: DuplicateRule) throws -> DedupVerdict {
        try StoreDecisions.admit(SQLiteTransaction(db: db), article, rule: rule)
    }

    public func statistics() throws -> StoreStatistics {
        try database.read { db in
            let counts = try Row.fetchAll(db, sql: "SELECT duplicate_kind, COUNT(*) AS n FROM articles GROUP BY duplicate_kind")
            var byKind: [String: Int] = [:]
            for row in counts { byKind[row["duplicate_kind"]] = row["n"] }
            var perIndustry: [String: Int] = [:]
            for row in try Row.fetchAll(
                db,
                sql: "SELECT COALESCE(primary_industry, 'none') AS industry, COUNT(*) AS n FROM articles WHERE duplicate_of IS NULL AND related_to IS NULL GROUP BY 1")
            {
                perIndustry[row["industry"]] = row["n"]
            }
            let rewrites = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles WHERE match = 'rewrite'") ?? 0
            let related = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles WHERE related_to IS NOT NULL") ?? 0
            let canonical = byKind["canonical"] ?? 0
            let copies = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM copies") ?? 0
            let exact = (byKind["exact"] ?? 0) + copies
            let near = byKind["near"] ?? 0
            return StoreStatistics(
                articles: canonical + exact + near, canonical: canonical, exactDuplicates: exact, nearDuplicates: near, rewrites: rewrites,
                related: related, perIndustry: perIndustry)
        }
    }
}

/// A store that cannot be opened or migrated, with what to do.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var underlying: String
    public var advice: String

    public init(path: String, underlying: String, advice: String = "check that its folder is writable, or point state (the config key, or --state of ingest) at another file") {
        self.path = path
        self.underlying = underlying
        self.advice = advice
    }

    public var description: String { "cannot use the state store \(path): \(underlying); \(advice)" }
}
