import AssayCore
import Foundation

/// Reprints on real article pairs gathered for measurement (`Benchmarks/data/gathered-pairs.jsonl`:
/// URLs, the verdict and kind of each pair, SHA-256 of the texts; the texts stay outside the
/// repository). Each text goes through the pipeline as a dropped file; the store's rule decides,
/// with two texts from one site unable to be a rewrite, as in the store.
enum GatheredPairsBenchmark {
    static func run(textsDirectory: String, manifest: String = "Benchmarks/data/gathered-pairs.jsonl") {
        guard let text = try? String(contentsOfFile: manifest, encoding: .utf8) else {
            print("cannot read \(manifest)")
            return
        }
        let pipeline = ArticlePipeline()
        let rule = DuplicateRule()
        var signatures: [String: NearDuplicateSignature] = [:]
        func signature(_ id: String, expected: String?) -> NearDuplicateSignature? {
            if let known = signatures[id] { return known }
            guard let bytes = FileManager.default.contents(atPath: "\(textsDirectory)/\(id).txt") else { return nil }
            let digest = ContentFingerprint.sha256Hex(bytes: Array(bytes))
            if let expected, digest != expected { print("\(id): text differs from the manifest") }
            let input = InputDocument(bytes: Array(bytes), path: "\(id).txt", receivedAt: "2026-11-29T00:00:00Z")
            guard let article = pipeline.process(input, ingestedAt: "2026-11-29T00:00:00Z").first?.article else { return nil }
            signatures[id] = NearDuplicateSignature(body: article.body)
            return signatures[id]
        }
        // split -> (found, positives, merged, negatives); kinds of missed positives.
        var tallies: [String: (found: Int, positives: Int, merged: Int, negatives: Int)] = [:]
        var missedKinds: [String: [String: Int]] = [:]
        for line in text.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let a = object["a"] as? String, let b = object["b"] as? String, let duplicate = object["duplicate"] as? Bool,
                let left = signature(a, expected: object["sha256_a"] as? String),
                let right = signature(b, expected: object["sha256_b"] as? String)
            else { continue }
            let split = object["split"] as? String ?? "all"
            let sameOutlet = Outlet.name(publisher: nil, source: object["url_a"] as? String)
                == Outlet.name(publisher: nil, source: object["url_b"] as? String)
            let merged = rule.match(left, right, sameOutlet: sameOutlet) != nil
            if split == "dev", CommandLine.arguments.contains("-v") {
                print(PairsBenchmark.describe("\(a) \(b) \(duplicate ? "dup " : "diff") \(merged ? "merged" : "apart ")", left.similarity(to: right)))
            }
            var tally = tallies[split] ?? (0, 0, 0, 0)
            if duplicate {
                tally.positives += 1
                if merged { tally.found += 1 } else { missedKinds[split, default: [:]][object["kind"] as? String ?? "?", default: 0] += 1 }
            } else {
                tally.negatives += 1
                if merged { tally.merged += 1 }
            }
            tallies[split] = tally
        }
        guard !tallies.isEmpty else {
            print("no gathered pairs in \(textsDirectory): see Benchmarks/data/README.md for how to gather them")
            return
        }
        for split in tallies.keys.sorted() {
            let tally = tallies[split]!
            let missed = (missedKinds[split] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            print("reprints (\(split)): found \(tally.found) of \(tally.positives) pairs, merged \(tally.merged) of \(tally.negatives) different stories; missed: \(missed.isEmpty ? "none" : missed)  [issue 14: >= 12 of 15, 0 of 18 merged]")
        }
    }
}
