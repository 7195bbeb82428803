import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// What the inbox watcher saw.
public enum InboxEvent: Sendable, Equatable {
    /// A file was closed after writing, or moved in.
    case fileReady(InputPath)
    /// A file arrived under a name that is never read (hidden, partial, backup): logged at debug.
    case skipped(InputPath, reason: String)
    /// A folder appeared (made or moved in): it is watched now, and must be scanned (and its own
    /// subfolders watched) for what it holds.
    case folderAdded(InputPath)
    /// The kernel dropped events (queue overflow): only a full rescan is safe.
    case overflow
}

/// inotify on the inbox and its subfolders, read on a dedicated thread (a blocking `read` must not
/// hold one of the few cooperative-pool threads) and delivered as an `AsyncStream`.
public final class InotifyWatcher: Sendable {
    public let events: AsyncStream<InboxEvent>
    private let continuation: AsyncStream<InboxEvent>.Continuation
    private let descriptor: Int32
    private let folders = Mutex<[Int32: InputPath]>([:])
    private let stopped = Atomic<Bool>(false)

    private static let fileMask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE_SELF)

    /// Starts watching `folders` (the inbox first). Throws when inotify is not available.
    public init(folders initial: [InputPath]) throws(WatcherError) {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw WatcherError(errno: errno) }
        (events, continuation) = AsyncStream.makeStream(of: InboxEvent.self, bufferingPolicy: .unbounded)
        for folder in initial { watch(folder) }
        let thread = Thread { [self] in readLoop() }
        thread.name = "assay-inotify"
        thread.start()
    }

    /// Adds a watch on a folder (idempotent in the kernel). The folder is opened one name at a time
    /// and watched through its descriptor, so no link is followed and no path is too long.
    public func watch(_ folder: InputPath) {
        guard case .success(let fd) = FolderDescriptor.open(root: folder.root, folder.components) else { return }
        defer { close(fd) }
        let wd = inotify_add_watch(descriptor, "/proc/self/fd/\(fd)", Self.fileMask)
        guard wd >= 0 else { return }
        folders.withLock { $0[wd] = folder }
    }

    /// Ends the stream; the reading thread notices within its poll interval and closes the descriptor.
    public func stop() {
        stopped.store(true, ordering: .sequentiallyConsistent)
        continuation.finish()
    }

    private func readLoop() {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer {
            buffer.deallocate()
            close(descriptor)
        }
        while !stopped.load(ordering: .sequentiallyConsistent) {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 200)
            if ready <= 0 { continue }
            let count = read(descriptor, buffer, size)
            if count <= 0 { continue }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = offset + MemoryLayout<inotify_event>.size
                var name: [UInt8] = []
                if event.len > 0 {
                    let raw = UnsafeRawBufferPointer(start: buffer.advanced(by: nameStart), count: Int(event.len))
                    name = Array(raw.prefix { $0 != 0 })
                }
                handle(event, name: name)
                offset = nameStart + Int(event.len)
            }
        }
    }

    private func handle(_ event: inotify_event, name: [UInt8]) {
        let mask = event.mask
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            continuation.yield(.overflow)
            return
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            _ = folders.withLock { $0.removeValue(forKey: event.wd) }
            return
        }
        guard let folder = folders.withLock({ $0[event.wd] }), !name.isEmpty else { return }
        let path = folder.appending(name)
        if mask & UInt32(IN_ISDIR) != 0 {
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, name.first != UInt8(ascii: ".") {
                watch(path)
                continuation.yield(.folderAdded(path))
            }
            return
        }
        if mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0 {
            if let reason = InputLister.skipReason(name) {
                continuation.yield(.skipped(path, reason: reason))
            } else {
                continuation.yield(.fileReady(path))
            }
        }
    }
}

/// inotify could not be started; the message says how to go on.
public struct WatcherError: Error, CustomStringConvertible {
    public var errno: Int32

    public var description: String {
        "cannot watch the inbox with inotify (\(String(cString: strerror(errno)))); raise fs.inotify.max_user_instances, "
            + "or set poll = true to rescan on a timer instead"
    }
}
