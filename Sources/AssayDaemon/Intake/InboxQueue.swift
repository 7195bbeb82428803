/// An input handed to a worker: its path, its place in the order of discovery, and when it was seen.
public struct InboxItem: Sendable {
    public var sequence: Int
    public var path: String
    public var discoveredAt: ContinuousClock.Instant
}

/// The bounded queue between discovery and the workers. Paths found by inotify and by rescans are
/// offered here (a path already waiting or in flight is not taken twice); workers take them in
/// order of discovery, and at most `limit` are in flight (taken, not yet finished), so memory stays
/// flat whatever the backlog: a backlog waits as paths, not as bytes.
public actor InboxQueue {
    private var waiting: [(path: String, discoveredAt: ContinuousClock.Instant)] = []
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
        waiting.append((path, .now))
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
        defer { nextSequence += 1 }
        return InboxItem(sequence: nextSequence, path: entry.path, discoveredAt: entry.discoveredAt)
    }

    private func handOut() {
        while !takers.isEmpty, let item = take() {
            takers.removeFirst().resume(returning: item)
        }
    }
}
