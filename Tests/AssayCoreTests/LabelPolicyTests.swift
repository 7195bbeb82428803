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
}
