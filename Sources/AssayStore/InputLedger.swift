import AssayCore

/// The daemon's ledger: each input (known by the SHA-256 of its bytes) moves from `decided` (the
/// store admitted its articles and said where each goes) to `done` (records and the input's move are
/// durable). A crash between the two is finished on restart from the stored decision, so every input
/// gets exactly one outcome.
///
/// - Important: `decide` must run the dedup lookups, the inserts and the ledger rows in one
///   transaction per batch; a crash then leaves either the whole batch decided or none of it.
public protocol InputLedger: Sendable {
    /// Decides a batch of inputs in order (earlier inputs are canonical for later ones), in one transaction.
    func decide(_ inputs: [PendingInput], rule: DuplicateRule, at time: String) throws -> [LedgerDecision]

    /// Marks inputs whose effects are durable, with the outcome they ended with (nil keeps the one
    /// decided); their keys are then only ever `repeated`.
    func markDone(_ inputs: [(key: String, outcome: String?)], at time: String) throws

    /// Inputs decided but not done: what a crash interrupted.
    func unfinishedInputs() throws -> [LedgerEntry]

    func ledgerCounts() throws -> [String: Int]
}

/// An input read and run through the pipeline, waiting for the store's decision.
public struct PendingInput: Sendable {
    /// SHA-256 of the bytes, or `stat:` + device/inode/size/mtime for a file that could not be read.
    public var key: String
    public var path: String
    public var articles: [StoredArticle]
    /// Why the whole input is refused (its code); nil when it holds articles.
    public var rejection: String?
    /// What the refusal tells a person, kept so a second copy of the same bad bytes says it again.
    public var rejectionMessage: String?

    public init(key: String, path: String, articles: [StoredArticle], rejection: String?, rejectionMessage: String? = nil) {
        self.key = key
        self.path = path
        self.articles = articles
        self.rejection = rejection
        self.rejectionMessage = rejectionMessage
    }
}

/// Where one input's articles go, as the ledger keeps it.
public struct InputDecision: Sendable, Equatable, Codable {
    public struct Placement: Sendable, Equatable, Codable {
        public var id: String
        public var duplicateOf: String?
        public var similarity: Double?
        /// `exact`, `reprint` or `rewrite` for a duplicate; absent in decisions written before rewrites.
        public var match: String?
        /// The same article (same id) was stored before from the same source: nothing to write.
        public var alreadyStored: Bool
        /// The same article (same id) from another source: a duplicate record of its own.
        public var copy: Bool?
        /// The story this article is another write-up of (`dedup.related`); absent in older decisions.
        public var related: String?

        public init(
            id: String, duplicateOf: String?, similarity: Double?, match: String? = nil, alreadyStored: Bool, copy: Bool? = nil,
            related: String? = nil
        ) {
            self.id = id
            self.duplicateOf = duplicateOf
            self.similarity = similarity
            self.match = match
            self.alreadyStored = alreadyStored
            self.copy = copy
            self.related = related
        }
    }

    public var placements: [Placement]
    /// The rejection code when the input goes to quarantine.
    public var rejection: String?
    public var rejectionMessage: String?

    /// The outcome word this decision leads to, kept in the ledger from the start: a row finished at
    /// restart (its input already moved) ends with the same word as one finished at once.
    public var outcome: String {
        if rejection != nil { return "quarantined" }
        if placements.contains(where: { !$0.alreadyStored && $0.duplicateOf == nil }) { return "recorded" }
        if placements.contains(where: { $0.duplicateOf != nil }) { return "duplicate" }
        return "repeated"
    }

    public init(placements: [Placement], rejection: String?, rejectionMessage: String? = nil) {
        self.placements = placements
        self.rejection = rejection
        self.rejectionMessage = rejectionMessage
    }
}

/// The ledger's answer for one input of a batch.
public enum LedgerDecision: Sendable, Equatable {
    /// Seen for the first time: decided now.
    case fresh(InputDecision)
    /// Decided before a crash, not finished: redo its effects exactly as decided.
    case resumed(InputDecision)
    /// These bytes were processed before (from `firstPath`): not written again. When they were
    /// refused then, `rejection` says why, and they are refused again.
    case repeated(firstPath: String, rejection: Rejection?)

    /// A refusal as the ledger keeps it.
    public struct Rejection: Sendable, Equatable {
        public var code: String
        public var message: String

        public init(code: String, message: String) {
            self.code = code
            self.message = message
        }
    }

    public var decision: InputDecision? {
        switch self {
        case .fresh(let decision), .resumed(let decision): return decision
        case .repeated: return nil
        }
    }
}

/// A ledger row.
public struct LedgerEntry: Sendable, Equatable {
    public var key: String
    public var path: String
    public var state: String
    public var decision: InputDecision

    package init(key: String, path: String, state: String, decision: InputDecision) {
        self.key = key
        self.path = path
        self.state = state
        self.decision = decision
    }
}
