import AssayTestSupport
import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Signals, reloads, systemd notifications and bad configs, on the real binary.
@Suite(.serialized) struct DaemonLifecycleTests {
    @Test func sigtermDuringABacklogExitsZeroAndARestartLosesNothing() throws {
        let sandbox = try DaemonSandbox(extra: "grace_period = 10\nworkers = 2")
        var generator = try CorpusGenerator(seed: 7)
        let files = generator.files(count: 400)
        for file in files { try sandbox.moveIn(file.bytes, as: file.name) }
        let first = try DaemonProcess(config: sandbox.config)
        #expect(first.waitForLine { $0["outcome"] != nil })
        first.signal(SIGTERM)
        #expect(first.waitForExit(timeout: 60) == 0)
        #expect(first.entries(message: "assay stopped").count == 1)
        let done = DaemonRunTests.outcomes(first).count
        #expect(done < files.count, "the backlog should not have been finished before SIGTERM")

        let second = try DaemonProcess(config: sandbox.config, arguments: ["--exit-when-idle"])
        #expect(second.waitForExit(timeout: 120) == 0)
        let outcomes = DaemonRunTests.outcomes(first).merging(DaemonRunTests.outcomes(second)) { a, _ in a }
        #expect(DaemonRunTests.outcomes(first).count + DaemonRunTests.outcomes(second).count == files.count)
        #expect(Set(outcomes.keys) == Set(files.map(\.name)))
        #expect(sandbox.names(sandbox.inbox).isEmpty)
        #expect(sandbox.names(sandbox.archive).count == files.count)
    }

    @Test func sighupReloadsTheTaxonomyAndABrokenConfigKeepsTheRunningOne() throws {
        let sandbox = try DaemonSandbox()
        let taxonomy = sandbox.root.appendingPathComponent("industries.toml")
        let shipped = try String(contentsOf: Fixtures.taxonomyFile, encoding: .utf8)
        try Data(shipped.utf8).write(to: taxonomy)
        try sandbox.writeConfig(extra: "taxonomy = \"industries.toml\"")
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine { $0["msg"] as? String == "assay started" })
        let story = Array("""
            Hydrogen trucks reach the port

            The port authority said on Monday that fifty hydrogen fuel cell trucks and two new electrolyzer \
            plants will serve the container terminal, with green hydrogen produced by electrolysis on site. \
            The electrolyzer maker expects hydrogen demand to double.

            Officials said the hydrogen refuelling stations open next year, and more electrolyzer capacity is planned.
            """.utf8)
        try sandbox.moveIn(story, as: "before.txt")
        #expect(daemon.waitForLine { ($0["input"] as? String)?.hasSuffix("before.txt") == true && $0["msg"] as? String == "record written" })
        #expect(DaemonRunTests.outcomes(daemon)["before.txt"]?["industry"] as? String == "none")

        let hydrogen = """

            [[industry]]
            id = "hydrogen"
            name = "Hydrogen"
            [[industry.terms]]
            weight = 3.0
            terms = ["hydrogen", "electrolyzer", "氢能"]
            """
        try Data((shipped + hydrogen).utf8).write(to: taxonomy)
        daemon.signal(SIGHUP)
        #expect(daemon.waitForLine { $0["msg"] as? String == "configuration reloaded" })
        let another = Array("""
            Steelmaker orders electrolyzers for a hydrogen plant

            A northern steelmaker signed a contract for forty megawatts of electrolyzer stacks, the company said, \
            to make hydrogen for direct reduction of iron ore at its mill from 2028.

            The hydrogen plant will run on wind power; the electrolyzer supplier will also service the stacks.
            """.utf8)
        try sandbox.moveIn(another, as: "after.txt")
        #expect(daemon.waitForLine { ($0["input"] as? String)?.hasSuffix("after.txt") == true })
        let after = try #require(DaemonRunTests.outcomes(daemon)["after.txt"])
        let record = try sandbox.records()["\(after["article_id"] as? String ?? "").json"]
        #expect(record?["primary_industry"] as? String == "hydrogen", "\(after)")

