import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Lists the files waiting in the inbox: regular files only (links are never followed, so nothing
/// outside the inbox is read), dotfiles and partial names skipped, subfolders walked, in name order
/// so a backlog is processed in a stable order.
public struct InboxScanner: Sendable {
    public struct Found: Sendable, Equatable {
        public var path: String
        /// Seconds since the file last changed, to tell a finished file from one still being written.
        public var age: Double
    }

    /// The config refuses output, archive or quarantine folders inside the inbox, so all of it is input.
    public var inbox: String

    public init(inbox: String) { self.inbox = inbox }

    public func scan(_ folder: String? = nil) -> [Found] {
        var found: [Found] = []
        walk(folder ?? inbox, now: Date().timeIntervalSince1970, into: &found)
        return found
    }

    /// The subfolders to watch, the inbox first.
    public func folders() -> [String] {
        var folders = [inbox]
        var index = 0
        while index < folders.count {
            let folder = folders[index]
            index += 1
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder))?.sorted() ?? [] where !name.hasPrefix(".") {
                let path = (folder as NSString).appendingPathComponent(name)
                if Self.fileType(path) == S_IFDIR { folders.append(path) }
            }
        }
        return folders
    }

    private func walk(_ folder: String, now: Double, into found: inout [Found]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() where !InputFiles.isIgnoredName(name) {
            let path = (folder as NSString).appendingPathComponent(name)
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, now: now, into: &found)
            case S_IFREG:
                let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
                found.append(Found(path: path, age: now - modified))
            default:
                continue
            }
        }
    }

    /// Whether another process holds the file open for writing. A read lease (`F_SETLEASE`) is
    /// refused with EAGAIN exactly then; nil when leases are not allowed here (a file of another user
    /// without CAP_LEASE), and the file's age must decide.
    public static func isOpenForWriting(_ path: String) -> Bool? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let setLease: Int32 = 1024  // F_SETLEASE, hidden behind _GNU_SOURCE
        if fcntl(fd, setLease, Int32(F_RDLCK)) == 0 {
            _ = fcntl(fd, setLease, Int32(F_UNLCK))
            return false
        }
        return errno == EAGAIN ? true : nil
    }

    static func fileType(_ path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }
}
