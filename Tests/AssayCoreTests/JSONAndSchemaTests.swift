import AssayCore
import AssayDaemon
import AssayTestSupport
import Foundation
import Testing

@Suite struct JSONInputTests {
    let pipeline = ArticlePipeline()

    func outcomes(_ text: String, name: String) -> [ExtractionOutcome] {
        pipeline.process(
            InputDocument(bytes: Array(text.utf8), path: name, receivedAt: "2026-01-01T00:00:00Z"),
            ingestedAt: "2026-01-01T00:00:00Z")
    }

    @Test func jsonLinesGiveOneRecordPerObjectAndRefuseBadLines() throws {
        let text = """
            {"url": "https://example.com/a", "title": "CATL opens plant", "text": "CATL opened a battery plant in Hungary on Monday, the company said.\\n\\nThe plant will make cells for European carmakers.", "published": "2024-05-01T08:00:00Z", "author": "JANE DOE", "source": "Example News"}
            not json at all
            {"title": "Chip fab", "html": "<html><body><article><p>A new chip fab opened in Arizona on Tuesday, with three thousand workers and a large order book from phone makers.</p></article></body></html>"}
            {"title": "No content"}
            """
        let results = outcomes(text, name: "drop.jsonl")
        #expect(results.count == 4)
        let first = try #require(results[0].article)
        #expect(first.title == "CATL opens plant")
        #expect(first.publishedAt == "2024-05-01T08:00:00Z")
        #expect(first.authors == ["Jane Doe"])
        #expect(first.publisher == "Example News")
        #expect(first.source.url == "https://example.com/a")
        #expect(first.source.index == 0)
        #expect(first.body.contains("The plant will make cells"))
        guard case .rejected(.malformedJSON, let index) = results[1] else {
            Issue.record("line 2 should be refused as malformed JSON")
            return
        }
        #expect(index == 1)
        #expect(results[2].article?.body.contains("chip fab opened in Arizona") == true)
        #expect(results[3].rejection?.code == "malformed_json")
    }

    @Test func singleObjectFile() throws {
        let results = outcomes(#"{"title": "Wafer prices", "text": "Silicon wafer prices rose five percent in May."}"#, name: "a.json")
        let record = try #require(results.first?.article)
        #expect(record.source.index == nil)
        #expect(record.source.format == "json")
    }
}

/// Every record the pipeline produces from the repository's inputs validates against the published schema.
@Suite struct SchemaConformanceTests {
    @Test func allFixtureRecordsValidate() throws {
        let validator = try SchemaValidator(schemaFile: Fixtures.schemaFile)
        let pipeline = ArticlePipeline(classifier: try IndustryClassifier(taxonomy: TaxonomyFile.builtIn))
        var urls = try FileManager.default.contentsOfDirectory(atPath: Fixtures.devCorpusFolder.path).map {
            Fixtures.devCorpusFile($0)
        }
        urls += try FileManager.default.contentsOfDirectory(atPath: Fixtures.seedsFolder.path).map {
            Fixtures.seedsFolder.appendingPathComponent($0)
        }
        var checked = 0
        var labelled = 0
        for url in urls {
            let input = InputDocument(bytes: try Fixtures.bytes(url), path: url.path, receivedAt: "2026-01-01T00:00:00Z")
            for outcome in pipeline.process(input, ingestedAt: "2026-01-01T00:00:00Z") {
                let article = try #require(outcome.article, "\(url.lastPathComponent) rejected")
                let violations = try validator.violations(of: try article.jsonData())
                #expect(violations.isEmpty, "\(url.lastPathComponent): \(violations)")
                #expect(article.primaryIndustry != nil)
                checked += 1
                if !article.industries.isEmpty { labelled += 1 }
            }
        }
        #expect(checked == 90)
        #expect(labelled >= 60)  // evidence (with null offsets for title-only terms) went through the schema
    }

    @Test func validatorCatchesViolations() throws {
        let validator = try SchemaValidator(schemaFile: Fixtures.schemaFile)
        let violations = try validator.violations(of: Data(#"{"schema": "other", "id": 5}"#.utf8))
        #expect(violations.contains { $0.contains("missing required title") })
        #expect(violations.contains { $0.contains("$.id") })
        #expect(violations.contains { $0.contains("other") })
    }

    @Test func recordEncodingIsStableAndKeepsNulls() throws {
        let url = try Fixtures.seed("003")
        let input = InputDocument(bytes: try Fixtures.bytes(url), path: url.path, receivedAt: "2026-01-01T00:00:00Z")
        let article = try #require(ArticlePipeline().process(input, ingestedAt: "2026-01-01T00:00:00Z").first?.article)
        let json = String(decoding: try article.jsonData(), as: UTF8.self)
        #expect(json.contains(#""published_at" : null"#))
        #expect(json.contains(#""duplicate_of" : null"#))
        #expect(try article.jsonData() == article.jsonData())
        #expect(try JSONDecoder().decode(Article.self, from: article.jsonData()) == article)
    }
}