        try Data("inbox = \"inbox\"\nworkerz = 3\n".utf8).write(to: sandbox.config)
        daemon.signal(SIGHUP)
        #expect(daemon.waitForLine { $0["msg"] as? String == "configuration refused; keeping the running one" })
        let refusal = daemon.entries(message: "configuration refused; keeping the running one").first?["problem"] as? String
        #expect(refusal?.contains("workerz") == true, "\(refusal ?? "")")
        try sandbox.copyIn(try Fixtures.seed("003"), as: "later.txt")
        #expect(daemon.waitForLine { ($0["input"] as? String)?.hasSuffix("later.txt") == true && $0["msg"] as? String == "record written" })
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func systemdSeesReadyStatusWatchdogReloadingAndStopping() throws {
        let sandbox = try DaemonSandbox()
        let listener = try NotifyListener(path: sandbox.root.appendingPathComponent("notify.sock").path)
        let daemon = try DaemonProcess(
            config: sandbox.config, environment: ["NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "1000000"])
        #expect(listener.waitFor { $0.contains("READY=1") })
        #expect(listener.waitFor { $0.hasPrefix("STATUS=") })
        #expect(listener.waitFor { $0 == "WATCHDOG=1" })
        daemon.signal(SIGHUP)
        #expect(listener.waitFor { $0.hasPrefix("RELOADING=1") && $0.contains("MONOTONIC_USEC=") })
        daemon.signal(SIGTERM)
        #expect(listener.waitFor { $0 == "STOPPING=1" })
        #expect(daemon.waitForExit() == 0)
        let messages = listener.messages
        let ready = try #require(messages.firstIndex { $0.contains("READY=1") })
        let stopping = try #require(messages.firstIndex(of: "STOPPING=1"))
        #expect(ready < stopping)
    }

    /// A generated page of at least `bytes` bytes: a headline, then `block(index)` for index 0, 1, 2…
    static func page(_ title: String, bytes: Int, block: (Int) -> String) -> [UInt8] {
        var html = "<html><head><title>\(title)</title></head><body><h1>\(title)</h1>"
        var index = 0
        while html.utf8.count < bytes {
            html += block(index)
            index += 1
        }
        return Array((html + "</body></html>").utf8)
    }

    /// Pages that take seconds each to parse, on every worker at once, never starve the heartbeat:
    /// the pipeline runs on threads of its own, and systemd hears WATCHDOG=1 within its deadline.
    @Test func largePagesOnEveryWorkerNeverStarveTheWatchdog() throws {
        let sandbox = try DaemonSandbox(extra: "workers = 2")
        let listener = try NotifyListener(path: sandbox.root.appendingPathComponent("notify.sock").path)
        let daemon = try DaemonProcess(
            config: sandbox.config, environment: ["NOTIFY_SOCKET": listener.path, "WATCHDOG_USEC": "2000000"])
        #expect(listener.waitFor { $0 == "WATCHDOG=1" })
        let words = ["lithium", "cell", "plant", "line", "capacity", "the", "of", "and", "battery", "pack", "output", "rose"]
        for page in 0..<4 {
            let html = Self.page("Big page \(page)", bytes: 3_000_000) { index in
                let sentence = (0..<80).map { words[($0 * 7 + index * 13 + page) % words.count] }.joined(separator: " ")
                return "<div class=\"c\(index % 40)\"><p>\(sentence).</p><a href=\"/x\(index)\">link \(index)</a></div>\n"
            }
            try sandbox.moveIn(html, as: "big-\(page).html")
        }
        // Read the notify socket the whole time, so each keep-alive is timed as it arrives.
        // The pages say much the same, so some are recorded as duplicates: either is an outcome.
        let outcomes = { daemon.entries(message: "record written").count + daemon.entries(message: "duplicate").count }
        let deadline = ContinuousClock.now + .seconds(120)
        while outcomes() < 4, ContinuousClock.now < deadline {
            _ = listener.waitFor(timeout: 0.5) { _ in false }
        }
        #expect(outcomes() == 4, "\(daemon.lines.suffix(5))")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        let pings = listener.arrivals(of: "WATCHDOG=1")
        let gaps = zip(pings, pings.dropFirst()).map { pair in
            let gap = pair.1 - pair.0
            return Double(gap.components.seconds) + Double(gap.components.attoseconds) / 1e18
        }
        #expect(pings.count >= 3)
        #expect(gaps.allSatisfy { $0 < 2.0 }, "gaps between keep-alives: \(gaps)")
    }

    /// SIGTERM while a page takes longer than the grace period: exit 0 at the end of the grace
    /// period (not a trap), and the unfinished page stays in the inbox for the next start.
    @Test func aStopDuringALongInputExitsCleanlyAndLeavesItInTheInbox() throws {
        let sandbox = try DaemonSandbox(extra: "workers = 1\ngrace_period = 1")
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine { $0["msg"] as? String == "assay started" })
        let html = Self.page("Long page", bytes: 12_000_000) { index in
            "<div class=\"c\(index % 40)\"><p>Line \(index) of a long page about cell plants and their output.</p><a href=\"/x\(index)\">\(index)</a></div>\n"
        }
        try sandbox.moveIn(html, as: "long.html")
        #expect(daemon.waitForLine { $0["msg"] as? String == "summary" && $0["in_flight"] as? Int == 1 })
        let stop = ContinuousClock.now
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit(timeout: 20) == 0, "\(daemon.standardError.suffix(300))")
        #expect(ContinuousClock.now - stop < .seconds(8))
        #expect(daemon.entries(message: "record written").isEmpty)
        #expect(sandbox.names(sandbox.inbox) == ["long.html"])
    }

