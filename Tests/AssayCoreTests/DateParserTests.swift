import AssayCore
import Foundation
import Testing

@Suite struct DateParserTests {
    let utc = DateParser()
    let shanghai = DateParser(defaultTimeZone: TimeZone(identifier: "Asia/Shanghai")!)

    @Test(arguments: [
        ("2024-10-28T19:13:00Z", "2024-10-28T19:13:00Z"),
        ("2024-10-28T19:13:00+08:00", "2024-10-28T19:13:00+08:00"),
        ("2024-10-28T19:13:00.123-0500", "2024-10-28T19:13:00-05:00"),
        ("2024-10-28", "2024-10-28T00:00:00Z"),
        ("2024-10-28 19:13", "2024-10-28T19:13:00Z"),
        ("2024/10/28", "2024-10-28T00:00:00Z"),
        ("Jan 16, 2018", "2018-01-16T00:00:00Z"),
        ("- Jan 16, 2018-", "2018-01-16T00:00:00Z"),
        ("July 14, 2022", "2022-07-14T00:00:00Z"),
        ("14 July 2022", "2022-07-14T00:00:00Z"),
        ("Sept. 6, 2024", "2024-09-06T00:00:00Z"),
        // A date written in Chinese is China time (UTC+8) when it gives no offset.
        ("2024年10月28日", "2024-10-28T00:00:00+08:00"),
        ("2024年10月28日 19:13", "2024-10-28T19:13:00+08:00"),
        ("发布时间：2024-10-28 19:13", "2024-10-28T19:13:00+08:00"),
        ("Mon, 28 Oct 2024 19:13:00 +0800", "2024-10-28T19:13:00+08:00"),
        ("February 24, 2024 at 6:12 p.m. JST", "2024-02-24T18:12:00+09:00"),
        ("Dec 31, 2021 | 7:45 PM IST", "2021-12-31T19:45:00+05:30"),
        ("20.08.2024", "2024-08-20T00:00:00Z"),
        ("13/08/2022 08:02", "2022-08-13T08:02:00Z"),
        ("Updated: 2024-08-09 16:42 (GMT+8)", "2024-08-09T16:42:00+08:00"),
    ])
    func resolves(text: String, expected: String) {
        #expect(utc.firstDate(in: text)?.rfc3339 == expected)
    }

    @Test func yearlessDateIsNeverGuessed() {
        let found = utc.firstDate(in: "On August 20, Southwest Aluminum signed an agreement.")
        #expect(found?.rfc3339 == nil)
        #expect(found?.raw == "August 20")
    }

    @Test func defaultZoneAppliesOnlyWithoutOffset() {
        #expect(shanghai.parse("2024-10-28 19:13")?.rfc3339 == "2024-10-28T19:13:00+08:00")
        #expect(shanghai.parse("2024-10-28 19:13")?.assumedTimeZone == "Asia/Shanghai")
        #expect(shanghai.parse("2024-10-28T19:13:00Z")?.rfc3339 == "2024-10-28T19:13:00Z")
        #expect(shanghai.parse("2024-10-28T19:13:00Z")?.assumedTimeZone == nil)
    }

    @Test func impossibleDatesAreRefused() {
        #expect(utc.parse("2023-02-30")?.rfc3339 == nil)
        #expect(utc.parse("2024-13-01") == nil)
        #expect(utc.firstDate(in: "the 12/16-nanometer process") == nil)
        #expect(utc.firstDate(in: "prices may 5 percent lower") == nil)
    }

    /// A day, time or offset that does not exist is kept as written and never resolved: no
    /// midnight for "25:61", no "+25:00" passed on, no Feb 30.
    @Test(arguments: ["2024-03-05T10:00:00+25:00", "2024-03-05T25:61:00Z", "2024-02-30", "2024-03-05T10:00:00-1575", "March 5, 2024 24:10"])
    func aDateNoCalendarHasIsKeptRawAndNotResolved(text: String) throws {
        let found = try #require(utc.parse(text))
        #expect(found.rfc3339 == nil, "\(text) → \(found.rfc3339 ?? "")")
        #expect(text.hasPrefix(found.raw.prefix(10)))
    }

    @Test func theFarthestRealOffsetsStillResolve() {
        #expect(utc.parse("2024-03-05T10:00:00+14:00")?.rfc3339 == "2024-03-05T10:00:00+14:00")
        #expect(utc.parse("2024-03-05T10:00:00-12:00")?.rfc3339 == "2024-03-05T10:00:00-12:00")
    }

    @Test func aRecordWithAnImpossibleDateHasNoPublicationButKeepsTheText() throws {
        let text = "Anode plant adds a kiln\n\nPublished: 2024-03-05T25:61:00Z\n\nThe anode plant in the north added its fourth kiln this quarter, the company said in a filing on Friday.\n"
        let input = InputDocument(bytes: Array(text.utf8), path: "kiln.txt", receivedAt: "2026-11-30T00:00:00Z")
        let article = try #require(ArticlePipeline().process(input, ingestedAt: "2026-11-30T00:00:00Z").first?.article)
        #expect(article.publishedAt == nil)
        #expect(article.provenance.dateRaw?.hasPrefix("2024-03-05T25:61") == true)
    }
}
