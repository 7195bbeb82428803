import ArgumentParser
import AssayCore
import AssayDaemon
import Foundation

struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the industry classifier (--labels) or the fact finder (--facts) on labelled articles.",
        discussion: """
            FILE.jsonl holds one {"id", "text", "labels": [...]} per line (optional "lang" and "confuser" add \
            subset lines); `text` is the article as it would be dropped, furniture included, and goes \
            through the same extraction as `ingest`. Each miss is listed with the evidence behind every \
            label involved. Exits 1 when --min-macro-f1 is given and not reached.

            With --facts FILE.jsonl (the format of Tests/Fixtures/facts/articles.jsonl: {"id", "lang", \
            "split", "text", "facts"}), the facts of each `text` are compared with the labelled ones and \
            precision and recall are printed per fact type, for the tune and holdout splits and per language.
            """
    )

    @Option(name: .long, help: "Articles labelled with industries, JSON Lines.")
    var labels: String?

    @Option(name: .long, help: "Articles labelled with supply-chain facts, JSON Lines.")
    var facts: String?

    @Flag(name: .customLong("differences"), help: "With --facts: list each fact missed or found wrongly in the tune articles (never the held-out ones).")
    var showDifferences = false

    @Option(name: .customLong("min-macro-f1"), help: "Exit 1 when macro-F1 is below this (for CI).")
    var minimumMacroF1: Double?

    @OptionGroup var options: PipelineOptions

    func validate() throws {
        guard (labels == nil) != (facts == nil) else { throw ValidationError("give one of --labels FILE or --facts FILE") }
    }

    func run() async throws {
        if let facts { return try evaluateFacts(path: facts) }
        guard let labels else { return }
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

extension EvalCommand {
    /// Facts are read from each labelled body as the pipeline reads them from a record's body.
    private func evaluateFacts(path: String) throws {
        let finder = try PipelineOptions.factFinder(gazetteerPath: options.gazetteer)
        let articles: [LabelledFactsArticle]
        do {
            articles = try LabelledFactsArticle.read(path: path)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        var cases: [FactEvaluation.Case] = []
        var links: [StoryLinkEvaluation.Item] = []
        for article in articles {
            let found = finder.facts(in: article.text)
            cases.append(
                FactEvaluation.Case(
                    id: article.id, split: article.split, language: article.lang, expected: article.facts.keys,
                    found: FactEvaluation.Keys(found)))
            links.append(.init(id: article.id, split: article.split, pair: article.pair, keys: StoryKeys(found)))
        }
        let report = FactsEvalReport(
            evaluation: FactEvaluation(cases: cases), links: StoryLinkEvaluation(links), showDifferences: showDifferences)
        print(report.text)
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
