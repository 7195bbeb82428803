import AssayCore
import AssayTestSupport
import Foundation
import Testing

/// Near-duplicate decisions on the dev corpus's labelled pairs and on generated variants.
@Suite struct DuplicateDetectionTests {
    let pipeline = ArticlePipeline()
    let rule = DuplicateRule()

    private func body(_ text: String, _ name: String) throws -> String {
        let input = InputDocument(bytes: Array(text.utf8), path: name, receivedAt: "2026-01-01T00:00:00Z")
        return try #require(pipeline.process(input, ingestedAt: "2026-01-01T00:00:00Z").first?.article).body
    }

    @Test func everyLabelledPairIsDecidedRight() throws {
        let articles = try Fixtures.devCorpusArticles()
        let text = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/pairs.jsonl"), encoding: .utf8)
        var decided = 0
        for line in text.split(separator: "\n") {
            let pair = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let a = try #require(articles[pair["a"] as? String ?? ""])
            let b = try #require(articles[pair["b"] as? String ?? ""])
            let left = NearDuplicateSignature(body: try body(a.text, "\(a.id).txt"))
            let right = NearDuplicateSignature(body: try body(b.text, "\(b.id).txt"))
            let duplicate = pair["duplicate"] as? Bool ?? false
            #expect((rule.duplicateSimilarity(left, right) != nil) == duplicate, "\(a.id)–\(b.id)")
            decided += 1
        }
        #expect(decided == 18)
    }

    @Test func unlistedPairsAreDifferentStories() throws {
        let articles = try Fixtures.devCorpusArticles()
        let listed: Set<String> = ["d007d018", "d019d022", "d009d023", "d015d029", "d012d032", "d025d037", "d028d040", "d035d041", "d034d042", "d038d044", "d039d046", "d067d074"]
        let signatures = try articles.values.sorted { $0.id < $1.id }.map { ($0.id, NearDuplicateSignature(body: try body($0.text, "\($0.id).txt"))) }
        var merged: [String] = []
        for (i, a) in signatures.enumerated() {
            for b in signatures[(i + 1)...] where !listed.contains(a.0 + b.0) {
                if rule.duplicateSimilarity(a.1, b.1) != nil { merged.append(a.0 + "–" + b.0) }
            }
        }
        #expect(merged.isEmpty, "falsely merged: \(merged)")
    }

    /// Hand-written rewrites (`Tests/Fixtures/rewrites/rNNN-…`: same facts, new wording, another
    /// outlet) match their original `dNNN` as rewrites, and match no other story but its reprints.
    @Test func rewritesMatchTheirOriginalAndNothingElse() throws {
        let articles = try Fixtures.devCorpusArticles()
        let signatures = try articles.values.map { ($0.id, NearDuplicateSignature(body: try body($0.text, "\($0.id).txt"))) }
        let reprintsOf: [String: Set<String>] = ["d009": ["d023"], "d019": ["d022"], "d038": ["d044"], "d016": []]
        let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/rewrites")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("r") }.sorted()
        #expect(names.count == 4)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let rewrite = NearDuplicateSignature(body: try body(text, name))
            let original = "d" + name.dropFirst().prefix(3)
            for (id, signature) in signatures {
                let match = rule.match(rewrite, signature)
                if id == original {
                    guard case .rewrite(let share) = match else {
                        Issue.record("\(name) does not match \(id) as a rewrite: \(String(describing: match))")
                        continue
                    }
                    #expect(share >= 0.9)
                    // The same pair from one outlet is not a rewrite: a site's posts on one subject share names.
                    #expect(rule.match(rewrite, signature, sameOutlet: true) == nil)
                } else if !(reprintsOf[original] ?? []).contains(id) {
                    #expect(match == nil, "\(name) matched \(id)")
                }
            }
        }
    }

    /// An agency story reworded by another outlet keeps a quarter of its word runs and most of its
    /// names though it carries almost no figures; an independent story on the same event does not.
    @Test func aRewordedAgencyCopyWithFewFiguresIsARewrite() throws {
        let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/reworded")
        func signature(_ name: String) throws -> NearDuplicateSignature {
            NearDuplicateSignature(body: try body(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), name))
        }
        let agency = try signature("agency.txt")
        let similarity = agency.similarity(to: try signature("agency.reworded.txt"))
        #expect(similarity.facts.sharedFigures < DuplicateRule.rewriteSharedFigures, "the copy should carry few figures: \(similarity)")
        guard case .rewrite = rule.match(agency, try signature("agency.reworded.txt")) else {
            Issue.record("reworded copy not matched: \(similarity)")
            return
        }
        #expect(rule.match(agency, try signature("agency.reworded.txt"), sameOutlet: true) == nil)
        #expect(rule.match(agency, try signature("independent.txt")) == nil)
    }

    @Test func outletIsThePublisherElseTheHost() {
        #expect(Outlet.name(publisher: "Reuters", source: "https://www.example.com/a") == "reuters")
        #expect(Outlet.name(publisher: nil, source: "https://www.Example.com:8443/news/a?x=1") == "example.com")
        #expect(Outlet.name(publisher: "", source: "/srv/inbox/a.txt") == nil)
    }

    /// Reprint-style edits of every dev-corpus story: each must still match its original.
    @Test func generatedVariantsMatchTheirOriginals() throws {
        let articles = try Fixtures.devCorpusArticles().values.sorted { $0.id < $1.id }
        var found = 0
        var total = 0
        for article in articles {
            let original = try body(article.text, "\(article.id).txt")
            let paragraphs = original.components(separatedBy: "\n\n")
            guard paragraphs.count >= 4 else { continue }
            let signature = NearDuplicateSignature(body: original)
            var variants: [String] = []
            variants.append(paragraphs.dropLast().joined(separator: "\n\n"))  // last paragraph dropped
            variants.append((paragraphs[1...] + [paragraphs[0]]).joined(separator: "\n\n"))  // paragraph moved
            variants.append(String(original.prefix(original.count * 7 / 10)))  // truncated to 70%
            variants.append(original + "\n\n(Reporting by Staff; Editing by Desk)")  // agency line added
            variants.append(original.replacingOccurrences(of: " said ", with: " told reporters "))  // edits
            for variant in variants {
                total += 1
                if rule.duplicateSimilarity(signature, NearDuplicateSignature(body: variant)) != nil { found += 1 }
            }
        }
        #expect(total >= 300)
        #expect(Double(found) / Double(total) >= 0.95, "recall \(found)/\(total)")
    }
}
