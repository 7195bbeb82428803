import AssayTestSupport
import Foundation
import Testing

/// Every command-line error names the path and what to do; no Foundation error domain or Swift
/// decoding dump reaches the user.
@Suite struct CommandLineErrorTests {
    @Test func badPathsAndFilesAreNamedForWhatTheyAre() throws {
        let folder = try TemporaryFolder()
        let aFolder = folder.url.appendingPathComponent("folder")
        try FileManager.default.createDirectory(at: aFolder, withIntermediateDirectories: true)
        let aFile = folder.url.appendingPathComponent("file.txt")
        try Data("text".utf8).write(to: aFile)
        let malformed = folder.url.appendingPathComponent("labels.jsonl")
        try Data("{\"id\": \"a\", \"text\": \"Lithium\", \"labels\": [\"lithium\"]}\n\n{\"id\": \"b\", \"text\": 3}\n".utf8).write(to: malformed)
        let unknown = folder.url.appendingPathComponent("unknown.jsonl")
        try Data("{\"id\": \"a\", \"text\": \"Lithium prices\", \"labels\": [\"lithum\"]}\n".utf8).write(to: unknown)
        let seed = try Fixtures.seed("000").path
        let cases: [(arguments: [String], says: String)] = [
            (["check-config", "--config", aFolder.path], "\(aFolder.path): the config file is a folder, not a file; pass --config FILE"),
            (["check-config", "--config", folder.url.appendingPathComponent("none.toml").path],
                "none.toml: the config file does not exist; pass --config FILE"),
            (["classify", "--taxonomy", aFolder.path, seed], "\(aFolder.path): the taxonomy file is a folder, not a file; point taxonomy at a TOML file"),
            (["ingest", seed, "--out", aFile.path], "--out: \(aFile.path) is a file, not a folder"),
            (["stats", "--state", aFolder.path], "it is a folder, not a store file"),
            (["eval", "--labels", aFolder.path], "\(aFolder.path): is a folder, not a file"),
            (["eval", "--labels", folder.url.appendingPathComponent("none.jsonl").path], "none.jsonl: does not exist; --labels takes a readable file"),
            (["eval", "--labels", malformed.path], "\(malformed.path): line 3: wrong type at text: expected a string"),
            (["eval", "--labels", unknown.path], "labels not in the taxonomy: lithum"),
        ]
        for (arguments, says) in cases {
            let run = try AssayProcess.run(arguments)
            #expect(run.status != 0, "\(arguments)")
            #expect(run.stderr.contains(says), "\(arguments): \(run.stderr)")
            for leak in ["NSCocoaErrorDomain", "Error Domain=", "DecodingError", "keyNotFound", "CodingKeys"] {
                #expect(!run.stderr.contains(leak), "\(arguments): \(run.stderr)")
            }
        }
    }
}
