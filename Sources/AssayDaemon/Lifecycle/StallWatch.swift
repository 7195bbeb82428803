/// Decides whether the watchdog may be fed: only while the pipeline proves it is alive. Work that
/// waits (inputs queued or in flight) must show progress (an input processed or committed) within
/// `limit`; with nothing to do the daemon is alive as long as the heartbeat itself runs. A wedged
/// worker or committer thus ends in a systemd restart, not a daemon that pings while doing nothing.
public struct StallWatch: Sendable {
    /// Seconds of work waiting without progress after which the keep-alives stop.
    public let limit: Double
    private var lastMoves: Int?
    public private(set) var stalledFor = 0.0

    public init(limit: Double) { self.limit = limit }

    /// The limit for a per-input budget: an input may overrun its budget by one stage, and a
    /// commit of a full batch may take a while on a slow disk.
    public static func limit(maxProcessSeconds: Double) -> Double { 2 * maxProcessSeconds + 60 }

    /// Takes one heartbeat's look (`moves`: the progress counter; `busy`: inputs waiting or in
    /// flight; `elapsed`: seconds since the last look) and says whether to feed the watchdog.
    public mutating func observe(moves: Int, busy: Bool, elapsed: Double) -> Bool {
        defer { lastMoves = moves }
        if !busy || moves != lastMoves {
            stalledFor = 0
        } else {
            stalledFor += elapsed
        }
        return stalledFor < limit
    }
}
