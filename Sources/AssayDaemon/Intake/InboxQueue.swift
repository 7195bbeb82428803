import AssayCore

/// The bounded queue between discovery and the workers. Files found by inotify and by rescans are
/// offered here (one already waiting or in flight is not taken twice); workers take them in order
/// of discovery, and at most `limit` are in flight. At most `room` wait: an offer beyond is refused
/// and the file stays in the inbox, where the intake finds it again once the waiting ones are half
/// gone, so memory stays flat whatever the backlog. Files put back (still being written) wait for a recheck.
public actor InboxQueue {
    public enum Key: Hashable, Sendable {
        case file(InputPath)
        case fetched(String)

        /// The file's path; nil for a fetched document.
        public var file: InputPath? { if case .file(let path) = self { path } else { nil } }
    }

    private var waiting: [(origin: InboxItem.Origin, discoveredAt: ContinuousClock.Instant)] = []
    private var head = 0
    private var known: Set<Key> = []
    /// Each file's last look and since when it has been unchanged, to tell a finished file by time.
    private var looks: [InputPath: (identity: FileIdentity, since: ContinuousClock.Instant)] = [:]
    /// Files put back because they were still being written: the intake looks at them again.
    private var rechecks: Set<InputPath> = []
    /// Fetched documents waiting (they hold their bytes, unlike file paths).
    private var waitingFetched = 0
    private var fetchers: [CheckedContinuation<Void, Never>] = []
    /// Fetchers waiting to hear whether their document was committed.
    private var commitWaiters: [String: CheckedContinuation<Bool, Never>] = [:]
    private var inFlight = 0
    private var nextSequence = 0
    private var closed = false
    private var takers: [CheckedContinuation<InboxItem?, Never>] = []
    private let limit: Int
    /// How many files may wait; beyond, offers are refused until the intake is told there is room.
    public nonisolated let room: Int
    /// An offer was refused for room (or a listing was cut short) since the intake last heard of room.
    private var refusedForRoom = false
    /// Files are known to wait in the inbox beyond what was offered: the queue is not idle.
    private var backlogInInbox = false
    private var roomWaiters: [CheckedContinuation<Void, Never>] = []

    public init(limit: Int, room: Int? = nil) {
        self.limit = max(1, limit)
        self.room = max(1, room ?? 4 * max(1, limit))
    }

    /// What became of a file offered.
    public enum Offered: Sendable, Equatable {
        case taken
        /// Waiting or in flight already (or the queue is closed).
        case known
        /// The queue holds `room` waiting files: the file stays in the inbox for a later listing.
        case noRoom
    }

    /// Adds a file unless it is already waiting or in flight, or there is no room for it.
    @discardableResult
    public func offer(_ found: InputLister.Found, now: ContinuousClock.Instant) -> Offered {
        if waitingFiles >= room, !known.contains(.file(found.path)) {
            refusedForRoom = true
            backlogInInbox = true
            return .noRoom
        }
        // A listing taken before a file was finished can offer it after: it is no longer there (moved
        // to the archive), so it is not taken again to end as `vanished`. Checked here, inside the
        // actor, where `finished` cannot interleave.
        if !known.contains(.file(found.path)), found.path.status() == nil { return .known }
        let since: ContinuousClock.Instant
        if let last = looks[found.path], last.identity == found.identity { since = last.since } else { since = now }
        looks[found.path] = (found.identity, since)
        guard !closed else { return .known }
        // Offered again, or already waiting: either way no longer one to look at again.
        rechecks.remove(found.path)
        guard known.insert(.file(found.path)).inserted else { return .known }
        waiting.append((.file(found.path, listed: found.identity, unchangedSince: since), now))
        handOut()
        return .taken
    }

    /// Adds a fetched document and waits until its outcome is durable: true when it was committed,
    /// false when it failed, was already queued, or the queue closed first (it is fetched again).
    /// Waits while `limit` fetched documents already wait (back-pressure on fetchers).
    public func offerAndWait(fetched document: FetchedDocument, now: ContinuousClock.Instant) async -> Bool {
        while waitingFetched >= limit, !closed {
            await withCheckedContinuation { fetchers.append($0) }
        }
        let identity = document.identity
        guard !closed, !Task.isCancelled, known.insert(.fetched(identity)).inserted else { return false }
        waitingFetched += 1
        waiting.append((.fetched(document), now))
        handOut()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { commitWaiters[identity] = $0 }
        } onCancel: {
            Task { await self.abandon(identity) }
        }
    }

    /// Offers a file once there is room for it: for an intake with a list of its own (`assay ingest`),
    /// whose files stay where they are and so cannot be found again by listing.
    public func offerWhenRoom(_ found: InputLister.Found, now: ContinuousClock.Instant) async {
        while waitingFiles >= room, !known.contains(.file(found.path)), !closed, !Task.isCancelled {
            refusedForRoom = true
            await roomAfterRefusal()
        }
        offer(found, now: now)
    }

    /// The intake offered a listing of the inbox; `complete` when it held every file there and none
    /// was refused for room. Then nothing waits in the inbox beyond the queue; else the intake lists
    /// again once there is room.
    /// - Parameter leftInInbox: the files of the listing not in the queue now, for the backlog gauge
    ///   (nil for a listing of one folder, which does not tell about the rest).
    public func listed(complete: Bool, leftInInbox: Int? = nil) {
        backlogInInbox = !complete
        if !complete { refusedForRoom = true }
        if let leftInInbox { self.leftInInbox = leftInInbox }
    }

    /// Inputs not yet taken by a worker: those waiting in the queue and, as of the last listing,
    /// those left in the inbox for want of room.
    public var backlog: Int { counts.waiting + (backlogInInbox ? leftInInbox : 0) }
    private var leftInInbox = 0

    /// Returns once an offer was refused for room and the files waiting have fallen to half the
    /// room (or the queue closed): the intake's cue to look in the inbox again.
    public func roomAfterRefusal() async {
        if closed || Task.isCancelled { return }
        if refusedForRoom, waitingFiles <= room / 2 {
            refusedForRoom = false
            return
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { roomWaiters.append($0) }
        } onCancel: {
            Task { await self.wakeRoomWaiters() }
        }
    }

    private func wakeRoomWaiters() {
        let intake = roomWaiters
        roomWaiters.removeAll()
        for waiter in intake { waiter.resume() }
    }

    /// Files waiting (fetched documents wait under their own limit).
    private var waitingFiles: Int { waiting.count - head - waitingFetched }

    private func abandon(_ identity: String) {
        commitWaiters.removeValue(forKey: identity)?.resume(returning: false)
    }

    /// The next input, in discovery order; nil once the queue is closed (on shutdown).
    public func next() async -> InboxItem? {
        if let item = take() { return item }
        if closed { return nil }
        return await withCheckedContinuation { takers.append($0) }
    }

    /// The next inputs in discovery order, at least one (waiting for it) and at most `maximum`: of
    /// those ready, a `workers`-th share, so that a burst is spread over all the workers while a
    /// backlog is taken in batches. Inputs in flight count against `queue_size` until committed, so
    /// with many workers per `queue_size` batches are smaller. Nil once the queue is closed.
    public func next(upTo maximum: Int, sharedBy workers: Int) async -> [InboxItem]? {
        guard let first = await next() else { return nil }
        let ready = 1 + min(waiting.count - head, limit - inFlight)
        let share = min(maximum, (ready + workers - 1) / max(1, workers))
        var items = [first]
        while items.count < share, let item = take() { items.append(item) }
        return items
    }

    /// The input's outcome is durable (`committed`), or it failed or vanished: it may be offered again.
    public func finished(_ key: Key, committed: Bool) {
        known.remove(key)
        inFlight -= 1
        switch key {
        case .file(let path): looks.removeValue(forKey: path)
        case .fetched(let identity): commitWaiters.removeValue(forKey: identity)?.resume(returning: committed)
        }
        handOut()
    }

    /// The file was still being written: it leaves the queue and waits for the intake to look again.
    public func putBack(_ path: InputPath) {
        known.remove(.file(path))
        inFlight -= 1
        rechecks.insert(path)
        handOut()
    }

    /// The files waiting, in flight or put back: those a daemon sharing its inbox holds claims on.
    public func heldFiles() -> [InputPath] {
        var files = Array(rechecks)
        for key in known { if case .file(let path) = key { files.append(path) } }
        return files
    }

    /// The files to look at again (put back, or seen changing). Each stays counted until it is offered
    /// again or forgotten, so the queue never looks idle (to `--exit-when-idle`) while one is being looked at.
    public func takeRechecks() -> [InputPath] {
        rechecks.sorted()
    }

    /// A file put back is gone (deleted, or no longer a regular file): nothing to look at again.
    public func forget(_ path: InputPath) {
        looks.removeValue(forKey: path)
        rechecks.remove(path)
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
        wakeRoomWaiters()
        let waiters = commitWaiters
        commitWaiters.removeAll()
        for waiter in waiters.values { waiter.resume(returning: false) }
    }

    public struct Counts: Sendable, Equatable {
        public var waiting: Int
        public var inFlight: Int
        /// Files put back until they are complete.
        public var rechecks: Int
        /// Files left in the inbox for want of room, to be listed again.
        public var backlogInInbox = false

        public var isIdle: Bool { waiting == 0 && inFlight == 0 && rechecks == 0 && !backlogInInbox }
    }

    public var counts: Counts {
        Counts(waiting: waiting.count - head, inFlight: inFlight, rechecks: rechecks.count, backlogInInbox: backlogInInbox)
    }

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
        if refusedForRoom, !roomWaiters.isEmpty, waitingFiles <= room / 2 {
            refusedForRoom = false
            wakeRoomWaiters()
        }
        defer { nextSequence += 1 }
        return InboxItem(sequence: nextSequence, origin: entry.origin, discoveredAt: entry.discoveredAt)
    }

    private func handOut() {
        while !takers.isEmpty, let item = take() {
            takers.removeFirst().resume(returning: item)
        }
    }
}
