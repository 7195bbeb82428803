import AssayTestSupport
import Foundation
import Testing

/// `assay facts`, `assay eval --facts` and the facts `assay story` shows, run as a user runs them.
@Suite struct FactsCommandTests {
    @Test func factsPrintsEachArticlesFactsAsJSONAndAsText() throws {
        let seed = try Fixtures.seed("002")
        let json = try AssayProcess.run(["facts", seed.path])
        #expect(json.status == 0, "\(json.stderr)")
        let line = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let facts = try #require(line["facts"] as? [String: Any])
        let events = try #require(facts["events"] as? [[String: Any]])
        #expect(events.map { $0["type"] as? String } == ["construction_start"])
        let capacity = try #require((facts["capacities"] as? [[String: Any]])?.first)
        #expect(capacity["unit"] as? String == "t/yr" && capacity["value"] as? Double == 10000)
        // The offset points at the words in the record's body.
        let record = try AssayProcess.run(["extract", seed.path])
        let body = try #require((try JSONSerialization.jsonObject(with: Data(record.stdout.utf8)) as? [String: Any])?["body"] as? String)
        let offset = try #require(capacity["offset"] as? Int)
        let text = try #require(capacity["text"] as? String)
        #expect(String(String.UnicodeScalarView(Array(body.unicodeScalars)[offset..<(offset + text.unicodeScalars.count)])) == text)

        let summary = try AssayProcess.run(["facts", "--text", seed.path])
        #expect(summary.stdout.contains("event: construction_start"))
        #expect(summary.stdout.contains("10000 t/yr of cathode material"))
    }

    @Test func evalFactsPrintsPrecisionAndRecallPerTypeAndSplit() throws {
        let result = try AssayProcess.run(["eval", "--facts", Fixtures.factsFile.path])
        #expect(result.status == 0, "\(result.stderr)")
        for type in ["organizations", "places", "capacities", "money", "events"] {
            #expect(result.stdout.contains("\n\(type) "), "\(type) missing:\n\(result.stdout)")
        }
        #expect(result.stdout.contains("holdout zh-Hant"))
        #expect(result.stdout.contains("articles: all 292, tune 270, holdout 22"))
        #expect(result.stdout.contains("story links: P 1.000  R 1.000  (9 of 9 labelled pairs joined"), "\(result.stdout)")
        // Differences are listed for the tuned articles only, never the held-out ones.
        let listed = try AssayProcess.run(["eval", "--facts", Fixtures.factsFile.path, "--differences"])
        #expect(!listed.stdout.contains("f001 ") && !listed.stdout.contains("f072 "))
        let neither = try AssayProcess.run(["eval"])
        #expect(neither.status != 0 && neither.stderr.contains("--labels FILE or --facts FILE"))
    }

    @Test func storyShowsTheFactsOfItsRecordAndABadGazetteerIsRefused() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("out").path
        let ingest = try AssayProcess.run(["ingest", "--out", out, Fixtures.seedsFolder.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let records = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".json") }
        let sodium = try #require(
            records.first { name in
                let data = FileManager.default.contents(atPath: (out as NSString).appendingPathComponent(name)) ?? Data()
                return String(decoding: data, as: UTF8.self).contains("VASTSIB")
            })
        let story = try AssayProcess.run(["story", "--out", out, String(sodium.dropLast(5))])
        #expect(story.status == 0, "\(story.stderr)")
        #expect(story.stdout.contains("facts:") && story.stdout.contains("event: construction_start"))

        let gazetteer = try folder.file("gazetteer.toml", Array("[[place]]\nname = \"Atlantis\"\nkind = \"continent\"\n".utf8))
        let refused = try AssayProcess.run(["facts", "--gazetteer", gazetteer.path, try Fixtures.seed("002").path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("gazetteer.toml:3") && refused.stderr.contains("continent"))
    }
}
