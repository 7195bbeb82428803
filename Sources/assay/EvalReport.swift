import AssayCore
import Foundation

/// The text `assay eval` prints: a per-label table, macro-F1, subset lines and each miss with evidence.
struct EvalReport {
    var evaluation: LabelEvaluation
    var verdicts: [String: IndustryClassification]

    var text: String {
        var lines: [String] = []
        let width = max(14, (evaluation.labels.map(\.label.count).max() ?? 0) + 2)
        lines.append("label".padding(toLength: width, withPad: " ", startingAt: 0) + "precision  recall     f1  support")
        for score in evaluation.labels {
            lines.append(
                score.label.padding(toLength: width, withPad: " ", startingAt: 0)
                    + "\(fixed(score.precision, 9))  \(fixed(score.recall, 6))  \(fixed(score.f1, 5))  \(String(format: "%7d", score.support))")
        }
        lines.append("macro-F1 \(fixed(evaluation.macroF1, 0))")
        let cases = evaluation.cases
        lines.append("exact label sets: \(evaluation.exactMatches)/\(cases.count)")
        let confusers = cases.filter(\.confuser)
        if !confusers.isEmpty {
            lines.append("confusers labelled none: \(confusers.filter { $0.predicted.isEmpty }.count)/\(confusers.count)")
        }
        for language in Set(cases.compactMap(\.language)).sorted() {
            let subset = cases.filter { $0.language == language }
            lines.append("language \(language): \(subset.filter(\.isExact).count)/\(subset.count) exact")
        }
        let misses = evaluation.misses
        lines.append(misses.isEmpty ? "no misses" : "\nmisses (\(misses.count)):")
        for miss in misses {
            lines.append("\(miss.id): expected \(describe(miss.expected)), got \(describe(miss.predicted))")
            for score in verdicts[miss.id]?.scores ?? [] where score.raw > 0 || miss.expected.contains(score.label) {
                let terms = score.evidence.prefix(6).map { "\($0.term)×\($0.count)\($0.inTitle ? " (title)" : "")" }
                lines.append("    \(score.label): score \(fixed(score.score, 0)) raw \(fixed(score.raw, 0)) — \(terms.joined(separator: ", "))")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func describe(_ labels: Set<String>) -> String { labels.isEmpty ? "none" : labels.sorted().joined(separator: "+") }

    private func fixed(_ value: Double, _ width: Int) -> String {
        let text = String(format: "%.3f", value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
