import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A whole small file named by a user (a config, a taxonomy, a labels file), or why it cannot be
/// read in words a user can act on: missing, a folder, not readable, not UTF-8.
public enum WholeFile {
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var path: String
        /// What is wrong, a phrase that follows the file's name: `does not exist`, `is a folder, not a file`, …
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    public static func bytes(_ path: String) throws(Problem) -> Data {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw Problem(
                path: path, reason: errno == ENOENT ? "does not exist" : "cannot be reached (\(String(cString: strerror(errno)).lowercased()))")
        }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw Problem(path: path, reason: "is a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problem(path: path, reason: "cannot be read by this user (check its permissions)")
        }
        return data
    }

    public static func text(_ path: String) throws(Problem) -> String {
        let data = try bytes(path)
        guard let text = String(data: data, encoding: .utf8) else { throw Problem(path: path, reason: "is not UTF-8 text") }
        return text
    }
}
