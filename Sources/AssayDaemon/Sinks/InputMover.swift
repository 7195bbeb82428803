import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Moves finished inputs out of the inbox into the archive or the quarantine, keeping their
/// subfolders and their names' bytes, never overwriting: a name already there gets the input's key
/// as a suffix. Folders are reached one name at a time, so no path is too long and no link followed.
public struct InputMover: Sendable {
    /// A move that failed, naming both places and what to check.
    public struct MoveError: Error, CustomStringConvertible {
        public var input: String
        public var target: String
        public var errno: FileSystemErrno

        public var description: String {
            "could not move \(input) to \(target): \(errno); check that the folder exists, is writable by this user "
                + "and has free space"
        }
    }

    public init() {}

    /// Where `input` goes below `folder` (not yet taken): the folder plus the input's names.
    public func destination(of input: InputPath, in folder: String, key: String) -> InputPath {
        var target = InputPath(root: folder, components: input.components)
        guard target.status() != nil else { return target }
        let name = input.name
        let dot = name.lastIndex(of: UInt8(ascii: "."))
        let stem = dot.map { Array(name[..<$0]) } ?? name
        let ext = dot.map { Array(name[$0...]) } ?? []
        let tag = Array(String(key.split(separator: ":").last?.prefix(12) ?? "dup").utf8)
        var attempt = 0
        repeat {
            let suffix = attempt == 0 ? tag : tag + Array("-\(attempt)".utf8)
            target.components[target.components.count - 1] = stem + [UInt8(ascii: ".")] + suffix + ext
            attempt += 1
        } while target.status() != nil
        return target
    }

    /// Renames `input` to `target`, making its folders; across file systems, copies, syncs, then unlinks.
    public func move(_ input: InputPath, to target: InputPath) throws(MoveError) {
        let fail = { (code: Int32) in MoveError(input: input.description, target: target.description, errno: FileSystemErrno(code)) }
        let from: Int32
        switch input.openParent() {
        case .success(let fd): from = fd
        case .failure(let failure): throw fail(failure.code)
        }
        defer { close(from) }
        let to: Int32
        switch target.openParent(create: true) {
        case .success(let fd): to = fd
        case .failure(let failure): throw fail(failure.code)
        }
        defer { close(to) }
        let renamed = FolderDescriptor.withCName(input.name) { source in
            FolderDescriptor.withCName(target.name) { renameat(from, source, to, $0) }
        }
        if renamed == 0 { return }
        let failure = errno
        guard failure == EXDEV else { throw fail(failure) }
        let now = ContinuousClock.now
        guard case .bytes(let bytes, _) = InputFileReader(maxBytes: Int.max - 1).read(input, listed: nil, unchangedSince: now, now: now)
        else { throw fail(EIO) }
        let fd = FolderDescriptor.openat(to, target.name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw fail(errno) }
        let written = bytes.withUnsafeBytes { AtomicFileWriter.writeFully(fd, $0) }
        let synced = written == 0 ? (fsync(fd) == 0 ? 0 : errno) : written
        close(fd)
        guard synced == 0 else { throw fail(synced) }
        fsync(to)
        _ = FolderDescriptor.withCName(input.name) { unlinkat(from, $0, 0) }
    }
}
