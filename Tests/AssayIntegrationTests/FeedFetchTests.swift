import AssayTestSupport
import Foundation
import Synchronization
import Testing

/// Scheduled fetching against a real HTTP server on 127.0.0.1, through the real daemon.
@Suite(.serialized) struct FeedFetchTests {
    static func rss(_ server: LoopbackHTTPServer, items: [(guid: String, path: String)]) -> String {
        let entries = items.map { item in
            "<item><title>Item \(item.guid)</title><link>\(server.url(item.path))</link><guid>\(item.guid)</guid>"
                + "<pubDate>Mon, 16 Nov 2026 08:00:00 GMT</pubDate><description>Teaser only.</description></item>"
        }.joined()
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Test feed</title>"
            + "<link>\(server.url("/"))</link>\(entries)</channel></rss>"
    }

    static func page(_ name: String) throws -> [UInt8] { try Fixtures.bytes(Fixtures.devCorpusFile(name)) }

    static func sandbox(sources: [(url: String, interval: String)], extra: String = "") throws -> DaemonSandbox {
        let tables = sources.map { "[[sources]]\nurl = \"\($0.url)\"\nkind = \"feed\"\ninterval = \"\($0.interval)\"\n" }.joined(separator: "\n")
        return try DaemonSandbox(extra: extra + "\n" + tables)
    }

