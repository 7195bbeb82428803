import AssayTestSupport
import Foundation
import Testing

/// Exactly-once results across crashes: a backlog drained by a daemon killed with SIGKILL at random
/// moments and restarted must end exactly as a clean run does.
@Suite(.serialized) struct DaemonCrashTests {
    /// Each record's folder, primary industry and canonical id: what a run decided.
    private func outcome(of sandbox: DaemonSandbox) throws -> [String: String] {
        var decided: [String: String] = [:]
        for (name, record) in try sandbox.records() {
            decided["records/" + name] = "\(record["primary_industry"] ?? "-")"
        }
        for (name, record) in try sandbox.records(in: sandbox.duplicates) {
            let dedup = record["dedup"] as? [String: Any]
            decided["duplicates/" + name] = "\(record["primary_industry"] ?? "-") of \(dedup?["duplicate_of"] ?? "-")"
        }
        return decided
    }

    @Test func killedAtRandomMomentsTheRestartsEndExactlyAsACleanRun() throws {
        var generator = try CorpusGenerator(seed: 2026)
        let files = generator.files(count: 2000)
        #expect(Set(files.map(\.name)).count == files.count)

        // The files are renamed in whole: with no settle time none is put back as still being written,
        // so both runs decide in name order (a file put back is decided later, and the first copy of a
        // story decided becomes its canonical record).
        let clean = try DaemonSandbox(extra: "settle_seconds = 0")
        for file in files { try clean.moveIn(file.bytes, as: file.name) }
        let cleanRun = try DaemonProcess(config: clean.config, arguments: ["--exit-when-idle"])
        #expect(cleanRun.waitForExit(timeout: 300) == 0)
        let expected = try outcome(of: clean)
        #expect(expected.count > 1000)
        #expect(expected.keys.contains { $0.hasPrefix("duplicates/") })

        let crashed = try DaemonSandbox(extra: "settle_seconds = 0")
        for file in files { try crashed.moveIn(file.bytes, as: file.name) }
        var random = SplitMix64(seed: 99)
        var kills = 0
        while kills < 6 {
            let daemon = try DaemonProcess(config: crashed.config)
            Thread.sleep(forTimeInterval: Double.random(in: 0.2...1.0, using: &random))
            daemon.killHard()
            kills += 1
            if crashed.names(crashed.inbox).isEmpty { break }
        }
        #expect(kills >= 5, "the backlog drained before five kills; make it larger")
        let last = try DaemonProcess(config: crashed.config, arguments: ["--exit-when-idle"])
        #expect(last.waitForExit(timeout: 300) == 0)

        // Every input has exactly one outcome: moved once, to the archive or the quarantine.
        #expect(crashed.names(crashed.inbox).isEmpty)
        let moved = crashed.names(crashed.archive) + crashed.names(crashed.quarantine).filter { !$0.hasSuffix(".reason.json") }
        #expect(moved.sorted() == files.map(\.name).sorted())
        // The same records, in the same folders, with the same decisions; no temp file anywhere.
        let got = try outcome(of: crashed)
        #expect(got == expected, "differs: \(Set(got.keys).symmetricDifference(expected.keys).sorted().prefix(10))")
        for folder in [crashed.output, crashed.duplicates, crashed.archive, crashed.quarantine] {
            #expect(crashed.names(folder).allSatisfy { !$0.hasPrefix(".assay-tmp-") })
        }
        // The store agrees: the same stories and duplicates, every input's ledger row done, none left decided.
        let statistics = try [clean, crashed].map { sandbox in
            let result = try AssayProcess.run(["stats", "--json", "--state", sandbox.root.appendingPathComponent("state/assay.sqlite").path])
            return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? NSDictionary, "\(result.stderr)")
        }
        #expect(statistics[0] == statistics[1], "\(statistics)")
        let ledger = statistics[1]["inputs"] as? [String: Int] ?? [:]
        #expect(ledger.keys.allSatisfy { $0.hasPrefix("done:") }, "\(ledger)")
        let canonical = Set(got.keys.filter { $0.hasPrefix("records/") }.map { $0.dropFirst(8) })
        let reprints = Set(got.keys.filter { $0.hasPrefix("duplicates/") }.map { $0.dropFirst(11) })
        #expect(canonical.isDisjoint(with: reprints))
    }
}
