import AssayTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
#if canImport(Glibc)
    import Glibc
#endif

/// The opt-in listener of a running daemon: `/metrics` agrees with the log lines, `/health` tells
/// when the daemon cannot write its records. And the log lines answer "what happened to my file?".
@Suite(.serialized) struct MetricsAndHealthTests {
    @Test func scrapedCountersEqualTheOutcomesOfAKnownBacklog() async throws {
        let sandbox = try DaemonSandbox(extra: "metrics_listen = \"127.0.0.1:0\"")
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Fixtures.seedsFolder.path).sorted()
        for name in seeds { try sandbox.copyIn(Fixtures.seedsFolder.appendingPathComponent(name)) }
        let corpus = try FileManager.default.contentsOfDirectory(atPath: Fixtures.devCorpusFolder.path).sorted().prefix(40)
        for name in corpus { try sandbox.copyIn(Fixtures.devCorpusFolder.appendingPathComponent(name)) }
        // The same bytes again (repeated), an empty file and a binary one (quarantined).
        try sandbox.copyIn(Fixtures.seedsFolder.appendingPathComponent(seeds[0]), as: "again-\(seeds[0])")
        try sandbox.moveIn([], as: "empty.txt")
        try sandbox.moveIn([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0, 0, 0, 0], as: "program.txt")
        let total = seeds.count + corpus.count + 3

        let daemon = try DaemonProcess(config: sandbox.config)
        defer { daemon.killHard() }
        let port = try #require(Self.listeningPort(daemon), "\(daemon.standardError)")
        #expect(Wait.until(timeout: 60) { DaemonRunTests.outcomes(daemon).count == total }, "\(DaemonRunTests.outcomes(daemon).count)/\(total)")

        let (status, text) = try await Self.get(port, "/metrics")
        #expect(status == 200)
        let metrics = Self.samples(text)
        let lines = Array(DaemonRunTests.outcomes(daemon).values)
        for outcome in ["recorded", "duplicate", "repeated", "quarantined", "vanished", "ignored", "failed"] {
            let logged = lines.filter { $0["outcome"] as? String == outcome }.count
            #expect(metrics["assay_inputs_total{outcome=\"\(outcome)\"}"] == Double(logged), "\(outcome)")
        }
        #expect(metrics["assay_inputs_total{outcome=\"repeated\"}"] == 1)
        #expect(metrics["assay_rejections_total{reason=\"empty\"}"] == 1)
        #expect(metrics["assay_rejections_total{reason=\"binary\"}"] == 1)
        // One record counted per file written, by its industry; one duplicate per file in duplicates/.
        let records = try sandbox.records()
        let byIndustry = Dictionary(grouping: records.values) { $0["primary_industry"] as? String ?? "none" }
        for (industry, written) in byIndustry {
            #expect(metrics["assay_records_total{industry=\"\(industry)\"}"] == Double(written.count), "\(industry)")
        }
        let counted = metrics.filter { $0.key.hasPrefix("assay_duplicates_total{") }.values.reduce(0, +)
        #expect(counted == Double(try sandbox.records(in: sandbox.duplicates).count))
        #expect(counted > 0)
        #expect(metrics["assay_process_seconds_count"] == Double(total))
        #expect(metrics["assay_close_to_record_seconds_count"] == Double(total))
        #expect(metrics["assay_queue_depth"] == 0)
        #expect(metrics["assay_inputs_in_flight"] == 0)
        #expect(metrics["assay_backlog"] == 0)

        #expect(try await Self.get(port, "/health") == (200, "ok\n"))
        // The output folder taken by a file: nothing can be recorded, and /health says so until it is fixed.
        let moved = sandbox.root.appendingPathComponent("records.moved")
        try FileManager.default.moveItem(at: sandbox.output, to: moved)
        try Data("not a folder".utf8).write(to: sandbox.output)
        let (broken, reason) = try await Self.get(port, "/health")
        #expect(broken == 503)
        #expect(reason.contains("output folder \(sandbox.output.path)"), "\(reason)")
        try FileManager.default.removeItem(at: sandbox.output)
        try FileManager.default.moveItem(at: moved, to: sandbox.output)
        #expect(try await Self.get(port, "/health") == (200, "ok\n"))
        // A deleted duplicates/ is made again by the next batch: not a problem.
        try FileManager.default.removeItem(at: sandbox.duplicates)
        #expect(try await Self.get(port, "/health") == (200, "ok\n"))

