import ServiceLifecycle

/// `assay ingest`'s intake: the files below the paths named, offered once and left in place; files
/// still being written are looked at again until they are complete. Returns when every input has
/// its outcome, which ends the run.
public struct ListIntake: Service {
    let runtime: DaemonRuntime
    let roots: [InputPath]
    let lister = InputLister()

    public init(runtime: DaemonRuntime, roots: [InputPath]) {
        self.runtime = runtime
        self.roots = roots
    }

    public func run() async {
        let queue = runtime.queue
        let now = runtime.clock.instant()
        for root in roots {
            let files = root.components.isEmpty ? lister.scan(root).files : lister.look(root, named: true).map { [$0] } ?? []
            for found in files { await queue.offerWhenRoom(found, now: now) }
        }
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do { try await Task.sleep(for: .milliseconds(20)) } catch { return }
                // Files were named or listed already: a put-back one is looked at whatever its name.
                await recheck(queue, lister: lister, now: runtime.clock.instant(), named: true)
                if await queue.counts.isIdle { return }
            }
        }
    }
}
