import AssayCore
import Foundation
import Testing

/// Where pages state their publication day, written for these tests in the shapes real pages use:
/// month names of several languages, microdata on any element, a labelled date line, the address,
/// and a date heading the title.
@Suite struct PageDateTests {
    let parser = DateParser()
    let extractor = HTMLExtractor(dateParser: DateParser())

    @Test(arguments: [
        ("19. Juli 2014", "2014-07-19"), ("29. März 2020", "2020-03-29"), ("17 de marzo de 2020", "2020-03-17"),
        ("martes 17 de marzo de 2020", "2020-03-17"), ("11 septembre 2018", "2018-09-11"), ("1er mai 2020", "2020-05-01"),
        ("15 августа 2016", "2016-08-15"), ("3 maggio 2021", "2021-05-03"), ("12 de outubro de 2019", "2019-10-12"),
        ("4 maart 2022", "2022-03-04"), ("Dezember 5, 2015", "2015-12-05"),
    ])
    func monthNamesOfSeveralLanguages(text: String, day: String) {
        #expect(parser.firstDate(in: text)?.rfc3339?.hasPrefix(day) == true, "\(text): \(String(describing: parser.firstDate(in: text)))")
    }

    @Test func wordsThatAreNotMonthsStayWords() {
        #expect(parser.firstDate(in: "We set 12 records in the 2020 season") == nil)
        #expect(parser.firstDate(in: "3 days ago 2020 was a year") == nil)
    }

    private func page(head: String = "", body: String) -> String {
        let paragraphs = (1...6).map {
            "<p>The cell plant in the valley added its \($0)th production line this quarter, the company said on a call with analysts.</p>"
        }.joined()
        return "<html><head><title>Plant adds a line</title>\(head)</head><body><article><h1>Plant adds a line</h1>\(body)\(paragraphs)</article></body></html>"
    }

    @Test func microdataOnAnyElementIsRead() throws {
        let article = try #require(extractor.extract(page(body: #"<span itemprop="datePublished" content="2021-06-03T08:00:00+02:00">3 June</span>"#)))
        #expect(article.date?.rfc3339 == "2021-06-03T08:00:00+02:00")
        #expect(article.dateSource == "html:itemprop")
    }

    @Test func aLabelledDateLineIsRead() throws {
        let german = try #require(extractor.extract(page(body: #"<div class="kopf"><h5>Datum:</h5> 03.11.2021</div>"#)))
        #expect(german.date?.rfc3339?.hasPrefix("2021-11-03") == true, "\(String(describing: german.date))")
        let chinese = try #require(extractor.extract(page(body: "<div class=\"info\">发布时间：2024-10-28 19:13 来源：新华社</div>")))
        #expect(chinese.date?.rfc3339?.hasPrefix("2024-10-28T19:13") == true, "\(String(describing: chinese.date))")
    }

    @Test func aMachineDateBesideARelativeOneIsRead() throws {
        let article = try #require(extractor.extract(page(body: #"<div class="news-time" title="2020-09-20T14:20:02Z">3 hours ago</div>"#)))
        #expect(article.date?.rfc3339 == "2020-09-20T14:20:02Z")
    }

    @Test func theFirstDateLikeElementNeedNotBeADate() throws {
        let article = try #require(extractor.extract(page(body: #"<form class="validate">Sign up</form><p class="post-date">Posted 12 Feb 2023</p>"#)))
        #expect(article.date?.rfc3339?.hasPrefix("2023-02-12") == true)
    }

    @Test(arguments: [
        ("https://news.example.com/2023/11/08/plant-adds-a-line/", "2023-11-08"),
        ("https://example.org/en/20200428/plant.html", "2020-04-28"), ("https://example.org/2012-05-11-plant", "2012-05-11"),
    ])
    func theAddressGivesTheDayWhenThePageDoesNot(url: String, day: String) throws {
        let article = try #require(extractor.extract(page(head: "<link rel=\"canonical\" href=\"\(url)\">", body: "")))
        #expect(article.date?.rfc3339?.hasPrefix(day) == true)
        #expect(article.dateSource == "url")
    }

    @Test func numbersInAnAddressThatAreNotADayAreNot() throws {
        let article = try #require(extractor.extract(page(head: #"<link rel="canonical" href="https://example.org/item/20201399/x?d=2020-01-02">"#, body: "")))
        #expect(article.date == nil)
    }

    /// A day with no time says so: midnight is not a time the page gave.
    @Test func theRecordSaysHowPreciseItsDateIs() throws {
        let pipeline = ArticlePipeline()
        func record(_ html: String) throws -> Article {
            let input = InputDocument(bytes: Array(html.utf8), path: "page.html", receivedAt: "2026-11-29T00:00:00Z")
            return try #require(pipeline.process(input, ingestedAt: "2026-11-29T00:00:00Z").first?.article)
        }
        let day = try record(page(head: #"<meta property="article:published_time" content="2024-10-28">"#, body: ""))
        #expect(day.publishedAt == "2024-10-28T00:00:00Z")
        #expect(day.provenance.datePrecision == "day")
        let minute = try record(page(head: #"<meta property="article:published_time" content="2024-10-28T19:13+08:00">"#, body: ""))
        #expect(minute.provenance.datePrecision == "minute")
        let none = try record(page(body: ""))
        #expect(none.publishedAt == nil && none.provenance.datePrecision == nil)
    }

    @Test func aDateHeadingTheTitleIsRead() throws {
        let html = page(body: "").replacingOccurrences(of: "<title>Plant adds a line</title>", with: "<title>23.01.2022 - Plant adds a line</title>")
        let article = try #require(extractor.extract(html))
        #expect(article.date?.rfc3339?.hasPrefix("2022-01-23") == true)
        #expect(article.dateSource == "html:title")
    }
}
