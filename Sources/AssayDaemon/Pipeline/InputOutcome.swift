/// How one input ended: the closed set that log lines, counters, `assay stats` and the `ingest`
/// summary all use, one word per outcome.
public enum InputOutcome: String, Sendable, CaseIterable, Codable {
    /// New records written.
    case recorded
    /// Reprints, rewrites or copies of stored stories (marked into `duplicates/`, or only counted).
    case duplicate
    /// Already processed: the same bytes again, or the same article again from the same source.
    case repeated
    /// Refused with a reason; in the daemon, moved to the quarantine with a reason file.
    case quarantined
    /// Deleted or moved away before its outcome was durable: nothing of it is kept.
    case vanished
    /// Not a regular file (a FIFO, device, socket or link took its name): never read, left alone.
    case ignored
    /// Its outcome could not be made durable (a folder not writable, a full disk): it stays and is retried.
    case failed
}

/// One input's outcome with what its log line tells.
public struct InputReport: Sendable {
    public var outcome: InputOutcome
    /// The file's path (escaped) or the fetched URL.
    public var input: String
    public var feed: String?
    public var written: [(id: String, industry: String?)] = []
    public var duplicates: [(id: String, of: String, similarity: Double?, match: String?)] = []
    /// Articles of the input stored before from the same source: nothing new to write.
    public var repeatedArticles: [String] = []
    public var partialRejections: [(index: Int?, code: String, message: String)] = []
    /// For a quarantined input: the reason code and what to do; for a failed one: what went wrong.
    public var reason: String?
    public var detail: String?
    /// Where the input was moved, when it was.
    public var movedTo: String?
    /// For a repeated input: where the same bytes came from first.
    public var firstInput: String?
    /// Finished from the ledger after a crash.
    public var resumed = false
    public var latency: Duration = .zero

    public init(outcome: InputOutcome, input: String) {
        self.outcome = outcome
        self.input = input
    }
}
