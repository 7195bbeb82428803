/// Precision and recall of found facts against labelled ones, per fact type, compared the way the
/// labelled set's guideline says: organizations by canonical name, places by form (case folded)
/// and kind, capacities by value and unit, money by amount and currency, events by type.
public struct FactEvaluation: Sendable {
    /// The comparable keys of one article's facts.
    public struct Keys: Sendable, Equatable {
        public var byType: [String: [String]]

        public init(_ facts: ArticleFacts) {
            byType = [
                "organizations": facts.organizations.map(\.name),
                "places": facts.places.map { "\($0.text.lowercased()) (\($0.kind.rawValue))" },
                "capacities": facts.capacities.map { "\(Self.number($0.value)) \($0.unit.rawValue)" },
                "money": facts.money.map { "\(Self.number($0.amount)) \($0.currency)" },
                "events": facts.events.map(\.type.rawValue),
            ]
        }

        public init(byType: [String: [String]]) { self.byType = byType }

        /// A number as the keys write it: whole numbers without a fraction.
        public static func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e18 ? String(Int64(value)) : "\(value)"
        }
    }

    public struct Case: Sendable {
        public var id: String
        public var split: String
        public var language: String
        public var expected: Keys
        public var found: Keys

        public init(id: String, split: String, language: String, expected: Keys, found: Keys) {
            self.id = id
            self.split = split
            self.language = language
            self.expected = expected
            self.found = found
        }
    }

    public struct Score: Sendable, Equatable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
    }

    /// One difference in one article: a fact missed or found wrongly.
    public struct Difference: Sendable {
        public var id: String
        public var type: String
        public var missed: [String]
        public var extra: [String]
    }

    public static let types = ["organizations", "places", "capacities", "money", "events"]

    public let cases: [Case]

    public init(cases: [Case]) { self.cases = cases }

    public func score(_ type: String, where include: (Case) -> Bool = { _ in true }) -> Score {
        var score = Score()
        for item in cases where include(item) {
            let (matched, missed, extra) = Self.compare(item.expected.byType[type] ?? [], item.found.byType[type] ?? [], multiset: type == "events")
            score.truePositives += matched
            score.falseNegatives += missed.count
            score.falsePositives += extra.count
        }
        return score
    }

    public func differences(where include: (Case) -> Bool = { _ in true }) -> [Difference] {
        var differences: [Difference] = []
        for item in cases where include(item) {
            for type in Self.types {
                let (_, missed, extra) = Self.compare(item.expected.byType[type] ?? [], item.found.byType[type] ?? [], multiset: type == "events")
                if !missed.isEmpty || !extra.isEmpty {
                    differences.append(Difference(id: item.id, type: type, missed: missed, extra: extra))
                }
            }
        }
        return differences
    }

    /// Sets for facts (a form listed twice is one fact); counts for events (two price moves are two).
    private static func compare(_ expected: [String], _ found: [String], multiset: Bool) -> (Int, [String], [String]) {
        if !multiset {
            let expectedSet = Set(expected)
            let foundSet = Set(found)
            return (expectedSet.intersection(foundSet).count, expectedSet.subtracting(foundSet).sorted(), foundSet.subtracting(expectedSet).sorted())
        }
        var remaining: [String: Int] = [:]
        for key in expected { remaining[key, default: 0] += 1 }
        var matched = 0
        var extra: [String] = []
        for key in found {
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
                matched += 1
            } else {
                extra.append(key)
            }
        }
        let missed = remaining.flatMap { key, count in Array(repeating: key, count: count) }.sorted()
        return (matched, missed, extra.sorted())
    }
}
