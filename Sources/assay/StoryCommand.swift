import ArgumentParser
import AssayCore
import AssayStore
import Foundation

/// Which sources carried a story: its first article and every copy and reprint matched to it.
struct StoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Show a story and every source that carried it (exact copies and reprints), from the state store.",
        discussion: """
            ID is a record's id: the story's own, or that of any copy or reprint of it. The story's facts \
            (organizations, places, capacities, money, events) are read from its record in the output folder \
            (the config's `output`, or --out).
            """
    )

    @Argument(help: "A record id (the `id` field of any record of the story).")
    var id: String

    @OptionGroup var store: StateStoreOptions

    @Flag(name: .long, help: "Print one JSON object instead of text.")
    var json = false

    func run() async throws {
        let store = try store.open(for: "story")
        let found: StoryCoverage?
        do {
            found = try store.story(containing: id)
        } catch {
            Console.error("assay story: \(error)")
            throw ExitCode(2)
        }
        guard let story = found else {
            Console.error("assay story: no article with id \(id) in the state store; ids are the `id` field of the records")
            throw ExitCode(1)
        }
        let recordPath = (try self.store.outputFolder() as NSString).appendingPathComponent("\(story.canonical.id).json")
        let facts = Self.facts(inRecord: recordPath)
        if json {
            var object: [String: Any] = [
                "story": Self.object(story.canonical), "reprints": story.reprints.map(Self.object), "carried_by": story.carriers,
            ]
            if let facts, let data = try? ArticleJSON.compactEncoder.encode(facts) {
                object["facts"] = try JSONSerialization.jsonObject(with: data)
            }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print("\(story.canonical.id)  \(story.canonical.title)")
        print("carried by \(story.carriers.count): \(story.carriers.joined(separator: ", "))")
        for article in [story.canonical] + story.reprints {
            let match = article.match + (article.similarity.map { String(format: " %.3f", $0) } ?? "")
            print("  \(article.ingestedAt)  \(article.id)  \(match)  \(article.publisher ?? "-")  \(article.source ?? "-")")
        }
        if let facts {
            print("facts:")
            print(FactsSummary(path: nil, index: nil, title: story.canonical.title, facts: facts).text)
        } else {
            print("facts: no record at \(recordPath) (pass --config or --out to name the output folder)")
        }
    }

    /// The facts of a record file, or nil when there is none (or it predates facts).
    private static func facts(inRecord path: String) -> ArticleFacts? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return (try? JSONDecoder().decode(Article.self, from: data))?.facts
    }

    private static func object(_ article: StoryArticle) -> [String: Any] {
        var object: [String: Any] = ["id": article.id, "title": article.title, "ingested_at": article.ingestedAt, "match": article.match]
        if let source = article.source { object["source"] = source }
        if let publisher = article.publisher { object["publisher"] = publisher }
        if let similarity = article.similarity { object["similarity"] = similarity }
        return object
    }
}
