import ArgumentParser
import AssayCore
import AssayDaemon
import Foundation

struct FactsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Print the supply-chain facts of news files: organizations, places, capacities, money, events.",
        discussion: """
            Each file goes through the same decoding and extraction as `ingest`; with no file, standard input \
            is read. Prints {"path", "title", "facts"} per article as one JSON line (JSON inputs holding several \
            articles add "index"); with --text, a summary a person reads. Offsets are code points in the \
            record's body. Exits 1 when any input was rejected.
            """
    )

    @Argument(help: "News files to read; standard input when none is given.")
    var files: [String] = []

    @Flag(name: .long, help: "Print a readable summary instead of JSON lines.")
    var text = false

    @OptionGroup var options: PipelineOptions

    func run() async throws {
        let pipeline = ArticlePipeline(settings: options.settings, factFinder: try PipelineOptions.factFinder(gazetteerPath: options.gazetteer))
        let reader = InputReader(maxBytes: options.maxBytes)
        let now = Date().formatted(.iso8601)
        var rejected = false
        for path in files.isEmpty ? ["-"] : files {
            for outcome in PipelineOptions.outcomes(of: path, pipeline: pipeline, reader: reader, now: now) {
                switch outcome {
                case .article(let article):
                    let facts = article.facts ?? ArticleFacts()
                    if text {
                        print(FactsSummary(path: path, index: article.source.index, title: article.title, facts: facts).text)
                    } else {
                        let line = FactsLine(path: path, index: article.source.index, title: article.title, facts: facts)
                        FileHandle.standardOutput.write(try ArticleJSON.compactEncoder.encode(line) + [0x0A])
                    }
                case .rejected(let rejection, let index):
                    rejected = true
                    Console.error("\(index.map { "\(path) [\($0)]" } ?? path): rejected: \(rejection)")
                }
            }
        }
        if rejected { throw ExitCode(1) }
    }
}

/// One line of `assay facts` output.
private struct FactsLine: Encodable {
    var path: String
    var index: Int?
    var title: String
    var facts: ArticleFacts
}

/// The facts of one article as lines a person reads (`assay facts --text`, `assay story`).
struct FactsSummary {
    var path: String?
    var index: Int?
    var title: String
    var facts: ArticleFacts

    var text: String {
        var lines: [String] = []
        if let path { lines.append("\(index.map { "\(path) [\($0)]" } ?? path): \(title)") }
        func list(_ label: String, _ items: [String]) {
            if !items.isEmpty { lines.append("  \(label): \(items.joined(separator: "; "))") }
        }
        list("organizations", facts.organizations.map { $0.name == $0.text ? $0.name : "\($0.name) (\($0.text))" })
        list("places", facts.places.map { "\($0.text) [\($0.kind.rawValue)]" })
        list("capacities", facts.capacities.map { "\(FactEvaluation.Keys.number($0.value)) \($0.unit.rawValue)\($0.of.map { " of \($0)" } ?? "") (\($0.text))" })
        list("money", facts.money.map { "\(FactEvaluation.Keys.number($0.amount)) \($0.currency)\($0.for.map { " for \($0)" } ?? "") (\($0.text))" })
        for event in facts.events {
            var parts = [event.type.rawValue + " (\(event.text))"]
            if !event.organizations.isEmpty { parts.append("by " + event.organizations.joined(separator: ", ")) }
            if !event.places.isEmpty { parts.append("at " + event.places.joined(separator: ", ")) }
            if !event.capacities.isEmpty { parts.append("capacity " + event.capacities.joined(separator: ", ")) }
            if !event.money.isEmpty { parts.append("money " + event.money.joined(separator: ", ")) }
            lines.append("  event: " + parts.joined(separator: " "))
        }
        if facts.isEmpty { lines.append("  no facts") }
        return lines.joined(separator: "\n")
    }
}
