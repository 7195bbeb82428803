import AssayCore
import AssayDaemon
import Foundation
import Testing

/// Feed formats, link resolution, the whole-article rule, malformed input; schedule arithmetic.
@Suite struct FeedParserTests {
    let longText = Array(repeating: "Sodium-ion cells from the new line will ship to storage projects in the spring.", count: 12)
        .joined(separator: " ")

    @Test func rssItemsWithRelativeLinksGuidsAndFullContent() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>T</title>
              <item><title>One</title><link>/news/1</link><guid isPermaLink="false">id-1</guid>
                <pubDate>Tue, 10 Nov 2026 09:00:00 +0800</pubDate><dc:creator>Li Wei</dc:creator>
                <description>Short teaser.</description></item>
              <item><title>Two</title><link>https://other.example/2</link>
                <content:encoded><![CDATA[<p>\(longText)</p>]]></content:encoded></item>
            </channel></rss>
            """
        let items = try FeedParser.parse(Array(xml.utf8), feedURL: "https://news.example/feed.xml")
        #expect(items.count == 2)
        #expect(items[0].guid == "id-1")
        #expect(items[0].link == "https://news.example/news/1")
        #expect(items[0].authors == ["Li Wei"])
        #expect(items[0].published == "Tue, 10 Nov 2026 09:00:00 +0800")
        #expect(items[0].content == nil, "a teaser is not the article")
        #expect(items[1].guid == "https://other.example/2", "no guid: the link stands in")
        #expect(items[1].content?.contains("Sodium-ion cells") == true)
    }

    @Test func atomEntriesTakeTheAlternateLinkAndXHTMLContent() throws {
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
              <entry><id>urn:uuid:1</id><title>A</title><link rel="self" href="/self"/><link href="/a"/>
                <updated>2026-11-10T01:00:00Z</updated><author><name>Ann</name></author>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>\(longText)</p></div></content></entry>
            </feed>
            """
        let items = try FeedParser.parse(Array(xml.utf8), feedURL: "https://atom.example/feed")
        #expect(items.count == 1)
        #expect(items[0].guid == "urn:uuid:1")
        #expect(items[0].link == "https://atom.example/a")
        #expect(items[0].authors == ["Ann"])
        #expect(items[0].published == "2026-11-10T01:00:00Z")
        #expect(items[0].content?.hasPrefix("<div><p>") == true)
    }

    @Test func jsonFeedItems() throws {
        let json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [
              {"id": "7", "url": "https://j.example/7", "title": "Seven", "content_html": "<p>short</p>",
               "date_published": "2026-11-10T08:00:00+08:00", "authors": [{"name": "Bo"}]}]}
            """
        let items = try FeedParser.parse(Array(json.utf8), feedURL: "https://j.example/feed.json")
        #expect(items == [FeedItem(guid: "7", link: "https://j.example/7", title: "Seven", published: "2026-11-10T08:00:00+08:00", authors: ["Bo"], content: nil)])
    }

    @Test func malformedAndForeignDocumentsAreRefusedWithAReason() {
        #expect(throws: FeedParseError.self) { try FeedParser.parse(Array("<rss><channel><item>".utf8), feedURL: "https://x/") }
        do {
            _ = try FeedParser.parse(Array("<html><body>hi</body></html>".utf8), feedURL: "https://x/")
            Issue.record("an HTML page was read as a feed")
        } catch {
            #expect(error.message.contains("<html>"))
        }
        #expect(throws: FeedParseError.self) { try FeedParser.parse(Array("{\"items\": []}".utf8), feedURL: "https://x/") }
        #expect(throws: FeedParseError.self) { try FeedParser.parse([], feedURL: "https://x/") }
    }

    @Test func linksOnlyOverHTTP() throws {
        let xml = "<rss><channel><item><title>x</title><link>javascript:alert(1)</link><guid>g</guid></item></channel></rss>"
        let items = try FeedParser.parse(Array(xml.utf8), feedURL: "https://x.example/")
        #expect(items.first?.link == nil)
    }

    @Test func scheduleHonoursFreshnessRetryAfterAndCapsTheBackOff() {
        let schedule = FetchSchedule(interval: 60, backoffCap: 600)
        #expect(schedule.afterSuccess(freshFor: nil) == 60)
        #expect(schedule.afterSuccess(freshFor: 300) == 300)
        #expect(schedule.afterSuccess(freshFor: 99_999) == 600)
        let now = Date(timeIntervalSince1970: 1_795_824_000)  // 2026-11-28T00:00:00Z
        #expect(FetchSchedule.freshness(cacheControl: "public, max-age=120", expires: nil, date: nil, now: now) == 120)
        #expect(FetchSchedule.freshness(cacheControl: "no-cache", expires: nil, date: nil, now: now) == nil)
        #expect(
            FetchSchedule.freshness(cacheControl: nil, expires: "Sat, 28 Nov 2026 10:05:00 GMT", date: "Sat, 28 Nov 2026 10:00:00 GMT", now: now)
                == 300)
        #expect(FetchSchedule.freshness(cacheControl: nil, expires: "Sat, 28 Nov 2026 00:02:00 GMT", date: nil, now: now) == 120)
        #expect(FetchSchedule.retryAfter("120", now: now) == 120)
        #expect(FetchSchedule.retryAfter("Sat, 28 Nov 2026 00:01:30 GMT", now: now) == 90)
        var random = SystemRandomNumberGenerator()
        var previousCeiling = 0.0
        for errors in 1...12 {
            let delay = schedule.afterFailure(errors: errors, retryAfter: nil, using: &random)
            let ceiling = min(600, 60 * pow(2, Double(errors - 1)))
            #expect(delay >= ceiling / 2 && delay <= ceiling, "errors \(errors): \(delay)")
            #expect(ceiling >= previousCeiling)
            previousCeiling = ceiling
        }
        #expect(schedule.afterFailure(errors: 3, retryAfter: 30, using: &random) == 30)
        #expect(FeedSource.seconds("90s") == 90 && FeedSource.seconds("30m") == 1800 && FeedSource.seconds("6h") == 21_600)
        #expect(FeedSource.seconds("soon") == nil)
    }

    @Test func sourcesInTheConfigAreCheckedKeyByKey() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("assay-sources-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("inbox"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let head = "inbox = \"inbox\"\noutput = \"o\"\narchive = \"a\"\nquarantine = \"q\"\nstate = \"s.db\"\n"
        let good = try DaemonConfigFile.parse(
            head + "[[sources]]\nurl = \"https://a.example/feed\"\ninterval = \"90s\"\ntags = [\"cn\"]\n[[sources]]\nurl = \"http://b.example/p\"\nkind = \"page\"\n",
            file: folder.appendingPathComponent("assay.toml").path)
        #expect(good.sources == [
            FeedSource(url: "https://a.example/feed", kind: .feed, interval: 90, tags: ["cn"]),
            FeedSource(url: "http://b.example/p", kind: .page, interval: 1800),
        ])
        for (body, needle) in [
            ("[[sources]]\nurl = \"ftp://x/feed\"\n", "sources[1].url"),
            ("[[sources]]\nurl = \"https://x/feed\"\nkind = \"podcast\"\n", "sources[1].kind"),
            ("[[sources]]\nurl = \"https://x/feed\"\ninterval = \"often\"\n", "sources[1].interval"),
            ("[[sources]]\nurl = \"https://x/feed\"\nintervall = 5\n", "intervall"),
            ("[fetch]\ntimeout = 0\n", "fetch.timeout"),
        ] {
            do {
                _ = try DaemonConfigFile.parse(head + body, file: folder.appendingPathComponent("assay.toml").path)
                Issue.record("accepted: \(body)")
            } catch {
                #expect(error.description.contains(needle), "\(error.description)")
                #expect(error.errors.first?.line != nil, "\(error.description)")
            }
        }
    }
}
