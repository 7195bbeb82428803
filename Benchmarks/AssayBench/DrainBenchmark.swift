import AssayTestSupport
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The daemon as users run it (`assay run`, the release binary as a child process):
/// - drain: a backlog of generated files (txt and html, 2–8 KB, ~20% reprints, ~10% exact copies)
///   processed with durability on: docs/s, CPU time per document, peak RSS;
/// - idle latency: files dropped one at a time into a running daemon: discovery-to-durable p50/p99.
enum DrainBenchmark {
    static func run(count: Int, idleFiles: Int, binary: String) {
        do {
            try drain(count: count, binary: binary)
            if idleFiles > 0 { try idleLatency(files: idleFiles, binary: binary) }
        } catch {
            print("drain benchmark failed: \(error)")
        }
    }

    /// A fresh folder (in the temp folder, or in `parent`) with an inbox and a config of the five
    /// folders, JSON logs, and `extra` lines.
    static func sandbox(_ name: String, in parent: URL? = nil, extra: String = "queue_size = 256", state: String = "assay.sqlite") throws
        -> (root: URL, config: URL)
    {
        let root = (parent ?? URL(fileURLWithPath: NSTemporaryDirectory())).appendingPathComponent("assay-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("inbox"), withIntermediateDirectories: true)
        let config = root.appendingPathComponent("assay.toml")
        try Data("""
            inbox = "inbox"
            output = "records"
            archive = "archive"
            quarantine = "quarantine"
            state = "\(state)"
            log_format = "json"
            \(extra)
            """.utf8).write(to: config)
        return (root, config)
    }

    private static func drain(count: Int, binary: String) throws {
        let (root, config) = try sandbox("drain")
        defer { try? FileManager.default.removeItem(at: root) }
        var generator = try CorpusGenerator(seed: 42, paragraphs: 8...30)
        let files = generator.files(count: count)
        let staging = root.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        var bytes = 0
        for file in files {
            try Data(file.bytes).write(to: staging.appendingPathComponent(file.name))
            bytes += file.bytes.count
        }
        for file in files {
            try FileManager.default.moveItem(
                at: staging.appendingPathComponent(file.name), to: root.appendingPathComponent("inbox/\(file.name)"))
        }
        let before = Stats.childCPUSeconds()
        let start = ContinuousClock.now
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["run", "--config", config.path, "--exit-when-idle"]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        // The child's own peak (VmHWM), read while it runs: getrusage's figure for children also counts
        // this process's memory, shared with the child between spawn and exec.
        var peakKiB = 0
        var afterKiB = 0
        // RSS every 0.1 s: whether memory stays flat through the drain or grows with what was done.
        var samplesKiB: [Int] = []
        while process.isRunning {
            if let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8) {
                for line in status.split(separator: "\n") {
                    let fields = line.split(separator: " ", omittingEmptySubsequences: true)
                    if line.hasPrefix("VmHWM:"), fields.count >= 2 { peakKiB = max(peakKiB, Int(fields[1]) ?? 0) }
                    if line.hasPrefix("VmRSS:"), fields.count >= 2, let rss = Int(fields[1]) {
                        afterKiB = rss
                        samplesKiB.append(rss)
                    }
                }
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        let quarters = [0.25, 0.5, 0.75, 1].map { share in
            samplesKiB.isEmpty ? 0 : Double(samplesKiB[min(samplesKiB.count - 1, Int(Double(samplesKiB.count) * share))]) / 1024
        }
        process.waitUntilExit()
        let seconds = (ContinuousClock.now - start).seconds
        let cpu = Stats.childCPUSeconds() - before
        let records = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("records").path).count) ?? 0
        print(String(format: "drain %d files (%.1f MB): %.0f docs/s, %.3f ms CPU/doc, wall %.2f s, peak RSS %.1f MiB, RSS at 1/4, 1/2, 3/4 of the drain and at the end %.1f, %.1f, %.1f, %.1f MiB, exit %d, %d records  [issue 16: peak <= 100 MiB at 100,000 files, flat]",
            count, Double(bytes) / 1e6, Double(count) / seconds, cpu / Double(count) * 1000, seconds,
            Double(peakKiB) / 1024, quarters[0], quarters[1], quarters[2], Double(afterKiB) / 1024, process.terminationStatus, records - 1))
    }

    private static func idleLatency(files: Int, binary: String) throws {
        let (root, config) = try sandbox("idle")
        defer { try? FileManager.default.removeItem(at: root) }
        let log = root.appendingPathComponent("log.jsonl")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["run", "--config", config.path]
        process.standardOutput = FileHandle(forWritingAtPath: log.path)
        try process.run()
        Thread.sleep(forTimeInterval: 0.5)
        var generator = try CorpusGenerator(seed: 7, paragraphs: 8...30)
        for file in generator.files(count: files) {
            try Data(file.bytes).write(to: root.appendingPathComponent("inbox/\(file.name)"))
            Thread.sleep(forTimeInterval: 0.05)
        }
        Thread.sleep(forTimeInterval: 1)
        process.terminate()
        process.waitUntilExit()
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let latencies = text.split(separator: "\n").compactMap { line -> Double? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                object["input"] != nil else { return nil }
            return object["total_ms"] as? Double
        }
        print(String(format: "idle latency over %d files (close to durable record): p50 %.1f ms  p99 %.1f ms  max %.1f ms  [issue 16: p99 <= 20 ms]",
            latencies.count, Stats.median(latencies), Stats.percentile(latencies, 0.99), latencies.max() ?? 0))
    }
}
