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
    /// The journal file of the one worker, once it names `input` as being read.
    private func waitUntilReading(_ input: String, in sandbox: DaemonSandbox) -> Bool {
        let folder = sandbox.quarantine.appendingPathComponent(".assay-reading")
        return Wait.until(timeout: 60) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { $0.hasSuffix(".worker-0") }.contains { name in
                ((try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? "").contains(input)
            }
        }
    }

    @Test func anInputReadAtTwoCrashesIsQuarantinedAndTheInputsBesideItAreRead() throws {
        let sandbox = try DaemonSandbox(extra: "workers = 1\nsettle_seconds = 0")
        let slow = DaemonLifecycleTests.page("Slow page", bytes: 4_000_000) { index in
            "<div class=\"c\(index % 40)\"><span>cell</span> <span>\(index)</span> <b>plant</b> <i>output</i></div>\n"
        }
        try sandbox.moveIn(slow, as: "a-slow.html")
        try sandbox.copyIn(try Fixtures.seed("003"), as: "b-good.txt")
        let environment = ["SWIFT_BACKTRACE": "enable=no"]

        // First crash: both inputs are in the worker's chunk.
        let first = try DaemonProcess(config: sandbox.config, environment: environment)
        #expect(waitUntilReading("b-good.txt", in: sandbox) && waitUntilReading("a-slow.html", in: sandbox))
        first.signal(SIGILL)
        #expect(first.waitForExit(timeout: 60) != 0)

        // Second crash: the inputs of the first are read one at a time, the slow page first.
        let second = try DaemonProcess(config: sandbox.config, environment: environment)
        #expect(second.waitForLine { ($0["msg"] as? String)?.hasPrefix("the daemon crashed while reading") == true })
        let told = second.logEntries.first { ($0["msg"] as? String)?.hasPrefix("the daemon crashed while reading") == true }
        #expect(Set(told?["inputs"] as? [String] ?? []).map { ($0 as NSString).lastPathComponent }.sorted() == ["a-slow.html", "b-good.txt"])
        #expect(waitUntilReading("a-slow.html", in: sandbox))
        let chunk = try String(
            contentsOf: try #require(try FileManager.default.contentsOfDirectory(
                at: sandbox.quarantine.appendingPathComponent(".assay-reading"), includingPropertiesForKeys: nil
            ).first { $0.lastPathComponent.hasSuffix(".worker-0") }), encoding: .utf8)
        #expect(!chunk.contains("b-good.txt"), "read alone: \(chunk)")
        second.signal(SIGILL)
        #expect(second.waitForExit(timeout: 60) != 0)

        // The third start quarantines the page without reading it, and reads the other input.
        let third = try DaemonProcess(config: sandbox.config, arguments: ["--exit-when-idle"], environment: environment)
        #expect(third.waitForExit(timeout: 120) == 0, "\(third.lines.suffix(5))")
        let outcomes = DaemonRunTests.outcomes(third)
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
    }
}
