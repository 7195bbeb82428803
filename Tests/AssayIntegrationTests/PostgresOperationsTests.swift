import AssayCore
@testable import AssayPostgres
import AssayStore
import AssayTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What an operator sets in `[store]` and what the daemon does when the server goes away.
@Suite(.serialized) struct PostgresOperationsTests {
    @Test func aStatementWaitingLongerThanTheTimeoutIsCancelledAndNamedSo() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        var settings = StoreSettings()
        settings.statementTimeout = 0.5
        let store = try PostgresArticleStore(url: server.url, settings: settings)
        // Another session holds the decision lock for 4 s, as a host stuck mid-decision would.
        let holder = Thread {
            _ = try? server.sql("SELECT pg_advisory_lock(\(PostgresArticleStore.decisionLock)), pg_sleep(4)")
        }
        holder.start()
        Thread.sleep(forTimeInterval: 1)
        let input = PendingInput(key: "k1", path: "/inbox/a.txt", articles: [], rejection: "empty")
        var message = ""
        do {
            _ = try store.decide([input], rule: DuplicateRule(), at: "2026-11-30T00:00:00Z")
        } catch {
            message = PostgresArticleStore.describe(error)
        }
        #expect(message.contains("statement timeout"), "\(message)")
        // Once the other session lets go, the same decision goes through.
        Thread.sleep(forTimeInterval: 4)
        let decided = try store.decide([input], rule: DuplicateRule(), at: "2026-11-30T00:00:00Z")
        #expect(decided.count == 1)
    }

    @Test func aServerRestartedMidDrainCostsNoInputAndDoublesNone() throws {
        var generator = try CorpusGenerator(seed: 3)
        let files = generator.files(count: 600)
        let server = try PostgresServer()
        defer { server.stop() }
        let settings = "settle_seconds = 0\nqueue_size = 16\nworkers = 1\n[store]\nshared_inbox = true\nretry_for = 20\npool_size = 2\n"
        let shared = try DaemonSandbox(extra: settings, state: server.url)
        for file in files { try shared.moveIn(file.bytes, as: file.name) }
        let second = shared.root.appendingPathComponent("second.toml")
        try FileManager.default.copyItem(at: shared.config, to: second)
        let daemons = try [shared.config, second].map { try DaemonProcess(config: $0) }
        defer { for daemon in daemons { daemon.killHard() } }
        // Each daemon keeps at most pool_size connections open.
        var mostConnections = 0
        #expect(
            Wait.until(timeout: 120, interval: 0.1) {
                let open = Int((try? server.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = 'assay' AND pid <> pg_backend_pid()"))?
                    .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
                mostConnections = max(mostConnections, open)
                return shared.names(shared.archive).count >= 100
            })
        #expect(mostConnections >= 2 && mostConnections <= 4, "\(mostConnections) connections")
        // Every connection is dropped and the server is gone for 2 s: each store call retries with back-off.
        try server.restart(downFor: 2)
        #expect(
            Wait.until(timeout: 180, interval: 0.1) { shared.names(shared.inbox).isEmpty || !daemons.allSatisfy(\.isRunning) },
            "\(shared.names(shared.inbox).count) left; \(daemons.map { $0.logEntries.filter { $0["outcome"] == nil }.suffix(8) })")
        let store = try PostgresArticleStore(url: server.url)
        #expect(Wait.until(timeout: 30, interval: 0.1) { (try? store.unfinishedInputs().isEmpty) == true })
        for daemon in daemons {
            daemon.signal(SIGTERM)
            #expect(daemon.waitForExit(timeout: 30) == 0, "\(daemon.standardError)")
        }
        let moved = shared.names(shared.archive) + shared.names(shared.quarantine).filter { !$0.hasSuffix(".reason.json") }
        #expect(moved.sorted() == files.map(\.name).sorted())
        let lines = daemons.flatMap { $0.logEntries }.filter { $0["outcome"] != nil }
        let inputs = lines.compactMap { $0["input"] as? String }
        #expect(Set(inputs).count == inputs.count)
        #expect(!lines.contains { $0["outcome"] as? String == "failed" }, "\(lines.filter { $0["outcome"] as? String == "failed" }.prefix(2))")
        #expect(daemons.contains { !$0.entries(message: "PostgreSQL connection lost; retrying").isEmpty })
    }

    @Test func tlsModesReachAServerThatSpeaksTLSAndVerifyFullChecksItsCertificate() throws {
        let server = try PostgresServer(tls: true)
        defer { server.stop() }
        func encryptedConnections() throws -> Int {
            let count = try server.sql(
                "SELECT count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE s.ssl AND a.datname = 'assay' AND a.pid <> pg_backend_pid()")
            return Int(count.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        }
        var settings = StoreSettings()
        for mode in [StoreSettings.TLSMode.prefer, .require] {
            settings.tls = mode
            let store = try PostgresArticleStore(url: server.url, settings: settings)
            _ = try store.statistics()
            #expect(try encryptedConnections() >= 1, "\(mode)")
        }
        settings.tls = .verifyFull
        settings.tlsCAFile = server.certificateAuthority
        let verified = try PostgresArticleStore(url: server.url, settings: settings)
        #expect(try verified.statistics().articles == 0)
        // The system's authorities did not sign the test server's certificate: refused, and said so.
        settings.tlsCAFile = nil
        let untrusted = #expect(throws: StoreError.self) { try PostgresArticleStore(url: server.url, settings: settings) }
        #expect("\(untrusted.map { "\($0)" } ?? "")".lowercased().contains("certificate"), "\(String(describing: untrusted))")
        settings.tlsCAFile = "/nonexistent/ca.pem"
        #expect(throws: StoreError.self) { try PostgresArticleStore(url: server.url, settings: settings) }
    }

    @Test func storeSettingsAreCheckedWithTheirLine() throws {
        let cases: [(String, String)] = [
            ("[store]\npool_size = 0\n", "pool_size"),
            ("[store]\ntls = \"maybe\"\n", "verify-full"),
            ("[store]\nshared_inbox = true\n", "needs a PostgreSQL store"),
            ("[store]\nclaim_lease = 1\n", "claim_lease"),
            ("[store]\nrows = 5\n", "rows"),
        ]
        for (extra, expected) in cases {
            let sandbox = try DaemonSandbox(extra: extra)
            let result = try AssayProcess.run(["check-config", "--config", sandbox.config.path])
            #expect(result.status == 78, "\(extra): \(result.stderr)")
            #expect(result.stderr.contains(expected) && result.stderr.contains("assay.toml:"), "\(extra): \(result.stderr)")
        }
        let address = try DaemonSandbox(state: "postgresql://assay@127.0.0.1:1/assay?sslmode=require")
        let refused = try AssayProcess.run(["stats", "--config", address.config.path])
        #expect(refused.status == 2 && refused.stderr.contains("[store]"), "\(refused.stderr)")
    }
}
