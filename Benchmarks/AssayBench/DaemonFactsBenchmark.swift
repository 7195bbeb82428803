import Foundation

/// What facts cost the daemon as users run it: the same files (by default the seeds and the dev
/// corpus, each taken `copies` times) drained by `assay run` with `facts = true` and with
/// `facts = false`, in turn, `runs` times each. CPU per document counts everything the daemon does
/// for a file (reading, the pipeline, the store, the record, the archive, the log line); the CPU of
/// starting and stopping, measured on an empty inbox, is taken off.
enum DaemonFactsBenchmark {
    static func run(paths: [String], copies: Int, runs: Int, binary: String) {
        let files = ThroughputBenchmark.read(paths)
        guard !files.isEmpty else {
            print("daemon facts: no input files found in \(paths)")
            return
        }
        do {
            var perDocument: [Bool: [Double]] = [true: [], false: []]
            var idle: [Bool: Double] = [:]
            for facts in [true, false] { idle[facts] = try drain([], facts: facts, binary: binary).cpu }
            for _ in 0..<runs {
                for facts in [true, false] {
                    let (cpu, count) = try drain(files, copies: copies, facts: facts, binary: binary)
                    perDocument[facts]?.append(max(0, cpu - (idle[facts] ?? 0)) / Double(max(1, count)))
                }
            }
            let with = Stats.median(perDocument[true] ?? [])
            let without = Stats.median(perDocument[false] ?? [])
            let shares = zip(perDocument[true] ?? [], perDocument[false] ?? []).map { $0 / $1 - 1 }
            print(
                String(
                    format: "daemon, %d files × %d: CPU per document median %.3f ms with facts, %.3f ms without (start and stop, %.0f and %.0f ms, taken off); facts add %.1f%% (ratio of the medians of %d runs each; paired runs %.1f%% to %.1f%%: file system time varies much)",
                    files.count, copies, with * 1000, without * 1000, (idle[true] ?? 0) * 1000, (idle[false] ?? 0) * 1000,
                    (with / without - 1) * 100, shares.count, (shares.min() ?? 0) * 100, (shares.max() ?? 0) * 100))
        } catch {
            print("daemon facts benchmark failed: \(error)")
        }
    }

    /// One drain of `files` (each `copies` times, each copy's body given a sentence of its own so
    /// that copies are reprints, as a feed's stories are, not exact copies): the daemon's CPU
    /// seconds and the inputs.
    private static func drain(_ files: [(name: String, bytes: [UInt8])], copies: Int = 1, facts: Bool, binary: String) throws
        -> (cpu: Double, count: Int)
    {
        let (root, config) = try DrainBenchmark.sandbox("facts-\(facts)", extra: "queue_size = 256\nfacts = \(facts)")
        defer { try? FileManager.default.removeItem(at: root) }
        let staging = root.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        var names: [String] = []
        for copy in 0..<copies {
            for (index, file) in files.enumerated() {
                let name = String(format: "%04d-%03d-", copy, index) + URL(fileURLWithPath: file.name).lastPathComponent
                try Data(distinct(file.bytes, copy: copy)).write(to: staging.appendingPathComponent(name))
                names.append(name)
            }
        }
        for name in names {
            try FileManager.default.moveItem(at: staging.appendingPathComponent(name), to: root.appendingPathComponent("inbox/\(name)"))
        }
        let before = Stats.childCPUSeconds()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["run", "--config", config.path, "--exit-when-idle"]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw DaemonExit(status: process.terminationStatus) }
        return (Stats.childCPUSeconds() - before, names.count)
    }

    /// The page with "Copy N of this page." as a last paragraph: before `</body>` in HTML, at the end of text.
    private static func distinct(_ bytes: [UInt8], copy: Int) -> [UInt8] {
        guard copy > 0 else { return bytes }
        let closing = Array("</body>".utf8)
        if let at = bytes.indices.last(where: { bytes[$0...].starts(with: closing) }) {
            return Array(bytes[..<at]) + Array("<p>Copy \(copy) of this page, made for a benchmark.</p>\n".utf8) + Array(bytes[at...])
        }
        return bytes + Array("\n\nCopy \(copy) of this page, made for a benchmark.\n".utf8)
    }

    struct DaemonExit: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "the daemon exited with status \(status)" }
    }
}
