import GRDB

/// Which stored articles `assay records` lists: every filter given must hold.
public struct RecordQuery: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        /// First of its story.
        case canonical
        /// Any reprint, rewrite or exact copy of a stored story.
        case duplicate
        case exact, reprint, rewrite
        /// A write-up of a stored story's event in its own words (another language, another outlet).
        case related
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

    /// The filters as a WHERE clause in SQL both stores read, with its text values in order;
    /// `placeholder(n)` writes the n-th (from 1) as the store's driver wants it (`?`, `$1`).
    package func conditions(placeholder: (Int) -> String) -> (clause: String, values: [String]) {
        var conditions: [String] = []
        var values: [String] = []
        func value(_ text: String) -> String {
            values.append(text)
            return placeholder(values.count)
        }
        if let industry {
            if industry == "none" {
                conditions.append("(industries = '' OR (industries IS NULL AND COALESCE(primary_industry, 'none') = 'none'))")
            } else {
                conditions.append(
                    "(industries LIKE '%' || \(value(",\(industry),")) || '%' OR (industries IS NULL AND primary_industry = \(value(industry))))")
            }
        }
        if let since { conditions.append("substr(published_at, 1, 10) >= \(value(since))") }
        if let until { conditions.append("substr(published_at, 1, 10) <= \(value(until))") }
        if let publisher { conditions.append("lower(publisher) LIKE '%' || lower(\(value(publisher))) || '%'") }
        switch status {
        case nil: break
        case .canonical: conditions.append("duplicate_kind = 'canonical' AND related_to IS NULL")
        case .related: conditions.append("related_to IS NOT NULL")
        case .duplicate: conditions.append("duplicate_kind != 'canonical'")
        case .exact, .reprint, .rewrite: conditions.append("match = \(value(status!.rawValue))")
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), values)
    }

    /// The columns `assay records` reads, in the order `RecordRow.init(columns…)` takes them.
    package static let columns = """
        id, title, published_at, publisher, source, industries, primary_industry, duplicate_kind, match, duplicate_of, ingested_at,
        related_to
        """

    /// Latest publication first (undated last), then latest stored first.
    package static let order = "ORDER BY published_at DESC NULLS LAST, rowid DESC"
}

/// The stored articles `assay records` lists, on either store.
public protocol RecordListing: Sendable {
    func records(matching query: RecordQuery) throws -> [RecordRow]
}

extension SQLiteArticleStore: RecordListing {}

/// One stored article as `assay records` shows it.
public struct RecordRow: Sendable, Equatable {
    public var id: String
    public var title: String
    public var publishedAt: String?
    public var publisher: String?
    public var source: String?
    public var industries: [String]
    public var primaryIndustry: String
    /// `canonical`, `related` (its own write-up of a stored story), or how it repeats its story:
    /// `exact`, `reprint` or `rewrite`.
    public var status: String
    public var duplicateOf: String?
    /// The story a related write-up joins (its first article).
    public var relatedTo: String?
    public var ingestedAt: String

    /// A row of `RecordQuery.columns`, as either store returns it.
    package init(
        id: String, title: String, publishedAt: String?, publisher: String?, source: String?, industries: String?,
        primaryIndustry: String?, kind: String, match: String?, duplicateOf: String?, ingestedAt: String, relatedTo: String?
    ) {
        self.id = id
        self.title = title
        self.publishedAt = publishedAt
        self.publisher = publisher
        self.source = source
        self.industries = RecordQuery.split(industries, primary: primaryIndustry)
        self.primaryIndustry = primaryIndustry ?? "none"
        status = kind == "canonical" ? (relatedTo == nil ? "canonical" : "related") : (match ?? kind)
        self.duplicateOf = duplicateOf
        self.relatedTo = relatedTo
        self.ingestedAt = ingestedAt
    }
}

extension SQLiteArticleStore {
    /// Stored articles matching `query`, latest publication first (undated last), then latest stored first.
    public func records(matching query: RecordQuery) throws(StoreError) -> [RecordRow] {
        let (clause, values) = query.conditions { _ in "?" }
        return try readable { db in
            try Row.fetchAll(
                db, sql: "SELECT \(RecordQuery.columns) FROM articles \(clause) \(RecordQuery.order)", arguments: StatementArguments(values)
            ).map { row in
                RecordRow(
                    id: row[0], title: row[1], publishedAt: row[2], publisher: row[3], source: row[4], industries: row[5],
                    primaryIndustry: row[6], kind: row[7], match: row[8], duplicateOf: row[9], ingestedAt: row[10], relatedTo: row[11])
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
