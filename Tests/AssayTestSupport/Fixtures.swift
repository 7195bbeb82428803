import Foundation

/// Paths to the repository's own test inputs: `seeds/` and `Tests/Fixtures/`. Tests never read `../shared`.
public enum Fixtures {
    /// The repository root, found from this source file's location.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let seedsFolder = repositoryRoot.appendingPathComponent("seeds")
    public static let devCorpusFolder = repositoryRoot.appendingPathComponent("Tests/Fixtures/dev-corpus")
    public static let schemaFile = repositoryRoot.appendingPathComponent("schema/article.schema.json")
    public static let taxonomyFile = repositoryRoot.appendingPathComponent("config/industries.toml")
    public static let gazetteerFile = repositoryRoot.appendingPathComponent("config/gazetteer.toml")
    /// Articles labelled with supply-chain facts, written for the project (Tests/Fixtures/facts/README.md).
    public static let factsFile = repositoryRoot.appendingPathComponent("Tests/Fixtures/facts/articles.jsonl")

    public static func seed(_ prefix: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path)
        guard let name = names.first(where: { $0.hasPrefix(prefix) }) else {
            throw FixtureError(message: "no seed starting with \(prefix) in \(seedsFolder.path)")
        }
        return seedsFolder.appendingPathComponent(name)
    }

    public static func bytes(_ url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }

    public static func devCorpusFile(_ name: String) -> URL {
        devCorpusFolder.appendingPathComponent(name)
    }

    /// The labelled dev corpus: id → (title, text, labels).
    public static func devCorpusArticles() throws -> [String: DevCorpusArticle] {
        let text = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Tests/Fixtures/articles.jsonl"), encoding: .utf8)
        var articles: [String: DevCorpusArticle] = [:]
        for line in text.split(separator: "\n") {
            let article = try JSONDecoder().decode(DevCorpusArticle.self, from: Data(line.utf8))
            articles[article.id] = article
        }
        return articles
    }
}

public struct DevCorpusArticle: Decodable, Sendable {
    public var id: String
    public var lang: String
    public var labels: [String]
    public var confuser: Bool
    public var title: String
    public var text: String
}

public struct FixtureError: Error, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

/// A temporary folder removed when the value is released.
public final class TemporaryFolder: Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("assay-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func file(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
