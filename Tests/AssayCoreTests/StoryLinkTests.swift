import AssayCore
import AssayDaemon
import AssayTestSupport
import Foundation
import Testing

/// Write-ups of one happening in two languages share their facts, not their words: `StoryLink`
/// joins them, and keeps apart articles on the same company or figure that tell other news.
@Suite struct StoryLinkTests {
    static let finder = FactFinder(gazetteer: GazetteerFile.builtIn)

    private func keys(_ body: String) -> StoryKeys { StoryKeys(Self.finder.facts(in: body)) }

    /// Every labelled pair of the facts set (an English and a Chinese write-up, one of them with a
    /// company the gazetteer does not know) is joined, and no two other articles are, among
    /// thousands of pairs on the same companies, places and kinds of step.
    @Test func theLabelledPairsAreJoinedAndNothingElseIs() throws {
        var items: [StoryLinkEvaluation.Item] = []
        for line in try String(contentsOf: Fixtures.factsFile, encoding: .utf8).split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            items.append(
                .init(
                    id: object["id"] as! String, split: object["split"] as! String, pair: object["pair"] as? String,
                    keys: keys(object["text"] as! String)))
        }
        let evaluation = StoryLinkEvaluation(items)
        #expect(evaluation.labelledPairs.count >= 4)
        #expect(evaluation.recall == 1, "joined \(evaluation.linkedLabelledPairs) of \(evaluation.labelledPairs)")
        #expect(evaluation.wrongPairs.isEmpty, "\(evaluation.wrongPairs.map { "\($0.a.id)/\($0.b.id)" })")
    }

    @Test func theSameCompanyWithOtherFiguresOrAnotherStepIsAnotherStory() {
        let english = keys(
            "Ganfeng Lithium started production at its 50,000 tonnes a year lithium hydroxide plant in Xinyu, Jiangxi, "
                + "an investment of 3.5 billion yuan.")
        let chinese = keys("赣锋锂业位于江西新余的年产5万吨氢氧化锂项目正式投产，项目总投资35亿元。")
        #expect(StoryLink.match(english, chinese) != nil)
        // Same company, same kind of step, other plant and figures.
        let otherPlant = keys("赣锋锂业位于四川的年产2万吨碳酸锂项目正式投产，项目总投资12亿元。")
        #expect(StoryLink.match(english, otherPlant) == nil)
        // The same plant's groundbreaking, two years before: another step, another story.
        let groundbreaking = keys(
            "Ganfeng Lithium broke ground on its 50,000 tonnes a year lithium hydroxide plant in Xinyu, Jiangxi, "
                + "an investment of 3.5 billion yuan.")
        #expect(StoryLink.match(english, groundbreaking) == nil)
        // Facts of no organization join nothing, and an article without facts has no index keys.
        #expect(StoryLink.match(keys("Prices rose 3% this week."), keys("价格本周上涨3%。")) == nil)
        #expect(keys("A quiet week on the markets.").anchorKeys.isEmpty)
        #expect(english.anchorKeys.allSatisfy(StoryKeys.isAnchor))
    }
}
