import AssayCore
import AssayDaemon
import AssayTestSupport
import Foundation
import Testing

/// Traditional Chinese is read as simplified for labels and duplicates. The fixtures are written for
/// these tests in Taiwan's usage (晶片, 奈米, 製程), beside a simplified twin of the chip story.
@Suite struct ChineseScriptTests {
    let pipeline = ArticlePipeline(classifier: try! IndustryClassifier(taxonomy: TaxonomyFile.builtIn))

    private func article(_ name: String) throws -> Article {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/scripts/\(name)")
        let input = InputDocument(bytes: try Fixtures.bytes(url), path: name, receivedAt: "2026-11-29T00:00:00Z")
        return try #require(pipeline.process(input, ingestedAt: "2026-11-29T00:00:00Z").first?.article)
    }

    @Test func traditionalScriptStoriesGetTheirLabelsWithEvidenceInTheirOwnScript() throws {
        let chip = try article("chip-fab.zh-hant.txt")
        #expect(chip.primaryIndustry == "semiconductor")
        let evidence = try #require(chip.industries.first { $0.label == "semiconductor" }?.evidence)
        // Evidence quotes the article as written: traditional characters, at their own offsets.
        #expect(evidence.contains { $0.snippet.contains("晶圓") || $0.snippet.contains("台積電") }, "\(evidence.map(\.snippet))")
        for item in evidence {
            guard let offset = item.firstOffset else { continue }
            let scalars = Array(chip.body.unicodeScalars)
            #expect(offset < scalars.count)
        }
        let lithium = try article("lithium-price.zh-hant.txt")
        #expect(lithium.primaryIndustry == "lithium")
        #expect(!lithium.industries.map(\.label).contains("semiconductor"))
        // The simplified twin scores as its traditional copy does.
        let simplified = try article("chip-fab.zh-hans.txt")
        let scores = [chip, simplified].map { $0.industries.first { $0.label == "semiconductor" }?.score ?? 0 }
        #expect(abs(scores[0] - scores[1]) < 0.05, "\(scores)")
    }

    @Test func aTraditionalCopyOfASimplifiedStoryIsItsReprint() throws {
        let simplified = NearDuplicateSignature(body: try article("chip-fab.zh-hans.txt").body)
        let traditional = NearDuplicateSignature(body: try article("chip-fab.zh-hant.txt").body)
        let lithium = NearDuplicateSignature(body: try article("lithium-price.zh-hant.txt").body)
        let rule = DuplicateRule()
        #expect((rule.duplicateSimilarity(traditional, simplified) ?? 0) >= 0.8)
        #expect(rule.duplicateSimilarity(lithium, simplified) == nil)
        #expect(rule.match(lithium, traditional) == nil)
    }
}
