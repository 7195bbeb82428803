import Dispatch
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// A fixed number of connections the store's blocking calls share: a call waits for a free one, a
/// closed one is dropped and a new one opened on demand, each set up with the statement timeout.
final class PostgresConnectionPool: Sendable {
    private let configuration: PostgresConnection.Configuration
    private let statementTimeout: Double
    private let logger: Logger
    private let idle = Mutex<[PostgresConnection]>([])
    /// Counts free slots: at most `size` connections are in use at once.
    private let slots: DispatchSemaphore
    private let nextID = Atomic<Int>(1)

    init(configuration: PostgresConnection.Configuration, size: Int, statementTimeout: Double, logger: Logger) {
        self.configuration = configuration
        self.statementTimeout = statementTimeout
        self.logger = logger
        slots = DispatchSemaphore(value: max(1, size))
    }

    deinit {
        for connection in idle.withLock({ $0 }) { try? connection.close().wait() }
    }

    /// Runs `body` on a connection of the pool; the connection goes back unless it was closed.
    func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        slots.wait()
        defer { slots.signal() }
        var connection = idle.withLock { $0.popLast() }
        if let open = connection, open.isClosed { connection = nil }
        let current = try connection ?? open()
        defer { if !current.isClosed { idle.withLock { $0.append(current) } } }
        return try body(current)
    }

    /// Closes the idle connections: after one was lost the others led to the same server, which may
    /// be gone or restarted, and a query on such a connection can wait for an answer that never comes.
    func discardIdle() {
        for connection in idle.withLock({ idle in defer { idle.removeAll() }; return idle }) {
            connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
        }
    }

    func open() throws -> PostgresConnection {
        let id = nextID.add(1, ordering: .relaxed).oldValue
        let connection = try PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: id, logger: logger
        ).wait()
        let milliseconds = Int64(statementTimeout * 1000)
        do {
            _ = try PostgresTransaction.wait(
                for: connection.query("SELECT set_config('statement_timeout', \(String(milliseconds)), false)", logger: logger),
                on: connection, timeout: statementTimeout + 10)
        } catch {
            try? connection.close().wait()
            throw error
        }
        return connection
    }
}
