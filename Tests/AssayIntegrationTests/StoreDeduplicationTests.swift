import AssayCore
@testable import AssayStore
import AssayTestSupport
import Foundation
import GRDB
import Testing

/// De-duplication through the real SQLite store: candidates come from its anchor index, so these
/// tests fail if the index misses reprints that the rule would accept, or merges different stories.
@Suite struct StoreDeduplicationTests {
    /// One article to admit, with the story it belongs to.
    struct Item {
        var story: String
        var stored: StoredArticle
    }

    private static let pipeline = ArticlePipeline()

    private static func item(story: String, title: String, body: String) -> Item {
        Item(
            story: story,
            stored: StoredArticle(
                id: ContentFingerprint.articleID(title: title, body: body), contentHash: ContentFingerprint.contentHash(body: body),
                signature: NearDuplicateSignature(body: body), title: title, primaryIndustry: nil, source: story,
                ingestedAt: "2026-01-01T00:00:00Z"))
    }

    /// The dev corpus (labelled reprint pairs share a story) and, for each story with four or more
    /// paragraphs, reprint-style variants: new headline, paragraph dropped or moved, 70% cut, an
    /// excerpt of the middle, agency line with edits.
    static func generatedCorpus() throws -> [Item] {
        let articles = try Fixtures.devCorpusArticles()
        var storyOf: [String: String] = [:]
        let pairs = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/pairs.jsonl"), encoding: .utf8)
        for line in pairs.split(separator: "\n") {
            let pair = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            if pair["duplicate"] as? Bool == true, let a = pair["a"] as? String, let b = pair["b"] as? String {
                storyOf[b] = storyOf[a] ?? a
            }
        }
        var items: [Item] = []
        for article in articles.values.sorted(by: { $0.id < $1.id }) {
            let input = InputDocument(bytes: Array(article.text.utf8), path: "\(article.id).txt", receivedAt: "2026-01-01T00:00:00Z")
            let extracted = try #require(pipeline.process(input, ingestedAt: "2026-01-01T00:00:00Z").first?.article)
            let story = storyOf[article.id] ?? article.id
            let body = extracted.body
            items.append(item(story: story, title: extracted.title, body: body))
            let paragraphs = body.components(separatedBy: "\n\n")
            guard paragraphs.count >= 4 else { continue }
            let variants = [
                body,  // new headline, other furniture: the same body
                paragraphs.dropLast().joined(separator: "\n\n"),
                (paragraphs[1...] + [paragraphs[0]]).joined(separator: "\n\n"),
                String(body.prefix(body.count * 7 / 10)),
                paragraphs[1..<max(2, paragraphs.count * 2 / 3)].joined(separator: "\n\n"),
                body.replacingOccurrences(of: " said ", with: " told reporters ") + "\n\n(Reporting by Staff; Editing by Desk)",
            ]
            for (index, variant) in variants.enumerated() {
                items.append(item(story: story, title: "Variant \(index): \(extracted.title)", body: variant))
            }
        }
        // Another outlet's rewrites: found only through the fact anchors, as they share few word runs.
        let rewrites = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/rewrites")
        for name in try FileManager.default.contentsOfDirectory(atPath: rewrites.path).sorted() where name.hasPrefix("r") {
            let input = InputDocument(bytes: try Fixtures.bytes(rewrites.appendingPathComponent(name)), path: name, receivedAt: "2026-01-01T00:00:00Z")
            let extracted = try #require(pipeline.process(input, ingestedAt: "2026-01-01T00:00:00Z").first?.article)
            let original = "d" + name.dropFirst().prefix(3)
            items.append(item(story: storyOf[original] ?? original, title: extracted.title, body: extracted.body))
        }
        return items
    }

