import AssayTestSupport
import Foundation
import Testing

/// `assay ingest` and `assay extract` as a user runs them: the built binary as a child process.
@Suite struct IngestCommandTests {
    @Test func ingestsSeedsAndRefusesBadInputWithReasons() throws {
        let folder = try TemporaryFolder()
        let inbox = folder.url.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.seedsFolder.path) {
            try FileManager.default.copyItem(
                at: Fixtures.seedsFolder.appendingPathComponent(name), to: inbox.appendingPathComponent(name))
        }
        try Data().write(to: inbox.appendingPathComponent("empty.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]).write(to: inbox.appendingPathComponent("tool.txt"))
        try Data((0..<600).map { UInt8(0x80 + ($0 * 37) % 0x7F) }).write(to: inbox.appendingPathComponent("garbled.txt"))
        try Data(repeating: 0x61, count: 5000).write(to: inbox.appendingPathComponent("huge.txt"))
        try Data("ignored".utf8).write(to: inbox.appendingPathComponent("partial.txt.part"))
        try Data("ignored".utf8).write(to: inbox.appendingPathComponent(".hidden.txt"))
        let out = folder.url.appendingPathComponent("out")

        let run = try AssayProcess.run(["ingest", inbox.path, "--out", out.path, "--max-bytes", "4800"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("8 inputs: 4 recorded, 0 duplicate, 0 repeated, 4 quarantined"))
        for reason in ["empty.txt: quarantined: empty", "tool.txt: quarantined: binary", "garbled.txt: quarantined: undecodable",
            "huge.txt: quarantined: too_large"]
        {
            #expect(run.stderr.contains(reason), "stderr lacks '\(reason)': \(run.stderr)")
        }
        // The state store is kept in the hidden .assay/ folder; beside it, only records.
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(".assay/state.sqlite").path))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("assay-state.sqlite").path))
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0 != ".assay" }
        #expect(written.count == 4)
        #expect(written.allSatisfy { $0.hasSuffix(".json") && !$0.hasPrefix(".") })

        let validator = try SchemaValidator(schemaFile: Fixtures.schemaFile)
        var titles: Set<String> = []
        for name in written {
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(try validator.violations(of: data).isEmpty)
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            titles.insert(object["title"] as? String ?? "")
            #expect(name == "\(object["id"] as? String ?? "").json")
        }
        #expect(titles.contains("Innovative projects investing in future at Xiamen Torch Development Zone"))

        // A second run over the same inputs writes nothing new and says so; the bad ones are refused again.
        let again = try AssayProcess.run(["ingest", inbox.path, "--out", out.path])
        #expect(again.status == 1)
        #expect(again.stdout.contains("8 inputs: 0 recorded, 0 duplicate, 4 repeated, 4 quarantined"), "\(again.stdout)")
        #expect(again.stderr.contains("empty.txt: quarantined: empty"), "\(again.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0 != ".assay" }.count == 4)
    }

    @Test func extractPrintsOneRecord() throws {
        let run = try AssayProcess.run(["extract", try Fixtures.seed("000").path])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "assay.article/1")
        #expect(object["publisher"] as? String == "China Daily")
    }

    @Test func versionAndHelp() throws {
        #expect(try AssayProcess.run(["--version"]).stdout.contains("0.1.0"))
        let help = try AssayProcess.run(["--help"]).stdout
        #expect(help.contains("ingest"))
        #expect(help.contains("extract"))
        let folder = try TemporaryFolder()
        let inside = try AssayProcess.run(["ingest", folder.url.path, "--out", folder.url.appendingPathComponent("records").path])
        #expect(inside.status != 0)
        #expect(inside.stderr.contains("inside the input folder"), "\(inside.stderr)")
        let missing = try AssayProcess.run(["ingest", "/nonexistent/path", "--out", "/tmp/assay-never"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no such file or folder"))
    }
}
