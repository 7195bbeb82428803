import Logging
import ServiceLifecycle

/// The periodic summary line, systemd's `STATUS=` and watchdog keep-alives. First in the group, so
/// it keeps the watchdog fed until the pipeline has drained.
public struct HeartbeatService: Service {
    let runtime: DaemonRuntime

    public init(runtime: DaemonRuntime) { self.runtime = runtime }

    public func run() async {
        let notifier = runtime.notifier
        await cancelWhenGracefulShutdown {
            var sinceSummary = 0.0
            while !Task.isCancelled {
                let interval = runtime.config.summaryInterval
                let tick = min(notifier.watchdogInterval?.seconds ?? 5, 5, interval)
                do { try await Task.sleep(for: .seconds(tick)) } catch { return }
                notifier.watchdog()
                let totals = runtime.outcomes.counters.snapshot
                notifier.status(totals.statusLine)
                sinceSummary += tick
                guard sinceSummary >= interval else { continue }
                sinceSummary = 0
                var metadata = OutcomeLog.summary(totals)
                let counts = await runtime.queue.counts
                metadata["waiting"] = .stringConvertible(counts.waiting)
                metadata["in_flight"] = .stringConvertible(counts.inFlight)
                metadata["being_written"] = .stringConvertible(counts.rechecks)
                runtime.logger.info("summary", metadata: metadata)
            }
        }
    }
}
