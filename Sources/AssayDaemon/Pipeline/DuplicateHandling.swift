import AssayCore

/// What to do with a reprint or copy of a stored story, and how alike two articles must be.
public struct DuplicateHandling: Sendable {
    public enum Policy: String, Sendable, CaseIterable {
        /// Write it into `duplicates/` with `dedup.duplicate_of` and `dedup.similarity` (default).
        case mark
        /// Log and count it only.
        case drop
    }

    public var policy: Policy
    public var rule: DuplicateRule

    public init(policy: Policy = .mark, rule: DuplicateRule = DuplicateRule()) {
        self.policy = policy
        self.rule = rule
    }
}
