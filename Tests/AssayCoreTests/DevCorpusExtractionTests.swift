import AssayCore
import AssayTestSupport
import Foundation
import Testing

/// The labelled dev corpus (copied into Tests/Fixtures): titles of every .txt, .html and GB18030
/// file, dates as their headers print them, and variants that must read as the same article.
@Suite struct DevCorpusExtractionTests {
    let pipeline = ArticlePipeline()

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.devCorpusFolder.path)) ?? []
        return names.sorted()
    }()

    func article(_ name: String) throws -> Article {
        let url = Fixtures.devCorpusFile(name)
        let input = InputDocument(bytes: try Fixtures.bytes(url), path: url.path, receivedAt: "2026-01-01T00:00:00Z")
        return try #require(pipeline.process(input, ingestedAt: "2026-01-01T00:00:00Z").first?.article, "\(name) rejected")
    }

    @Test func corpusIsPresent() {
        #expect(Self.files.count == 86)
    }

    @Test(arguments: files)
    func titleMatchesLabel(name: String) throws {
        let expected = try #require(try Fixtures.devCorpusArticles()[String(name.prefix(4))])
        #expect(try article(name).title == expected.title)
    }

    @Test(arguments: [
        ("d002.txt", "2023-10-03T00:00:00Z"), ("d003.txt", "2024-04-29T00:00:00Z"),
        ("d008.txt", "2025-01-15T09:20:00+08:00"), ("d009.txt", "2024-02-24T18:12:00+09:00"),
        ("d009.html", "2024-02-24T18:12:00+09:00"), ("d012.txt", "2022-08-12T15:20:00+02:00"),
        ("d016.txt", "2024-08-09T16:42:00+08:00"), ("d018.txt", "2025-04-01T19:30:00Z"),
        ("d032.txt", "2022-08-13T08:02:00Z"), ("d036.txt", "2024-08-20T00:00:00Z"),
        ("d040.txt", "2022-10-08T06:05:00+08:00"), ("d045.html", "2024-06-30T11:20:00+08:00"),
        ("d046.txt", "2024-11-12T08:47:00+08:00"), ("d039.gb18030.txt", "2024-11-11T16:05:00+08:00"),
        ("d057.txt", "2024-09-06T00:00:00Z"), ("d074.txt", "2025-06-06T00:00:00Z"),
    ])
    func datesFromHeaders(name: String, expected: String) throws {
        #expect(try article(name).publishedAt == expected)
    }

    @Test(arguments: [("d043.txt", "Feb 29"), ("d061.txt", "Oct 20")])
    func yearlessDatesAreKeptRaw(name: String, raw: String) throws {
        let record = try article(name)
        #expect(record.publishedAt == nil)
        #expect(record.provenance.dateRaw == raw)
    }

    @Test(arguments: ["d039", "d068"])
    func gb18030VariantReadsAsTheUTF8Original(id: String) throws {
        let original = try article("\(id).txt")
        let encoded = try article("\(id).gb18030.txt")
        #expect(encoded.source.encoding == "gb18030")
        #expect(original.source.encoding == "utf-8")
        #expect(encoded.body == original.body)
        #expect(encoded.id == original.id)
        #expect(encoded.language == "zh")
    }

    @Test(arguments: ["d009", "d012", "d013", "d015", "d017", "d045", "d053", "d059", "d065", "d069"])
    func htmlVariantCarriesTheStory(id: String) throws {
        let page = try article("\(id).html")
        let text = try article("\(id).txt")
        #expect(page.source.format == "html")
        #expect(page.provenance.dateSource == "meta:article:published_time")
        #expect(page.publisher != nil)
        // The page's body holds the text file's article paragraphs and none of the page chrome.
        let paragraphs = text.body.components(separatedBy: "\n\n")
        let kept = paragraphs.filter { page.body.contains($0) }.count
        #expect(Double(kept) >= Double(paragraphs.count) * 0.8, "\(kept) of \(paragraphs.count) paragraphs")
        for chrome in ["©", "Copyright", "版权所有", "Related", "相关阅读"] {
            #expect(!page.body.contains(chrome), "page chrome '\(chrome)' in \(id).html")
        }
    }

    @Test func chineseFurnitureIsRemoved() throws {
        let body = try article("d039.txt").body
        for furniture in ["首页", "来源：", "责任编辑", "分享到", "上一篇", "下一篇"] {
            #expect(!body.contains(furniture), "\(furniture) left in body")
        }
        let other = try article("d033.txt").body
        #expect(!other.contains("相关阅读"))
        #expect(!other.contains("声明："))
    }

    @Test func chineseHeaderFields() throws {
        let record = try article("d033.txt")
        #expect(record.publisher == "锂电材料观察")
        #expect(record.authors == ["孙晓晨"])
        #expect(record.language == "zh")
    }
}
