import Synchronization

/// The daemon's running totals, for the summary log line, sd_notify `STATUS=` and `assay stats`.
/// Updated by the committer, read by the summary timer.
public final class DaemonCounters: Sendable {
    public struct Snapshot: Sendable, Equatable {
        public var inputs = 0
        public var records = 0
        public var duplicates = 0
        public var alreadyStored = 0
        public var quarantined = 0
        public var repeated = 0
        public var vanished = 0
        public var failures = 0
        public var perIndustry: [String: Int] = [:]

        /// `inputs=12 records=9 duplicates=2 …`, for the systemd status line.
        public var statusLine: String {
            "inputs=\(inputs) records=\(records) duplicates=\(duplicates) quarantined=\(quarantined) repeated=\(repeated)"
        }
    }

    private let state = Mutex(Snapshot())

    public init() {}

    public func update(_ body: (inout Snapshot) -> Void) { state.withLock { body(&$0) } }

    public var snapshot: Snapshot { state.withLock { $0 } }
}
