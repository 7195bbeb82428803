import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An input's place: a root folder (the inbox, or a folder named to `assay ingest`) and the names
/// below it, kept as raw bytes. Any name the file system allows is processed, valid UTF-8 or not,
/// and paths longer than PATH_MAX are reached by opening one folder at a time.
public struct InputPath: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The root folder, as configured (a short, valid path).
    public var root: String
    /// The names from the root down to the file, each without `/` or NUL.
    public var components: [[UInt8]]

    public init(root: String, components: [[UInt8]]) {
        self.root = root
        self.components = components
    }

    /// A path given as text (`root/sub/name`); `root` must be a prefix of it.
    public init(root: String, relative: String) {
        self.init(root: root, components: relative.split(separator: "/").map { Array($0.utf8) })
    }

    /// The last name.
    public var name: [UInt8] { components.last ?? [] }

    public func appending(_ name: [UInt8]) -> InputPath {
        InputPath(root: root, components: components + [name])
    }

    /// The path below the root for logs and ledger rows: valid UTF-8 as is, other bytes as `\xE9`.
    public var relative: String { components.map(Self.escape).joined(separator: "/") }

    /// The whole path for logs, records and the ledger (escaped like `relative`).
    public var description: String { components.isEmpty ? root : (root.hasSuffix("/") ? root : root + "/") + relative }

    /// The name as text: UTF-8 when it is valid, else each byte that is not as `\xNN`.
    public static func escape(_ name: [UInt8]) -> String {
        if let text = String(validating: name, as: UTF8.self) { return text }
        var text = ""
        var index = 0
        while index < name.count {
            // Decode the longest valid run; escape the byte that stops it.
            var end = index
            while end < name.count, name[end] < 0x80 { end += 1 }
            if end > index {
                text += String(decoding: name[index..<end], as: UTF8.self)
                index = end
                continue
            }
            var decoded = false
            for length in [4, 3, 2] where index + length <= name.count {
                if let scalar = String(validating: name[index..<(index + length)], as: UTF8.self) {
                    text += scalar
                    index += length
                    decoded = true
                    break
                }
            }
            if !decoded {
                text += String(format: "\\x%02X", name[index])
                index += 1
            }
        }
        return text
    }

    public static func < (lhs: InputPath, rhs: InputPath) -> Bool {
        if lhs.root != rhs.root { return lhs.root < rhs.root }
        return lhs.components.lexicographicallyPrecedes(rhs.components) { $0.lexicographicallyPrecedes($1) }
    }
}

/// What the file system says of a file at one look: which file it is and whether it changed.
public struct FileIdentity: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int
    public var modified: Int64
    public var modifiedNanoseconds: Int

    public init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int(info.st_size)
        modified = Int64(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
    }

    /// The same file (device and inode), whatever its contents.
    public func isSameFile(as other: FileIdentity) -> Bool { device == other.device && inode == other.inode }
}
