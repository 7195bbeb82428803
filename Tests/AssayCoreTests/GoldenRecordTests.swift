import AssayCore
import AssayDaemon
import AssayTestSupport
import Foundation
import Testing

/// Every fixture's record, byte for byte, as the daemon would write it (fixed times, so nothing in
/// a record varies between runs). Guards the quality work while the pipeline's internals change:
/// a change of behaviour must show here and be committed with new golden files, on its own.
///
/// To take new golden files after an intended change: `make golden`.
@Suite struct GoldenRecordTests {
    static let folders = ["seeds", "Tests/Fixtures/dev-corpus", "Tests/Fixtures/pages", "Tests/Fixtures/encodings",
        "Tests/Fixtures/scripts", "Tests/Fixtures/labels", "Tests/Fixtures/reworded", "Tests/Fixtures/rewrites"]
    static let goldenFolder = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/golden")
    /// Every input, as a path relative to the repository.
    static let inputs: [String] = folders.flatMap { folder in
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.repositoryRoot.appendingPathComponent(folder).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
    }

    static let pipeline = ArticlePipeline(classifier: try! IndustryClassifier(taxonomy: TaxonomyFile.builtIn))

    static func records(_ path: String) throws -> String {
        try GoldenRecords.text(of: Fixtures.bytes(Fixtures.repositoryRoot.appendingPathComponent(path)), path: path, pipeline: pipeline)
    }

    @Test func everyFixtureFolderHasInputs() {
        for folder in Self.folders { #expect(Self.inputs.contains { $0.hasPrefix(folder + "/") }, "\(folder)") }
    }

    @Test(arguments: inputs)
    func theRecordIsByteForByteTheGoldenOne(path: String) throws {
        let golden = Self.goldenFolder.appendingPathComponent(path + ".json")
        let records = try Self.records(path)
        if ProcessInfo.processInfo.environment["ASSAY_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(records.utf8).write(to: golden)
            return
        }
        let saved = try String(contentsOf: golden, encoding: .utf8)
        #expect(records == saved, "\(path) differs from Tests/Fixtures/golden/\(path).json; if the change is intended, run make golden")
    }
}
