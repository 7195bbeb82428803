import AssayCore
import Foundation
import Testing

@Suite struct HTMLExtractionTests {
    let extractor = HTMLExtractor(dateParser: DateParser())

    static let page = """
        <!DOCTYPE html><html lang="en-GB"><head>
        <title>Lithium refinery opens in Kwinana | Mining Weekly</title>
        <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-05T10:00:00+08:00",
          "author": [{"@type": "Person", "name": "ALEX STONE"}], "publisher": {"name": "Mining Weekly"}}</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/markets">Markets</a></nav>
        <div class="share-bar"><a href="#">Share on X</a> <a href="#">Share on LinkedIn</a></div>
        <main><h1>Lithium refinery opens in Kwinana</h1>
        <p class="byline">By Alex Stone</p>
        <div class="article-body">
        <p>A lithium hydroxide refinery opened in Kwinana on Tuesday, the first of its kind in the state, with capacity for 24,000 tonnes a year.</p>
        <figure><img src="x.jpg"><figcaption>The refinery at dusk. Photo: Company</figcaption></figure>
        <p>The plant will take spodumene concentrate from mines in the Pilbara, and its owners said output would ramp up over two years.</p>
        <div class="related-links"><h3>Related</h3><ul><li><a href="/a">Nickel prices slide on oversupply</a></li></ul></div>
        <p>State officials said the refinery had created about 500 jobs during construction and would employ 180 people when running.</p>
        </div></main>
        <aside><p>Most read: a long list of other stories that have nothing to do with this one at all.</p></aside>
        <footer><p>© 2024 Mining Weekly. All rights reserved.</p></footer>
        <script>var x = "tracking";</script>
        </body></html>
        """

    @Test func extractsFieldsWithTheirSources() throws {
        let article = try #require(extractor.extract(Self.page))
        #expect(article.title == "Lithium refinery opens in Kwinana")
        #expect(article.titleSource == "html:h1")
        #expect(article.date?.rfc3339 == "2024-03-05T10:00:00+08:00")
        #expect(article.dateSource == "json-ld:datePublished")
        #expect(article.authors == ["Alex Stone"])
        #expect(article.publisher == "Mining Weekly")
        #expect(article.language == "en")
    }

    @Test func bodyKeepsTheStoryAndDropsFurniture() throws {
        let article = try #require(extractor.extract(Self.page))
        #expect(article.paragraphs.count == 3)
        let body = article.paragraphs.joined(separator: "\n")
        for kept in ["24,000 tonnes", "Pilbara", "about 500 jobs"] { #expect(body.contains(kept)) }
        for dropped in ["Share on", "Nickel prices", "Most read", "©", "tracking", "Photo:", "Home", "By Alex"] {
            #expect(!body.contains(dropped), "\(dropped) left in body")
        }
    }

    /// Social titles are rewritten for sharing; the visible headline is the article's own title
    /// when both tell the same story, and the social one stands when the `<h1>` is something else.
    @Test func theVisibleHeadlineWinsOverASocialTitleOfTheSameStory() throws {
        let body = "<p>" + String(repeating: "The separator line started on Monday, the company said in a statement. ", count: 6) + "</p>"
        func page(og: String, h1: String) -> String {
            "<html><head><meta property=\"og:title\" content=\"\(og)\"></head><body><article><h1>\(h1)</h1>\(body)</article></body></html>"
        }
        let reworded = try #require(extractor.extract(page(
            og: "Separator line starts › Valley Energy Blog", h1: "Separator line starts in the valley after two years of delays")))
        #expect(reworded.title == "Separator line starts in the valley after two years of delays")
        #expect(reworded.titleSource == "html:h1")
        let siteHeading = try #require(extractor.extract(page(og: "Separator line starts after two years of delays", h1: "Valley Energy Blog")))
        #expect(siteHeading.title == "Separator line starts after two years of delays")
        #expect(siteHeading.titleSource == "meta:og:title")
    }

    @Test func titleSiteSuffixIsRemoved() throws {
        let page = "<html><head><title>Chip plant breaks ground - The Daily Wire Service</title></head><body><p>"
            + String(repeating: "The fab will make chips for cars and phones, officials said. ", count: 8) + "</p></body></html>"
        let article = try #require(extractor.extract(page))
        #expect(article.title == "Chip plant breaks ground")
        #expect(article.titleSource == "html:title")
    }

    @Test func pageWithoutTextGivesNothing() {
        #expect(extractor.extract("<html><body><nav><a href='/'>Home</a></nav></body></html>") == nil)
    }
}
