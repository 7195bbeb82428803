import ArgumentParser
import AssayStore
import Foundation

struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the articles in the state store: stories, duplicates, and stories per industry."
    )

    @Option(name: .long, help: "State store (SQLite) written by ingest or the daemon (default: the daemon config's state, else out/assay-state.sqlite).")
    var state: String?

    @Option(name: .long, help: "Read the state path from this daemon config file.")
    var config: String?

    @Flag(name: .long, help: "Print one JSON object instead of text.")
    var json = false

    func run() async throws {
        let state: String
        if let given = self.state {
            state = given
        } else if let config {
            state = try ConfigLocation(config: config).load().state
        } else {
            state = "out/assay-state.sqlite"
        }
        guard FileManager.default.fileExists(atPath: state) else {
            Console.error("assay stats: no state store at \(state); run assay ingest first or pass --state FILE")
            throw ExitCode(2)
        }
        let statistics: StoreStatistics
        let inputs: [String: Int]
        do {
            let store = try SQLiteArticleStore(path: state)
            statistics = try store.statistics()
            inputs = try store.ledgerCounts()
        } catch {
            Console.error("assay stats: \(error)")
            throw ExitCode(2)
        }
        if json {
            let object: [String: Any] = [
                "articles": statistics.articles, "stories": statistics.canonical,
                "exact_duplicates": statistics.exactDuplicates, "near_duplicates": statistics.nearDuplicates,
                "per_industry": statistics.perIndustry, "inputs": inputs,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print("articles \(statistics.articles): \(statistics.canonical) stories, \(statistics.exactDuplicates) exact duplicates, \(statistics.nearDuplicates) near duplicates")
        for (industry, count) in statistics.perIndustry.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            print("  \(industry): \(count)")
        }
        if !inputs.isEmpty {
            print("daemon inputs: " + inputs.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
    }
}
