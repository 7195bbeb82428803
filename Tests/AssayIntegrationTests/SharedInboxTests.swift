import AssayPostgres
import AssayTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Several daemons polling one inbox on one PostgreSQL: each file claimed by one daemon, a killed
/// daemon's files taken over when its lease ends, the stories the same as one daemon's.
@Suite(.serialized) struct SharedInboxTests {
    /// The stories a run recorded: for each, the ids of its articles (canonical and duplicates). Which
    /// copy of a story is canonical depends on which daemon decided first, so only the grouping counts.
    private func stories(of sandbox: DaemonSandbox) throws -> Set<Set<String>> {
        var members: [String: Set<String>] = [:]
        for record in Array(try sandbox.records().values) + Array(try sandbox.records(in: sandbox.duplicates).values) {
            guard let id = record["id"] as? String else { continue }
            let story = (record["dedup"] as? [String: Any])?["duplicate_of"] as? String ?? id
            members[story, default: []].insert(id)
        }
        return Set(members.values)
    }

    @Test func threeDaemonsKilledTwiceEndWithOneOutcomePerInputAndTheStoriesOfOneDaemon() throws {
        var generator = try CorpusGenerator(seed: 18)
        let files = generator.files(count: 3000)
        #expect(Set(files.map(\.name)).count == files.count)

        let single = try DaemonSandbox(extra: "settle_seconds = 0")
        for file in files { try single.moveIn(file.bytes, as: file.name) }
        let singleRun = try DaemonProcess(config: single.config, arguments: ["--exit-when-idle"])
        #expect(singleRun.waitForExit(timeout: 600) == 0, "\(singleRun.standardError)")
        let expected = try stories(of: single)
        #expect(expected.count > 1500 && expected.contains { $0.count > 1 })
        // The reference itself: one outcome per input, none refused or failed.
        let singleOutcomes = singleRun.logEntries.filter { $0["outcome"] != nil }
        #expect(Set(singleOutcomes.compactMap { $0["input"] as? String }).count == files.count, "\(singleOutcomes.count) outcome lines")
        #expect(
            !singleOutcomes.contains { ["failed", "quarantined", "vanished"].contains($0["outcome"] as? String ?? "") },
            "\(singleOutcomes.filter { ["failed", "quarantined", "vanished"].contains($0["outcome"] as? String ?? "") })")

