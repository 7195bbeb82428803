import AssayTestSupport
import Foundation
import Testing

/// `check-config` is `run` without running: the same verdict and messages, and nothing made or changed.
@Suite struct CheckConfigTests {
    /// Every path below the sandbox, folders marked, with each file's size.
    static func tree(_ root: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            let attributes = enumerator?.fileAttributes ?? [:]
            paths.append("\(path) \(attributes[.type] as? FileAttributeType == .typeDirectory ? "/" : "\(attributes[.size] ?? 0)")")
        }
        return paths.sorted()
    }

    @Test func aUsableConfigIsAcceptedWithoutMakingItsFoldersAndRunMakesThem() throws {
        let sandbox = try DaemonSandbox()
        let before = Self.tree(sandbox.root)
        let checked = try AssayProcess.run(["check-config", "--config", sandbox.config.path])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(Self.tree(sandbox.root) == before)
        #expect(!FileManager.default.fileExists(atPath: sandbox.output.path))

        let run = try AssayProcess.run(["run", "--config", sandbox.config.path, "--exit-when-idle"])
        #expect(run.status == 0, "\(run.stderr)")
        for folder in [sandbox.output, sandbox.archive, sandbox.quarantine, sandbox.root.appendingPathComponent("state")] {
            #expect(FileManager.default.fileExists(atPath: folder.path), "\(folder.path)")
        }
    }

    @Test func aRefusedConfigLeavesTheFileSystemUntouchedAndRunRefusesItAlike() throws {
        let sandbox = try DaemonSandbox()
        // Output inside the inbox, and a quarantine whose parent is a file.
        let text = try String(contentsOf: sandbox.config, encoding: .utf8)
            .replacingOccurrences(of: "output = \"records\"", with: "output = \"inbox/records\"")
            .replacingOccurrences(of: "quarantine = \"quarantine\"", with: "quarantine = \"blocker/quarantine\"")
        try Data(text.utf8).write(to: sandbox.config)
        try Data("a file".utf8).write(to: sandbox.root.appendingPathComponent("blocker"))
        let before = Self.tree(sandbox.root)
        let checked = try AssayProcess.run(["check-config", "--config", sandbox.config.path])
        #expect(checked.status == 78)
        #expect(checked.stderr.contains("is inside the inbox"), "\(checked.stderr)")
        #expect(checked.stderr.contains("blocker is a file, not a folder"), "\(checked.stderr)")
        #expect(Self.tree(sandbox.root) == before, "check-config changed the file system")

        let run = try AssayProcess.run(["run", "--config", sandbox.config.path, "--exit-when-idle"])
        #expect(run.status == 78)
        #expect(run.stderr == checked.stderr)
        #expect(Self.tree(sandbox.root) == before, "a refused run changed the file system")
    }

    @Test func anInboxThatIsAFileAndAStateThatIsNotAStoreAreNamedForWhatTheyAre() throws {
        let sandbox = try DaemonSandbox()
        try FileManager.default.removeItem(at: sandbox.inbox)
        try Data("not a folder".utf8).write(to: sandbox.inbox)
        try FileManager.default.createDirectory(at: sandbox.root.appendingPathComponent("state"), withIntermediateDirectories: true)
        try Data().write(to: sandbox.root.appendingPathComponent("state/assay.sqlite"))
        let checked = try AssayProcess.run(["check-config", "--config", sandbox.config.path])
        #expect(checked.status == 78)
        #expect(checked.stderr.contains("\(sandbox.inbox.path) is a file, not a folder"), "\(checked.stderr)")
        #expect(checked.stderr.contains("the file is empty (0 bytes)"), "\(checked.stderr)")
        #expect(!checked.stderr.contains("--state"), "run has no --state flag: \(checked.stderr)")
    }
}
