/// Precision, recall and F1 of predicted label sets against true ones, per label and
/// macro-averaged, with the misses kept so a person can see what went wrong.
public struct LabelEvaluation: Sendable {
    public struct Case: Sendable {
        public var id: String
        public var expected: Set<String>
        public var predicted: Set<String>
        /// Optional facets from the labels file (`lang`, `confuser`), for the subset lines of the report.
        public var language: String?
        public var confuser: Bool

        public init(id: String, expected: Set<String>, predicted: Set<String>, language: String? = nil, confuser: Bool = false) {
            self.id = id
            self.expected = expected
            self.predicted = predicted
            self.language = language
            self.confuser = confuser
        }

        public var isExact: Bool { expected == predicted }
    }

    public struct LabelScore: Sendable, Equatable {
        public var label: String
        public var truePositives: Int
        public var falsePositives: Int
        public var falseNegatives: Int

        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
        public var support: Int { truePositives + falseNegatives }

        /// With nothing to find and nothing claimed, the label is perfect, not undefined.
        private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }
    }

    public let cases: [Case]
    /// One entry per label (the given ones first, then any others seen), in that order.
    public let labels: [LabelScore]

    public init(cases: [Case], labels: [String]) {
        self.cases = cases
        var all = labels
        for label in cases.flatMap({ $0.expected.union($0.predicted) }).sorted() where !all.contains(label) {
            all.append(label)
        }
        self.labels = all.map { label in
            var score = LabelScore(label: label, truePositives: 0, falsePositives: 0, falseNegatives: 0)
            for item in cases {
                switch (item.expected.contains(label), item.predicted.contains(label)) {
                case (true, true): score.truePositives += 1
                case (false, true): score.falsePositives += 1
                case (true, false): score.falseNegatives += 1
                case (false, false): break
                }
            }
            return score
        }
    }

    public var macroF1: Double { labels.isEmpty ? 0 : labels.map(\.f1).reduce(0, +) / Double(labels.count) }
    public var exactMatches: Int { cases.filter(\.isExact).count }
    public var misses: [Case] { cases.filter { !$0.isExact } }
}
