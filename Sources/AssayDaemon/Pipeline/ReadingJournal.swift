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
/// After a crash (a fault: a trap, a segfault, an abort, the watchdog's SIGABRT; a kill is not one)
/// the inputs then being read are read one at a time; one read at two crashes is quarantined as
/// `crashed_daemon`.
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
    private let tally: Mutex<CrashTally>
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
            unguarded(logger, ["folder": .string(folder), "error": .string("\(error)")])
            return nil
        }
        let tally = recover(folder: folder, prefix: prefix, logger: logger)
        var files: [Int32] = []
        for worker in 0..<max(1, workers) {
            let fd = Glibc.open(prefix + ".worker-\(worker)", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                unguarded(logger, ["file": .string(prefix + ".worker-\(worker)"), "errno": .stringConvertible(errno)])
                files.forEach { _ = close($0) }
                return nil
            }
            files.append(fd)
        }
        // Open as long as the process: the signal handler writes to it.
        let mark = Glibc.open(prefix + ".crashed", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if mark < 0 || assay_mark_crashes(mark) != 0 {
            logger.warning("cannot arm the crash mark; crashes are not told from kills", metadata: ["file": .string(prefix + ".crashed")])
        }
        return ReadingJournal(workerFiles: files, tallyPath: prefix + ".crashes", tally: tally, logger: logger)
    }

    private static func unguarded(_ logger: Logger, _ metadata: Logger.Metadata) {
        logger.warning("cannot keep the reading journal; an input that crashes the daemon will crash it at each restart", metadata: metadata)
    }

    /// The tally, charged with the inputs the workers were reading if the last run crashed (its
    /// mark written); the last run's worker files removed.
    private static func recover(folder: String, prefix: String, logger: Logger) -> CrashTally {
        var tally = CrashTally.read(prefix + ".crashes")
        let workerPrefix = (prefix as NSString).lastPathComponent + ".worker-"
        let leftovers = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(workerPrefix) }
        defer { for name in leftovers { unlink((folder as NSString).appendingPathComponent(name)) } }
        guard let mark = try? String(contentsOfFile: prefix + ".crashed", encoding: .utf8), !mark.isEmpty else { return tally }
        let read = leftovers.flatMap { name in
            entries(in: (try? String(contentsOfFile: (folder as NSString).appendingPathComponent(name), encoding: .utf8)) ?? "")
        }
        guard !read.isEmpty else {
            logger.error("the daemon crashed while no input was being read; please report it with the log lines of the crash")
            return tally
        }
        tally.charge(read)
        let condemned = read.filter { tally.crashes(of: $0.key) >= crashLimit }
        logger.error(
            "the daemon crashed while reading these inputs; they are read one at a time now",
            metadata: [
                "inputs": .array(read.map { .string($0.name) }), "crash_limit": .stringConvertible(crashLimit),
                "quarantined_next": .array(condemned.map { .string($0.name) }),
            ])
        tally.write(prefix + ".crashes", logger: logger)
        return tally
    }

    private init(workerFiles: [Int32], tallyPath: String, tally: CrashTally, logger: Logger) {
        self.workerFiles = workerFiles
        self.tallyPath = tallyPath
        self.tally = Mutex(tally)
        self.logger = logger
    }

    /// Crashes the input with `key` was being read at (0 for almost all).
    public func crashes(of key: String) -> Int { tally.withLock { $0.crashes(of: key) } }

    /// Notes that `worker` now reads `entries` (one write; no flush). A chunk that holds an input
    /// read at a crash (`suspect`: it is alone, see `InputProcessor`) first waits while another
    /// worker reads one.
    public func begin(_ entries: [Entry], worker: Int, suspect: Bool) {
        if suspect {
            while !suspectBeingRead.withLock({ reading in
                if reading { return false }
                reading = true
                return true
            }) {
                usleep(10_000)
            }
        }
        let fd = workerFiles[worker % workerFiles.count]
        var lines = entries.map { "\($0.key)\t\($0.name.replacingOccurrences(of: "\n", with: " "))\n" }.joined()
        ftruncate(fd, 0)
        _ = lines.withUTF8 { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    /// Notes that `worker` is done with `entries` (`suspect` as given to `begin`): those once read
    /// at a crash were read through, and leave the tally.
    public func end(_ entries: [Entry], worker: Int, suspect: Bool) {
        ftruncate(workerFiles[worker % workerFiles.count], 0)
        guard suspect else { return }
        // Written before the next suspect may begin: one writer at a time.
        defer { suspectBeingRead.withLock { $0 = false } }
        let cleared = tally.withLock { tally in tally.clear(entries.map(\.key)) ? tally : nil }
        cleared?.write(tallyPath, logger: logger)
    }

    private static func entries(in text: String) -> [Entry] {
        text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 64 else { return nil }
            return Entry(key: String(parts[0]), name: String(parts[1]))
        }
    }
}
