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
    static let time = "2026-01-01T00:00:00Z"

    /// Every input, as a path relative to the repository.
    static let inputs: [String] = folders.flatMap { folder in
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.repositoryRoot.appendingPathComponent(folder).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
    }

    static let pipeline = ArticlePipeline(classifier: try! IndustryClassifier(taxonomy: TaxonomyFile.builtIn))

    /// The records of one input as the daemon writes them (with the near-duplicate signature), or its refusal.
    static func records(_ path: String) throws -> String {
        let bytes = try Fixtures.bytes(Fixtures.repositoryRoot.appendingPathComponent(path))
        let outcomes = pipeline.process(InputDocument(bytes: bytes, path: path, receivedAt: time), ingestedAt: time)
        return try outcomes.map { outcome in
            switch outcome {
            case .article(var article):
                article.dedup.signature = NearDuplicateSignature(body: article.body).hex
                return String(decoding: try ArticleJSON.encoder.encode(article), as: UTF8.self)
            case .rejected(let rejection, let index):
                return "rejected \(index.map(String.init) ?? "-"): \(rejection)"
            }
        }.joined(separator: "\n") + "\n"
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
