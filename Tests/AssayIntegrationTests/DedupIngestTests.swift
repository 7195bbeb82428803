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
        #expect(first.stdout.contains("86 inputs: 62 recorded, 24 duplicate"), "\(first.stdout)")
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
        let state = out + "/.assay/state.sqlite"
        #expect(FileManager.default.fileExists(atPath: state))

        let second = try AssayProcess.run(["ingest", Fixtures.devCorpusFolder.path, "--out", out])
        #expect(second.status == 0)
        #expect(second.stdout.contains("86 inputs: 0 recorded, 0 duplicate, 86 repeated"), "\(second.stdout)")

        let stats = try AssayProcess.run(["stats", "--state", state, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(object["stories"] as? Int == 62)
        #expect((object["per_industry"] as? [String: Int])?["semiconductor"] == 16)
    }

    /// `assay story` lists every source that carried a story: the reprint and the rewrite of d019
    /// (BYD's Xuzhou plant), whichever record id it is given.
    @Test func storyListsTheReprintAndTheRewriteThatCarriedIt() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("records").path
        let rewrites = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/rewrites").path
        let ingest = try AssayProcess.run(["ingest", Fixtures.devCorpusFolder.path, rewrites, "--out", out])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        var idOf: [String: String] = [:]
        var matchOf: [String: String] = [:]
        for sub in [out, out + "/duplicates"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: sub) where name.hasSuffix(".json") {
                let data = try Data(contentsOf: URL(fileURLWithPath: sub + "/" + name))
                let record = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
                let path = try #require((record["source"] as? [String: Any])?["path"] as? String)
                let file = (path as NSString).lastPathComponent
                idOf[file] = record["id"] as? String
                matchOf[file] = (record["dedup"] as? [String: Any])?["match"] as? String
            }
        }
        #expect(matchOf["d022.txt"] == "reprint")
        #expect(matchOf["r019-byd-xuzhou.txt"] == "rewrite")
        #expect(matchOf["r016-lithium-low.txt"] == "rewrite")
        let state = out + "/.assay/state.sqlite"
        for file in ["d019.txt", "r019-byd-xuzhou.txt"] {
            let story = try AssayProcess.run(["story", try #require(idOf[file]), "--state", state, "--json"])
            #expect(story.status == 0, "\(story.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(story.stdout.utf8)) as? [String: Any])
            #expect((object["story"] as? [String: Any])?["id"] as? String == idOf["d019.txt"])
            let reprints = try #require(object["reprints"] as? [[String: Any]])
            #expect(Set(reprints.compactMap { $0["id"] as? String }) == Set([idOf["d022.txt"], idOf["r019-byd-xuzhou.txt"]].compactMap { $0 }))
            #expect(Set(reprints.compactMap { $0["match"] as? String }) == ["reprint", "rewrite"])
            #expect((object["carried_by"] as? [String])?.count ?? 0 >= 2)
        }
        let unknown = try AssayProcess.run(["story", "0000000000000000", "--state", state])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no article with id 0000000000000000"))
    }

    /// An English and a Chinese write-up of one event share no words but their facts: the later one
    /// is recorded in its own right with `dedup.related`, and `assay story` lists it as a carrier.
    @Test func aWriteUpInAnotherLanguageJoinsTheStory() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("records").path
        let folderOfPairs = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/related").path
        let ingest = try AssayProcess.run(["ingest", folderOfPairs, "--out", out])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("4 inputs: 4 recorded, 0 duplicate"), "\(ingest.stdout)")
        var records: [String: [String: Any]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: out) where name.hasSuffix(".json") {
            let data = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
            let record = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let path = try #require((record["source"] as? [String: Any])?["path"] as? String)
            records[(path as NSString).lastPathComponent] = record
        }
        func id(_ file: String) -> String? { records[file]?["id"] as? String }
        func related(_ file: String) -> String? { (records[file]?["dedup"] as? [String: Any])?["related"] as? String }
        #expect(records.count == 4)
        #expect(related("x1-haichao-sodium-en.txt") == nil)
        #expect(related("x2-haichao-sodium-zh.txt") == id("x1-haichao-sodium-en.txt"))
        #expect(related("x3-ganfeng-hydroxide-en.txt") == nil)
        #expect(related("x4-ganfeng-hydroxide-zh.txt") == id("x3-ganfeng-hydroxide-en.txt"))
        #expect((records["x4-ganfeng-hydroxide-zh.txt"]?["dedup"] as? [String: Any])?["duplicate_of"] is NSNull)

        let story = try AssayProcess.run(["story", try #require(id("x4-ganfeng-hydroxide-zh.txt")), "--state", out + "/.assay/state.sqlite", "--json"])
        #expect(story.status == 0, "\(story.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(story.stdout.utf8)) as? [String: Any])
        #expect((object["story"] as? [String: Any])?["id"] as? String == id("x3-ganfeng-hydroxide-en.txt"))
        let carriers = try #require(object["reprints"] as? [[String: Any]])
        #expect(carriers.map { $0["id"] as? String } == [id("x4-ganfeng-hydroxide-zh.txt")])
        #expect(carriers.first?["match"] as? String == "related")
        let stats = try AssayProcess.run(["stats", "--state", out + "/.assay/state.sqlite", "--json"])
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(counts["stories"] as? Int == 2 && counts["related"] as? Int == 2, "\(counts)")
        // `records` tells a related write-up from the first of its story, and filters on it.
        let listed = try AssayProcess.run(["records", "--state", out + "/.assay/state.sqlite", "--json", "--status", "related"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let rows = listed.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(Set(rows.compactMap { $0["id"] as? String }) == Set([id("x2-haichao-sodium-zh.txt"), id("x4-ganfeng-hydroxide-zh.txt")].compactMap { $0 }))
        #expect(rows.allSatisfy { $0["status"] as? String == "related" && $0["related_to"] is String }, "\(rows)")
        let canonical = try AssayProcess.run(["records", "--state", out + "/.assay/state.sqlite", "--json", "--status", "canonical"])
        #expect(canonical.stdout.split(separator: "\n").count == 2, "\(canonical.stdout)")
    }
}
