import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Moves finished inputs out of the inbox into the archive or the quarantine, keeping their
/// subfolder, never overwriting: a name already there gets the input's key as a suffix.
public struct InputMover: Sendable {
    public var inbox: String

    public init(inbox: String) { self.inbox = inbox }

    /// The path under `folder` that `input` goes to (not yet taken).
    public func destination(of input: String, in folder: String, key: String) -> String {
        let relative = relativePath(input)
        var target = (folder as NSString).appendingPathComponent(relative)
        if FileManager.default.fileExists(atPath: target) {
            let stem = (relative as NSString).deletingPathExtension
            let ext = (relative as NSString).pathExtension
            let tag = String(key.split(separator: ":").last?.prefix(12) ?? "dup")
            var attempt = 0
            repeat {
                let suffix = attempt == 0 ? tag : "\(tag)-\(attempt)"
                let name = ext.isEmpty ? "\(stem).\(suffix)" : "\(stem).\(suffix).\(ext)"
                target = (folder as NSString).appendingPathComponent(name)
                attempt += 1
            } while FileManager.default.fileExists(atPath: target)
        }
        return target
    }

    /// Renames `input` to `target` (making its folder); across file systems, copies, syncs, then unlinks.
    public func move(_ input: String, to target: String) throws(OutputWriteError) {
        let folder = (target as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: folder) {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        if rename(input, target) == 0 { return }
        let failure = errno
        guard failure == EXDEV else { throw OutputWriteError(path: target, operation: "move the input to", errno: failure) }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: input))
            try AtomicFileWriter.write(data, to: target)
        } catch let error as OutputWriteError {
            throw error
        } catch {
            throw OutputWriteError(path: input, operation: "read for moving", errno: EIO)
        }
        unlink(input)
    }

    /// The input's path inside the inbox (`sub/file.txt`), or its name when it is elsewhere.
    public func relativePath(_ input: String) -> String {
        let prefix = inbox.hasSuffix("/") ? inbox : inbox + "/"
        return input.hasPrefix(prefix) ? String(input.dropFirst(prefix.count)) : (input as NSString).lastPathComponent
    }
}
