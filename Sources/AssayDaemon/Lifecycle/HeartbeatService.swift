import Logging
import ServiceLifecycle
import Synchronization

/// The periodic summary line, systemd's `STATUS=` and watchdog keep-alives, fed while the pipeline
/// shows progress (`StallWatch`). First in the group, so it keeps the watchdog fed until the pipeline has drained.
public struct HeartbeatService: Service {
    let runtime: DaemonRuntime

    public init(runtime: DaemonRuntime) { self.runtime = runtime }

    public func run() async {
        let notifier = runtime.notifier
        await cancelWhenGracefulShutdown {
            var sinceSummary = 0.0
            var stalls = StallWatch(limit: StallWatch.limit(maxProcessSeconds: runtime.config.maxProcessSeconds))
            while !Task.isCancelled {
                let interval = runtime.config.summaryInterval
                let tick = min(notifier.watchdogInterval?.seconds ?? 5, 5, interval)
                do { try await Task.sleep(for: .seconds(tick)) } catch { return }
                let counts = await runtime.queue.counts
                let alive = stalls.observe(moves: runtime.progress.load(ordering: .relaxed), busy: counts.waiting + counts.inFlight > 0, elapsed: tick)
                if alive {
                    notifier.watchdog()
                } else if stalls.stalledFor - tick < stalls.limit {
                    runtime.logger.critical(
                        "the pipeline has made no progress; watchdog keep-alives stop so that systemd restarts the daemon",
                        metadata: [
                            "stalled_s": .stringConvertible(Int(stalls.stalledFor)), "waiting": .stringConvertible(counts.waiting),
                            "in_flight": .stringConvertible(counts.inFlight),
                        ])
                }
                let totals = runtime.outcomes.counters.snapshot
                notifier.status(totals.statusLine)
                sinceSummary += tick
                guard sinceSummary >= interval else { continue }
                sinceSummary = 0
                var metadata = OutcomeLog.summary(totals)
                metadata["waiting"] = .stringConvertible(counts.waiting)
                metadata["in_flight"] = .stringConvertible(counts.inFlight)
                metadata["being_written"] = .stringConvertible(counts.rechecks)
                runtime.logger.info("summary", metadata: metadata)
            }
        }
    }
}
