import AssayCore
import AssayDaemon
import Foundation

/// Single-core extraction throughput over real files: each round processes every file once;
/// docs/s and MB/s are medians over rounds, latency percentiles are over all documents.
enum ThroughputBenchmark {
    static func run(paths: [String], rounds: Int = 7) {
        var files: [(name: String, bytes: [UInt8])] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let names = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(path)/\($0)" }
                : [path]
            for name in names {
                if let data = FileManager.default.contents(atPath: name) { files.append((name, [UInt8](data))) }
            }
        }
        guard !files.isEmpty else {
            print("no input files found in \(paths)")
            return
        }
        let pipeline = ArticlePipeline(classifier: try? IndustryClassifier(taxonomy: TaxonomyFile.builtIn))
        let totalBytes = files.reduce(0) { $0 + $1.bytes.count }
        var docsPerSecond: [Double] = []
        var megabytesPerSecond: [Double] = []
        var latencies: [Double] = []
        for _ in 0..<rounds {
            let roundStart = ContinuousClock.now
            for file in files {
                let input = InputDocument(bytes: file.bytes, path: file.name, receivedAt: "2026-01-01T00:00:00Z")
                let start = ContinuousClock.now
                _ = pipeline.process(input, ingestedAt: "2026-01-01T00:00:00Z")
                latencies.append((ContinuousClock.now - start).seconds)
            }
            let elapsed = (ContinuousClock.now - roundStart).seconds
            docsPerSecond.append(Double(files.count) / elapsed)
            megabytesPerSecond.append(Double(totalBytes) / 1_048_576 / elapsed)
        }
        print("files \(files.count) (\(totalBytes) bytes), \(rounds) rounds, single core")
        Stats.report(docsPerSecond: docsPerSecond, megabytesPerSecond: megabytesPerSecond, latencies: latencies, unit: .milliseconds)
    }
}
