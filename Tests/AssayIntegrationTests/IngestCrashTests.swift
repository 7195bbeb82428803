import AssayTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `assay ingest` keeps the daemon's promise too: killed at random moments, or run into a full
/// disk, then run again, it ends exactly as one clean run does.
@Suite(.serialized) struct IngestCrashTests {
    /// Each record's folder, primary industry and canonical id: what a run decided.
    static func outcome(of out: URL) throws -> [String: String] {
        var decided: [String: String] = [:]
        for folder in ["", "duplicates"] {
            let url = folder.isEmpty ? out : out.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names where name.hasSuffix(".json") {
                #expect(!name.hasPrefix(".assay-tmp-"))
                let data = try Data(contentsOf: url.appendingPathComponent(name))
                let record = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(name)")
                let dedup = record["dedup"] as? [String: Any]
                decided[folder + "/" + name] = "\(record["primary_industry"] ?? "-") of \(dedup?["duplicate_of"] ?? "-")"
            }
            #expect(names.allSatisfy { !$0.hasPrefix(".assay-tmp-") }, "a temp file was left in \(url.path)")
        }
        return decided
    }

    static func statistics(_ state: URL) throws -> NSDictionary {
        let result = try AssayProcess.run(["stats", "--json", "--state", state.path])
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? NSDictionary, "\(result.stderr)")
    }

    static func writeCorpus(count: Int, seed: UInt64, into folder: URL) throws {
        var generator = try CorpusGenerator(seed: seed)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in generator.files(count: count) { try Data(file.bytes).write(to: folder.appendingPathComponent(file.name)) }
    }

    @Test func killedAtRandomMomentsTheRerunsEndExactlyAsACleanRun() throws {
        let folder = try TemporaryFolder()
        let inputs = folder.url.appendingPathComponent("inputs")
        try Self.writeCorpus(count: 2000, seed: 2027, into: inputs)

        let cleanOut = folder.url.appendingPathComponent("clean/records")
        let clean = try AssayProcess.run(["ingest", inputs.path, "--out", cleanOut.path])
        #expect(clean.status == 0, "\(clean.stderr)")
        let expected = try Self.outcome(of: cleanOut)
        #expect(expected.count > 1000)
        #expect(expected.keys.contains { $0.hasPrefix("duplicates/") })

        let crashedOut = folder.url.appendingPathComponent("crashed/records")
        var random = SplitMix64(seed: 5)
        var kills = 0
        var finished = false
        while kills < 6 {
            let process = Process()
            process.executableURL = AssayProcess.executable
            process.arguments = ["ingest", inputs.path, "--out", crashedOut.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.3...1.2, using: &random))
            if !process.isRunning {
                finished = true
                break
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            kills += 1
        }
        #expect(!finished && kills >= 5, "a run finished before five kills; make the corpus larger")
        let last = try AssayProcess.run(["ingest", inputs.path, "--out", crashedOut.path])
        #expect(last.status == 0, "\(last.stderr)")
        #expect(last.stdout.contains("2000 inputs:"), "\(last.stdout)")

        let got = try Self.outcome(of: crashedOut)
        #expect(got == expected, "differs: \(Set(got.keys).symmetricDifference(expected.keys).sorted().prefix(10))")
        let statistics = try [cleanOut, crashedOut].map { try Self.statistics($0.appendingPathComponent(".assay/state.sqlite")) }
        #expect(statistics[0]["stories"] as? Int == statistics[1]["stories"] as? Int)
        #expect(statistics[0]["exact_duplicates"] as? Int == statistics[1]["exact_duplicates"] as? Int)
        #expect(statistics[0]["near_duplicates"] as? Int == statistics[1]["near_duplicates"] as? Int)
        let ledger = statistics[1]["inputs"] as? [String: Int] ?? [:]
        #expect(ledger.keys.allSatisfy { $0.hasPrefix("done:") }, "\(ledger)")
    }

    /// Records and the store on a small file system that fills up part way: the run fails for the
    /// inputs that did not fit, and a rerun once there is room writes every record a clean run writes.
    @Test(.enabled(if: geteuid() == 0, "mounting a small tmpfs needs root"))
    func aDiskThatFillsUpLosesNoRecordOnceThereIsRoomAgain() throws {
        let folder = try TemporaryFolder()
        let inputs = folder.url.appendingPathComponent("inputs")
        try Self.writeCorpus(count: 400, seed: 31, into: inputs)
        let cleanOut = folder.url.appendingPathComponent("clean/records")
        #expect(try AssayProcess.run(["ingest", inputs.path, "--out", cleanOut.path]).status == 0)
        let expected = try Self.outcome(of: cleanOut)

        let disk = folder.url.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        guard Self.shell("mount -t tmpfs -o size=600k tmpfs '\(disk.path)'") == 0 else {
            Issue.record("could not mount a tmpfs at \(disk.path)")
            return
        }
        defer { _ = Self.shell("umount '\(disk.path)'") }
        // The store stays on the roomy disk: only the records run out of space, after their articles were admitted.
        let out = disk.appendingPathComponent("records")
        let state = folder.url.appendingPathComponent("state/assay-state.sqlite").path
        let full = try AssayProcess.run(["ingest", inputs.path, "--out", out.path, "--state", state])
        #expect(full.status == 1, "the disk did not fill up: \(full.stdout)")
        #expect(full.stderr.contains("space") || full.stderr.contains("full"), "\(full.stderr.prefix(600))")

        #expect(Self.shell("mount -o remount,size=64m '\(disk.path)'") == 0)
        let again = try AssayProcess.run(["ingest", inputs.path, "--out", out.path, "--state", state])
        #expect(again.status == 0, "\(again.stderr.prefix(600))")
        // Every article has its record. Which copy of a story is canonical may differ from the clean
        // run: inputs that did not fit were decided later than their turn.
        let ids = { (outcome: [String: String]) in Set(outcome.keys.map { ($0 as NSString).lastPathComponent }) }
        let got = try Self.outcome(of: out)
        #expect(ids(got) == ids(expected), "differs: \(ids(got).symmetricDifference(ids(expected)).sorted().prefix(10))")
        #expect(got.count == expected.count)
    }

    static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
