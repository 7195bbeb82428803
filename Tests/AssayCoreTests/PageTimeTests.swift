import AssayCore
import Foundation
import Testing

/// Where a page's date and update sit and which day they fall on, on pages written for these
/// tests: a date row beside the headline with no telling class, loose `date` meta tags that lose
/// to the visible date, UTC stamps shown in the page's own zone, updates kept apart.
@Suite struct PageTimeTests {
    let extractor = HTMLExtractor(dateParser: DateParser())
    let pipeline = ArticlePipeline()

    private func page(head: String = "", beforeBody: String = "") -> String {
        let paragraphs = (1...6).map {
            "<p>The cell plant in the valley added its \($0)th production line this quarter, the company said on a call with analysts.</p>"
        }.joined()
        return "<html><head><title>Plant adds a line</title>\(head)</head><body><article><h1>Plant adds a line</h1>\(beforeBody)\(paragraphs)</article></body></html>"
    }

    private func record(_ html: String) throws -> Article {
        let input = InputDocument(bytes: Array(html.utf8), path: "page.html", receivedAt: "2026-11-29T00:00:00Z")
        return try #require(pipeline.process(input, ingestedAt: "2026-11-29T00:00:00Z").first?.article)
    }

    @Test func theDateRowBesideTheHeadlineIsRead() throws {
        let article = try #require(extractor.extract(page(beforeBody: #"<p class="k3">03.02.2022 15:34</p>"#)))
        #expect(article.date?.rfc3339 == "2022-02-03T15:34:00Z")
        #expect(article.dateSource == "html:headline-date")
    }