        // A second daemon told to listen on the same port says why it cannot, and ingests all the same.
        let other = try DaemonSandbox(extra: "metrics_listen = \"127.0.0.1:\(port)\"")
        try other.copyIn(Fixtures.seedsFolder.appendingPathComponent(seeds[1]))
        let second = try DaemonProcess(config: other.config)
        defer { second.killHard() }
        #expect(second.waitForLine { $0["msg"] as? String == "metrics listener cannot start; ingestion goes on without it" })
        let refusal = try #require(second.entries(message: "metrics listener cannot start; ingestion goes on without it").first)
        #expect(refusal["reason"] as? String == "address already in use")
        #expect(refusal["address"] as? String == "127.0.0.1:\(port)")
        #expect(second.waitForLine { $0["msg"] as? String == "record written" })
        second.signal(SIGTERM)
        #expect(second.waitForExit(timeout: 20) == 0)

        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit(timeout: 20) == 0)
    }

    @Test func theListenerIsOffByDefaultAndABadAddressIsRefused() throws {
        let sandbox = try DaemonSandbox()
        let daemon = try DaemonProcess(config: sandbox.config, arguments: ["--exit-when-idle"])
        #expect(daemon.waitForExit(timeout: 30) == 0)
        #expect(daemon.entries(message: "metrics listening").isEmpty)

        try sandbox.writeConfig(extra: "metrics_listen = \"9464\"")
        let refused = try AssayProcess.run(["check-config", "--config", sandbox.config.path])
        #expect(refused.status == 78)
        #expect(refused.stderr.contains("metrics_listen"), "\(refused.stderr)")
        #expect(refused.stderr.contains("host:port"), "\(refused.stderr)")
    }

    @Test func outcomeLinesNameTheTitleTheRecordTheIndustriesAndTheTimeSpent() throws {
        let sandbox = try DaemonSandbox(extra: "log_level = \"debug\"")
        let daemon = try DaemonProcess(config: sandbox.config)
        defer { daemon.killHard() }
        #expect(daemon.waitForLine { $0["msg"] as? String == "assay started" })
        let seed = try Fixtures.seed("002")
        try sandbox.copyIn(seed)
        try sandbox.moveIn(Array("a hidden draft".utf8), as: ".draft.txt")
        try sandbox.moveIn(Array("half a download".utf8), as: "story.txt.part")
        #expect(daemon.waitForLine { $0["outcome"] != nil })
        let line = try #require(DaemonRunTests.outcomes(daemon)[seed.lastPathComponent])
        #expect(line["msg"] as? String == "record written")
        let title = try #require(line["title"] as? String)
        #expect(!title.isEmpty && title.count <= 120)
        let record = try #require(line["record"] as? String)
        let written = try #require(try sandbox.records()[(record as NSString).lastPathComponent])
        #expect(written["title"] as? String == title)
        #expect(line["industries"] as? [String] == ["sodium-ion"])
        #expect(line["moved_to"] as? String == sandbox.archive.appendingPathComponent(seed.lastPathComponent).path)
        for field in ["wait_ms", "process_ms", "total_ms"] { #expect(line[field] is Double, "\(field)") }
        let process = try #require(line["process_ms"] as? Double)
        let total = try #require(line["total_ms"] as? Double)
        #expect(process > 0 && process <= total)

        #expect(daemon.waitForLine { $0["msg"] as? String == "name skipped" && ($0["input"] as? String)?.hasSuffix(".part") == true })
        let skipped = daemon.entries(message: "name skipped")
        var reasons: [String: String] = [:]
        for entry in skipped { reasons[((entry["input"] as? String ?? "") as NSString).lastPathComponent] = entry["reason"] as? String }
        #expect(reasons[".draft.txt"] == "hidden name", "\(skipped)")
        #expect(reasons["story.txt.part"] == "partial download", "\(skipped)")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit(timeout: 20) == 0)
    }

    /// The port the daemon's listener bound, from its `metrics listening` line.
    static func listeningPort(_ daemon: DaemonProcess) -> Int? {
        guard daemon.waitForLine(timeout: 30, { $0["msg"] as? String == "metrics listening" }) else { return nil }
        return daemon.entries(message: "metrics listening").first?["port"] as? Int
    }

    static func get(_ port: Int, _ path: String) async throws -> (Int, String) {
        let url = try #require(URL(string: "http://127.0.0.1:\(port)\(path)"))
        let (data, response) = try await URLSession.shared.data(from: url)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// `name{labels} value` lines of the exposition text, by `name{labels}`.
    static func samples(_ text: String) -> [String: Double] {
        var samples: [String: Double] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else { continue }
            samples[String(line[..<space])] = value
        }
        return samples
    }
}
