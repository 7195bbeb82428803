import AssayTestSupport
import Foundation
import Testing

/// `assay ingest` with its state store over the dev corpus files, run twice, and `assay stats`.
@Suite struct DedupIngestTests {
    @Test func devCorpusGivesOneRecordPerStoryAndSecondRunWritesNothing() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("records").path
        let first = try AssayProcess.run(["ingest", Fixtures.devCorpusFolder.path, "--out", out])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("86 inputs: 62 records written"), "\(first.stdout)")
        let stories = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".json") }
        #expect(stories.count == 62)
        let duplicates = try FileManager.default.contentsOfDirectory(atPath: out + "/duplicates")
        #expect(duplicates.count >= 12)
        for name in duplicates {
            let data = try Data(contentsOf: URL(fileURLWithPath: out + "/duplicates/" + name))
            let record = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let dedup = try #require(record["dedup"] as? [String: Any])
            #expect(stories.contains("\(dedup["duplicate_of"] as? String ?? "").json"))
            #expect((dedup["similarity"] as? Double ?? 0) >= 0.5)
        }
        let state = folder.url.appendingPathComponent("assay-state.sqlite").path
        #expect(FileManager.default.fileExists(atPath: state))

        let second = try AssayProcess.run(["ingest", Fixtures.devCorpusFolder.path, "--out", out])
        #expect(second.status == 0)
        #expect(second.stdout.contains("0 records written, 0 duplicates, 86 already present"), "\(second.stdout)")

        let stats = try AssayProcess.run(["stats", "--state", state, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(object["stories"] as? Int == 62)
        #expect((object["per_industry"] as? [String: Int])?["semiconductor"] == 16)
    }
}
