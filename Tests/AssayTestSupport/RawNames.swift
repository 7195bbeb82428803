import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// File names as bytes, for names that are not UTF-8 and paths longer than PATH_MAX, which
/// `FileManager` cannot make or list.
public enum RawNames {
    /// Makes `names` as nested folders under `folder`, one `mkdirat` at a time; the last folder's descriptor.
    public static func makeFolders(in folder: URL, _ names: [[UInt8]]) throws -> Int32 {
        var fd = open(folder.path, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { throw POSIXError(.ENOENT) }
        for name in names {
            let cName = name.map { CChar(bitPattern: $0) } + [0]
            _ = mkdirat(fd, cName, 0o755)
            let next = openat(fd, cName, O_RDONLY | O_DIRECTORY)
            close(fd)
            guard next >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            fd = next
        }
        return fd
    }

    /// Writes a file named `name` (any bytes but `/` and NUL) in the folder `folderFD`, then closes it.
    public static func write(_ bytes: [UInt8], named name: [UInt8], in folderFD: Int32) throws {
        let cName = name.map { CChar(bitPattern: $0) } + [0]
        let fd = openat(folderFD, cName, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    /// The names in the folder `folderFD`, as bytes.
    public static func names(in folderFD: Int32) -> [[UInt8]] {
        let copy = dup(folderFD)
        guard let stream = fdopendir(copy) else { return [] }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name != [0x2E], name != [0x2E, 0x2E] { names.append(name) }
        }
        return names
    }
}
