import AssayTestSupport
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Fetch-and-process throughput: a loopback server serves one RSS feed of `pages` items, each a
/// generated HTML article (2–8 KB); the release `assay run` with 8 concurrent fetches (8 per host)
/// drains it. Prints pages/s end to end and the per-page fetch latency (the added cost of a page over a
/// dropped file), from the daemon's debug log.
enum FetchBenchmark {
    static func run(pages: Int, binary: String) {
        do { try measure(pages: pages, binary: binary) } catch { print("fetch benchmark failed: \(error)") }
    }

    private static func measure(pages: Int, binary: String) throws {
        var generator = try CorpusGenerator(seed: 11, paragraphs: 8...30)
        var bodies: [String: [UInt8]] = [:]
        for (index, file) in generator.files(count: pages).enumerated() {
            let text = String(decoding: file.bytes, as: UTF8.self)
            let html = file.name.hasSuffix(".html")
                ? text
                : "<html><head><title>\(text.prefix { $0 != "\n" })</title></head><body><article>"
                    + text.components(separatedBy: "\n\n").map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
            bodies["/p/\(index)"] = Array(html.utf8)
        }
        let served = bodies
        let feedBody = Mutex<[UInt8]>([])
        let server = try LoopbackHTTPServer { request in
            if request.path == "/feed.xml" { return .init(headers: ["Content-Type": "application/rss+xml"], body: feedBody.withLock { $0 }) }
            guard let body = served[request.path] else { return .init(status: 404) }
            return .init(headers: ["Content-Type": "text/html; charset=utf-8"], body: body)
        }
        let items = (0..<pages).map { "<item><title>\($0)</title><link>\(server.url("/p/\($0)"))</link><guid>g\($0)</guid></item>" }
        feedBody.withLock { $0 = Array("<rss version=\"2.0\"><channel><title>bench</title>\(items.joined())</channel></rss>".utf8) }

        let (root, config) = try DrainBenchmark.sandbox("fetch", extra: """
            log_level = "debug"

            [fetch]
            concurrency = 8
            per_host = 8
            allow_private = true

            [[sources]]
            url = "\(server.url("/feed.xml"))"
            interval = "1h"
            """)
        defer { if ProcessInfo.processInfo.environment["ASSAY_BENCH_KEEP"] == nil { try? FileManager.default.removeItem(at: root) } }
        let log = root.appendingPathComponent("log.jsonl")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["run", "--config", config.path, "--exit-when-idle"]
        process.standardOutput = FileHandle(forWritingAtPath: log.path)
        let start = ContinuousClock.now
        try process.run()
        process.waitUntilExit()
        let seconds = (ContinuousClock.now - start).seconds
        server.stop()
        var latencies: [Double] = []
        var records = 0
        for line in ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            if object["msg"] as? String == "page fetched", let ms = object["duration_ms"] as? Double { latencies.append(ms) }
            if object["msg"] as? String == "record written" || object["msg"] as? String == "duplicate" { records += 1 }
        }
        print(String(format: "fetch %d pages (8 concurrent): %.0f pages/s end to end, wall %.2f s, %d recorded | page fetch p50 %.1f ms  p99 %.1f ms",
            pages, Double(pages) / seconds, seconds, records, Stats.median(latencies), Stats.percentile(latencies, 0.99)))
    }
}
