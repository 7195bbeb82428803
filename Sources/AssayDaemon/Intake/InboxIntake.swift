import Logging
import ServiceLifecycle

/// The daemon's intake: the inbox's backlog at start, then inotify (new subfolders watched at once,
/// with what they already hold), periodic rescans as a safety net, and quick looks again at files
/// put back while still being written. A backlog is taken a queue's room at a time, in name order:
/// when the queue refused files for room and has room again, the inbox is listed again (files done
/// have left it). Stops on graceful shutdown; the pipeline drains after it.
public struct InboxIntake: Service {
    let runtime: DaemonRuntime
    let lister = InputLister()
    /// Called once the backlog is offered and the watch is set: the daemon is ready.
    let started: @Sendable (_ backlog: Int, _ watching: Bool) -> Void

    public init(runtime: DaemonRuntime, started: @escaping @Sendable (_ backlog: Int, _ watching: Bool) -> Void) {
        self.runtime = runtime
        self.started = started
    }

    private var inbox: InputPath { InputPath(root: runtime.config.inbox, components: []) }

    public func run() async {
        let config = runtime.config
        // inotify is set up before the backlog scan, so nothing dropped in between is missed.
        let watcher = config.poll ? nil : startWatcher()
        let backlog = lister.scan(inbox, limit: listingLimit, noteSkipped: 1000)
        for (path, reason) in backlog.skipped { logSkipped(path, reason) }
        await offer(backlog)
        runtime.intakeStarted.store(true, ordering: .releasing)
        started(backlog.fileCount, watcher != nil)
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                if let watcher { group.addTask { await follow(watcher) } }
                group.addTask { await rescanLoop() }
                group.addTask { await refillLoop() }
                group.addTask { await recheckLoop() }
                if let claims = runtime.claims { group.addTask { await renewLoop(claims) } }
            }
        }
        watcher?.stop()
    }

    private func startWatcher() -> InotifyWatcher? {
        do { return try InotifyWatcher(folders: lister.scan(inbox, limit: 0).folders) } catch {
            runtime.logger.warning("inotify unavailable; rescanning on a timer only", metadata: ["error": .string("\(error)")])
            return nil
        }
    }

    /// The first files of `folder` in name order: as many as can wait in the queue, with those in
    /// flight or waiting (still in the inbox) counted in.
    private func scan(_ folder: InputPath) -> InputLister.Scan {
        lister.scan(folder, limit: listingLimit)
    }

    /// Files this daemon may hold from the inbox at once: waiting, in flight, or put back.
    private var holdLimit: Int { runtime.queue.room + runtime.config.queueSize }

    /// Files looked at per listing: in a shared inbox, well past the first names, which other daemons
    /// listing in the same order may hold.
    private var listingLimit: Int { runtime.claims == nil ? holdLimit : holdLimit * 8 }

    /// Offers a listing of the inbox, and tells the queue whether all its files are in the queue now.
    /// Returns how many files are new in the queue.
    @discardableResult
    private func offer(_ listing: InputLister.Scan) async -> Int {
        let result = await place(listing.files)
        await runtime.queue.listed(
            complete: result.refused == 0 && listing.files.count == listing.fileCount,
            leftInInbox: listing.fileCount - listing.files.count + result.refused)
        return result.taken
    }

    /// Offers files; false when one was refused for room.
    @discardableResult
    private func offer(_ files: [InputLister.Found]) async -> Bool { await place(files).refused == 0 }

    /// Offers files: how many the queue took anew, and how many stay in the inbox (for room, or in a
    /// shared inbox because another daemon holds them). In a shared inbox only files this daemon
    /// claimed are offered, and those refused for room are given up again.
    private func place(_ files: [InputLister.Found]) async -> (taken: Int, refused: Int) {
        let now = runtime.clock.instant()
        let offered = runtime.claims?.claim(files, limit: holdLimit) ?? files
        var taken = 0
        var noRoom: [InputPath] = []
        for found in offered {
            // Once one is refused for room the rest wait too, though room may free meanwhile (workers
            // take batches between two offers): files are taken in the order they were listed.
            if !noRoom.isEmpty {
                noRoom.append(found.path)
                continue
            }
            switch await runtime.queue.offer(found, now: now) {
            case .taken: taken += 1
            case .known: break
            case .noRoom: noRoom.append(found.path)
            }
        }
        if !noRoom.isEmpty { runtime.claims?.settle(done: [], released: noRoom) }
        return (taken, noRoom.count + files.count - offered.count)
    }

    private func follow(_ watcher: InotifyWatcher) async {
        for await event in watcher.events {
            switch event {
            case .fileReady(let path):
                if let found = lister.look(path) {
                    await offer([found])
                } else {
                    logSkipped(path, path.status() == nil ? "gone before it was looked at" : InputLister.notRegularReason)
                }
            case .skipped(let path, let reason):
                logSkipped(path, reason)
            case .folderAdded(let folder):
                // Subfolders made before the watch on this one took hold are watched now, not at a rescan.
                let found = scan(folder)
                for sub in found.folders.dropFirst() { watcher.watch(sub) }
                // A subfolder's files left out wait for a listing of the whole inbox.
                if await !offer(found.files) || found.files.count < found.fileCount { await runtime.queue.listed(complete: false) }
            case .overflow:
                runtime.logger.warning("inotify queue overflowed; rescanning the inbox")
                let found = scan(inbox)
                for folder in found.folders { watcher.watch(folder) }
                await offer(found)
            }
        }
    }

    /// Names never read leave a trace at debug level, so "why was my file not taken?" has an answer.
    private func logSkipped(_ path: InputPath, _ reason: String) {
        runtime.logger.debug("name skipped", metadata: ["input": .string(path.description), "reason": .string(reason)])
    }

    private func rescanLoop() async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: .seconds(runtime.config.pollInterval)) } catch { return }
            await offer(scan(inbox))
        }
    }

    /// The rest of a backlog: once the queue refused files for room and has room again. In a shared
    /// inbox the files left may be other daemons': after a listing that won none, it waits a little.
    private func refillLoop() async {
        while !Task.isCancelled {
            await runtime.queue.roomAfterRefusal()
            if Task.isCancelled { return }
            let taken = await offer(scan(inbox))
            if runtime.claims != nil, taken == 0 {
                do { try await Task.sleep(for: .seconds(min(0.5, runtime.config.pollInterval))) } catch { return }
            }
        }
    }

    /// Files put back while being written are looked at again, a few times per settle time.
    private func recheckLoop() async {
        while !Task.isCancelled {
            let interval = min(0.5, max(0.05, runtime.config.settleSeconds / 4))
            do { try await Task.sleep(for: .seconds(interval)) } catch { return }
            let gone = await recheck(runtime.queue, lister: lister, now: runtime.clock.instant())
            if !gone.isEmpty { runtime.claims?.settle(done: [], released: gone) }
        }
    }

    /// Keeps this daemon's claims alive while their files wait or are in flight: renewed three times a lease.
    private func renewLoop(_ claims: InboxClaims) async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: .seconds(claims.lease / 3)) } catch { return }
            _ = claims.hold(await runtime.queue.heldFiles())
        }
    }
}

/// Looks again at the files put back while being written: offers those still there, forgets the rest
/// (returned, so their claims in a shared inbox end).
@discardableResult
func recheck(_ queue: InboxQueue, lister: InputLister, now: ContinuousClock.Instant, named: Bool = false) async -> [InputPath] {
    var gone: [InputPath] = []
    for path in await queue.takeRechecks() {
        if let found = lister.look(path, named: named) {
            await queue.offer(found, now: now)
        } else {
            await queue.forget(path)
            gone.append(path)
        }
    }
    return gone
}