        let server = try PostgresServer()
        defer { server.stop() }
        let settings = "settle_seconds = 0\nqueue_size = 16\n[store]\nshared_inbox = true\nclaim_lease = 3\n"
        let shared = try DaemonSandbox(extra: settings, state: server.url)
        for file in files { try shared.moveIn(file.bytes, as: file.name) }
        // Three daemons (three config files: three claimants) on the same folders.
        let configs = try (0..<3).map { index -> URL in
            let config = shared.root.appendingPathComponent("assay-\(index).toml")
            try FileManager.default.copyItem(at: shared.config, to: config)
            return config
        }
        var daemons = try configs.map { try DaemonProcess(config: $0) }
        var finished: [DaemonProcess] = []
        defer { for daemon in daemons { daemon.killHard() } }
        // Kill the same daemon with -9 at about a fifth and at about half of the drain, restarting it each time.
        func allRunning() -> Bool { daemons.allSatisfy(\.isRunning) }
        for (victim, mark) in [(0, files.count / 5), (0, files.count / 2)] {
            try #require(
                Wait.until(timeout: 300, interval: 0.1) { !allRunning() || shared.names(shared.archive).count + shared.names(shared.quarantine).count >= mark }
                    && allRunning(), "\(daemons.map(\.standardError))")
            daemons[victim].killHard()
            finished.append(daemons[victim])
            daemons[victim] = try DaemonProcess(config: configs[victim])
        }
        #expect(
            Wait.until(timeout: 300, interval: 0.1) { !allRunning() || shared.names(shared.inbox).isEmpty } && allRunning(),
            "\(shared.names(shared.inbox).count) files left; \(daemons.map(\.standardError))")
        let store = try PostgresArticleStore(url: server.url)
        #expect(Wait.until(timeout: 60, interval: 0.1) { (try? store.unfinishedInputs().isEmpty) == true })
        for daemon in daemons {
            daemon.signal(SIGTERM)
            #expect(daemon.waitForExit(timeout: 30) == 0)
        }
        let runs = finished + daemons

        // Every input ended once: moved to the archive or the quarantine exactly once, its ledger row
        // done, and no daemon logged a second outcome for it (a killed one's last lines died with it).
        let moved = shared.names(shared.archive) + shared.names(shared.quarantine).filter { !$0.hasSuffix(".reason.json") }
        #expect(moved.sorted() == files.map(\.name).sorted())
        let ledger = try store.ledgerCounts()
        #expect(ledger.keys.allSatisfy { $0.hasPrefix("done:") }, "\(ledger)")
        let outcomeLines = runs.flatMap { $0.logEntries.filter { $0["outcome"] != nil } }
        var linesPerInput: [String: Int] = [:]
        for line in outcomeLines { linesPerInput[(line["input"] as? String ?? "") as String, default: 0] += 1 }
        #expect(linesPerInput.values.allSatisfy { $0 == 1 }, "\(linesPerInput.filter { $0.value > 1 }.prefix(5))")
        #expect(linesPerInput.count > files.count * 9 / 10, "\(linesPerInput.count) outcome lines")
        #expect(!outcomeLines.contains { $0["outcome"] as? String == "vanished" || $0["outcome"] as? String == "failed" })
        // Each daemon did a share of the work.
        for run in daemons { #expect(run.logEntries.contains { $0["outcome"] != nil }) }

        // No record written twice: each record file named once across the logs, and the same stories as one daemon's.
        let records = outcomeLines.flatMap { line in
            (line["records"] as? [String]) ?? (line["record"] as? String).map { [$0] } ?? []
        }
        #expect(Set(records).count == records.count)
        let got = try stories(of: shared)
        if got != expected {
            // Where each article of a differing story ended, in both runs, and what the logs said of it.
            let ids = Set(got.symmetricDifference(expected).flatMap { $0 })
            for (name, sandbox, logs) in [("shared", shared, runs.flatMap(\.logEntries)), ("single", single, singleRun.logEntries)] {
                for folder in [sandbox.output, sandbox.duplicates] {
                    for (file, record) in try sandbox.records(in: folder) where ids.contains(record["id"] as? String ?? "") {
                        Issue.record("\(name): \(folder.lastPathComponent)/\(file) dedup \(record["dedup"].map { "\($0)" }?.prefix(200) ?? "")")
                    }
                }
                for line in logs where ids.contains(where: { "\(line)".contains($0) }) { Issue.record("\(name) log: \(line)") }
            }
        }
        #expect(
            got == expected,
            "stories differ: only in the shared run \(got.subtracting(expected)), only in the single run \(expected.subtracting(got)) (of \(expected.count))")
        for folder in [shared.output, shared.duplicates, shared.archive, shared.quarantine] {
            #expect(shared.names(folder).allSatisfy { !$0.hasPrefix(".assay-tmp-") })
        }
    }

    @Test func aDaemonKilledForGoodLosesItsFilesWhenItsLeaseEndsAndAnotherFinishesThem() throws {
        var generator = try CorpusGenerator(seed: 1818)
        let files = generator.files(count: 400)
        let server = try PostgresServer()
        defer { server.stop() }
        let settings = "settle_seconds = 0\nqueue_size = 16\nworkers = 1\n[store]\nshared_inbox = true\nclaim_lease = 3\n"
        let shared = try DaemonSandbox(extra: settings, state: server.url)
        for file in files { try shared.moveIn(file.bytes, as: file.name) }
        let other = shared.root.appendingPathComponent("other.toml")
        try FileManager.default.copyItem(at: shared.config, to: other)

        let doomed = try DaemonProcess(config: shared.config)
        defer { doomed.killHard() }
        #expect(Wait.until(timeout: 120, interval: 0.1) { shared.names(shared.archive).count >= 40 })
        doomed.killHard()
        let heldAtDeath = files.count - shared.names(shared.archive).count - shared.names(shared.quarantine).count
        let store = try PostgresArticleStore(url: server.url)
        // What it held stays claimed (its lease runs on), so the next daemon starts on the other files.
        let survivor = try DaemonProcess(config: other)
        defer { survivor.killHard() }
        #expect(Wait.until(timeout: 120, interval: 0.1) { shared.names(shared.inbox).isEmpty }, "\(shared.names(shared.inbox).count) left; \(survivor.standardError)")
        #expect(Wait.until(timeout: 30, interval: 0.1) { (try? store.unfinishedInputs().isEmpty) == true })
        survivor.signal(SIGTERM)
        #expect(survivor.waitForExit(timeout: 30) == 0)

        let moved = shared.names(shared.archive) + shared.names(shared.quarantine).filter { !$0.hasSuffix(".reason.json") }
        #expect(moved.sorted() == files.map(\.name).sorted())
        let lines = (doomed.logEntries + survivor.logEntries).filter { $0["outcome"] != nil }.compactMap { $0["input"] as? String }
        #expect(Set(lines).count == lines.count)
        #expect(survivor.logEntries.filter { $0["outcome"] != nil }.count >= heldAtDeath - 16)
    }
}
