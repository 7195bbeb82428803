import Synchronization

/// The running totals, for the summary log line, sd_notify `STATUS=` and the `ingest` summary.
/// Updated from each input's report (with its log line), read by the summary timer.
public final class DaemonCounters: Sendable {
    public struct Snapshot: Sendable, Equatable {
        /// Inputs per outcome.
        public var outcomes: [InputOutcome: Int] = [:]
        /// Records written (an input may hold several articles), and duplicate records.
        public var records = 0
        public var duplicates = 0
        public var perIndustry: [String: Int] = [:]

        public var inputs: Int { outcomes.values.reduce(0, +) }
        public subscript(_ outcome: InputOutcome) -> Int { outcomes[outcome] ?? 0 }

        /// `inputs=12 recorded=9 duplicate=2 …`, for the systemd status line.
        public var statusLine: String {
            (["inputs=\(inputs)"] + InputOutcome.allCases.map { "\($0.rawValue)=\(self[$0])" }).joined(separator: " ")
        }
    }

    private let state = Mutex(Snapshot())

    public init() {}

    public func count(_ report: InputReport) {
        state.withLock { counts in
            counts.outcomes[report.outcome, default: 0] += 1
            counts.records += report.written.count
            counts.duplicates += report.duplicates.count
            for written in report.written { counts.perIndustry[written.industry, default: 0] += 1 }
        }
    }

    public var snapshot: Snapshot { state.withLock { $0 } }
}
