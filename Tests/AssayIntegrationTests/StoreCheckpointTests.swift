import AssayCore
@testable import AssayStore
import AssayTestSupport
import Foundation
import Testing

/// The write-ahead log is copied back by the background checkpointer, not left to grow to SQLite's
/// automatic checkpoint inside a commit: while thousands of articles are admitted in batches, the
/// log passes the background threshold and is started again, never nearing the automatic one.
@Suite struct StoreCheckpointTests {
    @Test func theLogStaysNearTheBackgroundThreshold() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("store.sqlite").path
        let store = try SQLiteArticleStore(path: path)
        var random = SplitMix64(seed: 5)
        var largest = 0
        var index = 0
        for _ in 0..<40 {
            let batch = (0..<100).map { _ -> StoredArticle in
                index += 1
                let body = (0..<300).map { _ in "w\(random.next() % 20_000)" }.joined(separator: " ")
                return StoredArticle(
                    id: String(format: "%016x", index), contentHash: ContentFingerprint.sha256Hex(body),
                    signature: NearDuplicateSignature(body: body), title: "Article \(index)", primaryIndustry: nil,
                    source: "s\(index)", ingestedAt: "2026-01-01T00:00:00Z")
            }
            _ = try store.admitAll(batch, rule: DuplicateRule())
            let size = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            largest = max(largest, size)
        }
        #expect(largest > BackgroundCheckpointer.threshold, "the log never reached the threshold: the test shows nothing")
        // A batch or two may land while a checkpoint runs (without the checkpointer: 30 MB here).
        #expect(largest < 2 * BackgroundCheckpointer.threshold, "log grew to \(largest) bytes")
    }
}
