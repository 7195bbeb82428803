import ArgumentParser
import AssayCore
import AssayDaemon
import Foundation

struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the industry classifier on labelled articles: per-label precision, recall, F1, macro-F1, misses.",
        discussion: """
            FILE.jsonl holds one {"id", "text", "labels": [...]} per line (optional "lang" and "confuser" add \
            subset lines); `text` is the article as it would be dropped, furniture included, and goes \
            through the same extraction as `ingest`. Each miss is listed with the evidence behind every \
            label involved. Exits 1 when --min-macro-f1 is given and not reached.
            """
    )

    @Option(name: .long, help: "Labelled articles, JSON Lines.")
    var labels: String

    @Option(name: .customLong("min-macro-f1"), help: "Exit 1 when macro-F1 is below this (for CI).")
    var minimumMacroF1: Double?

    @OptionGroup var options: PipelineOptions

    func run() async throws {
        // Extraction without classification, then one classification that keeps every industry's score.
        let classifier = try PipelineOptions.classifier(taxonomyPath: options.taxonomy)
        let pipeline = ArticlePipeline(settings: options.settings)
        let lines: [LabelledArticle]
        do {
            lines = try LabelledArticle.read(path: labels)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        // A label the taxonomy does not have can never be predicted: a typo would read as a miss.
        let known = Set(classifier.taxonomy.industries.filter(\.isLabel).map(\.id))
        let unknown = Set(lines.flatMap(\.labels)).subtracting(known)
        if !unknown.isEmpty {
            Console.error(
                "\(labels): labels not in the taxonomy: \(unknown.sorted().joined(separator: ", ")); "
                    + "known labels: \(known.sorted().joined(separator: ", ")) (fix the file, or pass --taxonomy)")
            throw ExitCode(2)
        }
        let now = Date().formatted(.iso8601)
        var cases: [LabelEvaluation.Case] = []
        var verdicts: [String: IndustryClassification] = [:]
        for item in lines {
            let input = InputDocument(bytes: Array(item.text.utf8), path: "\(item.id).txt", receivedAt: now)
            guard let article = pipeline.process(input, ingestedAt: now).first?.article else {
                cases.append(.init(id: item.id, expected: item.labels, predicted: ["(rejected)"], language: item.lang))
                continue
            }
            let verdict = classifier.classify(title: article.title, body: article.body)
            verdicts[item.id] = verdict
            cases.append(
                .init(
                    id: item.id, expected: item.labels, predicted: Set(verdict.labels.map(\.label)),
                    language: item.lang, confuser: item.confuser ?? false))
        }
        let evaluation = LabelEvaluation(cases: cases, labels: classifier.taxonomy.industries.filter(\.isLabel).map(\.id))
        print(EvalReport(evaluation: evaluation, verdicts: verdicts).text)
        if let minimumMacroF1, evaluation.macroF1 < minimumMacroF1 { throw ExitCode(1) }
    }
}

/// One line of a labels file (the format of the dev corpus's `articles.jsonl`).
struct LabelledArticle: Decodable {
    var id: String
    var text: String
    var labels: Set<String>
    var lang: String?
    var confuser: Bool?

    static func read(path: String) throws(CommandLineFileError) -> [LabelledArticle] {
        let data = try CommandLineFileError.read(path, role: "--labels")
        var items: [LabelledArticle] = []
        for (number, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            do {
                items.append(try JSONDecoder().decode(LabelledArticle.self, from: line))
            } catch {
                throw CommandLineFileError(
                    path: path,
                    problem: "line \(number + 1): \(CommandLineFileError.describe(error)); each line must be "
                        + "{\"id\": \"…\", \"text\": \"…\", \"labels\": [\"lithium\", …]}")
            }
        }
        return items
    }
}
