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
    /// New records, each with where it was written.
    public var written: [RecordNote] = []
    /// Reprints, rewrites and copies: where they were written (nil when duplicates are dropped) and what they repeat.
    public var duplicates: [DuplicateNote] = []
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
    /// From discovery to the outcome being durable: what a user waits for.
    public var latency: Duration = .zero
    /// In the queue, from discovery until a worker took it.
    public var wait: Duration = .zero
    /// A worker's time on it: reading, extraction, classification.
    public var process: Duration = .zero

    public init(outcome: InputOutcome, input: String) {
        self.outcome = outcome
        self.input = input
    }
}

/// One article of an input as its log line and counters tell it.
public struct RecordNote: Sendable {
    public var id: String
    public var title: String
    /// Labels kept, best first; empty when none applies.
    public var industries: [String]
    /// The record file, or nil when it is not written (a dropped duplicate).
    public var path: String?
    /// The supply-chain steps the article reports (`facts.events` types), in order.
    public var events: [String]
    /// The story the article is another write-up of (`dedup.related`), if it is one.
    public var related: String?

    public init(id: String, title: String, industries: [String], path: String?, events: [String] = [], related: String? = nil) {
        self.id = id
        self.title = title
        self.industries = industries
        self.path = path
        self.events = events
        self.related = related
    }

    /// The best label, or `none`.
    public var industry: String { industries.first ?? "none" }
}

/// A reprint, rewrite or copy of a stored story.
public struct DuplicateNote: Sendable {
    public var record: RecordNote
    /// The stored story's id.
    public var of: String
    public var similarity: Double?
    /// `exact`, `reprint` or `rewrite`.
    public var match: String?

    public init(record: RecordNote, of: String, similarity: Double?, match: String?) {
        self.record = record
        self.of = of
        self.similarity = similarity
        self.match = match
    }
}
