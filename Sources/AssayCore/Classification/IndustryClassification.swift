/// One industry's standing for an article, whether or not it earned the label.
public struct IndustryScore: Sendable, Equatable {
    public var label: String
    /// Weighted evidence before squashing into [0, 1].
    public var raw: Double
    public var score: Double
    public var threshold: Double
    /// Whether a term of at least the anchor weight counted; without one the label is not given.
    public var anchored: Bool
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

    init(scores: [IndustryScore], secondaryShare: Double) {
        self.scores = scores
        let strongest = scores.map(\.raw).max() ?? 0
        labels = scores
            .filter { $0.anchored && $0.score >= $0.threshold && $0.raw > 0 && $0.raw >= secondaryShare * strongest }
            .sorted { $0.score > $1.score }
            .map { IndustryLabel(label: $0.label, score: ($0.score * 1000).rounded() / 1000, evidence: $0.evidence) }
        primaryIndustry = labels.first?.label ?? Self.noIndustry
    }
}
