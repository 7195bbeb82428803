import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A throwaway PostgreSQL cluster for one test: `scripts/pg-cluster` (the same script a developer
/// runs) starts it in a temp folder on a free port; `stop()` (or deinit) removes it.
public final class PostgresServer: Sendable {
    public let url: String
    private let folder: String

    /// The authority that signed the server's certificate, when it was started with TLS.
    public var certificateAuthority: String { folder + "/tls/ca.crt" }

    /// - Parameter tls: the server also speaks TLS, with a certificate for 127.0.0.1 signed by `certificateAuthority`.
    public init(tls: Bool = false) throws {
        folder = NSTemporaryDirectory() + "assay-pg-\(UUID().uuidString)"
        let (status, output) = Self.script(["start", folder] + (tls ? ["tls"] : []))
        guard status == 0, let url = output.split(separator: "\n").last.map(String.init), url.hasPrefix("postgresql://") else {
            throw ServerError(message: "scripts/pg-cluster could not start PostgreSQL (install it: apt-get install postgresql):\n\(output)")
        }
        self.url = url
    }

    deinit { stop() }

    public func stop() { _ = Self.script(["stop", folder]) }

    /// Stops the server cleanly (every connection dropped), waits `downFor` seconds, starts it again on the same port.
    public func restart(downFor seconds: Double) throws {
        let (status, output) = Self.script(["restart", folder, String(seconds)])
        guard status == 0 else { throw ServerError(message: "scripts/pg-cluster could not restart PostgreSQL:\n\(output)") }
    }

    /// Runs one SQL statement as the assay user; its output, one row per line.
    @discardableResult
    public func sql(_ statement: String) throws -> String {
        let (status, output) = Self.script(["psql", folder, statement])
        guard status == 0 else { throw ServerError(message: "psql failed:\n\(output)") }
        return output
    }

    /// Runs the script with its output in a file, waiting with `waitpid`: Foundation's `Process` can
    /// miss the exit of a script whose server outlives it, and then waits forever.
    private static func script(_ arguments: [String]) -> (Int32, String) {
        let script = Fixtures.repositoryRoot.appendingPathComponent("scripts/pg-cluster").path
        let log = NSTemporaryDirectory() + "assay-pg-\(UUID().uuidString).log"
        defer { unlink(log) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = (["/bin/bash", script] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/bash", &actions, nil, argv, environ) == 0 else { return (-1, "cannot run \(script)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return ((status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1, output)
    }

    public struct ServerError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
