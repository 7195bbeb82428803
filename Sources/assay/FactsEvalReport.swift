import AssayCore
import Foundation

/// The text `assay eval --facts` prints: precision and recall per fact type, for the tuned and the
/// held-out articles and per language, how the write-ups of one happening are joined as one story,
/// then each difference.
struct FactsEvalReport {
    var evaluation: FactEvaluation
    var links: StoryLinkEvaluation
    var showDifferences: Bool

    var text: String {
        var lines: [String] = []
        typealias Group = (name: String, include: (FactEvaluation.Case) -> Bool)
        var groups: [Group] = [("all", { _ in true }), ("tune", { $0.split == "tune" }), ("holdout", { $0.split == "holdout" })]
        for language in Set(evaluation.cases.map(\.language)).sorted() {
            groups.append(("holdout \(language)", { (item: FactEvaluation.Case) in item.split == "holdout" && item.language == language }))
        }
        let header = "type".padding(toLength: 15, withPad: " ", startingAt: 0)
            + groups.map { $0.0.padding(toLength: 20, withPad: " ", startingAt: 0) }.joined()
        lines.append(header)
        lines.append(String(repeating: " ", count: 15) + groups.map { _ in "P      R      n    " + " " }.joined())
        for type in FactEvaluation.types {
            var line = type.padding(toLength: 15, withPad: " ", startingAt: 0)
            for (_, include) in groups {
                let score = evaluation.score(type, where: include)
                let support = score.truePositives + score.falseNegatives
                line += String(format: "%.3f  %.3f  %-4d ", score.precision, score.recall, support) + " "
            }
            lines.append(line)
        }
        let articles = groups.map { "\($0.0) \(evaluation.cases.filter($0.1).count)" }.joined(separator: ", ")
        lines.append("articles: \(articles)")
        let linked = links.linkedLabelledPairs.map { "\($0.0)/\($0.1)" }.joined(separator: " ")
        lines.append(
            String(
                format: "story links: P %.3f  R %.3f  (%d of %d labelled pairs joined%@; %d other pairs joined, of %d compared)",
                links.precision, links.recall, links.linkedLabelledPairs.count, links.labelledPairs.count,
                linked.isEmpty ? "" : ": \(linked)", links.wrongPairs.count, links.comparedPairs))
        if showDifferences {
            // Held-out articles are never listed: nobody should tune on them.
            for difference in evaluation.differences(where: { $0.split != "holdout" }) {
                lines.append("\(difference.id) \(difference.type):")
                if !difference.missed.isEmpty { lines.append("  missed: \(difference.missed.joined(separator: " | "))") }
                if !difference.extra.isEmpty { lines.append("  extra:  \(difference.extra.joined(separator: " | "))") }
            }
            for (a, b) in links.wrongPairs where a.split != "holdout" && b.split != "holdout" {
                lines.append("\(a.id) and \(b.id) joined as one story")
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// One line of a facts file (`Tests/Fixtures/facts/articles.jsonl`): an article body and its facts.
struct LabelledFactsArticle: Decodable {
    struct Facts: Decodable {
        struct Organization: Decodable { var name: String }
        struct Place: Decodable {
            var seen: String
            var kind: String
        }
        struct Capacity: Decodable {
            var value: Double
            var unit: String
        }
        struct Money: Decodable {
            var amount: Double
            var currency: String
        }
        struct Event: Decodable { var type: String }

        var organizations: [Organization]
        var places: [Place]
        var capacities: [Capacity]
        var money: [Money]
        var events: [Event]

        var keys: FactEvaluation.Keys {
            FactEvaluation.Keys(byType: [
                "organizations": organizations.map(\.name),
                "places": places.map { "\($0.seen.lowercased()) (\($0.kind))" },
                "capacities": capacities.map { "\(FactEvaluation.Keys.number($0.value)) \($0.unit)" },
                "money": money.map { "\(FactEvaluation.Keys.number($0.amount)) \($0.currency)" },
                "events": events.map(\.type),
            ])
        }
    }

    var id: String
    var lang: String
    var split: String
    /// Articles with the same `pair` report the same happening (an English and a Chinese write-up).
    var pair: String?
    var text: String
    var facts: Facts

    static func read(path: String) throws(CommandLineFileError) -> [LabelledFactsArticle] {
        let data = try CommandLineFileError.read(path, role: "--facts")
        var items: [LabelledFactsArticle] = []
        for (number, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            do {
                items.append(try JSONDecoder().decode(LabelledFactsArticle.self, from: line))
            } catch {
                throw CommandLineFileError(
                    path: path,
                    problem: "line \(number + 1): \(CommandLineFileError.describe(error)); each line must be "
                        + "{\"id\", \"lang\", \"split\", \"text\", \"facts\": {\"organizations\", \"places\", \"capacities\", \"money\", \"events\"}} "
                        + "(see Tests/Fixtures/facts/README.md)")
            }
        }
        return items
    }
}
