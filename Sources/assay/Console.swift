import Foundation
import Synchronization

/// Writes to the terminal's standard streams.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// A one-line progress bar on stderr, shown only when stderr is a terminal.
final class ProgressBar: Sendable {
    static func forStandardError() -> ProgressBar? {
        isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
    }

    private let done = Atomic<Int>(0)

    /// One more input has its outcome.
    func tick() {
        let count = done.add(1, ordering: .relaxed).newValue
        FileHandle.standardError.write(Data("\r\(count) inputs done".utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