    @Test func generatedReprintsAreFoundThroughTheIndexWithoutFalseMerges() throws {
        var random = SplitMix64(seed: 7)
        let items = try Self.generatedCorpus().shuffled(using: &random)
        #expect(items.count >= 400)
        let folder = try TemporaryFolder()
        let store = try SQLiteArticleStore(path: folder.url.appendingPathComponent("state.sqlite").path)
        var storyOfID: [String: String] = [:]
        var storiesSeen: Set<String> = []
        var truePositives = 0
        var falsePositives: [String] = []
        var missed: [String] = []
        // Half one transaction each, half in batches (the committer's).
        let half = items.count / 2
        var verdicts = try items[..<half].map { try store.admit($0.stored, rule: DuplicateRule()) }
        verdicts += try store.admitAll(items[half...].map(\.stored), rule: DuplicateRule())
        for (item, verdict) in zip(items, verdicts) {
            switch verdict {
            case .exactDuplicate(let original), .nearDuplicate(let original, _), .rewrite(let original, _):
                if storyOfID[original] == item.story { truePositives += 1 } else { falsePositives.append("\(item.story)→\(original)") }
            case .new:
                if storiesSeen.contains(item.story) { missed.append(item.story) }
                storyOfID[item.stored.id] = item.story
            case .alreadySeen, .copy:
                Issue.record("a generated variant repeated an id: \(item.story)")
            case .related(let story, _):
                Issue.record("generated articles carry no facts, yet \(item.story) joined \(story)")
            }
            storiesSeen.insert(item.story)
        }
        #expect(verdicts.filter { if case .rewrite = $0 { return true } else { return false } }.count >= 4)
        let precision = Double(truePositives) / Double(truePositives + falsePositives.count)
        let recall = Double(truePositives) / Double(truePositives + missed.count)
        #expect(truePositives >= 300)
        #expect(precision >= 0.99, "precision \(precision) (\(truePositives) found), false merges: \(falsePositives)")
        #expect(recall >= 0.95, "recall \(recall) (\(truePositives) found), missed: \(missed)")
        let statistics = try store.statistics()
        #expect(statistics.articles == items.count)
        #expect(statistics.canonical == storiesSeen.count + missed.count)
    }

    /// A stock phrase shared by many stories stops being followed, and the stories stay distinct.
    @Test func commonAnchorsAreNeitherFollowedNorExtended() throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteArticleStore(path: folder.url.appendingPathComponent("state.sqlite").path)
        // Forty one-line texts whose only shingle is the same: every anchor key is shared by all.
        for index in 0..<40 {
            let stored = StoredArticle(
                id: String(format: "%016x", index), contentHash: "hash-\(index)", signature: NearDuplicateSignature(body: "the company said"),
                title: "\(index)", primaryIndustry: nil, source: nil, ingestedAt: "2026-01-01T00:00:00Z")
            _ = try store.admit(stored, rule: DuplicateRule(containment: 2))  // never a duplicate
        }
        let longest = try store.database.read { db in
            try Int.fetchOne(db, sql: "SELECT MAX(length(articles) / 8) FROM anchors")
        }
        #expect(longest == StoreDecisions.commonLimit + 1)
    }

    /// The v3 BLOB: 96 shingle minimums, then a 32-value names-and-figures MinHash.
    private func v3Signature(_ signature: NearDuplicateSignature) -> Data {
        var shinglesOnly = signature
        shinglesOnly.facts = []
        return StoredSignatureCoding.encode(shinglesOnly) + Data(repeating: 7, count: 32 * 4)
    }

    /// A store written before the anchor index (v3, LSH bands) is migrated: its stories are indexed
    /// again, so a reprint of one of them is still found.
    @Test func storeFromBeforeTheAnchorIndexIsMigrated() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("state.sqlite").path
        let corpus = try Self.generatedCorpus()
        let reprint = try #require(corpus.first { $0.stored.title.hasPrefix("Variant 1: ") })
        let original = try #require(corpus.first { "Variant 1: " + $0.stored.title == reprint.stored.title })
        do {
            let old = try DatabaseQueue(path: path)
            try StoreMigrations.migrator.migrate(old, upTo: "v3: fetch state per source, feed items seen")
            try old.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO articles (id, content_hash, title, ingested_at, duplicate_kind, shingle_count, salient_count, signature)
                        VALUES (?, ?, ?, ?, 'canonical', ?, ?, ?)
                        """,
                    arguments: [
                        original.stored.id, original.stored.contentHash, original.stored.title, original.stored.ingestedAt,
                        original.stored.signature.shingleCount, 32,
                        v3Signature(original.stored.signature),
                    ])
            }
        }
        nonisolated(unsafe) var upgrades: [[String]] = []
        let store = try SQLiteArticleStore(path: path) { upgrades.append($0) }
        #expect(upgrades.count == 1 && upgrades.first?.first?.hasPrefix("v4:") == true, "\(upgrades)")
        // A new store is created, not upgraded: nothing to announce.
        _ = try SQLiteArticleStore(path: folder.url.appendingPathComponent("new.sqlite").path) { upgrades.append($0) }
        #expect(upgrades.count == 1)
        let verdict = try store.admit(reprint.stored, rule: DuplicateRule())
        #expect(verdict.canonicalID == original.stored.id)
        #expect(try store.database.read { db in try Bool.fetchOne(db, sql: "SELECT COUNT(*) = 0 FROM sqlite_master WHERE name = 'bands'") } == true)
    }
}
