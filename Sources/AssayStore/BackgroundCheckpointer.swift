import Dispatch
import Foundation
import GRDB
import Synchronization

/// Copies the write-ahead log back into the database on a connection of its own, off the writer's
/// path. SQLite's automatic checkpoint runs inside the commit that crosses its threshold: at a
/// million stored articles that commit took over 250 ms, a hundred times a normal one.
///
/// A passive checkpoint never blocks the writer; once it has copied every frame, the next commit
/// starts the log again from the beginning, so the log stays small. The automatic checkpoint stays
/// as a backstop, at a size this one keeps the log well under.
final class BackgroundCheckpointer: Sendable {
    /// Log size that starts a checkpoint (the automatic one is at 64 MiB).
    static let threshold = 8 << 20

    private let connection: DatabaseQueue
    private let walPath: String
    private let running = Atomic<Bool>(false)
    private let queue = DispatchQueue(label: "assay.store.checkpoint", qos: .utility)

    init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        connection = try DatabaseQueue(path: path, configuration: configuration)
        walPath = path + "-wal"
    }

    /// After a commit: starts a checkpoint when the log has grown past `threshold` and none is running.
    func afterCommit() {
        var info = stat()
        guard stat(walPath, &info) == 0, Int(info.st_size) > Self.threshold,
            running.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged
        else { return }
        queue.async { [self] in
            // A failed checkpoint (the file busy) is tried again after a later commit.
            _ = try? connection.writeWithoutTransaction { try $0.checkpoint(.passive) }
            running.store(false, ordering: .releasing)
        }
    }

    /// Waits for a checkpoint under way: before the store is closed.
    func wait() { queue.sync {} }
}
