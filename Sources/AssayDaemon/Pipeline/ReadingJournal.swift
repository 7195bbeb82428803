import AssayCore
import CAssaySystem
import Foundation
import Logging
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// What each worker is reading, kept where the next start finds it, so that one input which crashes
/// the daemon cannot stop it again and again (systemd restarts it; the input waits in the inbox).
/// After a crash (a fault: a trap, a segfault; a kill is not one) the inputs then being read are
/// read one at a time; one being read at two crashes is quarantined as `crashed_daemon`.
///
/// Kept in `<quarantine>/.assay-reading/`, each daemon's files named by its claimant: a file per
/// worker (the keys in its chunk, rewritten per chunk without a flush: a crash keeps the page
/// cache), the crash mark the signal handler writes, and the tally of crashes by input.
public final class ReadingJournal: Sendable {
    /// An input named by the SHA-256 of its bytes (the ledger's key) and, for the log, its name.
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var name: String
    }

    /// Crashes an input may be read at before it is quarantined.
    public static let crashLimit = 2

    private let workerFiles: [Int32]
    private let tallyPath: String
    /// Crashes by key (version-bound: an upgrade reads every input again), with the input's name.
    private let crashes: Mutex<[String: (count: Int, name: String)]>
    /// True while a worker reads an input once read at a crash: one such input at a time in the
    /// whole daemon, so a second crash is charged to the input that caused it, not to one another
    /// worker was reading beside it.
    private let suspectBeingRead = Mutex(false)
    private let logger: Logger

    /// Reads what a crash left, then opens this run's files and arms the crash mark. Nil (with a
    /// warning) when the folder cannot be written: the daemon then runs as before, unguarded.
    public static func open(quarantine: String, claimant: String, workers: Int, logger: Logger) -> ReadingJournal? {
        let folder = (quarantine as NSString).appendingPathComponent(".assay-reading")
        let prefix = (folder as NSString).appendingPathComponent(String(ContentFingerprint.sha256Hex(claimant).prefix(16)))
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            logger.warning(
                "cannot keep the reading journal; an input that crashes the daemon will crash it again at each restart",
                metadata: ["folder": .string(folder), "error": .string("\(error)")])
            return nil
        }
        let tallyPath = prefix + ".crashes"
        var tally = Self.readTally(tallyPath)
        let crashed = (try? String(contentsOfFile: prefix + ".crashed", encoding: .utf8)).map { !$0.isEmpty } ?? false
        var leftovers = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        leftovers = leftovers.filter { $0.hasPrefix((prefix as NSString).lastPathComponent + ".worker-") }
        if crashed {
            var read: [Entry] = []
            for name in leftovers {
                read += Self.entries(in: (try? String(contentsOfFile: (folder as NSString).appendingPathComponent(name), encoding: .utf8)) ?? "")
            }
            for entry in read { tally[entry.key] = ((tally[entry.key]?.count ?? 0) + 1, entry.name) }
            let condemned = read.filter { (tally[$0.key]?.count ?? 0) >= crashLimit }
            if read.isEmpty {
                logger.error("the daemon crashed while no input was being read; please report it with the log lines of the crash")
            } else {
                logger.error(
                    "the daemon crashed while reading these inputs; they are read one at a time now, and one read at \(crashLimit) crashes is quarantined",
                    metadata: [
                        "inputs": .array(read.map { .string($0.name) }),
                        "quarantined_next": .array(condemned.map { .string($0.name) }),
                    ])
                Self.writeTally(tally, to: tallyPath, logger: logger)
            }
        }
        for name in leftovers { unlink((folder as NSString).appendingPathComponent(name)) }
        var files: [Int32] = []
        for worker in 0..<max(1, workers) {
            let fd = Glibc.open(prefix + ".worker-\(worker)", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                logger.warning("cannot keep the reading journal", metadata: ["file": .string(prefix + ".worker-\(worker)")])
                files.forEach { _ = close($0) }
                return nil
            }
            files.append(fd)
        }
        let mark = Glibc.open(prefix + ".crashed", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if mark < 0 || assay_mark_crashes(mark) != 0 {
            logger.warning("cannot arm the crash mark; crashes are not told from kills", metadata: ["file": .string(prefix + ".crashed")])
        }
        return ReadingJournal(workerFiles: files, tallyPath: tallyPath, crashes: tally, logger: logger)
    }

    private init(workerFiles: [Int32], tallyPath: String, crashes: [String: (count: Int, name: String)], logger: Logger) {
        self.workerFiles = workerFiles
        self.tallyPath = tallyPath
        self.crashes = Mutex(crashes)
        self.logger = logger
    }

    /// Crashes the input with `key` was being read at (0 for almost all).
    public func crashes(of key: String) -> Int { crashes.withLock { $0[key]?.count ?? 0 } }

    /// Notes that `worker` now reads `entries` (one write; no flush). A chunk holding an input read
    /// at a crash (always alone, see `InputProcessor`) first waits while another worker reads one.
    public func begin(_ entries: [Entry], worker: Int) {
        if holdsSuspect(entries) {
            while !suspectBeingRead.withLock({ reading in
                if reading { return false }
                reading = true
                return true
            }) {
                usleep(10_000)
            }
        }
        let fd = workerFiles[worker % workerFiles.count]
        let lines = entries.map { "\($0.key)\t\($0.name.replacingOccurrences(of: "\n", with: " "))\n" }.joined()
        ftruncate(fd, 0)
        _ = Array(lines.utf8).withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    /// Notes that `worker` is done with `entries`: those once read at a crash were read through, and
    /// leave the tally.
    public func end(_ entries: [Entry], worker: Int) {
        ftruncate(workerFiles[worker % workerFiles.count], 0)
        let suspect = holdsSuspect(entries)
        defer { if suspect { suspectBeingRead.withLock { $0 = false } } }
        let cleared = crashes.withLock { tally -> [String: (count: Int, name: String)]? in
            let through = entries.filter { tally[$0.key].map { $0.count < Self.crashLimit } ?? false }
            guard !through.isEmpty else { return nil }
            for entry in through { tally[entry.key] = nil }
            return tally
        }
        if let cleared { Self.writeTally(cleared, to: tallyPath, logger: logger) }
    }

    private func holdsSuspect(_ entries: [Entry]) -> Bool {
        crashes.withLock { tally in !tally.isEmpty && entries.contains { tally[$0.key] != nil } }
    }

    private static func entries(in text: String) -> [Entry] {
        text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 64 else { return nil }
            return Entry(key: String(parts[0]), name: String(parts[1]))
        }
    }

    /// The tally written by this version: lines of version, key, crashes and name.
    private static func readTally(_ path: String) -> [String: (count: Int, name: String)] {
        var tally: [String: (count: Int, name: String)] = [:]
        for line in ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count == 4, parts[0] == AssayVersion.current, parts[1].count == 64, let count = Int(parts[2]) else { continue }
            tally[String(parts[1])] = (count, String(parts[3]))
        }
        return tally
    }

    private static func writeTally(_ tally: [String: (count: Int, name: String)], to path: String, logger: Logger) {
        let lines = tally.sorted { $0.key < $1.key }.map { "\(AssayVersion.current)\t\($0.key)\t\($0.value.count)\t\($0.value.name)\n" }
        do {
            try AtomicFileWriter.write(Data(lines.joined().utf8), to: path)
        } catch {
            logger.warning("cannot write the crash tally", metadata: ["error": .string("\(error)")])
        }
    }
}
