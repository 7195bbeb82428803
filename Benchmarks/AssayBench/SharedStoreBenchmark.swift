import AssayTestSupport
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The daemon draining the generated corpus (`assay run --exit-when-idle`, durable) on each store:
/// SQLite; PostgreSQL with one daemon on its own inbox; one and two daemons sharing the inbox
/// (`[store] shared_inbox`, each file claimed). A fresh throwaway cluster per PostgreSQL run
/// (`scripts/pg-cluster`, fsync off: the server's disk is not what is measured). Prints docs/s over
/// the wall time until every daemon exited, and the daemons' CPU per document (the server's not counted).
enum SharedStoreBenchmark {
    struct Setup {
        var name: String
        var postgres: Bool
        var shared: Bool
        var daemons: Int
    }

    static let setups = [
        Setup(name: "SQLite, 1 daemon", postgres: false, shared: false, daemons: 1),
        Setup(name: "PostgreSQL, 1 daemon", postgres: true, shared: false, daemons: 1),
        Setup(name: "PostgreSQL, 1 daemon, shared inbox", postgres: true, shared: true, daemons: 1),
        Setup(name: "PostgreSQL, 2 daemons, shared inbox", postgres: true, shared: true, daemons: 2),
    ]

    static func run(count: Int, runs: Int, binary: String) {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("assay-shared-\(getpid())")
        // Nothing is deleted until the end (see PeerBenchmark: freed inodes slow the next run's creates).
        defer { try? FileManager.default.removeItem(at: root) }
        let corpus = root.appendingPathComponent("corpus")
        guard PeerBenchmark.writeCorpus(to: corpus, count: count) else { return }
        var rates: [String: [Double]] = [:]
        var cpu: [String: [Double]] = [:]
        for index in 1...runs {
            var line = "run \(index):"
            for setup in setups {
                let work = root.appendingPathComponent("run\(index)-\(setup.daemons)\(setup.postgres ? "pg" : "sqlite")\(setup.shared ? "-shared" : "")")
                guard let (docsPerSecond, cpuPerDoc) = drain(setup, corpus: corpus, in: work, count: count, binary: binary) else { return }
                rates[setup.name, default: []].append(docsPerSecond)
                cpu[setup.name, default: []].append(cpuPerDoc)
                line += String(format: " %@ %.0f docs/s %.2f ms CPU/doc |", setup.name, docsPerSecond, cpuPerDoc)
            }
            print(line)
        }
        for setup in setups {
            let ratio = Stats.median(rates[setup.name] ?? []) / Stats.median(rates[setups[0].name] ?? [1])
            print(String(format: "%@: median %.0f docs/s (%.2fx SQLite), %.2f ms CPU/doc  [%d files, %d runs]",
                setup.name, Stats.median(rates[setup.name] ?? []), ratio, Stats.median(cpu[setup.name] ?? []), count, runs))
        }
    }

    private static func drain(_ setup: Setup, corpus: URL, in work: URL, count: Int, binary: String) -> (Double, Double)? {
        do {
            let server = setup.postgres ? try PostgresServer() : nil
            defer { server?.stop() }
            var extra = "queue_size = 256\n"
            if setup.shared { extra += "settle_seconds = 0\npoll_interval = 1\n[store]\nshared_inbox = true\n" }
            let (root, config) = try DrainBenchmark.sandbox("shared", in: work, extra: extra, state: server?.url ?? "assay.sqlite")
            for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) {
                try FileManager.default.copyItem(at: corpus.appendingPathComponent(name), to: root.appendingPathComponent("inbox/\(name)"))
            }
            var configs = [config]
            for number in 1..<setup.daemons {
                let other = root.appendingPathComponent("assay-\(number).toml")
                try FileManager.default.copyItem(at: config, to: other)
                configs.append(other)
            }
            let before = Stats.childCPUSeconds()
            let start = ContinuousClock.now
            let processes = try configs.map { config in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: binary)
                process.arguments = ["run", "--config", config.path, "--exit-when-idle"]
                process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
                process.standardError = FileHandle(forWritingAtPath: "/dev/null")
                try process.run()
                return process
            }
            for process in processes { process.waitUntilExit() }
            let seconds = (ContinuousClock.now - start).seconds
            let moved = ["archive", "quarantine"].reduce(0) { total, folder in
                total + ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path))?
                    .filter { !$0.hasSuffix(".reason.json") }.count ?? 0)
            }
            guard processes.allSatisfy({ $0.terminationStatus == 0 }), moved == count else {
                print("shared: \(setup.name): exit \(processes.map(\.terminationStatus)), \(moved) of \(count) inputs moved")
                return nil
            }
            return (Double(count) / seconds, (Stats.childCPUSeconds() - before) / Double(count) * 1000)
        } catch {
            print("shared: \(setup.name): \(error)")
            return nil
        }
    }
}
