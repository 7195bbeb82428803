/// One entry of a news feed: where its article is, and its content when the feed carries it.
public struct FeedItem: Sendable, Equatable {
    /// The item's stable identity: `guid` (RSS), `id` (Atom, JSON Feed), else its link.
    public var guid: String
    /// The article page, absolute.
    public var link: String?
    public var title: String?
    public var published: String?
    public var authors: [String]
    /// HTML (or text) of the whole article when the feed carries it; a summary is not enough.
    public var content: String?

    public init(guid: String, link: String?, title: String?, published: String?, authors: [String], content: String?) {
        self.guid = guid
        self.link = link
        self.title = title
        self.published = published
        self.authors = authors
        self.content = content
    }
}

/// A feed that cannot be read, with what was wrong.
public struct FeedParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
