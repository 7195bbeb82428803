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

    /// The extraction benchmark's true bodies: 181 real articles from many sites. Pairs the rule
    /// merges are printed with their URLs to be judged by eye (two sites covering one event are
    /// a true rewrite); a site's own posts cannot be rewrites of each other, as in the store.
    static func realPages(groundTruth: String, rule: DuplicateRule) {
        guard let data = FileManager.default.contents(atPath: groundTruth),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Any]]
        else { return }
        let pages = object.keys.sorted().compactMap { key -> (url: String, signature: NearDuplicateSignature)? in
            guard let body = object[key]?["articleBody"] as? String else { return nil }
            return (object[key]?["url"] as? String ?? key, NearDuplicateSignature(body: body))
        }
        var merged: [(String, NearDuplicateSimilarity)] = []
        var pairs = 0
        for i in pages.indices {
            for j in pages.indices where j > i {
                pairs += 1
                let sameOutlet = Outlet.name(publisher: nil, source: pages[i].url) == Outlet.name(publisher: nil, source: pages[j].url)
                if rule.match(pages[i].signature, pages[j].signature, sameOutlet: sameOutlet) != nil {
                    merged.append(("\(pages[i].url)\n  \(pages[j].url)\n ", pages[i].signature.similarity(to: pages[j].signature)))
                }
            }
        }
        print("real pages: \(merged.count) of \(pairs) pairs merged")
        for (label, similarity) in merged { print(describe(label, similarity)) }
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
