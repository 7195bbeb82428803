import AssayCore
import AssayPostgres
import AssayStore
import AssayTestSupport
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Insert+lookup (`admit`) cost per article once `size` articles are stored: fills a fresh store
/// with generated articles (300 words from a 20,000-word vocabulary, 1,000 per transaction), then
/// times 1,000 more admitted one transaction each (what `assay ingest` does) and 10,000 in
/// transactions of 100 (what the daemon's committer does; per-article cost of each transaction).
/// With `postgres`, the same on a throwaway PostgreSQL cluster (`scripts/pg-cluster`, fsync off).
enum StoreBenchmark {
    static func run(sizes: [Int], folder: String, postgres: Bool = false) {
        for size in sizes {
            let path = "\(folder)/store-bench-\(size).sqlite"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
            var server: PostgresServer?
            defer { server?.stop() }
            do {
                let store: any BenchmarkedStore
                if postgres {
                    server = try PostgresServer()
                    store = try PostgresArticleStore(url: server!.url)
                } else {
                    store = try SQLiteArticleStore(path: path)
                }
                var random = SplitMix64(seed: UInt64(size))
                var next = 0
                while next < size {
                    let count = min(1000, size - next)
                    _ = try store.admitAll((next..<(next + count)).map { article($0, &random) }, rule: DuplicateRule())
                    next += count
                }
                var single: [Double] = []
                var cpu: [Double] = []
                for index in size..<(size + 1000) {
                    let item = article(index, &random)
                    let cpuStart = Stats.threadCPUSeconds()
                    let start = ContinuousClock.now
                    _ = try store.admit(item, rule: DuplicateRule())
                    single.append((ContinuousClock.now - start).seconds)
                    cpu.append(Stats.threadCPUSeconds() - cpuStart)
                }
                var batched: [Double] = []
                for batch in 0..<100 {
                    let items = ((size + 1000 + batch * 100)..<(size + 1100 + batch * 100)).map { article($0, &random) }
                    let start = ContinuousClock.now
                    _ = try store.admitAll(items, rule: DuplicateRule())
                    batched.append((ContinuousClock.now - start).seconds / 100)
                }
                let bytes = try server.map { Int(try $0.sql("SELECT pg_database_size('assay')").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 }
                    ?? ["", "-wal"].reduce(0) { total, suffix in
                    total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
                }
                print(String(format: "%@ stored %8d: admit median %.1f us (CPU %.1f us)  p99 %.1f us | batched (100/txn, 100 txns) median %.1f us/article  p99 %.1f | store %.0f bytes/article  peak RSS %.1f MiB",
                    postgres ? "PostgreSQL" : "SQLite", size, Stats.median(single) * 1e6, Stats.median(cpu) * 1e6, Stats.percentile(single, 0.99) * 1e6, Stats.median(batched) * 1e6,
                    Stats.percentile(batched, 0.99) * 1e6,
                    Double(bytes) / Double(size + 2000), Stats.peakRSSMiB()))
            } catch {
                print("store benchmark failed: \(error)")
            }
        }
    }

    private static func article(_ index: Int, _ random: inout SplitMix64) -> StoredArticle {
        var body = ""
        body.reserveCapacity(2400)
        for _ in 0..<300 {
            body += "w"
            body += String(random.next() % 20_000)
            body += " "
        }
        return StoredArticle(
            id: String(format: "%016x", index), contentHash: ContentFingerprint.sha256Hex(body),
            signature: NearDuplicateSignature(body: body), title: "Article \(index)", primaryIndustry: nil, source: nil,
            ingestedAt: "2026-01-01T00:00:00Z")
    }
}

/// The calls the store benchmark times, on either store.
protocol BenchmarkedStore {
    func admit(_ article: StoredArticle, rule: DuplicateRule) throws -> DedupVerdict
    func admitAll(_ articles: [StoredArticle], rule: DuplicateRule) throws -> [DedupVerdict]
}

extension SQLiteArticleStore: BenchmarkedStore {}
extension PostgresArticleStore: BenchmarkedStore {}
