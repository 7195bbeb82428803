#if canImport(Glibc)
    import Glibc
#endif

/// Folder descriptors for the `*at` calls: an input is reached one name at a time from its root, so
/// no link is followed on the way and no path is too long to open.
enum FolderDescriptor {
    /// Opens `root` then each name below it as a folder; with `create`, missing folders are made.
    /// The descriptor, or the errno that stopped the walk.
    static func open(root: String, _ names: some Collection<[UInt8]>, create: Bool = false) -> Result<Int32, FileSystemErrno> {
        var fd = Glibc.open(root.isEmpty ? "." : root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(FileSystemErrno(errno)) }
        for name in names {
            var next = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next < 0, errno == ENOENT, create {
                if withCName(name, { mkdirat(fd, $0, 0o755) }) != 0, errno != EEXIST {
                    let failure = errno
                    close(fd)
                    return .failure(FileSystemErrno(failure))
                }
                next = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            }
            let failure = errno
            close(fd)
            guard next >= 0 else { return .failure(FileSystemErrno(failure)) }
            fd = next
        }
        return .success(fd)
    }

    static func openat(_ folder: Int32, _ name: [UInt8], _ flags: Int32) -> Int32 {
        withCName(name) { Glibc.openat(folder, $0, flags) }
    }

    /// `lstat` of a name in the folder (links are not followed).
    static func status(_ folder: Int32, _ name: [UInt8]) -> stat? {
        var info = stat()
        return withCName(name) { fstatat(folder, $0, &info, AT_SYMLINK_NOFOLLOW) } == 0 ? info : nil
    }

    /// What an entry of a folder is, from the directory itself where the file system says
    /// (`d_type`), else from `lstat`: links are neither files nor folders.
    enum EntryKind { case file, folder, other }

    /// Calls `body` with each entry's name (not `.` and `..`) and kind, unsorted, reading names only:
    /// a folder of any size is listed without an `lstat` per entry where the file system gives types.
    static func forEachName(_ folder: Int32, _ body: ([UInt8], EntryKind) -> Void) {
        let copy = dup(folder)
        guard copy >= 0, let stream = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            return
        }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            let kind: EntryKind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_UNKNOWN):
                guard let info = status(folder, name) else { continue }
                let type = info.st_mode & S_IFMT
                kind = type == S_IFREG ? .file : type == S_IFDIR ? .folder : .other
            default: kind = .other
            }
            body(name, kind)
        }
    }

    /// Calls `body` with the name as a NUL-terminated C string.
    static func withCName<T>(_ name: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (name + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }
}

/// An errno from a file-system call, with the system's words for it.
public struct FileSystemErrno: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: Int32

    public init(_ code: Int32) { self.code = code }

    public var description: String { String(cString: strerror(code)) }
}

extension InputPath {
    /// Opens the folder holding this input (for `openat`, `renameat`); with `create`, makes missing folders.
    func openParent(create: Bool = false) -> Result<Int32, FileSystemErrno> {
        FolderDescriptor.open(root: root, components.dropLast(), create: create)
    }

    /// `lstat` of the input itself, links not followed; nil when it is gone.
    public func status() -> stat? {
        guard case .success(let folder) = openParent() else { return nil }
        defer { close(folder) }
        return FolderDescriptor.status(folder, name)
    }
}
