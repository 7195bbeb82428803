/// The industry taxonomy as data: what the classifier looks for and how it weighs it.
///
/// Users edit it as TOML (`config/industries.toml`); the daemon parses that file into this value,
/// and `IndustryClassifier` compiles it once into a matcher. Nothing here reads files.
public struct Taxonomy: Sendable, Equatable {
    public var industries: [Industry]
    public var scoring: Scoring
    public var comparison: ComparisonCues
    /// Phrases that are never evidence and hide the terms inside them ("tortilla chip", "fuel cell").
    public var ignoredPhrases: [String]

    public init(industries: [Industry], scoring: Scoring, comparison: ComparisonCues, ignoredPhrases: [String]) {
        self.industries = industries
        self.scoring = scoring
        self.comparison = comparison
        self.ignoredPhrases = ignoredPhrases
    }

    /// One label the classifier can give, with its vocabulary and context rules.
    public struct Industry: Sendable, Equatable {
        public var id: String
        public var name: String
        /// Minimum score in [0, 1] for the label; nil uses the taxonomy default.
        public var threshold: Double?
        /// Multiplier for a term found in the title; nil uses the taxonomy default.
        public var titleWeight: Double?
        public var termGroups: [TermGroup]
        public var contextRules: [ContextRule]
        /// Industries whose specific vocabulary takes this one's generic terms when it outweighs ours
        /// (a sodium-ion article's "battery" and "cathode" are not lithium evidence).
        public var genericYieldsTo: [String]
        /// False for a rival only: its vocabulary is scored so that others' generic terms can yield
        /// to it (a flow-battery story's "battery" is not lithium), but it is never given as a label.
        public var isLabel: Bool

        public init(
            id: String, name: String, threshold: Double? = nil, titleWeight: Double? = nil, termGroups: [TermGroup],
            contextRules: [ContextRule] = [], genericYieldsTo: [String] = [], isLabel: Bool = true
        ) {
            self.id = id
            self.name = name
            self.threshold = threshold
            self.titleWeight = titleWeight
            self.termGroups = termGroups
            self.contextRules = contextRules
            self.genericYieldsTo = genericYieldsTo
            self.isLabel = isLabel
        }
    }

    /// Terms sharing one weight. Generic terms ("battery") count only when no rival industry's
    /// specific vocabulary outweighs this industry's.
    public struct TermGroup: Sendable, Equatable {
        public var weight: Double
        public var generic: Bool
        public var terms: [String]

        public init(weight: Double, generic: Bool = false, terms: [String]) {
            self.weight = weight
            self.generic = generic
            self.terms = terms
        }
    }

    /// Cancels the listed terms where the text shows another sense: a cue word within `window`
    /// characters, or at least `documentMinimum` cue words anywhere in the article.
    public struct ContextRule: Sendable, Equatable {
        public var terms: [String]
        public var cancelWords: [String]
        public var window: Int
        /// nil: only nearby cues cancel.
        public var documentMinimum: Int?

        public init(terms: [String], cancelWords: [String], window: Int = 60, documentMinimum: Int? = nil) {
            self.terms = terms
            self.cancelWords = cancelWords
            self.window = window
            self.documentMinimum = documentMinimum
        }
    }

    public struct Scoring: Sendable, Equatable {
        /// Default minimum score for a label.
        public var threshold: Double
        /// Default multiplier for a term found in the title.
        public var titleWeight: Double
        /// Raw evidence at which the score reaches 1 - 1/e; scores are 1 - exp(-raw / saturation).
        public var saturation: Double
        /// A label other than the strongest needs at least this share of the strongest raw evidence.
        public var secondaryShare: Double
        /// A label needs at least one term this heavy: weak terms ("processor") support, never establish.
        public var anchorWeight: Double
        /// The score a label needs beside a label earned by an industry that is not its rival: the
        /// second item of a roundup (a chip fund and a battery fund). Nil: the industry's threshold.
        /// Beside a rival (lithium and sodium-ion) a mention is mostly a comparison, so none is lowered.
        public var besideThreshold: Double?

        public init(
            threshold: Double = 0.5, titleWeight: Double = 2, saturation: Double = 8, secondaryShare: Double = 0.2,
            anchorWeight: Double = 2, besideThreshold: Double? = nil
        ) {
            self.besideThreshold = besideThreshold
            self.threshold = threshold
            self.titleWeight = titleWeight
            self.saturation = saturation
            self.secondaryShare = secondaryShare
            self.anchorWeight = anchorWeight
        }
    }

    /// Words that mark a term as named only for comparison ("cheaper than lithium-ion",
    /// "lithium-free", "相比锂电池"): such a mention earns nothing.
    public struct ComparisonCues: Sendable, Equatable {
        public var before: [String]
        public var after: [String]
        /// Most words (Latin script) allowed between a cue and the term.
        public var maxGapWords: Int
        /// Most characters (CJK) allowed between a cue and the term.
        public var maxGapCJK: Int

        public init(before: [String] = [], after: [String] = [], maxGapWords: Int = 3, maxGapCJK: Int = 1) {
            self.before = before
            self.after = after
            self.maxGapWords = maxGapWords
            self.maxGapCJK = maxGapCJK
        }
    }
}

extension Taxonomy.Industry {
    /// Every term of the industry, in file order.
    public var allTerms: [String] { termGroups.flatMap(\.terms) }
}
