import ServiceLifecycle

/// `--exit-when-idle`: returns once the backlog is done, nothing is being written and every source
/// was fetched once, which shuts the group down gracefully.
public struct IdleExit: Service {
    let runtime: DaemonRuntime

    public init(runtime: DaemonRuntime) { self.runtime = runtime }

    public func run() async {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                if runtime.intakeStarted.load(ordering: .acquiring), await runtime.queue.counts.isIdle,
                    runtime.unfetchedSources.load(ordering: .relaxed) <= 0
                {
                    return
                }
                do { try await Task.sleep(for: .milliseconds(50)) } catch { return }
            }
        }
    }
}
