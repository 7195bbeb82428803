import ArgumentParser
import AssayStore
import Foundation

struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the articles in the state store: stories, duplicates, and stories per industry."
    )

    @OptionGroup var store: StateStoreOptions

    @Flag(name: .long, help: "Print one JSON object instead of text.")
    var json = false

    func run() async throws {
        let store = try store.open(for: "stats")
        let statistics: StoreStatistics
        let inputs: [String: Int]
        do {
            statistics = try store.statistics()
            inputs = try store.ledgerCounts()
        } catch {
            Console.error("assay stats: \(error)")
            throw ExitCode(2)
        }
        if json {
            let object: [String: Any] = [
                "articles": statistics.articles, "stories": statistics.stories, "related": statistics.related,
                "exact_duplicates": statistics.exactDuplicates, "near_duplicates": statistics.nearDuplicates, "rewrites": statistics.rewrites,
                "per_industry": statistics.perIndustry, "inputs": inputs,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print(
            "articles \(statistics.articles): \(statistics.stories) stories, \(statistics.related) write-ups of them in other words or languages, "
                + "\(statistics.exactDuplicates) exact duplicates, \(statistics.nearDuplicates) near duplicates (\(statistics.rewrites) of them rewrites)")
        for (industry, count) in statistics.perIndustry.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            print("  \(industry): \(count)")
        }
        if !inputs.isEmpty {
            print("daemon inputs: " + inputs.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
    }
}
