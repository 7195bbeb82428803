import Foundation
import ServiceLifecycle

/// One fetch loop per configured source; a reload that changes the sources restarts them (their
/// schedules and validators are in the store, so nothing is fetched early or twice).
public struct FetchService: Service {
    let runtime: DaemonRuntime

    public init(runtime: DaemonRuntime) { self.runtime = runtime }

    public func run() async {
        await cancelWhenGracefulShutdown {
            var changes = runtime.sourceChanges.makeAsyncIterator()
            while !Task.isCancelled {
                let config = runtime.config
                let fetcher = FeedFetcher(
                    client: HTTPClient(settings: config.fetch.http), store: runtime.store, queue: runtime.queue,
                    limiter: HostLimiter(total: config.fetch.concurrency, perHost: config.fetch.perHost),
                    backoffCap: config.fetch.backoffCap, clock: runtime.clock, logger: runtime.logger, metrics: runtime.outcomes.metrics,
                    claimant: config.claimant)
                let loops = Task {
                    await withTaskGroup(of: Void.self) { group in
                        for source in config.sources {
                            group.addTask {
                                var first = true
                                await fetcher.run(source) {
                                    if first { runtime.unfetchedSources.subtract(1, ordering: .relaxed) }
                                    first = false
                                }
                            }
                        }
                    }
                }
                let changed = await withTaskCancellationHandler {
                    await changes.next() != nil
                } onCancel: {
                    loops.cancel()
                }
                loops.cancel()
                await loops.value
                if !changed || Task.isCancelled { return }
            }
        }
    }
}
