import AssayCore
import AssayDaemon
import Foundation

/// Single-core extraction throughput over real files: each round processes every file once, in
/// the daemon's batches; docs/s and MB/s are medians over rounds, latency percentiles are over all
/// documents.
enum ThroughputBenchmark {
    /// The fact finder alone on the bodies the pipeline extracts from the files, many rounds: a
    /// steady loop to profile (`perf record -e cpu-clock`) and the time per body it costs.
    static func factsOnly(paths: [String], rounds: Int = rounds(default: 60)) {
        let files = read(paths)
        let pipeline = ArticlePipeline()
        let named = files.flatMap { file in
            pipeline.process(InputDocument(bytes: file.bytes, path: file.name, receivedAt: "2026-01-01T00:00:00Z"), ingestedAt: "2026-01-01T00:00:00Z")
                .compactMap { $0.article.map { (name: file.name, body: $0.body) } }
        }
        let bodies = named.map(\.body)
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
        // The bodies that cost most, each the median of its own rounds: where a slow case shows.
        let perBody = named.map { entry in
            var spent: [Double] = []
            for _ in 0..<max(3, rounds / 10) {
                let start = ContinuousClock.now
                found &+= finder.facts(in: entry.body).organizations.count
                spent.append((ContinuousClock.now - start).seconds * 1e6)
            }
            return (entry.name, entry.body.unicodeScalars.count, Stats.median(spent))
        }
        let total = perBody.reduce(0) { $0 + $1.2 }
        for (name, scalars, microseconds) in perBody.sorted(by: { $0.2 > $1.2 }).prefix(5) {
            print(
                String(
                    format: "  %.1f µs (%.1f%% of all), %d code points: %@", microseconds, microseconds / max(total, 1) * 100, scalars,
                    (name as NSString).lastPathComponent))
        }
        // In the pipeline the stages before facts push facts' tables out of the caches: each body
        // again after writing 4 MB (more than a core's L2 and a share of the L3), timed alone.
        var eviction = [UInt8](repeating: 0, count: 4 << 20)
        var cold: [Double] = []
        for round in 0..<max(1, rounds / 4) {
            var spent = Duration.zero
            for body in bodies {
                for index in stride(from: 0, to: eviction.count, by: 64) { eviction[index] &+= UInt8(truncatingIfNeeded: round) }
                let start = ContinuousClock.now
                found &+= finder.facts(in: body).organizations.count
                spent += ContinuousClock.now - start
            }
            cold.append(spent.seconds * 1e6 / Double(max(1, bodies.count)))
        }
        found &+= Int(eviction[64])  // read, so the writes are not dropped as dead
        print(
            String(
                format: "facts alone, caches cold for each body: %d rounds: median %.1f µs per body (min %.1f)",
                cold.count, Stats.median(cold), cold.min() ?? 0))
    }

    /// `ASSAY_BENCH_ROUNDS`, when set, in place of a loop's default: longer loops for a profiler.
    private static func rounds(default count: Int) -> Int {
        Int(ProcessInfo.processInfo.environment["ASSAY_BENCH_ROUNDS"] ?? "") ?? count
    }

    /// The files of `paths` (folders listed in name order), benchmark pages ungzipped.
    static func read(_ paths: [String]) -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let names = isDirectory.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(path)/\($0)" }
                : [path]
            for name in names {
                // Benchmark pages are stored gzipped (../shared/extraction-benchmark/html): read as the page.
                if name.hasSuffix(".gz") {
                    if let bytes = Gunzip.read(name) { files.append((String(name.dropLast(3)), bytes)) }
                } else if let data = FileManager.default.contents(atPath: name) {
                    files.append((name, [UInt8](data)))
                }
            }
        }
        return files
    }

    /// 31 paired rounds: single rounds on a shared VM differ by tens of percent, their median by a few.
    static func run(paths: [String], rounds: Int = rounds(default: 31)) {
        let files = read(paths)
        guard !files.isEmpty else {
            print("no input files found in \(paths)")
            return
        }
        let classifier = try? IndustryClassifier(taxonomy: TaxonomyFile.builtIn)
        let totalBytes = files.reduce(0) { $0 + $1.bytes.count }
        print("files \(files.count) (\(totalBytes) bytes), \(rounds) rounds, single core, batches of \(ArticlePipeline.batchLimit)")
        // The daemon's pipeline, then the same without facts, round by round in turn: a busy spell
        // of the machine falls on both alike, and each pair of rounds gives what facts cost.
        let pipelines = [
            ArticlePipeline(classifier: classifier, factFinder: FactFinder(gazetteer: GazetteerFile.builtIn)),
            ArticlePipeline(classifier: classifier),
        ]
        var measured = [Measurement(), Measurement()]
        for (pipeline, index) in zip(pipelines, measured.indices) { measured[index].round(files, pipeline, counted: false) }
        for _ in 0..<rounds {
            for (pipeline, index) in zip(pipelines, measured.indices) { measured[index].round(files, pipeline, counted: true) }
        }
        for (name, measurement) in zip(["with facts", "without facts"], measured) {
            print("pipeline \(name):")
            Stats.report(
                docsPerSecond: measurement.docsPerSecond, megabytesPerSecond: measurement.docsPerSecond.map { $0 * Double(totalBytes) / Double(files.count) / 1_048_576 },
                latencies: measurement.latencies, unit: .milliseconds)
            print(String(format: "CPU per document median %.3f ms", Stats.median(measurement.cpuPerDocument) * 1e3))
        }
        // CPU time, not wall time: what the target counts, and steady when the machine is shared.
        let costs = zip(measured[0].cpuPerDocument, measured[1].cpuPerDocument).map { $0 / $1 - 1 }
        print(
            String(
                format: "facts add %.1f%% to CPU per document (median of %d paired rounds; min %.1f%%, max %.1f%%; target ≤ 20%%)",
                Stats.median(costs) * 100, costs.count, (costs.min() ?? 0) * 100, (costs.max() ?? 0) * 100))
    }

    /// One pipeline's rounds: docs/s and CPU per document per round, latency per document.
    private struct Measurement {
        var docsPerSecond: [Double] = []
        var cpuPerDocument: [Double] = []
        var latencies: [Double] = []

        /// Every file once; an uncounted round warms caches and builds lazy tables.
        mutating func round(_ files: [(name: String, bytes: [UInt8])], _ pipeline: ArticlePipeline, counted: Bool) {
            let roundStart = ContinuousClock.now
            let cpuStart = Stats.threadCPUSeconds()
            // In batches, as a worker of the daemon takes a backlog: each document's latency is its batch's.
            for batch in stride(from: 0, to: files.count, by: ArticlePipeline.batchLimit) {
                let inputs = files[batch..<min(files.count, batch + ArticlePipeline.batchLimit)].map { file in
                    InputDocument(bytes: file.bytes, path: file.name, receivedAt: "2026-01-01T00:00:00Z")
                }
                let start = ContinuousClock.now
                _ = pipeline.process(inputs, ingestedAt: "2026-01-01T00:00:00Z") { _ in .unlimited }
                if counted { latencies.append(contentsOf: repeatElement((ContinuousClock.now - start).seconds, count: inputs.count)) }
            }
            guard counted else { return }
            cpuPerDocument.append((Stats.threadCPUSeconds() - cpuStart) / Double(files.count))
            docsPerSecond.append(Double(files.count) / (ContinuousClock.now - roundStart).seconds)
        }
    }
}
