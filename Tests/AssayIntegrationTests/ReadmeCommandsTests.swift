import AssayTestSupport
import Foundation
import Testing

/// The README's blocks marked `sh runnable` work as pasted: run in order with bash (`-e`, `pipefail`)
/// in a copy of the repository's tracked files, as a fresh clone has them, with the binary the tests
/// built where the README names it (`.build/debug/assay`).
@Suite struct ReadmeCommandsTests {
    static let systemdAnalyze = FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze")

    /// Each runnable block's text and its tags (`systemd` needs systemd-analyze).
    static func runnableBlocks(_ readme: String) -> [(tags: [String], script: String)] {
        var blocks: [(tags: [String], script: String)] = []
        var current: (tags: [String], lines: [String])?
        for line in readme.components(separatedBy: "\n") {
            if var open = current {
                if line.hasPrefix("```") {
                    blocks.append((open.tags, open.lines.joined(separator: "\n")))
                    current = nil
                } else {
                    open.lines.append(line)
                    current = open
                }
            } else if line.hasPrefix("```sh runnable") {
                current = (line.split(separator: " ").dropFirst(2).map(String.init), [])
            }
        }
        return blocks
    }

    @Test func runnableCommandsWorkAsPastedInAFreshClone() throws {
        let root = Fixtures.repositoryRoot
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let blocks = Self.runnableBlocks(readme)
        #expect(blocks.count >= 3)
        #expect(FileManager.default.isExecutableFile(atPath: "/usr/bin/jq"), "the README pipes into jq: install it (make deps does)")

        let clone = try TemporaryFolder()
        let listed = try Self.shell("git ls-files -z", in: root)
        #expect(listed.status == 0, "\(listed.output)")
        for path in listed.output.split(separator: "\0").map(String.init) {
            let target = clone.url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: root.appendingPathComponent(path), to: target)
        }
        let binary = clone.url.appendingPathComponent(".build/debug/assay")
        try FileManager.default.createDirectory(at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: binary, withDestinationURL: AssayProcess.executable)

        for block in blocks {
            if block.tags.contains("systemd") && !Self.systemdAnalyze { continue }
            let run = try Self.shell(block.script, in: clone.url)
            #expect(run.status == 0, "README block failed (exit \(run.status)):\n\(block.script)\n--- output:\n\(run.output.suffix(3000))")
        }
    }

    static func shell(_ script: String, in folder: URL) throws -> (status: Int32, output: String) {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "ASSAY_CONFIG")
        return try ChildProcess.run("/bin/bash", ["-e", "-o", "pipefail", "-c", script], in: folder, environment: environment)
    }
}
