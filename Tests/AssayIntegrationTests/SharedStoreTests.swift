import AssayTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Several daemons on one PostgreSQL: each host its own inbox, one de-duplication index.
@Suite(.serialized) struct SharedStoreTests {
    @Test func aReprintDroppedOnHostBOfAStoryFirstSeenOnHostAIsItsDuplicate() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let hostA = try DaemonSandbox(state: server.url)
        let hostB = try DaemonSandbox(state: server.url)
        let checked = try AssayProcess.run(["check-config", "--config", hostA.config.path])
        #expect(checked.status == 0, "\(checked.stderr)")

        let first = try DaemonProcess(config: hostA.config)
        let second = try DaemonProcess(config: hostB.config)
        defer {
            first.killHard()
            second.killHard()
        }
        for daemon in [first, second] { #expect(daemon.waitForLine { $0["msg"] as? String == "assay started" }, "\(daemon.standardError)") }
        try hostA.copyIn(Fixtures.devCorpusFile("d019.txt"))
        #expect(first.waitForLine { $0["outcome"] != nil })
        let original = try #require(DaemonRunTests.outcomes(first)["d019.txt"])
        #expect(original["msg"] as? String == "record written", "\(original)")
        let storyID = try #require(original["article_id"] as? String)

        try hostB.copyIn(Fixtures.devCorpusFile("d022.txt"))
        #expect(second.waitForLine { $0["outcome"] != nil })
        let reprint = try #require(DaemonRunTests.outcomes(second)["d022.txt"])
        #expect(reprint["msg"] as? String == "duplicate", "\(reprint)")
        #expect(reprint["duplicate_of"] as? String == storyID)
        #expect(reprint["match"] as? String == "reprint")
        // The same file on host B again is the same bytes: known to the shared ledger.
        try hostB.moveIn(Fixtures.bytes(Fixtures.devCorpusFile("d019.txt")), as: "again.txt")
        #expect(second.waitForLine { ($0["input"] as? String)?.hasSuffix("again.txt") == true })
        #expect(DaemonRunTests.outcomes(second)["again.txt"]?["outcome"] as? String == "repeated")

        // stats and story read the shared store from either host's config.
        let stats = try AssayProcess.run(["stats", "--config", hostB.config.path, "--json"])
        #expect(stats.status == 0, "\(stats.stderr)")
        let counts = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(counts["stories"] as? Int == 1 && counts["near_duplicates"] as? Int == 1, "\(counts)")
        let story = try AssayProcess.run(["story", storyID, "--config", hostB.config.path, "--json"])
        #expect(story.status == 0, "\(story.stderr)")
        #expect(story.stdout.contains("d022.txt"), "\(story.stdout)")

        for daemon in [first, second] {
            daemon.signal(SIGTERM)
            #expect(daemon.waitForExit(timeout: 20) == 0)
        }
    }
}

extension SharedStoreTests {
    @Test func twoDaemonsFetchAFeedOnceAnInterval() throws {
        let server = try PostgresServer()
        defer { server.stop() }
        let http = try LoopbackHTTPServer { _ in
            .text(
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Quiet feed</title></channel></rss>",
                type: "application/rss+xml")
        }
        let source = "[[sources]]\nurl = \"\(http.url("/feed.xml"))\"\nkind = \"feed\"\ninterval = \"2s\"\n"
        let hosts = try (0..<2).map { _ in try DaemonSandbox(extra: source, state: server.url) }
        let daemons = try hosts.map { try DaemonProcess(config: $0.config) }
        defer { for daemon in daemons { daemon.killHard() } }
        for daemon in daemons { #expect(daemon.waitForLine { $0["msg"] as? String == "assay started" }, "\(daemon.standardError)") }
        Thread.sleep(forTimeInterval: 20)
        let fetches = http.requests(to: "/feed.xml").count
        // One fetch per 2 s interval between them, not one each: at most 11 in 20 s (and at least a few).
        #expect(fetches <= 11, "\(fetches) fetches")
        #expect(fetches >= 5, "\(fetches) fetches")
        let byDaemon = daemons.map { $0.entries(message: "fetched").count }
        #expect(byDaemon.reduce(0, +) == fetches, "\(byDaemon)")
        for daemon in daemons {
            daemon.signal(SIGTERM)
            #expect(daemon.waitForExit(timeout: 20) == 0)
        }
    }
}