    @Test func aLooseDateMetaTagLosesToTheVisibleDate() throws {
        let html = page(head: #"<meta name="date" content="2022-01-26T14:32:06+02:00">"#, beforeBody: #"<time datetime="2022-01-21">21.01.2022</time>"#)
        let article = try #require(extractor.extract(html))
        #expect(article.date?.rfc3339?.hasPrefix("2022-01-21") == true, "\(String(describing: article.date))")
    }

    @Test func aUTCStampIsShownInThePagesZoneWhenTheBylineGivesTheLocalTime() throws {
        let html = page(
            head: #"<meta property="article:published_time" content="2023-11-09T03:28:35+00:00">"#,
            beforeBody: "<p>Published Nov. 8, 2023, 10:28 p.m.</p>")
        let article = try #require(extractor.extract(html))
        #expect(article.date?.rfc3339 == "2023-11-08T22:28:35-05:00")
    }

    @Test func aUTCStampFallsOnTheDayThePageShows() throws {
        let html = page(
            head: #"<meta property="article:published_time" content="2021-11-04T23:00Z">"#, beforeBody: "<span>5. November 2021</span>")
        let article = try #require(extractor.extract(html))
        #expect(article.date?.rfc3339 == "2021-11-05T00:00:00+01:00")
        // Same instant; a page that shows the stamp's own day keeps it as written.
        let same = try #require(extractor.extract(page(
            head: #"<meta property="article:published_time" content="2021-11-04T23:00Z">"#, beforeBody: "<span>4. November 2021</span>")))
        #expect(same.date?.rfc3339 == "2021-11-04T23:00:00Z")
    }

    @Test func anUpdateIsKeptBesideThePublication() throws {
        let both = try record(page(head: """
            <meta property="article:published_time" content="2021-11-29T14:13:37+00:00">
            <meta property="article:modified_time" content="2022-01-12T14:27:30+00:00">
            """))
        #expect(both.publishedAt == "2021-11-29T14:13:37Z")
        #expect(both.updatedAt == "2022-01-12T14:27:30Z")
        let onlyUpdate = try record(page(head: #"<meta property="og:updated_time" content="2022-01-27T18:34:20+01:00">"#))
        #expect(onlyUpdate.publishedAt == "2022-01-27T18:34:20+01:00")
        #expect(onlyUpdate.provenance.dateSource == "meta:og:updated_time")
        #expect(try record(page()).updatedAt == nil)
    }

    @Test func anArticlePageBuiltByScriptKeepsItsSummary() throws {
        let html = """
            <html><head><meta property="og:type" content="article"><meta property="og:title" content="Separator plant doubles output">
            <meta property="og:description" content="The separator film plant in the valley doubled its output this year and plans a third line, its owner said on Monday.">
            </head><body><div id="app"></div><script>render()</script></body></html>
            """
        let article = try record(html)
        #expect(article.body.hasPrefix("The separator film plant in the valley doubled"))
        #expect(article.provenance.bodySource == "meta:og:description")
        // A page that does not say it is an article gets no record from its slogan.
        let home = html.replacingOccurrences(of: #"<meta property="og:type" content="article">"#, with: "")
        let input = InputDocument(bytes: Array(home.utf8), path: "home.html", receivedAt: "2026-11-29T00:00:00Z")
        #expect(pipeline.process(input, ingestedAt: "2026-11-29T00:00:00Z").first?.article == nil)
    }

    @Test func aTwoDigitYearWithDotsIsADayButAVersionIsNot() {
        let parser = DateParser()
        #expect(parser.firstDate(in: "Party, 30.10.23")?.rfc3339?.hasPrefix("2023-10-30") == true)
        #expect(parser.firstDate(in: "Stand 02.12.19")?.rfc3339?.hasPrefix("2019-12-02") == true)
        #expect(parser.firstDate(in: "firmware 1.10.23.4 released") == nil)
    }

    @Test func aDatelineOpeningTheSecondParagraphIsRead() throws {
        let html = "<html><body><article><p>Von Claudia Lindner</p><p>27.1.2022 - Bei der Erinnerung an die Opfer sprach die Präsidentin vor dem Landtag.</p>"
            + String(repeating: "<p>Die Gedenkstunde fand in diesem Jahr wieder mit Gästen im Plenarsaal statt, hieß es.</p>", count: 4)
            + "</article></body></html>"
        let article = try #require(extractor.extract(html))
        #expect(article.date?.rfc3339?.hasPrefix("2022-01-27") == true, "\(String(describing: article.date))")
    }

    @Test func aPageWhollyInsideNoscriptIsRead() throws {
        let story = (1...5).map { "<p>The bear census counted \($0 + 10) cubs in zone \($0) this year, the park said, a record since counts began.</p>" }.joined()
        let html = "<html><body><noscript><div id=\"main\">\(story)</div></noscript><noscript><img src=\"pixel.gif\"></noscript></body></html>"
        let article = try #require(extractor.extract(html))
        #expect(article.paragraphs.count == 5 && article.paragraphs[0].hasPrefix("The bear census counted 11"))
    }

    @Test func aScriptBuiltPageKeepsItsDateInItsData() throws {
        let html = page(head: #"<script>window.__STATE__ = {"post":{"title":"Plant adds a line","published_at":"2019-03-02T06:22:28+01:00"}};</script>"#)
        let article = try #require(extractor.extract(html))
        #expect(article.date?.rfc3339 == "2019-03-02T06:22:28+01:00")
        #expect(article.dateSource == "html:script-data")
    }

    @Test func aPublicationKeyInScriptDataBeatsAnEarlierCreationTime() throws {
        let html = page(head: #"<script>var s = {"user":{"created_at":"2011-04-02T10:00:00Z"},"post":{"publishedAt":"2024-05-01T08:00:00Z"}};</script>"#)
        let article = try #require(extractor.extract(html))
        #expect(article.date?.rfc3339 == "2024-05-01T08:00:00Z")
    }

    @Test func hiddenTextIsNotTheBodyWhateverItsSize() throws {
        let story = "<p>The cathode plant shipped its first tonnes to a cell maker on Monday, the company said.</p>"
        let hidden = "<div style=\"display:none\">" + String(repeating: "<p>Sign up for our newsletter and get our best offers, coupons and deals every week.</p>", count: 8) + "</div>"
        let article = try #require(extractor.extract("<html><body><article>\(story)\(hidden)</article></body></html>"))
        #expect(!article.paragraphs.contains { $0.contains("newsletter") })
    }

    @Test func aDateAndATimeInNeighbouringElementsStayApart() throws {
        let article = try #require(extractor.extract(page(beforeBody: #"<span class="meta-date"><span>28.09.19</span><span>12:44</span></span>"#)))
        #expect(article.date?.rfc3339?.hasPrefix("2019-09-28") == true, "\(String(describing: article.date))")
    }

    @Test func aPageWrappedInAFormWithLooseTextIsRead() throws {
        let story = (1...4).map { "The exchange chief said the new listing rules, number \($0), would take effect next month after a review.<br>" }.joined()
        let html = "<html><body><form id=\"aspnetForm\"><div class=\"nav\"><a href=\"/\">Home</a></div><div class=\"main-news\">\(story)<div class=\"pic\"><img src=\"a.jpg\"></div></div></form></body></html>"
        let article = try #require(extractor.extract(html))
        #expect(article.paragraphs.count == 4, "\(article.paragraphs)")
    }
}
