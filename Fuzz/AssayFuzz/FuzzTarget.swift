import AssayCore
import AssayDaemon
import Foundation

/// The inputs a hostile world controls, each a function of bytes that must return (never trap,
/// never hang): files dropped in the inbox (text, HTML, JSON) through the daemon's whole pipeline,
/// article bodies read for facts, fetched feeds, dates in any field, and the taxonomy file an operator edits.
enum FuzzTarget: String, CaseIterable {
    case text, html, json, facts, feed, date, taxonomy

    private static let finder = FactFinder(gazetteer: GazetteerFile.builtIn)
    private static let pipeline = ArticlePipeline(classifier: try? IndustryClassifier(taxonomy: TaxonomyFile.builtIn), factFinder: finder)
    private static let parser = DateParser()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .text: Self.extract(bytes, path: "fuzz.txt")
        case .html: Self.extract(bytes, path: "fuzz.html")
        case .json: Self.extract(bytes, path: "fuzz.jsonl")
        // A body straight to the facts, as the pipeline hands it over: no extraction in between to tame it.
        case .facts: _ = Self.finder.facts(in: String(decoding: bytes, as: UTF8.self), published: "2026-11-30T00:00:00Z")
        case .feed: _ = try? FeedParser.parse(bytes, feedURL: "https://example.org/feed.xml")
        case .date: _ = Self.parser.firstDate(in: String(decoding: bytes, as: UTF8.self))
        case .taxonomy:
            if let taxonomy = try? TaxonomyFile.parse(String(decoding: bytes, as: UTF8.self), file: "fuzz.toml") {
                _ = try? IndustryClassifier(taxonomy: taxonomy).classify(title: "Lithium cell plant", body: "A battery cell plant.")
            }
        }
    }

    private static func extract(_ bytes: [UInt8], path: String) {
        let input = InputDocument(bytes: bytes, path: path, receivedAt: "2026-11-30T00:00:00Z")
        _ = pipeline.process(input, ingestedAt: "2026-11-30T00:00:00Z")
    }
}
