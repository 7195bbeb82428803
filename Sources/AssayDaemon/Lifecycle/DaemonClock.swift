import Foundation

/// Time as a value handed to the daemon and the fetcher: the wall time written into records and
/// ledger rows, and the monotonic time that measures waits and latencies.
public struct DaemonClock: Sendable {
    public var wallTime: @Sendable () -> Date
    public var instant: @Sendable () -> ContinuousClock.Instant

    public init(wallTime: @escaping @Sendable () -> Date, instant: @escaping @Sendable () -> ContinuousClock.Instant) {
        self.wallTime = wallTime
        self.instant = instant
    }

    public static let system = DaemonClock(wallTime: { Date() }, instant: { ContinuousClock.now })

    /// The wall time as RFC 3339, as records and the ledger keep it.
    public var timestamp: String { wallTime().formatted(.iso8601) }
}
