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
        // The credit after a date, a user name behind it, and what follows the name.
        (#"<div class="entry-byline">12. Mai 2021 · von kilnwatch · in Allgemein</div>"#, "kilnwatch"),
        (#"<p class="byline">VON MARTA KELLER am 21. April 2020</p>"#, "Marta Keller"),
        (#"<p class="byline">By Rolf Hansen for Anode Weekly - 3 May 2024</p>"#, "Rolf Hansen"),
        (#"<p class="author">Piše: Ivo Marić prije 26 minuta</p>"#, "Ivo Marić"),
        (#"<p class="author"><span>Foto: Archiv</span> | Autor: Lea Brandt</p>"#, "Lea Brandt"),
        (#"<span class="post-author">Posted on 4 May 2021 by <a rel="author" href="/u/kw">Kiln_Watch42</a></span>"#, "Kiln_Watch42"),
        ("<p>聯合報 記者林宸誼／即時報導</p>", "林宸誼"),
        (#"<p class="reporter">스포츠조선=선수민 기자</p><p>By the kiln.</p>"#, "선수민"),
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

    @Test func prepositionsAndPhrasesInRunningTextAreNoByline() throws {
        for line in [
            "Ein Überblick der Kosten beim Leasing von Firmenwagen und Maschinen",
            "Gewährleistung von Preisstabilität durch Kontrolle der Inflation",
            "Suchen: par thème, par date",
            "By working with suppliers, the plant cut its costs.",
        ] {
            let article = try #require(extractor.extract(page(beforeBody: "<ul><li>\(line)</li></ul>")))
            #expect(article.authors.isEmpty, "\(line): \(article.authors)")
        }
    }

    @Test func commentAuthorsAreNotTheStorysAuthors() throws {
        let comments = #"<section id="comments"><div class="comment-author vcard"><span class="author">Lukas Feld</span></div><p>Great news.</p></section>"#
        let html = page(beforeBody: "").replacingOccurrences(of: "</article>", with: "</article>" + comments)
        let article = try #require(extractor.extract(html))
        #expect(article.authors.isEmpty, "\(article.authors)")
    }

    @Test func theSitesOwnNameGivesWayToTheByline() throws {
        let head = """
            <meta property="og:site_name" content="Anode Weekly"><meta name="author" content="Anode Weekly">
            <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Anode Weekly"}}</script>
            """
        let article = try #require(extractor.extract(page(head: head, beforeBody: #"<p class="byline">Von Jonas Ebert</p>"#)))
        #expect(article.authors == ["Jonas Ebert"])
        #expect(article.authorsSource == "html:byline")
    }

    @Test(arguments: [
        ("<p>The line restarts in May, the company said. (dpa)</p>", "dpa", "text:agency-sign-off"),
        ("<p>The line restarts in May, the company said. — AFP</p>", "AFP", "text:agency-sign-off"),
        ("<p>(Reporting by Ana Ruiz and Tom Vos; Editing by Kim Lee)</p>", "Ana Ruiz", "html:byline"),
    ])
    func theStorysOwnSignOffCreditsItWhenNothingElseDoes(closing: String, name: String, source: String) throws {
        let html = page(beforeBody: "").replacingOccurrences(of: "</article>", with: closing + "</article>")
        let article = try #require(extractor.extract(html))
        #expect(article.authors.first == name, "\(article.authors)")
        #expect(article.authorsSource == source)
    }

    @Test func aBracketedWordThatIsNoAgencyCreditsNoOne() throws {
        let html = page(beforeBody: "").replacingOccurrences(of: "</article>", with: "<p>The kiln was lit on Friday (photo).</p></article>")
        let article = try #require(extractor.extract(html))
        #expect(article.authors.isEmpty, "\(article.authors)")
    }

    @Test func characterReferencesInJSONLDAreDecoded() throws {
        let head = #"<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jos&#xE9; Volta e Pinto"}}</script>"#
        let article = try #require(extractor.extract(page(head: head, beforeBody: "")))
        #expect(article.authors == ["José Volta e Pinto"])
    }

    @Test func aNameInMetadataKeepsAWordThatIsACreditInALine() throws {
        let article = try #require(extractor.extract(page(head: #"<meta name="author" content="Par Olsen">"#, beforeBody: "")))
        #expect(article.authors == ["Par Olsen"])
    }
}
