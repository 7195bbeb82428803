import AssayCore
import CAssaySystem
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Errors from writing output files; the message names the path and what to check.
public struct OutputWriteError: Error, CustomStringConvertible {
    public var path: String
    public var operation: String
    public var errno: Int32

    public var description: String {
        "could not \(operation) \(path): \(String(cString: strerror(errno))); check that its folder exists, "
            + "is writable by this user and has free space"
    }
}

/// Writes files so that a reader never sees a half-written one: write to a hidden temp file in the
/// same folder, fsync it, rename it over the final name, then fsync the folder.
public enum AtomicFileWriter {
    public static let temporaryPrefix = ".assay-tmp-"

    /// This host, as eight hex digits in temp names (`.assay-tmp-PID.HOST-…`): a daemon sweeping a
    /// folder other hosts write into (a shared output) tells its own leftovers (by PID) from theirs.
    static let hostTag = String(ContentFingerprint.sha256Hex(bytes: Array(ProcessInfo.processInfo.hostName.utf8)).prefix(8))

    /// Another host's temp file is swept only once this old: a live write takes milliseconds.
    static let foreignLeftoverAge: Int = 3600

    public static func write(_ data: Data, to path: String) throws(OutputWriteError) {
        let temporary = try writeTemporary(data, for: path, sync: true)
        try publish(temporary, as: path)
        syncFolder((path as NSString).deletingLastPathComponent)
    }

    /// Flushes, once per file system, everything written into `folders` (records and quarantine may live apart).
    static func syncFileSystems(of folders: Set<String>) {
        var devices: Set<UInt64> = []
        for folder in folders.sorted() {
            var info = stat()
            if stat(folder, &info) == 0, devices.insert(UInt64(info.st_dev)).inserted { syncFileSystem(of: folder) }
        }
    }

    /// Writes `data` to a hidden temp file beside `path`; a missing folder (deleted by hand) is made again.
    static func writeTemporary(_ data: Data, for path: String, sync: Bool) throws(OutputWriteError) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(
            "\(temporaryPrefix)\(getpid()).\(hostTag)-\(UInt32.random(in: 0...UInt32.max))-\(name)")
        var fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0, errno == ENOENT {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw OutputWriteError(path: temporary, operation: "create", errno: errno) }
        var failure: OutputWriteError?
        let writeError = data.withUnsafeBytes { writeFully(fd, $0) }
        if writeError != 0 { failure = OutputWriteError(path: temporary, operation: "write", errno: writeError) }
        if failure == nil, sync, fsync(fd) != 0 { failure = OutputWriteError(path: temporary, operation: "fsync", errno: errno) }
        close(fd)
        if let failure {
            unlink(temporary)
            throw failure
        }
        return temporary
    }

    /// Writes the whole buffer, retrying short writes and EINTR; 0, or the errno that stopped it.
    static func writeFully(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    static func publish(_ temporary: String, as path: String) throws(OutputWriteError) {
        guard rename(temporary, path) == 0 else {
            let error = OutputWriteError(path: path, operation: "rename into", errno: errno)
            unlink(temporary)
            throw error
        }
    }

    /// Flushes everything written to the file system holding `folder`: one call for a whole batch.
    public static func syncFileSystem(of folder: String) {
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        assay_syncfs(fd)
        close(fd)
    }

    /// Makes a rename durable: the folder entry is flushed too.
    public static func syncFolder(_ folder: String) {
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Removes temp files a crash left behind in `folder`, and with `recursive` in its subfolders
    /// (quarantined inputs keep the inbox's subfolders, and their reason files are staged there);
    /// returns how many. A temp file of another process still running on this host (its pid is in the
    /// name) stays; one of another host stays until it is an hour old.
    @discardableResult
    public static func removeLeftovers(in folder: String, recursive: Bool = false) -> Int {
        var removed = 0
        var folders = [InputPath(root: folder, components: [])]
        while let current = folders.popLast() {
            guard case .success(let fd) = FolderDescriptor.open(root: current.root, current.components) else { continue }
            defer { close(fd) }
            FolderDescriptor.forEachName(fd) { name, kind in
                if kind == .folder {
                    if recursive { folders.append(current.appending(name)) }
                } else if name.starts(with: temporaryPrefix.utf8), !isOfLiveProcess(name, in: fd),
                    FolderDescriptor.withCName(name, { unlinkat(fd, $0, 0) }) == 0
                {
                    removed += 1
                }
            }
        }
        return removed
    }

    /// Whether the temp file may still be written: its name carries the pid of another running process
    /// of this host, or it was made by another host less than `foreignLeftoverAge` seconds ago.
    private static func isOfLiveProcess(_ name: [UInt8], in folder: Int32) -> Bool {
        let afterPrefix = name.dropFirst(temporaryPrefix.utf8.count)
        let digits = afterPrefix.prefix { $0 >= 0x30 && $0 <= 0x39 }
        let rest = afterPrefix.dropFirst(digits.count)
        if rest.first == UInt8(ascii: "."), String(decoding: rest.dropFirst().prefix(8), as: UTF8.self) != hostTag {
            var info = stat()
            let found = FolderDescriptor.withCName(name) { fstatat(folder, $0, &info, AT_SYMLINK_NOFOLLOW) } == 0
            return found && time(nil) - info.st_mtim.tv_sec < foreignLeftoverAge
        }
        guard let pid = Int32(String(decoding: digits, as: UTF8.self)), pid > 0, pid != getpid() else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
