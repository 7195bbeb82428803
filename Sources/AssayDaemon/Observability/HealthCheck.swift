import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Whether the daemon can do its job now, for `GET /health`: started (backlog offered, watch set),
/// not stopping, its last batch committed, its inbox there, every folder it writes writable (or,
/// when deleted, one the next batch can make again), and its state store still the file it opened
/// (a store deleted under it would take commits that no one can read).
public struct HealthCheck: Sendable {
    let runtime: DaemonRuntime

    public init(runtime: DaemonRuntime) { self.runtime = runtime }

    /// What stops the daemon from ingesting now, each with what to do; empty when healthy.
    public func problems() -> [String] {
        if runtime.stopping.load(ordering: .relaxed) { return ["stopping"] }
        if !runtime.intakeStarted.load(ordering: .acquiring) { return ["starting: taking the inbox's backlog"] }
        let config = runtime.config
        var problems: [String] = []
        switch FolderCheck.look(config.inbox) {
        case .folder: break
        case .missing: problems.append("inbox \(config.inbox) is gone: nothing dropped can be taken; make it again (mkdir -p)")
        case .notFolder: problems.append("inbox \(config.inbox) is a file, not a folder; move it away and make the folder again")
        case .unreachable(let reason): problems.append("inbox \(config.inbox) cannot be reached (\(reason))")
        }
        for (role, folder) in [("output", config.output), ("duplicates", config.duplicatesFolder), ("archive", config.archive),
            ("quarantine", config.quarantine)]
        {
            // Records and moves make their folders again: a deleted one is a problem only if it cannot be made.
            if FolderCheck.look(folder) == .missing {
                if let problem = FolderCheck.problem(folder) { problems.append("\(role) folder: \(problem)") }
            } else if let problem = Self.probe(folder) {
                problems.append("\(role) folder \(folder): \(problem)")
            }
        }
        if !config.storeIsPostgres, let problem = storeProblem(config.state) { problems.append(problem) }
        if let failure = runtime.lastCommitFailure { problems.append("the last batch was not committed: \(failure)") }
        return problems
    }

    /// Creates and removes a hidden file (named like the writer's temp files, so a crash's leftover is swept).
    static func probe(_ folder: String) -> String? {
        let path = (folder as NSString).appendingPathComponent("\(AtomicFileWriter.temporaryPrefix)health-\(getpid())")
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else {
            return "cannot write a file there (\(String(cString: strerror(errno)))); make it a folder this user can write"
        }
        close(fd)
        unlink(path)
        return nil
    }

    private func storeProblem(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return "the state store \(path) is gone (\(String(cString: strerror(errno)))); restart the daemon to open a store"
        }
        if let opened = runtime.storeIdentity, opened.device != UInt64(info.st_dev) || opened.inode != UInt64(info.st_ino) {
            return "the state store \(path) was replaced after the daemon opened it; restart the daemon"
        }
        return nil
    }
}
