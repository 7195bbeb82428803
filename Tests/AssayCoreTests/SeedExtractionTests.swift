import AssayCore
import AssayTestSupport
import Foundation
import Testing

/// The four seed articles the project started from: exact titles, dates, publishers, authors,
/// and bodies with every article sentence and no furniture.
@Suite struct SeedExtractionTests {
    let pipeline = ArticlePipeline()

    func article(_ prefix: String) throws -> Article {
        let url = try Fixtures.seed(prefix)
        let input = InputDocument(bytes: try Fixtures.bytes(url), path: url.path, receivedAt: "2026-01-01T00:00:00Z")
        let outcomes = pipeline.process(input, ingestedAt: "2026-01-01T00:00:00Z")
        return try #require(outcomes.first?.article, "seed \(prefix) was rejected: \(String(describing: outcomes.first))")
    }

    @Test func seedTitles() throws {
        #expect(try article("000").title == "Innovative projects investing in future at Xiamen Torch Development Zone")
        #expect(
            try article("001").title
                == "Zhang Xiqing, Member Of The CPC Central Committee And His Entourage Visited Shucheng OptimumNano")
        #expect(
            try article("002").title
                == "The 10,000-ton-per-year VASTSIB cathode material project for sodium-ion batteries in Jiangsu has commenced construction!"
        )
        #expect(
            try article("003").title
                == "Southwest Aluminum signed a tripartite strategic cooperation framework agreement with Zhongke Jiuwei and Northern Huachuang"
        )
    }

    @Test func seedDates() throws {
        #expect(try article("000").publishedAt == "2022-07-14T00:00:00Z")
        #expect(try article("001").publishedAt == "2018-01-16T00:00:00Z")
        let third = try article("002")
        #expect(third.publishedAt == "2024-10-28T19:13:00Z")
        #expect(third.provenance.assumedTimeZone == "UTC")
        let fourth = try article("003")
        #expect(fourth.publishedAt == nil)
        #expect(fourth.provenance.dateRaw == "August 20")
    }

    @Test func configuredZoneIsUsedForLocalTimes() throws {
        let shanghai = ArticlePipeline(settings: PipelineSettings(defaultTimeZone: TimeZone(identifier: "Asia/Shanghai")!))
        let url = try Fixtures.seed("002")
        let input = InputDocument(bytes: try Fixtures.bytes(url), path: url.path, receivedAt: "2026-01-01T00:00:00Z")
        let record = try #require(shanghai.process(input, ingestedAt: "2026-01-01T00:00:00Z").first?.article)
        #expect(record.publishedAt == "2024-10-28T19:13:00+08:00")
        #expect(record.provenance.assumedTimeZone == "Asia/Shanghai")
    }

    @Test func seedPublishersAndAuthors() throws {
        let first = try article("000")
        #expect(first.publisher == "China Daily")
        #expect(first.authors == ["Yuan Shenggao"])
        #expect(try article("003").publisher == "Alloy Wiki")
    }

    @Test(arguments: ["000", "001", "002", "003"])
    func noFurnitureInBody(prefix: String) throws {
        let body = try article(prefix).body
        let furniture = [
            "Home >", "By YUAN", "1 2 3 >", "1 2 3 4 5 6 7", "Recent News", "Link to this article",
            "Reprint Statement", "Bookmark the permalink", "Comments are closed", "- Jan 16, 2018-",
            "2024-10-28 19:13", "CHINA DAILY",
        ]
        for line in furniture {
            #expect(!body.contains(line), "furniture '\(line)' left in seed \(prefix)")
        }
    }

    /// Every sentence of each seed's article paragraphs (lines of 40+ words) is in the body.
    @Test(arguments: ["000", "001", "002", "003"])
    func everyArticleSentenceKept(prefix: String) throws {
        let text = try String(contentsOf: try Fixtures.seed(prefix), encoding: .utf8)
        let body = try article(prefix).body
        let paragraphs = text.split(separator: "\n").map(String.init).filter { TextScript.wordCount($0) >= 40 }
        #expect(!paragraphs.isEmpty)
        for paragraph in paragraphs {
            #expect(body.contains(paragraph.trimmingCharacters(in: .whitespaces)), "lost: \(paragraph.prefix(80))")
        }
    }

    @Test func seedsAreEnglishWithWordCounts() throws {
        for prefix in ["000", "001", "002", "003"] {
            let record = try article(prefix)
            #expect(record.language == "en")
            #expect(record.wordCount > 200)
            #expect(record.id.count == 16)
            #expect(record.dedup.contentHash.count == 64)
        }
    }

    @Test func sameContentSameID() throws {
        #expect(try article("000").id == article("000").id)
        #expect(try article("000").id != article("001").id)
    }
}
