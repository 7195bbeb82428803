import AssayCore
import Foundation
import Logging

/// How many crashes each input was being read at, by the SHA-256 of its bytes, with its name for
/// the log. Bound to the Assay version that counted: an upgrade reads every input again.
struct CrashTally {
    struct Count {
        var crashes: Int
        var name: String
    }

    private(set) var counts: [String: Count] = [:]

    var isEmpty: Bool { counts.isEmpty }

    func crashes(of key: String) -> Int { counts[key]?.crashes ?? 0 }

    /// One more crash for each input that was being read.
    mutating func charge(_ entries: [ReadingJournal.Entry]) {
        for entry in entries { counts[entry.key] = Count(crashes: crashes(of: entry.key) + 1, name: entry.name) }
    }

    /// Forgets the inputs read through since a crash; true when one was in the tally.
    mutating func clear(_ keys: [String]) -> Bool {
        var cleared = false
        for key in keys where counts[key].map({ $0.crashes < ReadingJournal.crashLimit }) ?? false {
            counts[key] = nil
            cleared = true
        }
        return cleared
    }

    /// The tally this version wrote at `path`: lines of version, key, crashes and name.
    static func read(_ path: String) -> CrashTally {
        var tally = CrashTally()
        for line in ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count == 4, parts[0] == AssayVersion.current, parts[1].count == 64, let crashes = Int(parts[2]) else { continue }
            tally.counts[String(parts[1])] = Count(crashes: crashes, name: String(parts[3]))
        }
        return tally
    }

    func write(_ path: String, logger: Logger) {
        let lines = counts.sorted { $0.key < $1.key }.map { "\(AssayVersion.current)\t\($0.key)\t\($0.value.crashes)\t\($0.value.name)\n" }
        do {
            try AtomicFileWriter.write(Data(lines.joined().utf8), to: path)
        } catch {
            logger.warning("cannot write the crash tally; crashes since the start are forgotten at the next", metadata: ["error": .string("\(error)")])
        }
    }
}
