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
        case file
        case fetched(FetchedDocument)
    }

    public var sequence: Int
    /// The file's path, or the fetched document's identity.
    public var path: String
    public var origin: Origin
    public var discoveredAt: ContinuousClock.Instant

    public var fetched: FetchedDocument? {
        if case .fetched(let document) = origin { return document }
        return nil
    }
}

/// The bounded queue between discovery and the workers. Paths found by inotify and by rescans are
/// offered here (a path already waiting or in flight is not taken twice); workers take them in
/// order of discovery, and at most `limit` are in flight (taken, not yet finished), so memory stays
/// flat whatever the backlog: a backlog waits as paths, not as bytes.
public actor InboxQueue {
    private var waiting: [(path: String, origin: InboxItem.Origin, discoveredAt: ContinuousClock.Instant)] = []
    /// Fetched documents waiting (they hold their bytes, unlike file paths).
    private var waitingFetched = 0
    private var fetchers: [CheckedContinuation<Void, Never>] = []
    private var head = 0
    private var known: Set<String> = []
    private var inFlight = 0
    private var nextSequence = 0
    private var closed = false
    private var takers: [CheckedContinuation<InboxItem?, Never>] = []
    private let limit: Int

    public init(limit: Int) { self.limit = max(1, limit) }

    /// Adds a path unless it is already waiting or in flight; returns whether it was new.
    @discardableResult
    public func offer(_ path: String) -> Bool {
        guard !closed, known.insert(path).inserted else { return false }
        waiting.append((path, .file, .now))
        handOut()
        return true
    }

    /// Adds a fetched document, waiting while `limit` of them already wait (back-pressure on fetchers).
    @discardableResult
    public func offer(fetched document: FetchedDocument) async -> Bool {
        while waitingFetched >= limit, !closed {
            await withCheckedContinuation { fetchers.append($0) }
        }
        guard !closed, known.insert(document.identity).inserted else { return false }
        waitingFetched += 1
        waiting.append((document.identity, .fetched(document), .now))
        handOut()
        return true
    }

    /// The next input, in discovery order; nil once the queue is closed (on shutdown).
    public func next() async -> InboxItem? {
        if let item = take() { return item }
        if closed { return nil }
        return await withCheckedContinuation { takers.append($0) }
    }

    /// The input's outcome is durable (or it vanished): its path may be offered again later.
    public func finished(_ path: String) {
        known.remove(path)
        inFlight -= 1
        handOut()
    }

    /// Stops handing out inputs: waiting workers get nil; what was waiting stays in the inbox for the next start.
    public func close() {
        closed = true
        let pending = takers
        takers.removeAll()
        for taker in pending { taker.resume(returning: nil) }
        let blocked = fetchers
        fetchers.removeAll()
        for fetcher in blocked { fetcher.resume() }
    }

    public var counts: (waiting: Int, inFlight: Int) { (waiting.count - head, inFlight) }

    private func take() -> InboxItem? {
        guard !closed, head < waiting.count, inFlight < limit else { return nil }
        let entry = waiting[head]
        head += 1
        if head > 1024, head * 2 > waiting.count {
            waiting.removeFirst(head)
            head = 0
        }
        inFlight += 1
        if case .fetched = entry.origin {
            waitingFetched -= 1
            if !fetchers.isEmpty { fetchers.removeFirst().resume() }
        }
        defer { nextSequence += 1 }
        return InboxItem(sequence: nextSequence, path: entry.path, origin: entry.origin, discoveredAt: entry.discoveredAt)
    }

    private func handOut() {
        while !takers.isEmpty, let item = take() {
            takers.removeFirst().resume(returning: item)
        }
    }
}
