import Logging

/// One observable event, one place: each input's report becomes its log line and its counters.
public struct OutcomeLog: Sendable {
    public let logger: Logger
    public let counters: DaemonCounters
    public let metrics: DaemonMetrics
    /// Told of every report after its line and counters (`assay ingest` lists refusals and shows progress).
    let observer: (@Sendable (InputReport) -> Void)?

    public init(
        logger: Logger, counters: DaemonCounters, metrics: DaemonMetrics = DaemonMetrics(), observer: (@Sendable (InputReport) -> Void)? = nil
    ) {
        self.logger = logger
        self.counters = counters
        self.metrics = metrics
        self.observer = observer
    }

    public func record(_ report: InputReport) {
        defer { observer?(report) }
        counters.count(report)
        metrics.count(report)
        var metadata: Logger.Metadata = [
            "input": .string(report.input), "outcome": .string(report.outcome.rawValue),
            "wait_ms": Self.milliseconds(report.wait), "process_ms": Self.milliseconds(report.process),
            "total_ms": Self.milliseconds(report.latency),
        ]
        if let feed = report.feed { metadata["feed"] = .string(feed) }
        if let movedTo = report.movedTo { metadata["moved_to"] = .string(movedTo) }
        if let firstInput = report.firstInput { metadata["first_input"] = .string(firstInput) }
        if let reason = report.reason { metadata["reason"] = .string(reason) }
        if let detail = report.detail { metadata["detail"] = .string(detail) }
        if report.resumed { metadata["resumed"] = .stringConvertible(true) }
        for rejection in report.partialRejections {
            logger.warning(
                "article in input refused",
                metadata: [
                    "input": .string(report.input), "index": .string(rejection.index.map(String.init) ?? "-"),
                    "reason": .string(rejection.code), "detail": .string(rejection.message),
                ])
        }
        switch report.outcome {
        case .quarantined:
            logger.warning("input quarantined", metadata: metadata)
        case .vanished:
            logger.notice("input vanished before its outcome was durable; nothing of it is kept", metadata: metadata)
        case .ignored:
            logger.warning("not a regular file; left alone", metadata: metadata)
        case .failed:
            logger.error("input not committed", metadata: metadata)
        case .repeated where report.repeatedArticles.isEmpty:
            logger.info("input already processed; not written again", metadata: metadata)
        case .recorded, .duplicate, .repeated:
            logger.info(message(report, &metadata), metadata: metadata)
        }
    }

    private func message(_ report: InputReport, _ metadata: inout Logger.Metadata) -> Logger.Message {
        let notes = report.written + report.duplicates.map(\.record)
        if notes.count + report.repeatedArticles.count > 1 {
            metadata["written"] = .stringConvertible(report.written.count)
            metadata["duplicates"] = .stringConvertible(report.duplicates.count)
            // Articles stored before from the same source: why an input can write nothing.
            metadata["already_stored"] = .stringConvertible(report.repeatedArticles.count)
            metadata["article_ids"] = .array((notes.map(\.id) + report.repeatedArticles).map { .string($0) })
            metadata["titles"] = .array(notes.map { .string(Self.cut($0.title)) })
            metadata["records"] = .array(notes.compactMap(\.path).map { .string($0) })
            metadata["industries"] = .array(Array(Set(notes.flatMap(\.industries))).sorted().map { .string($0) })
            let events = Array(Set(notes.flatMap(\.events))).sorted()
            if !events.isEmpty { metadata["events"] = .array(events.map { .string($0) }) }
            return "input processed"
        }
        if let note = notes.first {
            metadata["article_id"] = .string(note.id)
            metadata["title"] = .string(Self.cut(note.title))
            metadata["industry"] = .string(note.industry)
            metadata["industries"] = .array(note.industries.map { .string($0) })
            if !note.events.isEmpty { metadata["events"] = .array(note.events.map { .string($0) }) }
            if let related = note.related { metadata["related"] = .string(related) }
            if let path = note.path { metadata["record"] = .string(path) }
        }
        if report.written.first != nil { return "record written" }
        if let duplicate = report.duplicates.first {
            metadata["duplicate_of"] = .string(duplicate.of)
            if let similarity = duplicate.similarity { metadata["similarity"] = .stringConvertible(similarity) }
            if let match = duplicate.match { metadata["match"] = .string(match) }
            return "duplicate"
        }
        metadata["article_id"] = .string(report.repeatedArticles.first ?? "")
        return "article already stored from this source; not written again"
    }

    /// Titles are cut in log lines: enough to recognise a story, short enough to scan.
    static func cut(_ title: String, limit: Int = 120) -> String {
        title.count <= limit ? title : String(title.prefix(limit - 1)) + "…"
    }

    static func milliseconds(_ duration: Duration) -> Logger.Metadata.Value {
        .stringConvertible((duration.seconds * 10_000).rounded() / 10)
    }

    /// The totals as log metadata, for the summary and stop lines.
    public static func summary(_ totals: DaemonCounters.Snapshot) -> Logger.Metadata {
        var metadata: Logger.Metadata = [
            "inputs": .stringConvertible(totals.inputs), "records": .stringConvertible(totals.records),
            "duplicate_records": .stringConvertible(totals.duplicates),
            "industries": .dictionary(totals.perIndustry.mapValues { .stringConvertible($0) }),
        ]
        for outcome in InputOutcome.allCases { metadata[outcome.rawValue] = .stringConvertible(totals[outcome]) }
        return metadata
    }
}
