import CoreMetrics
import Prometheus

/// The daemon's Prometheus metrics, fed by the same events as its log lines (`OutcomeLog`, the
/// fetcher). Label values come from closed sets: outcomes, rejection reasons, taxonomy labels,
/// match kinds, HTTP statuses and fetch failure codes.
public final class DaemonMetrics: Sendable {
    public let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory

    public init() {
        var factory = PrometheusMetricsFactory(registry: registry)
        // From a millisecond (a small text file) to a minute (a page near max_process_seconds).
        factory.defaultDurationHistogramBuckets = [
            .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(20), .milliseconds(50),
            .milliseconds(100), .milliseconds(200), .milliseconds(500), .seconds(1), .seconds(2), .seconds(5), .seconds(10),
            .seconds(30), .seconds(60),
        ]
        self.factory = factory
        // Every outcome shows from the first scrape, at zero, so a rate over it is defined.
        for outcome in InputOutcome.allCases { counter("assay_inputs_total", ("outcome", outcome.rawValue)).increment(by: 0) }
    }

    /// One input's outcome: the counters and histograms its log line also tells.
    func count(_ report: InputReport) {
        counter("assay_inputs_total", ("outcome", report.outcome.rawValue)).increment()
        if report.outcome == .quarantined, let reason = report.reason { counter("assay_rejections_total", ("reason", reason)).increment() }
        for rejection in report.partialRejections { counter("assay_rejections_total", ("reason", rejection.code)).increment() }
        for record in report.written { counter("assay_records_total", ("industry", record.industry)).increment() }
        for duplicate in report.duplicates { counter("assay_duplicates_total", ("match", duplicate.match ?? "exact")).increment() }
        guard report.outcome != .vanished, report.outcome != .ignored, report.outcome != .failed else { return }
        Timer(label: "assay_process_seconds", factory: factory).recordNanoseconds(Self.nanoseconds(report.process))
        Timer(label: "assay_close_to_record_seconds", factory: factory).recordNanoseconds(Self.nanoseconds(report.latency))
    }

    /// One HTTP fetch: `kind` is `source` (a configured feed or page) or `page` (a feed item's page);
    /// `status` the HTTP status, or the failure code (`timeout`, `refused_address`, …).
    func fetched(kind: String, status: String) {
        counter("assay_fetches_total", ("kind", kind), ("status", status)).increment()
    }

    /// The queue's state, set just before each scrape.
    public func queue(_ counts: InboxQueue.Counts, backlog: Int) {
        Gauge(label: "assay_queue_depth", factory: factory).record(counts.waiting)
        Gauge(label: "assay_inputs_in_flight", factory: factory).record(counts.inFlight)
        Gauge(label: "assay_backlog", factory: factory).record(backlog)
    }

    /// The exposition text, `text/plain; version=0.0.4`.
    public func exposition() -> [UInt8] { registry.emitToBuffer() }

    private func counter(_ name: String, _ dimensions: (String, String)...) -> CoreMetrics.Counter {
        CoreMetrics.Counter(label: name, dimensions: dimensions, factory: factory)
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
