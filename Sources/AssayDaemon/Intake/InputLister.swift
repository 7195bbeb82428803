#if canImport(Glibc)
    import Glibc
#endif

/// Lists input files below a root: regular files only (links are never followed, so nothing outside
/// the root is read), dotfiles and partial names skipped, subfolders walked, in name order so a
/// backlog is processed in a stable order. Names are bytes: none is too odd or too deep to list.
public struct InputLister: Sendable {
    public struct Found: Sendable, Equatable {
        public var path: InputPath
        public var identity: FileIdentity
    }

    public init() {}

    /// Whether a file name is skipped: hidden, a partial download, an editor's backup, or a reason file.
    public static func isIgnoredName(_ name: [UInt8]) -> Bool {
        if name.first == UInt8(ascii: ".") { return true }
        for suffix in [".part", ".tmp", "~", ".reason.json", ".crdownload"] where name.count >= suffix.utf8.count {
            if name.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) { return true }
        }
        return false
    }

    /// The files below `folder` (the root itself when it has no components), and the folders walked.
    public func scan(_ folder: InputPath) -> (files: [Found], folders: [InputPath]) {
        var files: [Found] = []
        var folders: [InputPath] = []
        walk(folder, files: &files, folders: &folders)
        return (files, folders)
    }

    /// One file's current look, when it is a regular file that is not ignored (a file named by a
    /// user, `named`, is taken whatever its name).
    public func look(_ path: InputPath, named: Bool = false) -> Found? {
        guard named || !Self.isIgnoredName(path.name), let info = path.status(), info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Found(path: path, identity: FileIdentity(info))
    }

    private func walk(_ folder: InputPath, files: inout [Found], folders: inout [InputPath]) {
        guard case .success(let fd) = FolderDescriptor.open(root: folder.root, folder.components) else { return }
        folders.append(folder)
        let entries = FolderDescriptor.entries(fd).sorted { $0.name.lexicographicallyPrecedes($1.name) }
        close(fd)
        for entry in entries where !Self.isIgnoredName(entry.name) {
            let path = folder.appending(entry.name)
            switch entry.info.st_mode & S_IFMT {
            case S_IFDIR: walk(path, files: &files, folders: &folders)
            case S_IFREG: files.append(Found(path: path, identity: FileIdentity(entry.info)))
            default: continue
            }
        }
    }
}
