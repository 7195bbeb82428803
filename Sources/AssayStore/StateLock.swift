import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One process per state store: an exclusive `flock` on `STATE.lock`, held for the process's life,
/// with the holder's pid written in it so a second one can say who holds it.
public final class StateLock: Sendable {
    public let path: String
    private let descriptor: Int32

    /// Takes the lock at once or throws, naming the holder.
    public init(state: String) throws(StoreError) {
        path = state + ".lock"
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else {
            throw StoreError(path: state, underlying: "cannot open its lock file \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let failure = errno
            var buffer = [UInt8](repeating: 0, count: 32)
            let count = pread(fd, &buffer, buffer.count, 0)
            close(fd)
            let holder = count > 0 ? String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : "?"
            if failure == EWOULDBLOCK {
                throw StoreError(
                    path: state,
                    underlying: "another assay (pid \(holder)) is using it and holds \(path)",
                    advice: "stop that process first, or give this one its own state file")
            }
            throw StoreError(path: state, underlying: "cannot lock \(path): \(String(cString: strerror(failure)))")
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pwrite(fd, pid, pid.count, 0)
        descriptor = fd
    }

    deinit { close(descriptor) }
}