    @Test func feedItemsBecomeRecordsWithTheirURLsAndLabelsAndASecondPollGets304() throws {
        let pages = ["/news/chips": "d009.html", "/news/sodium": "d045.html", "/news/wafers": "d013.html"]
        let bodies = try pages.mapValues(Self.page)
        let serverBox = Mutex<String>("")
        let server = try LoopbackHTTPServer { request in
            if request.path == "/feed.xml" {
                if request.header("If-None-Match") == "\"v1\"" { return .init(status: 304) }
                return .text(serverBox.withLock { $0 }, type: "application/rss+xml", headers: ["ETag": "\"v1\""])
            }
            guard let body = bodies[request.path] else { return .text("missing", status: 404) }
            return .init(headers: ["Content-Type": "text/html; charset=utf-8"], body: body)
        }
        serverBox.withLock { $0 = Self.rss(server, items: [("g-chips", "/news/chips"), ("g-sodium", "/news/sodium"), ("g-wafers", "/news/wafers")]) }
        let sandbox = try Self.sandbox(sources: [(server.url("/feed.xml"), "1s")])
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine { $0["msg"] as? String == "fetched" && $0["items_new"] as? Int == 3 }, "\(daemon.lines.suffix(5))")
        #expect(Wait.until(timeout: 20) { daemon.entries(message: "record written").count == 3 })
        #expect(daemon.waitForLine(timeout: 10) { $0["msg"] as? String == "fetched" && $0["status"] as? Int == 304 })
        Thread.sleep(forTimeInterval: 1.2)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)

        let records = try sandbox.records()
        #expect(records.count == 3)
        let expected = ["/news/chips": "semiconductor", "/news/sodium": "sodium-ion", "/news/wafers": "none"]
        for record in records.values {
            let source = try #require(record["source"] as? [String: Any])
            let url = try #require(source["url"] as? String)
            let path = String(url.dropFirst(server.url("").count))
            #expect(record["primary_industry"] as? String == expected[path], "\(url)")
            #expect(source["kind"] as? String == "feed")
            #expect(source["feed_url"] as? String == server.url("/feed.xml"))
            #expect((source["item_guid"] as? String)?.hasPrefix("g-") == true)
        }
        // Each page was fetched once; later polls were conditional and answered 304.
        for path in pages.keys { #expect(server.requests(to: path).count == 1, "\(path)") }
        let polls = server.requests(to: "/feed.xml")
        #expect(polls.count >= 2)
        #expect(polls.dropFirst().allSatisfy { $0.header("If-None-Match") == "\"v1\"" })
        #expect(polls.allSatisfy { $0.header("User-Agent")?.hasPrefix("Assay/") == true })
    }

    @Test func serverErrorsBackOffCappedWithJitterThenRecover() throws {
        let failuresLeft = Mutex(3)
        let page = try Self.page("d009.html")
        let item = try Self.page("d045.html")
        let feed = Mutex("")
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/page.html": return .init(headers: ["Content-Type": "text/html"], body: page)
            case "/item.html": return .init(headers: ["Content-Type": "text/html"], body: item)
            default:
                let failing = failuresLeft.withLock { left -> Bool in
                    defer { left -= 1 }
                    return left > 0
                }
                return failing ? .text("boom", status: 500) : .text(feed.withLock { $0 }, type: "application/rss+xml")
            }
        }
        feed.withLock { $0 = Self.rss(server, items: [("recovered", "/item.html")]) }
        let sandbox = try DaemonSandbox(extra: """
            [fetch]
            backoff_cap = 3

            [[sources]]
            url = "\(server.url("/page.html"))"
            kind = "page"
            interval = "30m"

            [[sources]]
            url = "\(server.url("/flaky.xml"))"
            kind = "feed"
            interval = 1
            """)
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine(timeout: 30) { $0["msg"] as? String == "fetch failed" && $0["errors"] as? Int == 3 })
        let failures = daemon.entries(message: "fetch failed")
        #expect(failures.allSatisfy { $0["reason"] as? String == "500" && ($0["url"] as? String)?.hasSuffix("/flaky.xml") == true })
        // Ceilings 1, 2, then the cap 3: each delay lies in [ceiling/2, ceiling].
        let delays = failures.compactMap { $0["next_in_s"] as? Double }
        #expect(delays.count == 3)
        for (index, delay) in delays.enumerated() {
            let ceiling = min(3.0, pow(2.0, Double(index)))
            #expect(delay >= ceiling / 2 - 0.05 && delay <= ceiling + 0.05, "failure \(index + 1): \(delay)")
        }
        // Recovery with no one stepping in: the item is fetched and recorded, and the error count is reset.
        #expect(daemon.waitForLine(timeout: 15) { $0["msg"] as? String == "fetched" && $0["items_new"] as? Int == 1 })
        #expect(Wait.until(timeout: 15) { daemon.entries(message: "record written").count == 2 }, "\(daemon.lines.suffix(5))")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        let listed = try AssayProcess.run(["sources", "--config", sandbox.config.path])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("flaky.xml") && listed.stdout.contains("errors 0"), "\(listed.stdout)")
    }

    @Test func retryAfterIsHonoured() throws {
        let calls = Mutex(0)
        let server = try LoopbackHTTPServer { _ in
            let call = calls.withLock { count -> Int in
                count += 1
                return count
            }
            return call == 1 ? .text("slow down", status: 429, headers: ["Retry-After": "2"]) : .init(status: 304)
        }
        let sandbox = try Self.sandbox(sources: [(server.url("/feed.xml"), "1s")])
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine { $0["msg"] as? String == "fetch failed" && $0["reason"] as? String == "429" })
        let failure = try #require(daemon.entries(message: "fetch failed").first)
        #expect(failure["retry_after_s"] as? Double == 2)
        #expect(failure["next_in_s"] as? Double == 2)
        #expect(Wait.until(timeout: 10) { server.requests.count >= 2 })
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        let times = daemon.logEntries.filter { $0["msg"] as? String == "fetch failed" || $0["msg"] as? String == "fetched" }
            .compactMap { $0["ts"] as? String }
        #expect(times.count >= 2)
        if times.count >= 2, let first = Self.time(times[0]), let second = Self.time(times[1]) {
            #expect(second.timeIntervalSince(first) >= 1.9, "the second request came \(second.timeIntervalSince(first)) s later")
        }
    }

    static func time(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    @Test func brokenSourcesAreLoggedWithReasonsAndDoNotDelayOthers() throws {
        let body = try Self.page("d045.html")
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/broken.xml": return .text("<rss><channel><item><title>unclosed", type: "application/rss+xml")
            case "/slow.xml": return .init(status: 200, body: Array("<rss/>".utf8), delay: 8)
            case "/huge.xml": return .text(String(repeating: "<!-- padding -->", count: 5000), type: "application/rss+xml")
            case "/loop": return .init(status: 302, headers: ["Location": "/loop"])
            case "/good.html": return .init(headers: ["Content-Type": "text/html"], body: body)
            default: return .text("not here", status: 404)
            }
        }
        let sandbox = try DaemonSandbox(extra: """
            [fetch]
            timeout = 1
            connect_timeout = 1
            max_bytes = 40000

            [[sources]]
            url = "\(server.url("/broken.xml"))"
            [[sources]]
            url = "\(server.url("/missing.xml"))"
            [[sources]]
            url = "\(server.url("/slow.xml"))"
            [[sources]]
            url = "\(server.url("/huge.xml"))"
            [[sources]]
            url = "\(server.url("/loop"))"
            [[sources]]
            url = "\(server.url("/good.html"))"
            kind = "page"
            """)
        let daemon = try DaemonProcess(config: sandbox.config)
        let expected = ["/broken.xml": "malformed_feed", "/missing.xml": "404", "/slow.xml": "timeout", "/huge.xml": "too_large",
            "/loop": "redirect_loop"]
        #expect(Wait.until(timeout: 30) {
            Set(daemon.entries(message: "fetch failed").compactMap { ($0["url"] as? String).map { String($0.dropFirst(server.url("").count)) } })
                .isSuperset(of: expected.keys)
        }, "\(daemon.lines.suffix(8))")
        for failure in daemon.entries(message: "fetch failed") {
            let path = String((failure["url"] as? String ?? "").dropFirst(server.url("").count))
            #expect(failure["reason"] as? String == expected[path], "\(path): \(failure)")
            #expect((failure["detail"] as? String)?.isEmpty == false)
        }
        #expect(daemon.waitForLine { $0["msg"] as? String == "record written" })
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func aPageAlsoDroppedAsAFileIsRecordedOnce() throws {
        let body = try Self.page("d009.html")
        let server = try LoopbackHTTPServer { _ in .init(headers: ["Content-Type": "text/html; charset=utf-8"], body: body) }
        let sandbox = try DaemonSandbox(extra: "[[sources]]\nurl = \"\(server.url("/story.html"))\"\nkind = \"page\"\ninterval = \"2s\"")
        try sandbox.moveIn(body, as: "dropped.html")
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(Wait.until(timeout: 20) { daemon.entries(message: "fetched").count >= 2 })
        Thread.sleep(forTimeInterval: 0.5)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        #expect(try sandbox.records().count == 1)
        #expect(try sandbox.records(in: sandbox.duplicates).isEmpty)
        #expect(daemon.entries(message: "record written").count == 1)
    }

    @Test func wholeArticlesInTheFeedAreNotFetchedAgainAndSourcesFollowSIGHUP() throws {
        let articles = try Fixtures.devCorpusArticles()
        let story = try #require(articles["d031"])
        let paragraphs = story.text.components(separatedBy: "\n\n").dropFirst().map { "<p>\($0)</p>" }.joined()
        let atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Battery wire</title>
            <entry><id>tag:wire,2026:31</id><title>\(story.title)</title><link href="/articles/31"/>
            <published>2026-11-20T06:00:00Z</published><author><name>Maria Keller</name></author>
            <content type="html">\(paragraphs.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))</content>
            </entry></feed>
            """
        let server = try LoopbackHTTPServer { request in
            request.path == "/atom.xml" ? .text(atom, type: "application/atom+xml") : .text("not here", status: 404)
        }
        let sandbox = try DaemonSandbox()
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine { $0["msg"] as? String == "assay started" && $0["sources"] as? Int == 0 })
        try sandbox.writeConfig(extra: "[[sources]]\nurl = \"\(server.url("/atom.xml"))\"\ninterval = \"1h\"\n")
        daemon.signal(SIGHUP)
        #expect(daemon.waitForLine { $0["msg"] as? String == "record written" }, "\(daemon.lines.suffix(5))")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        #expect(server.requests(to: "/articles/31").isEmpty, "the feed carried the whole article")
        let record = try #require(try sandbox.records().values.first)
        #expect(record["title"] as? String == story.title)
        #expect(record["authors"] as? [String] == ["Maria Keller"])
        #expect((record["published_at"] as? String)?.hasPrefix("2026-11-20T06:00:00") == true)
        #expect(record["primary_industry"] as? String == "lithium")
        #expect((record["source"] as? [String: Any])?["url"] as? String == server.url("/articles/31"))
    }

    /// A daemon killed after a feed's items were queued but before they were all committed gets them
    /// again at its next start: the feed's ETag is saved only once every item is durable.
    @Test func itemsLostToAKillBeforeTheirCommitAreFetchedAgain() throws {
        let articles = try Fixtures.devCorpusArticles().values.sorted { $0.id < $1.id }
        let entries = articles.enumerated().map { index, story in
            let paragraphs = story.text.components(separatedBy: "\n\n").dropFirst().map { "<p>\($0)</p>" }.joined()
            return "<entry><id>tag:wire,2026:\(index)</id><title>\(story.title)</title><link href=\"/articles/\(index)\"/>"
                + "<published>2026-11-20T06:00:00Z</published><content type=\"html\">"
                + paragraphs.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                + "</content></entry>"
        }
        let atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Battery wire</title>" + entries.joined() + "</feed>"
        let server = try LoopbackHTTPServer { request in
            guard request.path == "/atom.xml" else { return .text("not here", status: 404) }
            if request.header("If-None-Match") == "\"v1\"" { return .init(status: 304) }
            return .text(atom, type: "application/atom+xml", headers: ["ETag": "\"v1\""])
        }
        let sandbox = try Self.sandbox(sources: [(server.url("/atom.xml"), "1h")], extra: "queue_size = 500\nworkers = 1")
        let first = try DaemonProcess(config: sandbox.config)
        #expect(first.waitForLine(timeout: 60) { $0["outcome"] != nil })
        first.killHard()
        // What the first daemon finished is what it left on disk: its log lines may lag its commits.
        let finishedBeforeKill = try sandbox.records().count + sandbox.records(in: sandbox.duplicates).count
        #expect(finishedBeforeKill < articles.count, "every item was committed before the kill; the test proves nothing")

        let second = try DaemonProcess(config: sandbox.config, arguments: ["--exit-when-idle"])
        #expect(second.waitForExit(timeout: 120) == 0, "\(second.lines.suffix(5))")
        let recorded = try sandbox.records().count + sandbox.records(in: sandbox.duplicates).count
        let unusual = (first.logEntries + second.logEntries).filter {
            $0["outcome"] != nil && !["recorded", "duplicate"].contains($0["outcome"] as? String ?? "")
        }
        #expect(recorded == articles.count, "\(recorded) of \(articles.count) items recorded; \(unusual)")
        #expect(second.logEntries.filter { $0["outcome"] as? String == "repeated" }.count <= finishedBeforeKill)
        let listed = try AssayProcess.run(["sources", "--config", sandbox.config.path])
        #expect(listed.stdout.contains("atom.xml"), "\(listed.stdout)")
    }

    @Test func gzipBodiesAreDecoded() throws {
        let page = try Self.page("d045.html")
        let compressed = try Self.gzip(page)
        #expect(compressed.count < page.count)
        let server = try LoopbackHTTPServer { request in
            .init(headers: ["Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"], body: compressed)
        }
        let sandbox = try DaemonSandbox(extra: "[[sources]]\nurl = \"\(server.url("/zipped.html"))\"\nkind = \"page\"\n")
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine { $0["msg"] as? String == "record written" }, "\(daemon.lines.suffix(4))")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        #expect(server.requests.first?.header("Accept-Encoding")?.contains("gzip") == true)
        #expect(try sandbox.records().values.first?["primary_industry"] as? String == "sodium-ion")
    }

    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
