import Foundation

/// Finds the input files under the paths a user names: files as given, folders walked recursively.
/// Dotfiles and partial names (`*.part`, `*.tmp`, `*~`) are skipped; links are not followed.
public enum InputFiles {
    public static func isIgnoredName(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix(".part") || name.hasSuffix(".tmp") || name.hasSuffix("~")
            || name.hasSuffix(".reason.json") || name.hasSuffix(".crdownload")
    }

    /// Input files in a stable order, and the paths that do not exist.
    public static func list(_ paths: [String]) -> (files: [String], missing: [String]) {
        var files: [String] = []
        var missing: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            files.append(contentsOf: walk(path))
        }
        return (files, missing)
    }

    private static func walk(_ folder: String) -> [String] {
        var found: [String] = []
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return [] }
        for name in names.sorted() where !isIgnoredName(name) {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let attributes = try? manager.attributesOfItem(atPath: path),
                let type = attributes[.type] as? FileAttributeType
            else { continue }
            if type == .typeDirectory {
                found.append(contentsOf: walk(path))
            } else if type == .typeRegular {
                found.append(path)
            }
        }
        return found
    }
}
