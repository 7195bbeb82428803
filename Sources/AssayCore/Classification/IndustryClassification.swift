/// One industry's standing for an article, whether or not it earned the label.
public struct IndustryScore: Sendable, Equatable {
    public var label: String
    /// Weighted evidence before squashing into [0, 1].
    public var raw: Double
    public var score: Double
    public var threshold: Double
    /// Whether a term of at least the anchor weight counted; without one the label is not given.
    public var anchored: Bool
    /// False for a rival-only industry, which is never given (see `Taxonomy.Industry.isLabel`).
    public var isLabel: Bool = true
    public var evidence: [IndustryLabel.Evidence]
}

/// The classifier's verdict: the labels earned, the primary one, and every industry's score
/// (so evaluation can show the evidence behind a miss).
public struct IndustryClassification: Sendable, Equatable {
    /// Every industry in taxonomy order.
    public var scores: [IndustryScore]
    /// Labels earned, strongest first.
    public var labels: [IndustryLabel]
    /// The strongest label, or `none`.
    public var primaryIndustry: String

    public static let noIndustry = "none"

    /// Industries with evidence that did not earn their label, each with what held it back: why an
    /// article got nothing, or not the label a reader expected.
    public var nearMisses: [NearMiss] = []

    /// An industry's evidence that fell short, and why.
    public struct NearMiss: Sendable, Equatable, Encodable {
        public var label: String
        public var score: Double
        public var threshold: Double
        /// `no_anchor_term`, `below_threshold` or `secondary_share`, each with a sentence in `detail`.
        public var reasons: [String]
        public var detail: String
        public var evidence: [IndustryLabel.Evidence]
    }

    init(scores: [IndustryScore], secondaryShare: Double, besideThreshold: Double? = nil, rivalPairs: Set<[String]> = []) {
        self.scores = scores
        // Rival-only industries take generic words (in the classifier) but never overshadow a label.
        let strongest = scores.filter(\.isLabel).map(\.raw).max() ?? 0
        let strongestLabel = scores.filter(\.isLabel).max { $0.raw < $1.raw }?.label ?? ""
        let candidates = scores.filter { $0.isLabel && $0.anchored && $0.raw > 0 && $0.raw >= secondaryShare * strongest }
        let earned = candidates.filter { $0.score >= $0.threshold }
        /// The threshold that applies: lowered beside an earned label that is not a rival.
        func threshold(_ score: IndustryScore) -> Double {
            guard let besideThreshold, score.score < score.threshold,
                earned.contains(where: { $0.label != score.label && !rivalPairs.contains([$0.label, score.label]) })
            else { return score.threshold }
            return min(besideThreshold, score.threshold)
        }
        for score in scores where score.raw > 0 && score.isLabel {
            var reasons: [String] = []
            var details: [String] = []
            if !score.anchored {
                reasons.append("no_anchor_term")
                details.append("only supporting words were found, no term strong enough to carry the label alone")
            }
            let applied = threshold(score)
            if score.score < applied {
                reasons.append("below_threshold")
                details.append("score \((score.score * 1000).rounded() / 1000) is below the threshold \(applied)")
            }
            if score.raw < secondaryShare * strongest {
                reasons.append("secondary_share")
                details.append("its evidence is under \(Int(secondaryShare * 100))% of \(strongestLabel)'s, so it reads as a mention")
            }
            guard !reasons.isEmpty else { continue }
            nearMisses.append(
                NearMiss(
                    label: score.label, score: (score.score * 1000).rounded() / 1000, threshold: applied, reasons: reasons,
                    detail: details.joined(separator: "; "), evidence: score.evidence))
        }
        labels = candidates
            .filter { $0.score >= threshold($0) }
            .sorted { $0.score > $1.score }
            .map { IndustryLabel(label: $0.label, score: ($0.score * 1000).rounded() / 1000, evidence: $0.evidence) }
        primaryIndustry = labels.first?.label ?? Self.noIndustry
    }
}
