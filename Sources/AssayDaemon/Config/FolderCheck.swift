import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Whether a configured folder can be used, looked at without changing anything: `check-config`
/// and `run` share this check, and only `run` (once the config is accepted) makes missing folders.
public enum FolderCheck {
    enum Look: Equatable {
        case folder(writable: Bool)
        case notFolder
        case missing
        case unreachable(String)
    }

    static func look(_ path: String) -> Look {
        var info = stat()
        guard stat(path, &info) == 0 else {
            // ENOTDIR: a parent is a file; the walk up in `problem` names it.
            return errno == ENOENT || errno == ENOTDIR ? .missing : .unreachable(String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { return .notFolder }
        return .folder(writable: access(path, R_OK | W_OK | X_OK) == 0)
    }

    /// What stops `folder` from being used (or made) by this user, or nil: an existing folder must
    /// be writable; a missing one needs its nearest existing parent to be a writable folder.
    public static func problem(_ folder: String) -> String? {
        switch look(folder) {
        case .folder(writable: true): return nil
        case .folder(writable: false): return "folder \(folder) is not writable by this user"
        case .notFolder: return "\(folder) is a file, not a folder; move the file away or name another folder"
        case .unreachable(let reason): return "folder \(folder) cannot be reached (\(reason))"
        case .missing: break
        }
        var parent = folder
        while true {
            var next = (parent as NSString).deletingLastPathComponent
            if next.isEmpty { next = parent.hasPrefix("/") ? "/" : "." }  // a relative name: the working folder holds it
            guard next != parent else { return "folder \(folder) cannot be created: no parent folder exists" }
            parent = next
            switch look(parent) {
            case .missing: continue
            case .folder(writable: true): return nil
            case .folder(writable: false):
                return "folder \(folder) does not exist and cannot be created: \(parent) is not writable by this user"
            case .notFolder: return "folder \(folder) cannot be created: \(parent) is a file, not a folder"
            case .unreachable(let reason): return "folder \(folder) cannot be created: \(parent) cannot be reached (\(reason))"
            }
        }
    }
}
