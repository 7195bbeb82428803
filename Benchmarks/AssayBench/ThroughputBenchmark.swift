import AssayCore
import AssayDaemon
import Foundation

/// Single-core extraction throughput over real files: each round processes every file once;
/// docs/s and MB/s are medians over rounds, latency percentiles are over all documents.
enum ThroughputBenchmark {
    /// The fact finder alone on the bodies the pipeline extracts from the files, many rounds: a
    /// steady loop to profile (`perf record -e cpu-clock`) and the time per body it costs.
    static func factsOnly(paths: [String], rounds: Int = 60) {
        let files = read(paths)
        let pipeline = ArticlePipeline()
        let bodies = files.flatMap { file in
            pipeline.process(InputDocument(bytes: file.bytes, path: file.name, receivedAt: "2026-01-01T00:00:00Z"), ingestedAt: "2026-01-01T00:00:00Z")
                .compactMap { $0.article?.body }
        }
        let finder = FactFinder(gazetteer: GazetteerFile.builtIn)
        var microseconds: [Double] = []
        var found = 0
        for _ in 0..<rounds {
            let start = ContinuousClock.now
            for body in bodies { found &+= finder.facts(in: body).organizations.count }
            microseconds.append((ContinuousClock.now - start).seconds * 1e6 / Double(max(1, bodies.count)))
        }
        let scalars = bodies.reduce(0) { $0 + $1.unicodeScalars.count } / max(1, bodies.count)
        print(
            String(
                format: "facts alone: %d bodies (%d code points each on average), %d rounds: median %.1f µs per body (min %.1f), %d names",
                bodies.count, scalars, rounds, Stats.median(microseconds), microseconds.min() ?? 0, found / rounds))
    }

    private static func read(_ paths: [String]) -> [(name: String, bytes: [UInt8])] {
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
        return files
    }

    static func run(paths: [String], rounds: Int = 7) {
        let files = read(paths)
        guard !files.isEmpty else {
            print("no input files found in \(paths)")
            return
        }
        let classifier = try? IndustryClassifier(taxonomy: TaxonomyFile.builtIn)
        let totalBytes = files.reduce(0) { $0 + $1.bytes.count }
        print("files \(files.count) (\(totalBytes) bytes), \(rounds) rounds, single core")
        // The daemon's pipeline, then the same without facts: what reading facts costs per document.
        let withFacts = measure(files, ArticlePipeline(classifier: classifier, factFinder: FactFinder(gazetteer: GazetteerFile.builtIn)), rounds: rounds)
        let withoutFacts = measure(files, ArticlePipeline(classifier: classifier), rounds: rounds)
        print("pipeline with facts:")
        Stats.report(docsPerSecond: withFacts.docsPerSecond, megabytesPerSecond: withFacts.megabytesPerSecond, latencies: withFacts.latencies, unit: .milliseconds)
        print("pipeline without facts:")
        Stats.report(
            docsPerSecond: withoutFacts.docsPerSecond, megabytesPerSecond: withoutFacts.megabytesPerSecond, latencies: withoutFacts.latencies,
            unit: .milliseconds)
        let cost = Stats.median(withoutFacts.docsPerSecond) / Stats.median(withFacts.docsPerSecond) - 1
        print(String(format: "facts add %.1f%% to the time per document (target ≤ 20%%)", cost * 100))
    }

    private static func measure(
        _ files: [(name: String, bytes: [UInt8])], _ pipeline: ArticlePipeline, rounds: Int
    ) -> (docsPerSecond: [Double], megabytesPerSecond: [Double], latencies: [Double]) {
        let totalBytes = files.reduce(0) { $0 + $1.bytes.count }
        // One round to warm caches and build lazy tables, not counted.
        for file in files { _ = pipeline.process(InputDocument(bytes: file.bytes, path: file.name, receivedAt: "2026-01-01T00:00:00Z"), ingestedAt: "2026-01-01T00:00:00Z") }
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
        return (docsPerSecond, megabytesPerSecond, latencies)
    }
}
