import AssayCore
import Foundation
import Testing

/// Portal headers often leave a credit blank ("作者: | 发布日期: …"): the line is still a meta line,
/// names no one, and never stops the article (it once crashed the daemon).
@Suite struct EmptyCreditTests {
    let pipeline = ArticlePipeline()

    private func record(_ text: String) throws -> Article {
        let input = InputDocument(bytes: Array(text.utf8), path: "credit.txt", receivedAt: "2026-11-29T00:00:00Z")
        return try #require(pipeline.process(input, ingestedAt: "2026-11-29T00:00:00Z").first?.article)
    }

    @Test(arguments: ["作者: | 发布日期: 2018 年 11 月 02 日 14:13 | 分类:", "作者：", "记者", "By:", "By , Staff", "Author: | Published: June 3, 2024", "文/"])
    func aBlankCreditNamesNoOne(line: String) throws {
        let body = "动力电池产业链分为上游材料、中游电芯与电池包、下游整车和储能，各环节分工明确，产能持续扩张。"
        let article = try record("一文看懂动力电池产业链\n\n\(line)\n\n\(body)\n\n\(body)")
        #expect(article.authors.isEmpty, "\(line): \(article.authors)")
        #expect(article.body.contains("动力电池产业链分为上游材料"))
    }
}
