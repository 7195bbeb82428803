import AssayCore
import AssayStore
import Foundation

/// Insert+lookup (`admit`) cost per article once `size` articles are stored: fills a fresh store
/// with generated articles (300 words from a 20,000-word vocabulary), then times 1,000 more.
enum StoreBenchmark {
    static func run(sizes: [Int], folder: String) {
        for size in sizes {
            let path = "\(folder)/store-bench-\(size).sqlite"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            do {
                let store = try SQLiteArticleStore(path: path)
                var random = SystemRandomNumberGenerator()
                for index in 0..<size { _ = try store.admit(article(index, &random), rule: DuplicateRule()) }
                var latencies: [Double] = []
                for index in size..<(size + 1000) {
                    let item = article(index, &random)
                    let start = ContinuousClock.now
                    _ = try store.admit(item, rule: DuplicateRule())
                    latencies.append((ContinuousClock.now - start).seconds)
                }
                let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                print(String(format: "stored %8d: admit median %.1f us  p99 %.1f us  store %.0f bytes/article  peak RSS %.1f MiB",
                    size, Stats.median(latencies) * 1e6, Stats.percentile(latencies, 0.99) * 1e6,
                    Double(bytes) / Double(size + 1000), Stats.peakRSSMiB()))
            } catch {
                print("store benchmark failed: \(error)")
            }
        }
    }

    private static func article(_ index: Int, _ random: inout SystemRandomNumberGenerator) -> StoredArticle {
        let words = (0..<300).map { _ in "w\(Int.random(in: 0..<20_000, using: &random))" }
        let body = words.joined(separator: " ")
        return StoredArticle(
            id: String(format: "%016x", index), contentHash: ContentFingerprint.sha256Hex(body),
            signature: NearDuplicateSignature(body: body), title: "Article \(index)", primaryIndustry: nil, source: nil,
            ingestedAt: "2026-01-01T00:00:00Z")
    }
}