    /// A page that takes longer than `max_process_seconds` is quarantined `too_slow` with its
    /// reason, and the one worker goes on to the next input.
    @Test func anInputPastItsTimeBudgetIsQuarantinedTooSlowAndTheWorkerGoesOn() throws {
        let sandbox = try DaemonSandbox(extra: "workers = 1\nmax_process_seconds = 0.2")
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine { $0["msg"] as? String == "assay started" })
        let html = Self.page("Slow page", bytes: 4_000_000) { index in
            "<div class=\"c\(index % 40)\"><span>cell</span> <span>\(index)</span> <b>plant</b> <i>output</i></div>\n"
        }
        try sandbox.moveIn(html, as: "slow.html")
        try sandbox.copyIn(try Fixtures.seed("003"), as: "good.txt")
        #expect(Wait.until(timeout: 120) { daemon.entries(message: "record written").count == 1 })
        let slow = DaemonRunTests.outcomes(daemon)["slow.html"]
        #expect(slow?["reason"] as? String == "too_slow", "\(daemon.lines.suffix(4))")
        let reasonFile = sandbox.quarantine.appendingPathComponent("slow.html.reason.json")
        let saved = try JSONSerialization.jsonObject(with: Data(contentsOf: reasonFile)) as? [String: Any]
        #expect(saved?["reason"] as? String == "too_slow")
        #expect((saved?["message"] as? String)?.contains("max_process_seconds") == true)
        #expect(sandbox.names(sandbox.inbox).isEmpty)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func aBadConfigNamesTheKeyAndExits78() throws {
        let folder = try TemporaryFolder()
        let cases: [(String, String)] = [
            ("inbox = \"inbox\"\noutput = \"o\"\narchive = \"a\"\nquarantine = \"q\"\nstate = \"s.db\"\nworkerz = 2\n", "workerz"),
            ("inbox = \"inbox\"\noutput = \"o\"\narchive = \"a\"\nquarantine = \"q\"\nstate = \"s.db\"\nworkers = \"two\"\n", "workers"),
            ("inbox = \"nowhere\"\noutput = \"o\"\narchive = \"a\"\nquarantine = \"q\"\nstate = \"s.db\"\n", "inbox"),
            ("inbox = \"inbox\"\noutput = \"o\"\narchive = \"a\"\nquarantine = \"q\"\n", "state"),
            ("inbox = \"inbox\"\noutput = \"o\"\narchive = \"a\"\nquarantine = \"q\"\nstate = \"s.db\"\nduplicates = \"keep\"\n", "duplicates"),
            ("inbox = \"inbox\"\noutput = \"o\"\narchive = \"inbox/done\"\nquarantine = \"q\"\nstate = \"s.db\"\n", "archive"),
        ]
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("inbox"), withIntermediateDirectories: true)
        for (text, key) in cases {
            let config = try folder.file("assay.toml", Array(text.utf8))
            for command in [["check-config"], ["run"]] {
                let result = try AssayProcess.run(command + ["--config", config.path])
                #expect(result.status == 78, "\(command) \(key): \(result.stderr)")
                #expect(result.stderr.contains("assay.toml:") && result.stderr.contains(key), "\(key): \(result.stderr)")
            }
        }
        let good = try folder.file("good.toml", Array("inbox = \"inbox\"\noutput = \"o\"\narchive = \"a\"\nquarantine = \"q\"\nstate = \"s.db\"\n".utf8))
        let checked = try AssayProcess.run(["check-config", "--config", good.path])
        #expect(checked.status == 0, "\(checked.stderr)")
        let overridden = try AssayProcess.run(["check-config", "--config", good.path], environment: ["ASSAY_WORKERS": "lots"])
        #expect(overridden.status == 78)
        #expect(overridden.stderr.contains("ASSAY_WORKERS"))
        let applied = try AssayProcess.run(["check-config", "--config", good.path], environment: ["ASSAY_WORKERS": "3"])
        #expect(applied.stdout.contains("workers = 3"))
    }
}

/// A datagram socket standing in for systemd's notify socket.
final class NotifyListener: Sendable {
    let path: String
    private let descriptor: Int32

    init(path: String) throws {
        self.path = path
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { throw FixtureError(message: "cannot bind \(path): errno \(errno)") }
        var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    private let received = ReceivedMessages()

    var messages: [String] { received.all }
    func arrivals(of text: String) -> [ContinuousClock.Instant] { received.arrivals(of: text) }

    /// Reads datagrams until one satisfies `condition` or the timeout passes.
    func waitFor(timeout: Double = 15, _ condition: (String) -> Bool) -> Bool {
        if received.all.contains(where: condition) { return true }
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            guard count > 0 else { continue }
            let message = String(decoding: buffer[..<count], as: UTF8.self)
            received.append(message)
            if condition(message) { return true }
        }
        return false
    }

    deinit {
        close(descriptor)
        unlink(path)
    }
}


final class ReceivedMessages: Sendable {
    private let messages = Mutex<[(at: ContinuousClock.Instant, text: String)]>([])
    var all: [String] { messages.withLock { $0.map(\.text) } }
    /// When each message with this text arrived.
    func arrivals(of text: String) -> [ContinuousClock.Instant] { messages.withLock { $0.filter { $0.text == text }.map(\.at) } }
    func append(_ message: String) { messages.withLock { $0.append((ContinuousClock.now, message)) } }
}
