import AssayCore
import AssayDaemon
import Foundation

/// Industry labels on real articles gathered for measurement (`Benchmarks/data/gathered-labels.jsonl`:
/// URL, labels, SHA-256 of the text; the texts stay outside the repository). Each text goes through
/// the pipeline as a dropped file; macro-F1 per split, the held-out split never tuned on.
enum GatheredLabelsBenchmark {
    static func run(textsDirectory: String, manifest: String = "Benchmarks/data/gathered-labels.jsonl") {
        guard let text = try? String(contentsOfFile: manifest, encoding: .utf8) else {
            print("cannot read \(manifest)")
            return
        }
        let pipeline: ArticlePipeline
        do { pipeline = ArticlePipeline(classifier: try IndustryClassifier(taxonomy: TaxonomyFile.builtIn)) } catch {
            print("built-in taxonomy refused: \(error)")
            return
        }
        let labels = TaxonomyFile.builtIn.industries.filter(\.isLabel).map(\.id)
        var cases: [String: [LabelEvaluation.Case]] = [:]
        var changed: [String] = []
        for line in text.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = object["id"] as? String, let expected = object["labels"] as? [String]
            else { continue }
            guard let bytes = FileManager.default.contents(atPath: "\(textsDirectory)/\(id).txt") else { continue }
            let digest = ContentFingerprint.sha256Hex(bytes: Array(bytes))
            if digest != object["sha256"] as? String { changed.append(id) }
            let input = InputDocument(bytes: Array(bytes), path: "\(id).txt", receivedAt: "2026-11-29T00:00:00Z")
            let predicted = pipeline.process(input, ingestedAt: "2026-11-29T00:00:00Z").first?.article?.industries.map(\.label) ?? ["(rejected)"]
            let split = object["split"] as? String ?? "all"
            cases[split, default: []].append(
                .init(
                    id: id, expected: Set(expected), predicted: Set(predicted), language: object["script"] as? String,
                    confuser: object["confuser"] as? Bool ?? false))
        }
        guard !cases.isEmpty else {
            print("no gathered texts in \(textsDirectory): see Benchmarks/data/README.md for how to gather them")
            return
        }
        if !changed.isEmpty { print("texts that differ from the manifest (measure with care): \(changed.joined(separator: ", "))") }
        for split in cases.keys.sorted() {
            let evaluation = LabelEvaluation(cases: cases[split]!, labels: labels)
            let perLabel = evaluation.labels.map { String(format: "%@ %.3f", $0.label, $0.f1) }.joined(separator: ", ")
            let exact = evaluation.cases.filter(\.isExact).count
            print(String(format: "labels (%@, %d articles): macro-F1 %.3f (%@); exact %d  [issue 14: >= 0.95]", split, evaluation.cases.count,
                evaluation.macroF1, perLabel, exact))
        }
    }
}
