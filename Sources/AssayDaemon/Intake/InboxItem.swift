import AssayCore

/// A page or feed item fetched over HTTP, waiting to be processed like a dropped file.
public struct FetchedDocument: Sendable {
    /// The article's URL (the page, or the feed item's link).
    public var url: String
    public var bytes: [UInt8]
    public var charset: String?
    public var formatHint: InputDocument.Format?
    /// For feed items: the feed and the item's GUID.
    public var feedURL: String?
    public var guid: String?

    public init(url: String, bytes: [UInt8], charset: String?, formatHint: InputDocument.Format?, feedURL: String?, guid: String?) {
        self.url = url
        self.bytes = bytes
        self.charset = charset
        self.formatHint = formatHint
        self.feedURL = feedURL
        self.guid = guid
    }

    /// How the queue and the ledger name it: feed item GUIDs are unique per feed, pages per URL.
    var identity: String { "fetch:" + (feedURL.map { "\($0)#\(guid ?? url)" } ?? url) }
}

/// An input handed to a worker: what it is, its place in the order of discovery, and when it was seen.
public struct InboxItem: Sendable {
    public enum Origin: Sendable {
        /// A file as the intake listed it, unchanged since `unchangedSince`.
        case file(InputPath, listed: FileIdentity, unchangedSince: ContinuousClock.Instant)
        case fetched(FetchedDocument)
    }

    public var sequence: Int
    public var origin: Origin
    public var discoveredAt: ContinuousClock.Instant

    public var key: InboxQueue.Key {
        switch origin {
        case .file(let path, _, _): .file(path)
        case .fetched(let document): .fetched(document.identity)
        }
    }

    public var fetched: FetchedDocument? {
        if case .fetched(let document) = origin { return document }
        return nil
    }

    /// How logs and the ledger name the input: the file's path (escaped) or the fetched URL.
    public var name: String {
        switch origin {
        case .file(let path, _, _): path.description
        case .fetched(let document): document.url
        }
    }
}
