import Logging
import ServiceLifecycle

/// The daemon's intake: the inbox's backlog at start, then inotify (new subfolders watched at once,
/// with what they already hold), periodic rescans as a safety net, and quick looks again at files
/// put back while still being written. Stops on graceful shutdown; the pipeline drains after it.
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
        let backlog = await offer(lister.scan(inbox).files)
        runtime.intakeStarted.store(true, ordering: .releasing)
        started(backlog, watcher != nil)
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                if let watcher { group.addTask { await follow(watcher) } }
                group.addTask { await rescanLoop() }
                group.addTask { await recheckLoop() }
            }
        }
        watcher?.stop()
    }

    private func startWatcher() -> InotifyWatcher? {
        do { return try InotifyWatcher(folders: lister.scan(inbox).folders) } catch {
            runtime.logger.warning("inotify unavailable; rescanning on a timer only", metadata: ["error": .string("\(error)")])
            return nil
        }
    }

    @discardableResult
    private func offer(_ files: [InputLister.Found]) async -> Int {
        var offered = 0
        let now = runtime.clock.instant()
        for found in files where await runtime.queue.offer(found, now: now) { offered += 1 }
        return offered
    }

    private func follow(_ watcher: InotifyWatcher) async {
        for await event in watcher.events {
            switch event {
            case .fileReady(let path):
                if let found = lister.look(path) { await offer([found]) }
            case .folderAdded(let folder):
                // Subfolders made before the watch on this one took hold are watched now, not at a rescan.
                let scan = lister.scan(folder)
                for sub in scan.folders.dropFirst() { watcher.watch(sub) }
                await offer(scan.files)
            case .overflow:
                runtime.logger.warning("inotify queue overflowed; rescanning the inbox")
                let scan = lister.scan(inbox)
                for folder in scan.folders { watcher.watch(folder) }
                await offer(scan.files)
            }
        }
    }

    private func rescanLoop() async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: .seconds(runtime.config.pollInterval)) } catch { return }
            await offer(lister.scan(inbox).files)
        }
    }

    /// Files put back while being written are looked at again, a few times per settle time.
    private func recheckLoop() async {
        while !Task.isCancelled {
            let interval = min(0.5, max(0.05, runtime.config.settleSeconds / 4))
            do { try await Task.sleep(for: .seconds(interval)) } catch { return }
            await recheck(runtime.queue, lister: lister, now: runtime.clock.instant())
        }
    }
}

/// Looks again at the files put back while being written: offers those still there, forgets the rest.
func recheck(_ queue: InboxQueue, lister: InputLister, now: ContinuousClock.Instant, named: Bool = false) async {
    for path in await queue.takeRechecks() {
        if let found = lister.look(path, named: named) { await queue.offer(found, now: now) } else { await queue.forget(path) }
    }
}
