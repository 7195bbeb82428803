import AssayCore
import Foundation
import Testing

/// Bylines in the shapes real pages use, on pages written for these tests: a credit inside a
/// byline row with its date, a German or French credit line, a name and date in one element, and
/// a JSON-LD graph that credits its author by reference.
@Suite struct BylineTests {
    let extractor = HTMLExtractor(dateParser: DateParser())

    private func page(head: String = "", beforeBody: String) -> String {
        let paragraphs = (1...6).map {
            "<p>The anode plant in the north added its \($0)th kiln this quarter, the company said in a filing on Friday.</p>"
        }.joined()
        return "<html><head><title>Anode plant adds a kiln</title>\(head)</head><body><article><h1>Anode plant adds a kiln</h1>\(beforeBody)\(paragraphs)</article></body></html>"
    }

    @Test(arguments: [
        (#"<div class="wrap-byline"><span class="byline">By <a href="/w/jane">Jane Doe</a></span> <span>Today, 3:47 pm</span> <a>Share</a> <a>Print</a> <a>Comments</a> <a>Subscribe to our newsletter for the latest news</a></div>"#, "Jane Doe"),
        ("<p><em>Written by: <a href=\"/x\">Lena Park</a></em></p>", "Lena Park"),
        ("<p>Von Max Muster</p>", "Max Muster"),
        (#"<p class="author"><span class="author-label">By</span> <a href="/a/tomas">Tomas Berg</a></p>"#, "Tomas Berg"),
        ("<p>Par Claire Dubois | 3 mai 2024</p>", "Claire Dubois"),
        (#"<p class="date-author">Anna Berg, 01.12.2021</p>"#, "Anna Berg"),
        ("<p>The series continues next week.<br><strong>Text:</strong> Klaus Ritter</p>", "Klaus Ritter"),
    ])
    func aVisibleCreditNamesTheAuthor(html: String, name: String) throws {
        let article = try #require(extractor.extract(page(beforeBody: html)))
        #expect(article.authors == [name], "\(article.authors)")
    }

    @Test func aGraphThatCreditsItsAuthorByReferenceIsRead() throws {
        let graph = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"Article","headline":"Anode plant adds a kiln","author":{"@id":"https://example.org/#/person/1"}},
            {"@type":"Person","@id":"https://example.org/#/person/1","name":"Irma Weiss"}]}</script>
            """
        let article = try #require(extractor.extract(page(head: graph, beforeBody: "")))
        #expect(article.authors == ["Irma Weiss"])
        #expect(article.authorsSource == "json-ld:author")
    }

    @Test func aSentenceOpeningWithByIsNoByline() throws {
        for line in ["By the end of the year the plant will run four kilns.", "By Tuesday, the fourth kiln will be lit."] {
            let article = try #require(extractor.extract(page(beforeBody: "<p>\(line)</p>")))
            #expect(article.authors.isEmpty, "\(line): \(article.authors)")
        }
    }

    @Test func aNameInMetadataKeepsAWordThatIsACreditInALine() throws {
        let article = try #require(extractor.extract(page(head: #"<meta name="author" content="Par Olsen">"#, beforeBody: "")))
        #expect(article.authors == ["Par Olsen"])
    }
}
