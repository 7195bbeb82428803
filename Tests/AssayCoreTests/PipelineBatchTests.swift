import AssayCore
import AssayDaemon
import AssayTestSupport
import Foundation
import Synchronization
import Testing

/// A worker's batch is read, classified and searched for facts stage by stage; each input must
/// still come out exactly as it does alone, and keep its own budget.
@Suite struct PipelineBatchTests {
    static let pipeline = ArticlePipeline(
        classifier: try! IndustryClassifier(taxonomy: TaxonomyFile.builtIn), factFinder: FactFinder(gazetteer: GazetteerFile.builtIn))

    /// The seeds, the dev-corpus copies and a JSON Lines file with a bad line: every format, and an
    /// input refused whole among those read.
    static func inputs() throws -> [InputDocument] {
        let folders = [Fixtures.seedsFolder, Fixtures.devCorpusFolder]
        var inputs: [InputDocument] = []
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let url = folder.appendingPathComponent(name)
                inputs.append(InputDocument(bytes: try Fixtures.bytes(url), path: url.path, receivedAt: "2026-01-01T00:00:00Z"))
            }
        }
        let lines = """
            {"title": "Cell plant opens", "text": "A cell plant with 20 GWh a year opened in Hefei on Monday, its owner said."}
            {"title": "Broken
            """
        inputs.insert(InputDocument(bytes: Array(lines.utf8), path: "two.jsonl", receivedAt: "2026-01-01T00:00:00Z"), at: 3)
        inputs.insert(InputDocument(bytes: [], path: "empty.txt", receivedAt: "2026-01-01T00:00:00Z"), at: 5)
        return inputs
    }

    @Test func eachInputOfABatchComesOutAsItDoesAlone() throws {
        let inputs = try Self.inputs()
        #expect(inputs.count > 20)
        let alone = inputs.map { Self.pipeline.process($0, ingestedAt: "2026-01-01T00:00:00Z") }
        let batched = Self.pipeline.process(inputs, ingestedAt: "2026-01-01T00:00:00Z") { _ in .unlimited }
        #expect(batched.count == inputs.count)
        for (index, (one, together)) in zip(alone, batched).enumerated() {
            #expect(one.map(\.article) == together.map(\.article), "\(inputs[index].path ?? "")")
            #expect(one.map(\.rejection) == together.map(\.rejection), "\(inputs[index].path ?? "")")
        }
        #expect(batched.flatMap { $0 }.contains { $0.article?.facts?.events.isEmpty == false }, "facts are found in a batch")
        #expect(batched.flatMap { $0 }.contains { $0.article?.industries.isEmpty == false }, "articles are classified in a batch")
    }

    /// Each input's budget is asked as it enters each of the three stages; one spent in its last
    /// stage refuses that input alone.
    @Test func anInputThatSpendsItsBudgetInABatchIsRefusedAlone() throws {
        let inputs = Array(try Self.inputs().prefix(6)).filter { !$0.bytes.isEmpty && $0.path != "two.jsonl" }
        let asked = Mutex([Int](repeating: 0, count: inputs.count))
        let outcomes = Self.pipeline.process(inputs, ingestedAt: "2026-01-01T00:00:00Z") { input in
            let stage = asked.withLock { counts in
                counts[input] += 1
                return counts[input]
            }
            // The second input is out of time from its third stage (facts) on.
            return input == 1 && stage == 3 ? WorkBudget(seconds: 30) { true } : .unlimited
        }
        #expect(asked.withLock { $0 } == Array(repeating: 3, count: inputs.count))
        #expect(outcomes[1].map(\.rejection) == [.tooSlow(seconds: 30)])
        for index in outcomes.indices where index != 1 {
            #expect(outcomes[index].count == 1)
            #expect(outcomes[index].first?.article?.facts != nil, "input \(index) is read whole")
        }
    }
}
