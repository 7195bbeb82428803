import GRDB

/// One article of a story as the store keeps it: the first one seen, or a copy or reprint of it.
public struct StoryArticle: Sendable, Equatable {
    public var id: String
    public var title: String
    public var source: String?
    public var publisher: String?
    public var ingestedAt: String
    /// `first` for the story's first article, `exact`, `reprint` or `rewrite` for a duplicate, or
    /// `related` for another write-up (often in another language).
    public var match: String
    public var similarity: Double?

    package init(id: String, title: String, source: String?, publisher: String?, ingestedAt: String, match: String, similarity: Double?) {
        self.id = id
        self.title = title
        self.source = source
        self.publisher = publisher
        self.ingestedAt = ingestedAt
        self.match = match
        self.similarity = similarity
    }
}

/// A story and every source that carried it, in the order they were admitted.
public struct StoryCoverage: Sendable, Equatable {
    public var canonical: StoryArticle
    public var reprints: [StoryArticle]

    package init(canonical: StoryArticle, reprints: [StoryArticle]) {
        self.canonical = canonical
        self.reprints = reprints
    }

    /// Distinct publishers (else sources) that carried the story, first one first.
    public var carriers: [String] {
        var seen: [String] = []
        for article in [canonical] + reprints {
            let name = article.publisher ?? article.source ?? article.id
            if !seen.contains(name) { seen.append(name) }
        }
        return seen
    }
}

extension SQLiteArticleStore {
    /// The story an article belongs to (given its id or the story's), or nil if the id is unknown.
    public func story(containing id: String) throws -> StoryCoverage? {
        try database.read { db in
            let columns = "id, title, source, publisher, ingested_at, COALESCE(match, 'first') AS match, similarity"
            // The story's first article: the original of a duplicate, and the story a write-up joined.
            guard
                let canonicalID = try String.fetchOne(
                    db,
                    sql: """
                        SELECT COALESCE(a.related_to, a.id) FROM articles a
                        WHERE a.id = (SELECT COALESCE(duplicate_of, id) FROM articles WHERE id = ?)
                        """, arguments: [id])
            else { return nil }
            guard let canonical = try Row.fetchOne(db, sql: "SELECT \(columns) FROM articles WHERE id = ?", arguments: [canonicalID])
            else { return nil }
            let reprints = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(columns) FROM articles
                    WHERE duplicate_of = ?1 OR related_to = ?1 OR duplicate_of IN (SELECT id FROM articles WHERE related_to = ?1)
                    ORDER BY rowid
                    """, arguments: [canonicalID])
            // The same article from other sources: copies of the first article or of a reprint.
            let copies = try Row.fetchAll(
                db,
                sql: """
                    SELECT c.article_id AS id, a.title, c.source, c.publisher, c.ingested_at, 'exact' AS match, 1.0 AS similarity
                    FROM copies c JOIN articles a ON a.id = c.article_id
                    WHERE a.id = ?1 OR a.duplicate_of = ?1 OR a.related_to = ?1
                        OR a.duplicate_of IN (SELECT id FROM articles WHERE related_to = ?1)
                    ORDER BY c.ingested_at
                    """, arguments: [canonicalID])
            let carried = (reprints + copies).map(Self.storyArticle).enumerated().sorted {
                ($0.element.ingestedAt, $0.offset) < ($1.element.ingestedAt, $1.offset)
            }.map(\.element)
            return StoryCoverage(canonical: Self.storyArticle(canonical), reprints: carried)
        }
    }

    private static func storyArticle(_ row: Row) -> StoryArticle {
        StoryArticle(
            id: row["id"], title: row["title"], source: row["source"], publisher: row["publisher"], ingestedAt: row["ingested_at"],
            match: row["match"], similarity: row["similarity"])
    }
}
