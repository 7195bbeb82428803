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
    public static func isIgnoredName(_ name: [UInt8]) -> Bool { skipReason(name) != nil }

    /// Why a name is skipped, for the debug line that says so; nil for a name that is read.
    public static func skipReason(_ name: [UInt8]) -> String? {
        if name.first == UInt8(ascii: ".") { return "hidden name" }
        for (suffix, reason) in skippedSuffixes where name.count >= suffix.utf8.count {
            if name.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) { return reason }
        }
        return nil
    }

    private static let skippedSuffixes = [
        (".part", "partial download"), (".crdownload", "partial download"), (".tmp", "temporary file"), ("~", "editor backup"),
        (".reason.json", "quarantine reason file"),
    ]

    /// What a non-regular entry is skipped as.
    static let notRegularReason = "not a regular file (a link, FIFO, device or socket)"

    /// What a scan found: the first files in name order (up to the limit asked), every folder
    /// walked, and how many input files there are in all.
    public struct Scan: Sendable {
        public var files: [Found] = []
        public var folders: [InputPath] = []
        public var fileCount = 0
        /// Names passed over and why, when asked for (at most `skippedLimit`), for debug lines.
        public var skipped: [(path: InputPath, reason: String)] = []
        var skippedLimit = 0
        /// A folder held more files than were kept: nothing later in name order may be listed, or a
        /// file would come before one of those (a file gone between listing and look frees no place).
        var cut = false
    }

    /// The files below `folder` (the root itself when it has no components), in name order: the first
    /// `limit` of them, so a backlog of any size costs the memory of `limit` files, not of all. Every
    /// folder is walked (to be watched, and to count the files); only the files kept are looked at.
    public func scan(_ folder: InputPath, limit: Int = .max, noteSkipped: Int = 0) -> Scan {
        var scan = Scan()
        scan.skippedLimit = noteSkipped
        walk(folder, limit: limit, into: &scan)
        return scan
    }

    /// One file's current look, when it is a regular file that is not ignored (a file named by a
    /// user, `named`, is taken whatever its name).
    public func look(_ path: InputPath, named: Bool = false) -> Found? {
        guard named || !Self.isIgnoredName(path.name), let info = path.status(), info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Found(path: path, identity: FileIdentity(info))
    }

    private func walk(_ folder: InputPath, limit: Int, into scan: inout Scan) {
        guard case .success(let fd) = FolderDescriptor.open(root: folder.root, folder.components) else { return }
        defer { close(fd) }
        scan.folders.append(folder)
        var subfolders: [[UInt8]] = []
        var smallest = SmallestNames(capacity: scan.cut ? 0 : max(0, limit - scan.files.count))
        var folderFiles = 0
        FolderDescriptor.forEachName(fd) { name, kind in
            if let reason = Self.skipReason(name) {
                if kind != .folder { scan.noteSkipped(folder.appending(name), reason) }
                return
            }
            switch kind {
            case .folder: subfolders.append(name)
            case .file:
                scan.fileCount += 1
                folderFiles += 1
                smallest.insert(name)
            case .other: scan.noteSkipped(folder.appending(name), Self.notRegularReason)
            }
        }
        // Files and subfolders in one name order: a subfolder's files come where its name does.
        let files = smallest.sorted()
        let dropped = folderFiles > files.count
        subfolders.sort { $0.lexicographicallyPrecedes($1) }
        var nextFile = 0
        var nextFolder = 0
        while nextFile < files.count || nextFolder < subfolders.count {
            // Past the last file kept, this folder's dropped files may come before anything later: the
            // listing ends there (a subfolder between waits for the next listing).
            if dropped, nextFile == files.count { scan.cut = true }
            if nextFolder == subfolders.count
                || (nextFile < files.count && files[nextFile].lexicographicallyPrecedes(subfolders[nextFolder]))
            {
                let name = files[nextFile]
                nextFile += 1
                // Looked at only when kept; one gone meanwhile is left out.
                guard !scan.cut, scan.files.count < limit, let info = FolderDescriptor.status(fd, name), info.st_mode & S_IFMT == S_IFREG else { continue }
                scan.files.append(Found(path: folder.appending(name), identity: FileIdentity(info)))
            } else {
                walk(folder.appending(subfolders[nextFolder]), limit: limit, into: &scan)
                nextFolder += 1
            }
        }
        if dropped { scan.cut = true }
    }
}

extension InputLister.Scan {
    mutating func noteSkipped(_ path: @autoclosure () -> InputPath, _ reason: String) {
        if skipped.count < skippedLimit { skipped.append((path(), reason)) }
    }
}

/// The `capacity` smallest names offered, in a max-heap: the largest kept is replaced by a smaller
/// one, so a folder of any size is read in the memory of `capacity` names.
struct SmallestNames {
    private var heap: [[UInt8]] = []
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    mutating func insert(_ name: [UInt8]) {
        guard capacity > 0 else { return }
        if heap.count < capacity {
            heap.append(name)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard heap[parent].lexicographicallyPrecedes(heap[child]) else { break }
                heap.swapAt(parent, child)
                child = parent
            }
        } else if name.lexicographicallyPrecedes(heap[0]) {
            heap[0] = name
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var largest = parent
                if left < heap.count, heap[largest].lexicographicallyPrecedes(heap[left]) { largest = left }
                if right < heap.count, heap[largest].lexicographicallyPrecedes(heap[right]) { largest = right }
                guard largest != parent else { break }
                heap.swapAt(parent, largest)
                parent = largest
            }
        }
    }

    /// The names kept, smallest first.
    func sorted() -> [[UInt8]] { heap.sorted { $0.lexicographicallyPrecedes($1) } }
}
