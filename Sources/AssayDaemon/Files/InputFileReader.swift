import AssayCore

#if canImport(Glibc)
    import Glibc
#endif

/// What one attempt to read an input found.
public enum InputRead: Sendable {
    /// The whole file, read from the regular file that was listed, unchanged while it was read.
    case bytes([UInt8], FileIdentity)
    /// Gone before it could be opened.
    case vanished
    /// Something else has its name now: a FIFO, device, socket, link or folder. Never opened for reading.
    case notRegularFile
    /// Another file (a different inode) has its name: it is listed again as new.
    case replaced
    /// Open for writing, changed within the settle time, or changed while it was read: it is put back.
    case stillBeingWritten
    /// Refused for good (unreadable, too large); `key` stands for the bytes that could not be read.
    case refused(InputRejection, key: String)
}

/// Reads an input once, safely whoever wrote it: opened without following links and without
/// blocking (`O_NOFOLLOW | O_NONBLOCK`), checked on the descriptor (`fstat`: a regular file, the
/// inode that was listed), taken only when complete, and checked again after reading.
///
/// Complete means: no writer holds it open (a read lease says so exactly); where a lease cannot
/// be had (a file of another user, without CAP_LEASE), its size and mtime were unchanged over
/// `settle` across two looks.
public struct InputFileReader: Sendable {
    public var maxBytes: Int
    public var settle: Duration

    public init(maxBytes: Int, settle: Duration = .zero) {
        self.maxBytes = maxBytes
        self.settle = settle
    }

    /// - Parameters:
    ///   - listed: the file as the intake saw it; nil when the caller named the file itself.
    ///   - unchangedSince: when the intake first saw the file as `listed`.
    public func read(_ path: InputPath, listed: FileIdentity?, unchangedSince: ContinuousClock.Instant, now: ContinuousClock.Instant)
        -> InputRead
    {
        let folder: Int32
        switch path.openParent() {
        case .success(let fd): folder = fd
        case .failure(let failure) where failure.code == ENOENT || failure.code == ENOTDIR: return .vanished
        case .failure(let failure) where Self.isTransient(failure.code): return .stillBeingWritten
        case .failure(let failure): return .refused(.unreadable(detail: failure.description), key: Self.key(listed, path))
        }
        defer { close(folder) }
        let fd = FolderDescriptor.openat(folder, path.name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            let failure = errno
            switch failure {
            case ENOENT: return .vanished
            case ELOOP, ENXIO, ENODEV: return .notRegularFile
            case _ where Self.isTransient(failure): return .stillBeingWritten
            default:
                let now = FolderDescriptor.status(folder, path.name).map(FileIdentity.init)
                return .refused(.unreadable(detail: FileSystemErrno(failure).description), key: Self.key(now ?? listed, path))
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .vanished }
        guard info.st_mode & S_IFMT == S_IFREG else { return .notRegularFile }
        let opened = FileIdentity(info)
        if let listed, !listed.isSameFile(as: opened) { return .replaced }
        switch Self.openForWriting(fd) {
        case true?: return .stillBeingWritten
        case false?: break
        case nil:
            // No lease: only time tells. The look at listing and this one must agree, `settle` apart.
            guard (listed ?? opened) == opened, now - unchangedSince >= settle else { return .stillBeingWritten }
        }
        guard opened.size <= maxBytes else { return .refused(.tooLarge(bytes: opened.size, limit: maxBytes), key: Self.key(opened, path)) }
        var bytes = [UInt8](repeating: 0, count: min(opened.size, maxBytes) + 1)
        var count = 0
        while count < bytes.count {
            let got = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, $0.count - count) }
            if got < 0 {
                if errno == EINTR { continue }
                if Self.isTransient(errno) { return .stillBeingWritten }
                return .refused(.unreadable(detail: FileSystemErrno(errno).description), key: Self.key(opened, path))
            }
            if got == 0 { break }
            count += got
            if count == bytes.count, count <= maxBytes { bytes.append(contentsOf: repeatElement(0, count: 64 * 1024)) }
        }
        guard fstat(fd, &info) == 0, FileIdentity(info) == opened, count == opened.size else { return .stillBeingWritten }
        guard count <= maxBytes else { return .refused(.tooLarge(bytes: count, limit: maxBytes), key: Self.key(opened, path)) }
        bytes.removeSubrange(count...)
        return .bytes(bytes, opened)
    }

    /// Whether another process holds the file open for writing. A read lease (`F_SETLEASE`) is refused
    /// with EAGAIN exactly then; nil when leases are not allowed (another user's file without CAP_LEASE).
    static func openForWriting(_ fd: Int32) -> Bool? {
        let setLease: Int32 = 1024  // F_SETLEASE, hidden behind _GNU_SOURCE
        if fcntl(fd, setLease, Int32(F_RDLCK)) == 0 {
            _ = fcntl(fd, setLease, Int32(F_UNLCK))
            return false
        }
        return errno == EAGAIN ? true : nil
    }

    /// Errors of the moment (out of descriptors or memory, interrupted): the file is looked at again,
    /// not quarantined for good.
    static func isTransient(_ code: Int32) -> Bool { [EMFILE, ENFILE, ENOMEM, EAGAIN, EINTR, ENOBUFS].contains(code) }

    /// Unread bytes have no hash: the file's identity stands in, so a restart decides it the same way.
    static func key(_ identity: FileIdentity?, _ path: InputPath) -> String {
        guard let identity else { return "path:\(path)" }
        return "stat:\(identity.device):\(identity.inode):\(identity.size):\(identity.modified)"
    }
}

/// Reads one file a user names (`assay extract`, `assay classify`): the same reader as the daemon's,
/// with the file's own folder as its root.
public struct InputReader: Sendable {
    public var maxBytes: Int

    public init(maxBytes: Int) { self.maxBytes = maxBytes }

    public func read(_ file: String) throws(InputRejection) -> [UInt8] {
        let path = InputPath.naming(file)
        let now = ContinuousClock.now
        switch InputFileReader(maxBytes: maxBytes).read(path, listed: nil, unchangedSince: now, now: now) {
        case .bytes(let bytes, _): return bytes
        case .vanished, .replaced: throw .unreadable(detail: "no such file")
        case .notRegularFile: throw .unreadable(detail: "not a regular file (a link, FIFO, device or folder)")
        case .stillBeingWritten: throw .unreadable(detail: "the file changed while it was read; try again once it is written")
        case .refused(let rejection, _): throw rejection
        }
    }
}

extension InputPath {
    /// A file named on the command line: its folder is the root, its name the one component.
    public static func naming(_ file: String) -> InputPath {
        let slash = file.lastIndex(of: "/")
        let folder = slash.map { String(file[..<$0]) } ?? "."
        let name = slash.map { String(file[file.index(after: $0)...]) } ?? file
        return InputPath(root: folder.isEmpty ? "/" : folder, components: [Array(name.utf8)])
    }
}
