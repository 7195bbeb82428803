import GRDB

/// Which stored articles `assay records` lists: every filter given must hold.
public struct RecordQuery: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        /// First of its story.
        case canonical
        /// Any reprint, rewrite or exact copy of a stored story.
        case duplicate
        case exact, reprint, rewrite
    }

    /// A label earned (`none`: no label).
    public var industry: String?
    /// Publication dates from `since` to `until`, both `YYYY-MM-DD` and included, as the article states them.
    public var since: String?
    public var until: String?
    /// Part of the publisher's name, any case.
    public var publisher: String?
    public var status: Status?

    public init(industry: String? = nil, since: String? = nil, until: String? = nil, publisher: String? = nil, status: Status? = nil) {
        self.industry = industry
        self.since = since
        self.until = until
        self.publisher = publisher
        self.status = status
    }

    /// Labels as stored: `,lithium,sodium-ion,`, so one label is found with LIKE; empty for none.
    package static func joined(_ labels: [String]) -> String { labels.isEmpty ? "" : "," + labels.joined(separator: ",") + "," }

    package static func split(_ stored: String?, primary: String?) -> [String] {
        guard let stored else { return primary.map { $0 == "none" ? [] : [$0] } ?? [] }
        return stored.split(separator: ",").map(String.init)
    }

    var sql: (clause: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let industry {
            if industry == "none" {
                conditions.append("(industries = '' OR (industries IS NULL AND COALESCE(primary_industry, 'none') = 'none'))")
            } else {
                conditions.append("(instr(industries, ?) > 0 OR (industries IS NULL AND primary_industry = ?))")
                arguments += [",\(industry),", industry]
            }
        }
        if let since {
            conditions.append("substr(published_at, 1, 10) >= ?")
            arguments.append(since)
        }
        if let until {
            conditions.append("substr(published_at, 1, 10) <= ?")
            arguments.append(until)
        }
        if let publisher {
            conditions.append("instr(lower(publisher), lower(?)) > 0")
            arguments.append(publisher)
        }
        switch status {
        case nil: break
        case .canonical: conditions.append("duplicate_kind = 'canonical'")
        case .duplicate: conditions.append("duplicate_kind != 'canonical'")
        case .exact, .reprint, .rewrite:
            conditions.append("match = ?")
            arguments.append(status!.rawValue)
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), StatementArguments(arguments))
    }
}

/// One stored article as `assay records` shows it.
public struct RecordRow: Sendable, Equatable {
    public var id: String
    public var title: String
    public var publishedAt: String?
    public var publisher: String?
    public var source: String?
    public var industries: [String]
    public var primaryIndustry: String
    /// `canonical`, or how it repeats its story: `exact`, `reprint` or `rewrite`.
    public var status: String
    public var duplicateOf: String?
    public var ingestedAt: String
}

extension SQLiteArticleStore {
    /// Stored articles matching `query`, latest publication first (undated last), then latest stored first.
    public func records(matching query: RecordQuery) throws(StoreError) -> [RecordRow] {
        let (clause, arguments) = query.sql
        return try readable { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, title, published_at, publisher, source, industries, primary_industry, duplicate_kind, match,
                        duplicate_of, ingested_at
                    FROM articles \(clause) ORDER BY published_at DESC, rowid DESC
                    """, arguments: arguments
            ).map { row in
                let primary: String? = row["primary_industry"]
                let kind: String = row["duplicate_kind"]
                return RecordRow(
                    id: row["id"], title: row["title"], publishedAt: row["published_at"], publisher: row["publisher"],
                    source: row["source"], industries: RecordQuery.split(row["industries"], primary: primary),
                    primaryIndustry: primary ?? "none", status: kind == "canonical" ? "canonical" : (row["match"] ?? kind),
                    duplicateOf: row["duplicate_of"], ingestedAt: row["ingested_at"])
            }
        }
    }

    /// The labels stored for an article, or nil for an unknown id.
    public func labels(of id: String) throws(StoreError) -> [String]? {
        try readable { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT industries, primary_industry FROM articles WHERE id = ?", arguments: [id])
            else { return nil }
            return RecordQuery.split(row["industries"], primary: row["primary_industry"])
        }
    }

    /// Puts an article's new labels in the store (after its record was rewritten).
    public func relabel(_ id: String, industries: [String]) throws(StoreError) {
        do {
            try write { db in
                try db.execute(
                    sql: "UPDATE articles SET industries = ?, primary_industry = ? WHERE id = ?",
                    arguments: [RecordQuery.joined(industries), industries.first ?? "none", id])
            }
        } catch {
            throw storeError(error)
        }
    }

    /// A read whose failure says what happened in words, not as SQLite's code and statement.
    private func readable<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try database.read(body) } catch { throw storeError(error) }
    }

    func storeError(_ error: any Error) -> StoreError {
        guard let failure = error as? DatabaseError else { return StoreError(path: database.path, underlying: "\(error)") }
        if failure.resultCode == .SQLITE_BUSY || failure.resultCode == .SQLITE_LOCKED {
            return StoreError(
                path: database.path, underlying: "another process kept it busy for over 10 seconds",
                advice: "run the command again; a daemon ingesting a large backlog writes often")
        }
        return StoreError(
            path: database.path, underlying: failure.message ?? "SQLite error \(failure.resultCode.rawValue)",
            advice: "check the file; restore it from a backup if it was damaged")
    }
}
