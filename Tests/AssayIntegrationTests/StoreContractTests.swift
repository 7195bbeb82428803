import AssayCore
import AssayDaemon
import AssayPostgres
import AssayStore
import AssayTestSupport
import Foundation
import Synchronization
import Testing

/// The SQLite and PostgreSQL stores decide alike: the same inputs in the same order get the same
/// decisions, ledger, statistics and stories, on a real PostgreSQL server started for the test.
@Suite(.serialized) struct StoreContractTests {
    /// Every fixture story as the pipeline hands it to the store, in name order: seeds, the dev corpus
    /// (stories, reprints, copies), reworded and rewritten pairs, a refused input and a repeated one.
    static func inputs() throws -> [PendingInput] {
        let pipeline = ArticlePipeline(factFinder: FactFinder(gazetteer: GazetteerFile.builtIn))
        var inputs: [PendingInput] = []
        let folders = [Fixtures.seedsFolder, Fixtures.devCorpusFolder] + ["reworded", "rewrites", "related"].map {
            Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/\($0)")
        }
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where !name.hasPrefix(".") {
                let path = folder.appendingPathComponent(name).path
                let bytes = try Fixtures.bytes(URL(fileURLWithPath: path))
                var pending = PendingInput(key: ContentFingerprint.sha256Hex(bytes: bytes), path: path, articles: [], rejection: nil)
                for outcome in pipeline.process(InputDocument(bytes: bytes, path: path, receivedAt: "2026-11-30T00:00:00Z"), ingestedAt: "2026-11-30T00:00:00Z") {
                    guard let article = outcome.article else { continue }
                    pending.articles.append(StoredArticle(article, signature: NearDuplicateSignature(body: article.body)))
                }
                if pending.articles.isEmpty { pending.rejection = "no_article_text" }
                inputs.append(pending)
            }
        }
        inputs.append(PendingInput(key: "stat:refused", path: "/inbox/empty.txt", articles: [], rejection: "empty", rejectionMessage: "empty"))
        // The same bytes again under another name: a repeat.
        inputs.append(PendingInput(key: inputs[0].key, path: "/inbox/again.txt", articles: inputs[0].articles, rejection: nil))
        return inputs
    }

    @Test func bothStoresDecideTheSameInputsAlike() throws {
        let inputs = try Self.inputs()
        let folder = try TemporaryFolder()
        let sqlite = try SQLiteArticleStore(path: folder.url.appendingPathComponent("state.sqlite").path)
        let server = try PostgresServer()
        defer { server.stop() }
        let postgres = try PostgresArticleStore(url: server.url)
        let rule = DuplicateRule()

        var decided: [LedgerDecision] = []
        var start = 0
        while start < inputs.count {
            let batch = Array(inputs[start..<min(start + 7, inputs.count)])
            let expected = try sqlite.decide(batch, rule: rule, at: "t1")
            #expect(try postgres.decide(batch, rule: rule, at: "t1") == expected, "batch at \(start)")
            decided += expected
            start += 7
        }
        // The fixtures hold every kind of decision, so the comparison covers them all.
        let placements = decided.compactMap(\.decision).flatMap(\.placements)
        for match in ["exact", "reprint", "rewrite"] { #expect(placements.contains { $0.match == match }, "\(match)") }
        #expect(placements.filter { $0.related != nil }.count >= 2)
        #expect(placements.contains { $0.copy == true })
        #expect(decided.contains { if case .repeated = $0 { true } else { false } })

        // Half marked done: the rest is what a crash left; both stores tell the same.
        let done = inputs.prefix(inputs.count / 2).map { (key: $0.key, outcome: String?.none) }
        try sqlite.markDone(done, at: "t2")
        try postgres.markDone(done, at: "t2")
        #expect(try postgres.unfinishedInputs().sorted { $0.key < $1.key } == sqlite.unfinishedInputs().sorted { $0.key < $1.key })
        #expect(try postgres.ledgerCounts() == sqlite.ledgerCounts())
        let again = try sqlite.decide(inputs, rule: rule, at: "t3")
        #expect(try postgres.decide(inputs, rule: rule, at: "t3") == again)
        #expect(try postgres.statistics() == sqlite.statistics())
        for id in Set(placements.map { $0.duplicateOf ?? $0.related ?? $0.id }) {
            #expect(try postgres.story(containing: id) == sqlite.story(containing: id), "\(id)")
        }

        // assay records reads the same rows from either store, whatever the filters.
        let publisher = try #require(try sqlite.records(matching: RecordQuery()).compactMap(\.publisher).first)
        let queries = [
            RecordQuery(), RecordQuery(industry: "none"), RecordQuery(since: "2025-01-01", until: "2025-06-30"),
            RecordQuery(publisher: publisher.uppercased()), RecordQuery(status: .canonical), RecordQuery(status: .duplicate),
            RecordQuery(status: .reprint), RecordQuery(industry: "none", status: .exact), RecordQuery(status: .related),
        ]
        for query in queries {
            let expected = try sqlite.records(matching: query)
            #expect(try postgres.records(matching: query) == expected, "\(query)")
        }
        #expect(try sqlite.records(matching: RecordQuery(status: .reprint)).count > 0)
        #expect(try sqlite.records(matching: RecordQuery(status: .related)).allSatisfy { $0.status == "related" && $0.relatedTo != nil })

        // The server drops the connection (a restart, a network cut): the next call opens a new one.
        let dropped = try ChildProcess.run(
            "/usr/bin/psql", [server.url, "-c", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'assay' AND pid <> pg_backend_pid()"])
        #expect(dropped.status == 0, "\(dropped.output)")
        Thread.sleep(forTimeInterval: 0.2)
        _ = try? postgres.ledgerCounts()  // may fail once: the batch that meets the cut
        #expect(try postgres.ledgerCounts() == sqlite.ledgerCounts())

        // Everything in one batch (as a backlog's first commit can be, and as a JSON file of many
        // articles is): later articles meet earlier ones of the same batch, on a fresh pair of stores.
        try server.sql("CREATE DATABASE whole")
        let wholeSQLite = try SQLiteArticleStore(path: folder.url.appendingPathComponent("whole.sqlite").path)
        let wholePostgres = try PostgresArticleStore(url: String(server.url.dropLast("assay".count)) + "whole")
        let inOneBatch = try wholeSQLite.decide(inputs, rule: rule, at: "t1")
        #expect(try wholePostgres.decide(inputs, rule: rule, at: "t1") == inOneBatch)
        #expect(inOneBatch.contains { $0.decision?.placements.contains { $0.duplicateOf != nil } == true })
        #expect(try wholePostgres.statistics() == wholeSQLite.statistics())

        // A second daemon on the same database: migrations already done, the same history seen.
        let second = try PostgresArticleStore(url: server.url)
        let repeated = try second.decide(Array(inputs.prefix(5)), rule: rule, at: "t4")
        #expect(repeated.allSatisfy { if case .fresh = $0 { false } else { true } })
    }

    /// Two hosts deciding copies of the same stories at the same moment: the advisory lock makes one
    /// of them store each story first, exactly once, and the stories are those of one store deciding alone.
    @Test func twoHostsAdmittingTheSameStoriesAtOnceStoreEachFirstCopyOnce() throws {
        let inputs = try Self.inputs()
        let rule = DuplicateRule()
        let folder = try TemporaryFolder()
        let alone = try SQLiteArticleStore(path: folder.url.appendingPathComponent("alone.sqlite").path)
        let firstCopies = try alone.decide(inputs, rule: rule, at: "t").compactMap(\.decision).flatMap(\.placements)
            .filter { $0.duplicateOf == nil && !$0.alreadyStored }.map(\.id)
        let server = try PostgresServer()
        defer { server.stop() }
        let hosts = try (0..<2).map { _ in try PostgresArticleStore(url: server.url) }
        let results = Mutex<[Int: Result<[LedgerDecision], any Error>]>([:])
        DispatchQueue.concurrentPerform(iterations: 2) { host in
            // The other host's files hold the same articles under other names and bytes.
            let mine = inputs.map {
                PendingInput(
                    key: "host\(host):\($0.key)", path: "/host\(host)\($0.path)", articles: $0.articles, rejection: $0.rejection,
                    rejectionMessage: $0.rejectionMessage)
            }
            let outcome = Result {
                try stride(from: 0, to: mine.count, by: 5).flatMap { start in
                    try hosts[host].decide(Array(mine[start..<min(start + 5, mine.count)]), rule: rule, at: "t")
                }
            }
            results.withLock { $0[host] = outcome }
        }
        let placements = try results.withLock { $0 }.values.flatMap { try $0.get() }.compactMap(\.decision).flatMap(\.placements)
        let stored = placements.filter { $0.duplicateOf == nil && !$0.alreadyStored }.map(\.id)
        #expect(stored.count == Set(stored).count, "a story stored first twice")
        #expect(Set(stored) == Set(firstCopies))
        #expect(try hosts[0].statistics() == alone.statistics())
    }

    @Test func aServerThatIsNotThereIsNamedWithoutItsPassword() throws {
        do {
            _ = try PostgresArticleStore(url: "postgresql://assay:secret@127.0.0.1:1/assay")
            Issue.record("connected to nothing")
        } catch {
            #expect(error.description.contains("postgresql://assay:***@127.0.0.1:1/assay"), "\(error)")
            #expect(!error.description.contains("secret"))
        }
        #expect(throws: StoreError.self) { try PostgresArticleStore(url: "mysql://x@y/z") }
    }
}
