import AssayCore
@testable import AssayDaemon
import Testing

/// A worker's batch goes through the pipeline a chunk at a time (`chunkBytes` read): results come
/// in the batch's order, the same whatever the chunks, and an input refused before the pipeline
/// (too large) keeps its place.
@Suite struct InputChunkTests {
    static func items() -> [InboxItem] {
        let texts = (0..<6).map { index in
            "Plant \(index) opens\n\nKestrel Lithium Ltd. opened plant number \(index) in Nevada on Monday with \(index + 2) GWh a year of cells.\n\n"
                + "The company said the plant would employ about \(index + 3)00 people from the region around it."
        }
        var documents = texts.enumerated().map { index, text in
            FetchedDocument(url: "https://news.example/\(index)", bytes: Array(text.utf8), charset: "utf-8", formatHint: .text, feedURL: nil, guid: nil)
        }
        // Larger than the pipeline takes: refused before reading.
        documents.insert(
            FetchedDocument(url: "https://news.example/big", bytes: Array(repeating: 0x41, count: 5000), charset: "utf-8", formatHint: .text, feedURL: nil, guid: nil),
            at: 2)
        return documents.enumerated().map { InboxItem(sequence: $0, origin: .fetched($1), discoveredAt: .now) }
    }

    func processor(chunkBytes: Int) -> InputProcessor {
        let pipeline = ArticlePipeline(settings: PipelineSettings(maxBytes: 4000), factFinder: FactFinder(gazetteer: GazetteerFile.builtIn))
        var processor = InputProcessor(pipeline: pipeline, settle: .zero, maxProcessSeconds: 30)
        processor.chunkBytes = chunkBytes
        return processor
    }

    /// Every input, chunk by chunk as a worker calls it.
    func run(_ processor: InputProcessor) -> (results: [ProcessedInput], chunks: [Int]) {
        var left = Self.items()[...]
        var results: [ProcessedInput] = []
        var chunks: [Int] = []
        while !left.isEmpty {
            let chunk = processor.process(left, now: "2026-01-01T00:00:00Z")
            chunks.append(chunk.count)
            results += chunk
            left = left.dropFirst(chunk.count)
        }
        return (results, chunks)
    }

    @Test func chunksGiveTheSameResultsInTheSameOrder() throws {
        let whole = run(processor(chunkBytes: 1 << 20))
        let small = run(processor(chunkBytes: 300))
        #expect(whole.chunks == [7])
        #expect(small.chunks.count > 2, "each chunk holds about 300 bytes read: \(small.chunks)")
        #expect(small.chunks.allSatisfy { $0 >= 1 })
        for run in [whole, small] {
            #expect(run.results.map(\.item.sequence) == Array(0..<7))
            #expect(run.results[2].pending.rejection == "too_large")
            let titles = run.results.map { $0.articles.values.first?.title }
            #expect(titles == ["Plant 0 opens", "Plant 1 opens", nil, "Plant 2 opens", "Plant 3 opens", "Plant 4 opens", "Plant 5 opens"])
            #expect(run.results.allSatisfy { $0.timing != nil })
        }
        #expect(whole.results.map { $0.articles.values.first?.facts } == small.results.map { $0.articles.values.first?.facts })
        #expect(whole.results[0].articles.values.first?.facts?.capacities.first?.value == 2)
    }
}
