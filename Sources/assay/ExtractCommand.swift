import ArgumentParser
import AssayCore
import AssayDaemon
import Foundation

struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the record(s) for one file as JSON on stdout.",
        discussion: "A JSON or JSONL input holding several articles prints one record per line. Exits 1 when the file is rejected."
    )

    @Argument(help: "The news file to read (.txt, .md, .html, .json, .jsonl).")
    var file: String

    @OptionGroup var options: PipelineOptions

    func run() async throws {
        let pipeline = try options.pipeline()
        let reader = InputReader(maxBytes: options.maxBytes)
        let now = Date().formatted(.iso8601)
        let outcomes: [ExtractionOutcome]
        do {
            let bytes = try reader.read(file)
            let input = InputDocument(bytes: bytes, path: file, sourceKind: .file, receivedAt: now)
            outcomes = pipeline.process(input, ingestedAt: now)
        } catch {
            outcomes = [.rejected(error, index: nil)]
        }
        let articles = outcomes.compactMap(\.article)
        for article in articles {
            let data = articles.count == 1 ? try article.jsonData() : Data(try article.json(pretty: false) + [0x0A])
            FileHandle.standardOutput.write(data)
        }
        let refusals = outcomes.compactMap(\.rejection)
        for rejection in refusals {
            Console.error("\(file): rejected: \(rejection)")
        }
        if !refusals.isEmpty { throw ExitCode(1) }
    }
}
