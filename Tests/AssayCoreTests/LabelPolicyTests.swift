import AssayCore
import AssayDaemon
import AssayTestSupport
import Foundation
import Testing

/// The labelling policy's hard cases, on stories written for these tests: battery plants,
/// storage stations and storage sites that name no chemistry are lithium news; a story about
/// another chemistry (a vanadium flow battery) is not, though it says "battery" and names
/// lithium-ion in passing; nor is lithium in a sodium-ion story that only compares with it.
@Suite struct LabelPolicyTests {
    let pipeline = ArticlePipeline(classifier: try! IndustryClassifier(taxonomy: TaxonomyFile.builtIn))

    private func labels(_ name: String) throws -> [String] {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/labels/\(name)")
        let input = InputDocument(bytes: try Fixtures.bytes(url), path: name, receivedAt: "2026-11-29T00:00:00Z")
        return try #require(pipeline.process(input, ingestedAt: "2026-11-29T00:00:00Z").first?.article).industries.map(\.label)
    }

    @Test func anEVPackLineWithNoChemistryIsLithium() throws {
        #expect(try labels("ev-pack-line.no-chemistry.txt") == ["lithium"])
    }

    @Test func aTraditionalScriptStorageStationWithNoChemistryIsLithium() throws {
        #expect(try labels("storage-station.no-chemistry.zh-hant.txt") == ["lithium"])
    }

    @Test func aChineseChipsAdvertPunningOnTSMCIsNoChipNews() throws {
        #expect(try labels("potato-chips.pun.zh-hant.txt") == [])
    }

    @Test func aFlowBatteryStoryIsNotLithium() throws {
        #expect(try labels("flow-battery.rival.txt") == [])
    }

    @Test(arguments: ["sodium-ion.compares-with-lithium.txt", "sodium-ion.compares-with-lithium.zh-hant.txt"])
    func aSodiumIonStoryThatComparesWithLithiumIsSodiumIonOnly(name: String) throws {
        #expect(try labels(name) == ["sodium-ion"])
    }

    @Test func aStorageSitingDisputeWithNoChemistryIsLithium() throws {
        #expect(try labels("storage-siting.no-chemistry.txt") == ["lithium"])
    }

    @Test func aRivalOnlyIndustryIsScoredButNeverGiven() throws {
        let taxonomy = try TaxonomyFile.parse(
            """
            [[industry]]
            id = "lithium"
            generic_yields_to = ["other"]
            [[industry.terms]]
            weight = 3
            generic = true
            terms = ["battery plant"]
            [[industry]]
            id = "other"
            label = false
            [[industry.terms]]
            weight = 3
            terms = ["flow battery"]
            """, file: "rival.toml")
        let classifier = try IndustryClassifier(taxonomy: taxonomy)
        let plant = String(repeating: "The battery plant opened. ", count: 4)
        #expect(classifier.classify(title: "", body: plant).labels.map(\.label) == ["lithium"])
        let flow = classifier.classify(title: "", body: plant + String(repeating: "It makes a flow battery. ", count: 4))
        #expect(flow.labels.isEmpty)
        #expect(!flow.nearMisses.contains { $0.label == "other" })
    }

    @Test func anEarningsStoryThatDelaysAnEVBatteryPlantIsLithium() throws {
        #expect(try labels("automaker-results.battery-plant.txt") == ["lithium"])
    }

    /// Two items of a roundup are two labels: a budget's chip plants and its one line on storage batteries.
    @Test func aBudgetRoundupWithAChipFundAndABatteryFundGetsBoth() throws {
        #expect(try labels("budget-roundup.chips-and-batteries.txt") == ["semiconductor", "lithium"])
    }

    /// Chinese calls a photovoltaic cell 电池 too: a TOPCon cell plant is solar news.
    @Test func aChineseSolarCellPlantIsNotLithium() throws {
        #expect(try labels("solar-cell-plant.zh-hans.txt") == [])
    }

    /// The lower `beside_threshold` holds beside an unrelated label only: beside its rival, a mention
    /// is mostly a comparison and needs the full threshold.
    @Test func aWeakLabelIsGivenBesideAnUnrelatedLabelButNotBesideItsRival() throws {
        let taxonomy = try TaxonomyFile.parse(
            """
            [scoring]
            beside_threshold = 0.3
            [[industry]]
            id = "lithium"
            generic_yields_to = ["sodium-ion"]
            [[industry.terms]]
            weight = 3
            terms = ["lithium-ion"]
            [[industry]]
            id = "sodium-ion"
            [[industry.terms]]
            weight = 3
            terms = ["sodium-ion"]
            [[industry]]
            id = "semiconductor"
            [[industry.terms]]
            weight = 3
            terms = ["chip plant"]
            """, file: "beside.toml")
        let classifier = try IndustryClassifier(taxonomy: taxonomy)
        let mention = "Exports of lithium-ion cells rose too. "
        let chips = classifier.classify(title: "", body: String(repeating: "A chip plant opened. ", count: 4) + mention)
        #expect(chips.labels.map(\.label) == ["semiconductor", "lithium"])
        let sodium = classifier.classify(title: "", body: String(repeating: "A sodium-ion plant opened. ", count: 4) + mention)
        #expect(sodium.labels.map(\.label) == ["sodium-ion"])
        let miss = try #require(sodium.nearMisses.first { $0.label == "lithium" })
        #expect(miss.reasons == ["below_threshold"] && miss.threshold == 0.5)
        // Alone, the mention is no story.
        #expect(classifier.classify(title: "", body: mention).labels.isEmpty)
    }
}
