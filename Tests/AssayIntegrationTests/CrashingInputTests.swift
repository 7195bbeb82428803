import AssayTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// An input that crashes the daemon must not crash it at every restart. The crash here is a fault
/// signal (SIGILL, what a Swift trap raises) sent to the real daemon while its journal shows the
/// input being read: from the daemon's side the same as a trap in the pipeline.
@Suite(.serialized) struct CrashingInputTests {
    /// What each worker's journal file says it is reading now.
    private func reading(in sandbox: DaemonSandbox) -> [String] {
        let folder = sandbox.quarantine.appendingPathComponent(".assay-reading")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.contains(".worker-") }.sorted().map { name in
            (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
    }

    /// Crashes the daemon (SIGILL) as soon as its journal names every one of `inputs` as being read:
    /// a page takes a second or more to read, the journal is looked at every 5 ms. (Only once it has
    /// started: before, the files still say what the last run was reading.)
    private func crash(_ daemon: DaemonProcess, whileReading inputs: [String], in sandbox: DaemonSandbox) {
        #expect(daemon.waitForLine { $0["msg"] as? String == "assay started" })
        let seen = Wait.until(timeout: 60, interval: 0.005) {
            inputs.allSatisfy { input in reading(in: sandbox).contains { $0.contains(input) } }
        }
        #expect(seen, "never saw \(inputs) read together: \(reading(in: sandbox))")
        daemon.signal(SIGILL)
        #expect(daemon.waitForExit(timeout: 60) != 0)
    }

    /// The inputs the daemon says were being read at the last crash (the names only).
    private func toldCrashed(_ daemon: DaemonProcess) -> [String]? {
        let told = daemon.logEntries.first { ($0["msg"] as? String)?.hasPrefix("the daemon crashed while reading") == true }
        return (told?["inputs"] as? [String])?.map { ($0 as NSString).lastPathComponent }.sorted()
    }

    private static let slowPage = DaemonLifecycleTests.page("Slow page", bytes: 3_000_000) { index in
        "<div class=\"c\(index % 40)\"><span>cell</span> <span>\(index)</span> <b>plant</b> <i>output</i></div>\n"
    }

    @Test func anInputReadAtTwoCrashesIsQuarantinedAndTheInputsBesideItAreRead() throws {
        let sandbox = try DaemonSandbox(extra: "workers = 1\nsettle_seconds = 0")
        let slow = Self.slowPage
        try sandbox.moveIn(slow, as: "a-slow.html")
        try sandbox.copyIn(try Fixtures.seed("003"), as: "b-good.txt")
        let environment = ["SWIFT_BACKTRACE": "enable=no"]

        // First crash: the page is being read (the other input may be in its chunk, or wait).
        let first = try DaemonProcess(config: sandbox.config, environment: environment)
        crash(first, whileReading: ["a-slow.html"], in: sandbox)

        // Second crash: the inputs of the first are read one at a time, the page alone.
        let second = try DaemonProcess(config: sandbox.config, environment: environment)
        crash(second, whileReading: ["a-slow.html"], in: sandbox)
        #expect(toldCrashed(second)?.contains("a-slow.html") == true)

        // The third start quarantines the page without reading it, and reads the other input (if the
        // second start did not already).
        let third = try DaemonProcess(config: sandbox.config, arguments: ["--exit-when-idle"], environment: environment)
        #expect(third.waitForExit(timeout: 120) == 0, "\(third.lines.suffix(5))")
        #expect(toldCrashed(third) == ["a-slow.html"], "read alone at the second crash")
        let outcomes = DaemonRunTests.outcomes(second).merging(DaemonRunTests.outcomes(third)) { $1 }
        #expect(outcomes["a-slow.html"]?["reason"] as? String == "crashed_daemon", "\(third.lines.suffix(5))")
        #expect(outcomes["b-good.txt"]?["outcome"] as? String == "recorded", "\(third.lines.suffix(5))")
        let reason = try JSONSerialization.jsonObject(
            with: Data(contentsOf: sandbox.quarantine.appendingPathComponent("a-slow.html.reason.json"))) as? [String: Any]
        #expect((reason?["message"] as? String)?.contains("crashed 2 times") == true, "\(reason ?? [:])")
        #expect(sandbox.names(sandbox.archive) == ["b-good.txt"])
        #expect(sandbox.names(sandbox.inbox).isEmpty)
        #expect(try sandbox.records().count == 1)

        // Moved back unchanged, this version refuses it again at once.
        try sandbox.moveIn(slow, as: "a-slow-again.html")
        let fourth = try DaemonProcess(config: sandbox.config, arguments: ["--exit-when-idle"], environment: environment)
        #expect(fourth.waitForExit(timeout: 60) == 0)
        #expect(DaemonRunTests.outcomes(fourth)["a-slow-again.html"]?["reason"] as? String == "crashed_daemon")

        // With the tally gone (as after an upgrade), the same bytes are read again: the ledger kept
        // the refusal under a key of this version's, not under the bytes' own.
        let folder = sandbox.quarantine.appendingPathComponent(".assay-reading")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".crashes") {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        try sandbox.moveIn(slow, as: "a-slow-third.html")
        // (Read, it is given up quickly as too slow: what matters is that it was read.)
        let quick = environment.merging(["ASSAY_MAX_PROCESS_SECONDS": "0.2"]) { $1 }
        let fifth = try DaemonProcess(config: sandbox.config, arguments: ["--exit-when-idle"], environment: quick)
        #expect(fifth.waitForExit(timeout: 120) == 0)
        #expect(DaemonRunTests.outcomes(fifth)["a-slow-third.html"]?["reason"] as? String == "too_slow", "\(fifth.lines.suffix(3))")
    }

    /// With two workers, inputs read at a crash are read one at a time in the whole daemon: the
    /// second crash is charged to the page being read then, not also to one the other worker read.
    @Test func inputsReadAtACrashAreReadOneAtATimeAcrossWorkers() throws {
        let sandbox = try DaemonSandbox(extra: "workers = 2\nsettle_seconds = 0")
        try sandbox.moveIn(Self.slowPage, as: "a-slow.html")
        try sandbox.moveIn(Self.slowPage + Array("<p>Another copy.</p>".utf8), as: "b-slow.html")
        let environment = ["SWIFT_BACKTRACE": "enable=no"]

        let first = try DaemonProcess(config: sandbox.config, environment: environment)
        crash(first, whileReading: ["a-slow.html", "b-slow.html"], in: sandbox)

        // Both pages are suspects now, one per worker; the second crash finds one of them being read.
        let second = try DaemonProcess(config: sandbox.config, environment: environment)
        crash(second, whileReading: ["slow.html"], in: sandbox)
        #expect(toldCrashed(second) == ["a-slow.html", "b-slow.html"])

        // (The other page is read, and given up quickly as too slow.)
        let quick = environment.merging(["ASSAY_MAX_PROCESS_SECONDS": "0.2"]) { $1 }
        let third = try DaemonProcess(config: sandbox.config, arguments: ["--exit-when-idle"], environment: quick)
        #expect(third.waitForExit(timeout: 120) == 0, "\(third.lines.suffix(5))")
        let crashedOn = try #require(toldCrashed(third), "\(third.lines.prefix(5))")
        #expect(crashedOn.count == 1, "one page at a time: \(crashedOn)")
        let outcomes = DaemonRunTests.outcomes(third)
        #expect(outcomes[crashedOn[0]]?["reason"] as? String == "crashed_daemon", "\(third.lines.suffix(5))")
        let other = crashedOn[0] == "a-slow.html" ? "b-slow.html" : "a-slow.html"
        #expect(outcomes[other]?["reason"] as? String == "too_slow", "\(third.lines.suffix(5))")
        #expect(sandbox.names(sandbox.inbox).isEmpty)
    }
}
