import AssayTestSupport
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Assay beside the Python peer (`../shared/peer`: trafilatura + datasketch), on the same generated
/// folder in the same run: the daemon draining it (`assay run --exit-when-idle`, durable), `assay
/// ingest`, and the peer. Prints docs/s, CPU ms per document and the ratios, per run and as medians.
/// The machines are shared and noisy: the ratio within one run is the figure that means something.
/// Nothing is deleted until the last run: on ext4 without a journal (these machines), creating files
/// where many were just deleted makes the kernel skip each recently freed inode, which more than
/// doubled the daemon's system time per record in a run that followed a deletion.
enum PeerBenchmark {
    static let peerPython = "/tmp/peerenv/bin/python"

    struct Run {
        var docsPerSecond: Double
        var cpuMillisecondsPerDoc: Double
    }

    static func run(count: Int, runs: Int, binary: String, peerScript: String) {
        guard FileManager.default.isExecutableFile(atPath: peerPython), FileManager.default.fileExists(atPath: peerScript) else {
            print("peer: \(peerPython) or \(peerScript) missing; run ../shared/peer/setup.sh (needs ../shared beside the project)")
            return
        }
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("assay-peer-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus")
        guard writeCorpus(to: corpus, count: count) else { return }
        var results: [String: [Run]] = [:]
        for index in 1...runs {
            let work = root.appendingPathComponent("run\(index)")
            let daemon = drainDaemon(corpus: corpus, in: work, binary: binary, count: count)
            let ingest = measure(count: count) {
                [binary, "ingest", corpus.path, "--out", work.appendingPathComponent("ingest").path]
            }
            let peer = measure(count: count) { [peerPython, peerScript, corpus.path, work.appendingPathComponent("peer").path] }
            for (name, result) in [("daemon", daemon), ("ingest", ingest), ("peer", peer)] {
                if let result { results[name, default: []].append(result) }
            }
            if let daemon, let ingest, let peer {
                print(String(format: "run %d: daemon %.0f docs/s %.2f ms CPU/doc | ingest %.0f docs/s %.2f ms CPU/doc | peer %.0f docs/s %.2f ms CPU/doc | daemon/peer %.1fx docs/s, 1/%.1f CPU; ingest/peer %.1fx, 1/%.1f",
                    index, daemon.docsPerSecond, daemon.cpuMillisecondsPerDoc, ingest.docsPerSecond, ingest.cpuMillisecondsPerDoc,
                    peer.docsPerSecond, peer.cpuMillisecondsPerDoc, daemon.docsPerSecond / peer.docsPerSecond,
                    peer.cpuMillisecondsPerDoc / daemon.cpuMillisecondsPerDoc, ingest.docsPerSecond / peer.docsPerSecond,
                    peer.cpuMillisecondsPerDoc / ingest.cpuMillisecondsPerDoc))
            }
        }
        // Medians of the ratios taken within each run: runs differ a lot on a shared machine, the
        // ratio inside one run much less.
        let paired = zip(zip(results["daemon"] ?? [], results["ingest"] ?? []), results["peer"] ?? [])
        let ratios = paired.map { pair, peer in
            (daemonRate: pair.0.docsPerSecond / peer.docsPerSecond, daemonCPU: peer.cpuMillisecondsPerDoc / pair.0.cpuMillisecondsPerDoc,
                ingestRate: pair.1.docsPerSecond / peer.docsPerSecond, ingestCPU: peer.cpuMillisecondsPerDoc / pair.1.cpuMillisecondsPerDoc)
        }
        print(String(format: "peer %d files, medians of the ratios in %d runs: daemon %.1fx the peer's docs/s at 1/%.1f of its CPU per doc; ingest %.1fx at 1/%.1f  [issue 16: >= 5x and <= 1/15]",
            count, ratios.count, Stats.median(ratios.map(\.daemonRate)), Stats.median(ratios.map(\.daemonCPU)),
            Stats.median(ratios.map(\.ingestRate)), Stats.median(ratios.map(\.ingestCPU))))
    }

    /// The generated corpus (seed 42: txt and html, 2–14 KB, some reprints and exact copies).
    @discardableResult
    static func writeCorpus(to folder: URL, count: Int) -> Bool {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var generator = try CorpusGenerator(seed: 42, paragraphs: 8...30)
            for file in generator.files(count: count) { try Data(file.bytes).write(to: folder.appendingPathComponent(file.name)) }
            return true
        } catch {
            print("corpus: cannot write \(folder.path): \(error)")
            return false
        }
    }

    /// The daemon on a copy of the corpus in the drain benchmark's sandbox (the copy is not timed).
    private static func drainDaemon(corpus: URL, in work: URL, binary: String, count: Int) -> Run? {
        do {
            let (root, config) = try DrainBenchmark.sandbox("daemon", in: work)
            for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) {
                try FileManager.default.copyItem(at: corpus.appendingPathComponent(name), to: root.appendingPathComponent("inbox/\(name)"))
            }
            return measure(count: count) { [binary, "run", "--config", config.path, "--exit-when-idle"] }
        } catch {
            print("peer: cannot prepare the daemon's inbox: \(error)")
            return nil
        }
    }

    /// Runs a command to its end, output discarded: docs/s over its wall time, and its CPU per document.
    private static func measure(count: Int, _ command: () -> [String]) -> Run? {
        let arguments = command()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        let before = Stats.childCPUSeconds()
        let start = ContinuousClock.now
        do { try process.run() } catch {
            print("peer: cannot run \(arguments[0]): \(error)")
            return nil
        }
        process.waitUntilExit()
        let seconds = (ContinuousClock.now - start).seconds
        guard process.terminationStatus == 0 else {
            print("peer: \(arguments.prefix(2).joined(separator: " ")) exited \(process.terminationStatus)")
            return nil
        }
        return Run(docsPerSecond: Double(count) / seconds, cpuMillisecondsPerDoc: (Stats.childCPUSeconds() - before) / Double(count) * 1000)
    }

}
