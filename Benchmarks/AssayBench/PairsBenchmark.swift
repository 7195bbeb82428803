import AssayCore
import Foundation

/// Near-duplicate similarity on the dev corpus's labelled pairs, and the highest similarity among
/// all unlisted (different-story) pairs: the margin a threshold has to work with.
enum PairsBenchmark {
    static func run(corpus: String) {
        let folder = corpus + "/files"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder).sorted(),
            let pairsText = try? String(contentsOfFile: corpus + "/pairs.jsonl", encoding: .utf8)
        else {
            print("cannot read \(corpus)")
            return
        }
        let pipeline = ArticlePipeline()
        var signatures: [String: NearDuplicateSignature] = [:]
        for name in names where name.hasSuffix(".txt") && !name.contains("gb18030") {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
            let input = InputDocument(bytes: [UInt8](data), path: name, receivedAt: "2026-01-01T00:00:00Z")
            guard let article = pipeline.process(input, ingestedAt: "2026-01-01T00:00:00Z").first?.article else { continue }
            signatures[String(name.prefix(4))] = NearDuplicateSignature(body: article.body)
        }
        var listed: Set<String> = []
        for line in pairsText.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let a = object["a"] as? String, let b = object["b"] as? String, let duplicate = object["duplicate"] as? Bool,
                let left = signatures[a], let right = signatures[b]
            else { continue }
            listed.insert(a + b)
            listed.insert(b + a)
            print(describe("\(a) \(b) \(duplicate ? "dup " : "diff")", left.similarity(to: right)))
        }
        var worst: [(String, NearDuplicateSimilarity)] = []
        let ids = signatures.keys.sorted()
        for (i, a) in ids.enumerated() {
            for b in ids[(i + 1)...] where !listed.contains(a + b) {
                worst.append(("\(a) \(b) none", signatures[a]!.similarity(to: signatures[b]!)))
            }
        }
        let rule = DuplicateRule()
        let merged = worst.filter { rule.match(signatures[String($0.0.prefix(4))]!, signatures[String($0.0.dropFirst(5).prefix(4))]!) != nil }
        print("unlisted pairs the rule merges: \(merged.count) of \(worst.count)")
        for (label, similarity) in merged.prefix(10) { print(describe(label, similarity)) }
        for key in ["shingle containment", "fact containment (12+ facts, 3+ figures)"] {
            let sorted = worst.filter { key.hasPrefix("shingle") || ($0.1.facts.smallerCount >= 12 && $0.1.facts.sharedFigures >= 3) }.sorted {
                key.hasPrefix("shingle")
                    ? $0.1.shingles.containment > $1.1.shingles.containment : $0.1.facts.containment > $1.1.facts.containment
            }
            print("highest \(key) among \(worst.count) unlisted pairs:")
            for (label, similarity) in sorted.prefix(5) { print(describe(label, similarity)) }
        }
        realPages(groundTruth: corpus + "/../extraction-benchmark/ground-truth.json", rule: rule)
        rewrites(signatures: signatures, folder: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Tests/Fixtures/rewrites").path, pipeline: pipeline, rule: rule)
    }

    /// The extraction benchmark's true bodies: 181 real articles from many sites, different stories,
    /// so every pair the rule merges is a false merge.
    static func realPages(groundTruth: String, rule: DuplicateRule) {
        guard let data = FileManager.default.contents(atPath: groundTruth),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Any]]
        else { return }
        let bodies = object.keys.sorted().compactMap { object[$0]?["articleBody"] as? String }
        let signatures = bodies.map { NearDuplicateSignature(body: $0) }
        var merged = 0
        var pairs: [(String, NearDuplicateSimilarity)] = []
        for i in signatures.indices {
            for j in signatures.indices where j > i {
                if rule.match(signatures[i], signatures[j]) != nil { merged += 1 }
                pairs.append(("page \(i) \(j)", signatures[i].similarity(to: signatures[j])))
            }
        }
        print("real pages: \(merged) of \(pairs.count) pairs merged; highest fact containment (12+ facts):")
        for (label, similarity) in pairs.filter({ $0.1.facts.smallerCount >= 12 }).sorted(by: { $0.1.facts.containment > $1.1.facts.containment }).prefix(3) {
            print(describe(label, similarity))
        }
    }

    /// Hand-written rewrites (same facts, new wording) of dev-corpus stories, named `rNNN-…` after
    /// the story they rewrite: how each compares with its original and with every other story.
    static func rewrites(signatures: [String: NearDuplicateSignature], folder: String, pipeline: ArticlePipeline, rule: DuplicateRule) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder).sorted() else { return }
        for name in names where name.hasPrefix("r") {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name),
                let article = pipeline.process(InputDocument(bytes: [UInt8](data), path: name, receivedAt: "2026-01-01T00:00:00Z"), ingestedAt: "2026-01-01T00:00:00Z").first?.article
            else { continue }
            let rewrite = NearDuplicateSignature(body: article.body)
            let original = "d" + name.dropFirst().prefix(3)
            for (id, signature) in signatures.sorted(by: { $0.key < $1.key }) {
                let similarity = rewrite.similarity(to: signature)
                let matched = rule.match(rewrite, signature) != nil
                if id == original || matched || similarity.facts.containment >= 0.4 {
                    print(describe("\(name.prefix(4)) \(id) \(id == original ? "orig" : "    ") \(matched ? "MATCH" : "     ")", similarity))
                }
            }
        }
    }

    static func describe(_ label: String, _ s: NearDuplicateSimilarity) -> String {
        String(format: "%@  shingles J %.2f C %.2f   facts C %.2f names %d figures %d (n=%d)  figures C %.2f (n=%d)", label, s.shingles.jaccard,
            s.shingles.containment, s.facts.containment, s.facts.sharedNames, s.facts.sharedFigures, s.facts.smallerCount,
            s.facts.figureContainment, s.facts.smallerFigureCount)
    }
}
