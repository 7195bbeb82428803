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
        for key in ["shingle containment", "salient containment"] {
            let sorted = worst.sorted {
                key.hasPrefix("shingle")
                    ? $0.1.shingles.containment > $1.1.shingles.containment : $0.1.salient.containment > $1.1.salient.containment
            }
            print("highest \(key) among \(worst.count) unlisted pairs:")
            for (label, similarity) in sorted.prefix(3) { print(describe(label, similarity)) }
        }
    }

    static func describe(_ label: String, _ s: NearDuplicateSimilarity) -> String {
        String(format: "%@  shingles J %.2f C %.2f   salient J %.2f C %.2f (n=%d)", label, s.shingles.jaccard,
            s.shingles.containment, s.salient.jaccard, s.salient.containment, s.smallerSalientCount)
    }
}
