import Logging

/// One observable event, one place: each input's report becomes its log line and its counters.
public struct OutcomeLog: Sendable {
    public let logger: Logger
    public let counters: DaemonCounters
    /// Told of every report after its line and counters (`assay ingest` lists refusals and shows progress).
    let observer: (@Sendable (InputReport) -> Void)?

    public init(logger: Logger, counters: DaemonCounters, observer: (@Sendable (InputReport) -> Void)? = nil) {
        self.logger = logger
        self.counters = counters
        self.observer = observer
    }

    public func record(_ report: InputReport) {
        defer { observer?(report) }
        counters.count(report)
        var metadata: Logger.Metadata = [
            "input": .string(report.input), "outcome": .string(report.outcome.rawValue),
            "duration_ms": .stringConvertible((report.latency.seconds * 10_000).rounded() / 10),
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
        if report.written.count + report.duplicates.count + report.repeatedArticles.count > 1 {
            metadata["records"] = .stringConvertible(report.written.count)
            metadata["duplicates"] = .stringConvertible(report.duplicates.count)
            metadata["article_ids"] = .array((report.written.map(\.id) + report.duplicates.map(\.id)).map { .string($0) })
            return "input processed"
        }
        if let written = report.written.first {
            metadata["article_id"] = .string(written.id)
            metadata["industry"] = .string(written.industry ?? "none")
            return "record written"
        }
        if let duplicate = report.duplicates.first {
            metadata["article_id"] = .string(duplicate.id)
            metadata["duplicate_of"] = .string(duplicate.of)
            if let similarity = duplicate.similarity { metadata["similarity"] = .stringConvertible(similarity) }
            if let match = duplicate.match { metadata["match"] = .string(match) }
            return "duplicate"
        }
        metadata["article_id"] = .string(report.repeatedArticles.first ?? "")
        return "article already stored from this source; not written again"
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
