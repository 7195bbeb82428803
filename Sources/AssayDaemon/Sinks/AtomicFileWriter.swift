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
        "could not \(operation) \(path): \(String(cString: strerror(errno))); check that the output folder exists, "
            + "is writable and has free space"
    }
}

/// Writes files so that a reader never sees a half-written one: write to a hidden temp file in the
/// same folder, fsync it, rename it over the final name, then fsync the folder.
public enum AtomicFileWriter {
    public static let temporaryPrefix = ".assay-tmp-"

    public static func write(_ data: Data, to path: String) throws(OutputWriteError) {
        let temporary = try writeTemporary(data, for: path, sync: true)
        try publish(temporary, as: path)
        syncFolder((path as NSString).deletingLastPathComponent)
    }

    /// Writes many files with one flush for all: every temp file is written, one `syncfs` makes them
    /// (and the store's WAL on the same file system) durable, then each is renamed into place and each
    /// folder is synced once. A crash leaves whole files or hidden temp files, never a partial record.
    public static func writeAll(_ files: [(data: Data, path: String)]) throws(OutputWriteError) {
        guard !files.isEmpty else { return }
        var temporaries: [String] = []
        do {
            for file in files { temporaries.append(try writeTemporary(file.data, for: file.path, sync: false)) }
        } catch {
            for temporary in temporaries { unlink(temporary) }
            throw error
        }
        let folders = Set(files.map { ($0.path as NSString).deletingLastPathComponent })
        // One flush per file system the batch touches (records and quarantine may live apart).
        var devices: Set<UInt64> = []
        for folder in folders.sorted() {
            var info = stat()
            if stat(folder, &info) == 0, devices.insert(UInt64(info.st_dev)).inserted { syncFileSystem(of: folder) }
        }
        for (temporary, file) in zip(temporaries, files) { try publish(temporary, as: file.path) }
        for folder in folders { syncFolder(folder) }
    }

    private static func writeTemporary(_ data: Data, for path: String, sync: Bool) throws(OutputWriteError) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(
            "\(temporaryPrefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))-\(name)")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
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

    private static func publish(_ temporary: String, as path: String) throws(OutputWriteError) {
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

    /// Removes temp files a crash left behind in `folder`; returns how many.
    @discardableResult
    public static func removeLeftovers(in folder: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var removed = 0
        for name in names where name.hasPrefix(temporaryPrefix) {
            if unlink((folder as NSString).appendingPathComponent(name)) == 0 { removed += 1 }
        }
        return removed
    }
}
