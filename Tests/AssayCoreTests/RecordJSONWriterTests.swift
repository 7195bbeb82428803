import AssayCore
import AssayTestSupport
import Foundation
import Testing

/// The direct record writer gives exactly JSONEncoder's bytes (sorted keys, its escapes, its number
/// forms, its layout of empty arrays), pretty and compact, on every fixture's records and on records
/// built to hold what real text can: quotes, backslashes, controls, slashes, emoji, odd numbers.
@Suite struct RecordJSONWriterTests {
    static func expectSameBytes(_ article: Article, _ name: String) throws {
        let pretty = try ArticleJSON.encoder.encode(article)
        let compact = try ArticleJSON.compactEncoder.encode(article)
        #expect(try article.json(pretty: true) == Array(pretty), "\(name): pretty output differs from JSONEncoder's")
        #expect(try article.json(pretty: false) == Array(compact), "\(name): compact output differs from JSONEncoder's")
        #expect(try article.jsonData() == pretty + [0x0A], "\(name): the record file is the pretty JSON and a newline")
    }

    @Test(arguments: GoldenRecordTests.inputs)
    func everyFixtureRecordIsWhatJSONEncoderWrites(path: String) throws {
        let bytes = try Fixtures.bytes(Fixtures.repositoryRoot.appendingPathComponent(path))
        let outcomes = GoldenRecordTests.pipeline.process(InputDocument(bytes: bytes, path: path, receivedAt: GoldenRecords.time), ingestedAt: GoldenRecords.time)
        for case .article(var article) in outcomes {
            try Self.expectSameBytes(article, path)
            article.dedup.signature = NearDuplicateSignature(body: article.body).hex
            article.dedup.markDuplicate(of: "0123456789abcdef", similarity: 0.8125, match: "reprint")
            try Self.expectSameBytes(article, path + " (as a duplicate)")
        }
    }

    static let hostileStrings = [
        "", "plain", "quote \" and backslash \\ and slash / and http://example.com/a/b",
        "controls \u{0} \u{1} \u{7} \u{8} \u{9} \u{A} \u{B} \u{C} \u{D} \u{E} \u{1B} \u{1F} \u{7F} end",
        "锂电池 正极材料「高镍」— “quotes” ‘single’ …", "emoji 🔋⚡️ flags 🇨🇳 zwj 👩‍🔬", "combining e\u{301} Å Ω",
        "line\u{2028}separator\u{2029}paragraph", "\u{FEFF}bom and \u{FFFD} replacement", "tab\tend\n",
    ]

    @Test(arguments: hostileStrings)
    func hostileStringsAreEscapedAsJSONEncoderEscapesThem(text: String) throws {
        var article = Self.article(text)
        try Self.expectSameBytes(article, "string \(text.debugDescription)")
        article.authors = [text, text + "2"]
        article.industries = [IndustryLabel(label: text, score: 0.5, evidence: [
            IndustryLabel.Evidence(term: text, count: 2, inTitle: true, firstOffset: nil, snippet: text),
            IndustryLabel.Evidence(term: "b", count: 1, inTitle: false, firstOffset: 17, snippet: ""),
        ])]
        try Self.expectSameBytes(article, "nested string \(text.debugDescription)")
    }

    @Test(arguments: [0, 1, 0.1, 0.5, 1.0 / 3, 0.999, 1e-7, 2.5e-5, 123_456_789.125, 1e21, 1e22, -0.0, -1.5, .leastNonzeroMagnitude, .greatestFiniteMagnitude])
    func numbersAreWrittenAsJSONEncoderWritesThem(value: Double) throws {
        var article = Self.article("n")
        article.industries = [IndustryLabel(label: "lithium", score: value, evidence: [])]
        article.dedup.similarity = value
        article.wordCount = Int(exactly: value.rounded(.towardZero)) ?? -42
        article.provenance.decodingRepairs = Int.max
        article.source.index = Int.min
        try Self.expectSameBytes(article, "number \(value)")
    }

    @Test func everyOptionalIsWrittenAsNullOrAsItsValue() throws {
        var article = Self.article("x")
        try Self.expectSameBytes(article, "optionals nil")
        article.publishedAt = "2026-01-02T03:04:05Z"
        article.updatedAt = "2026-01-03T00:00:00+08:00"
        article.publisher = "Example News"
        article.primaryIndustry = "lithium"
        article.dedup = DedupInfo(contentHash: "h", signature: "s", duplicateOf: "d", similarity: 1, match: "exact")
        article.source = SourceInfo(kind: .feed, path: "a/b.html", url: "https://example.com/x?y=1&z=2", format: "html",
            encoding: "gb18030", index: 3, feedURL: "https://example.com/feed.xml", itemGUID: "guid-1", receivedAt: "r")
        article.provenance = Provenance(titleSource: "og:title", dateSource: "meta", dateRaw: "May 5", assumedTimeZone: "Asia/Shanghai",
            authorsSource: "byline", publisherSource: "site_name", languageSource: "detected", bodySource: "article",
            decodingRepairs: 0, datePrecision: "second")
        try Self.expectSameBytes(article, "optionals set")
    }

    @Test func aNonFiniteScoreIsRefusedWithAMessageNotWrittenAsJSON() {
        var article = Self.article("x")
        article.industries = [IndustryLabel(label: "lithium", score: .nan, evidence: [])]
        #expect(throws: RecordJSONWriter.InvalidNumber.self) { try article.json(pretty: true) }
        #expect((try? ArticleJSON.encoder.encode(article)) == nil, "JSONEncoder refuses it too")
    }

    static func article(_ text: String) -> Article {
        Article(
            id: text, title: text, publishedAt: nil, publisher: nil, authors: [], language: "und", body: text, wordCount: 0,
            dedup: DedupInfo(contentHash: text), source: SourceInfo(kind: .file, path: nil, url: nil, format: "text", encoding: "utf-8", index: nil, receivedAt: text),
            provenance: Provenance(titleSource: text, dateSource: nil, dateRaw: nil, assumedTimeZone: nil, authorsSource: nil,
                publisherSource: nil, languageSource: "none", bodySource: text),
            ingestedAt: text, assayVersion: text)
    }
}
