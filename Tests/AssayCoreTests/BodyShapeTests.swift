import AssayCore
import AssayTestSupport
import Foundation
import Testing

/// Bodies of the shapes where extraction used to stop early or come out empty, on pages written
/// for these tests: a guide cut into section boxes, blog text written straight into a container,
/// a story swallowed by an unclosed menu, repeated short lines, and sentences carrying links.
@Suite struct BodyShapeTests {
    let extractor = HTMLExtractor(dateParser: DateParser())

    private func page(_ name: String) throws -> String {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/pages/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func aGuideCutIntoSectionBoxesKeepsEverySection() throws {
        let article = try #require(extractor.extract(try page("storage-guide.sections.html")))
        let body = article.paragraphs.joined(separator: "\n")
        for kept in ["garages", "four kilowatt-hours", "Iron phosphate", "seventy percent", "electrician", "commissioning", "pays back"] {
            #expect(body.contains(kept), "\(kept) missing from body")
        }
        for heading in ["How much capacity do you need?", "Which cell chemistry lasts longest?", "Is it worth it?"] {
            #expect(article.paragraphs.contains(heading), "section heading \(heading) missing")
        }
        #expect(!body.contains("Advertisement"))
        #expect(!body.contains("independent engineers"))
    }

    @Test func textWrittenStraightIntoAContainerIsTheBody() throws {
        let article = try #require(extractor.extract(try page("cell-plant.loose-text.html")))
        let body = article.paragraphs.joined(separator: "\n")
        for kept in ["second shift on Monday", "four gigawatt-hours", "third shift", "six-week course"] {
            #expect(body.contains(kept), "\(kept) missing from body")
        }
        #expect(!body.contains("Mill Street"))
        #expect(!body.contains("October"))
    }

    @Test func aStorySwallowedByAnUnclosedMenuIsKept() throws {
        let article = try #require(extractor.extract(try page("fab-news.unclosed-nav.html")))
        #expect(article.paragraphs.count == 4)
        #expect(article.paragraphs.first?.hasPrefix("The foundry has ordered forty etch tools") == true)
        #expect(!article.paragraphs.contains { $0.contains("Home") })
    }

    @Test func shortLinesThatRepeatStayButALongCopyGoes() throws {
        let lede = "The cathode plant runs four lines around the clock and publishes its maintenance rota for contractors every week."
        let rota = (1...3).map { "<h3>Line \($0)</h3><p>Stop for 2 hours</p><p>Filters changed by the day crew.</p>" }.joined()
        let html = "<html><body><article><p>\(lede)</p><p>\(lede)</p>\(rota)<p>"
            + String(repeating: "Contractors must sign in at the gate and wear the plant's badge at all times. ", count: 4)
            + "</p></article></body></html>"
        let article = try #require(extractor.extract(html))
        #expect(article.paragraphs.filter { $0 == lede }.count == 1)
        #expect(article.paragraphs.filter { $0 == "Stop for 2 hours" }.count == 3)
    }

    @Test func aSentenceWithALinkStaysButAHoverCardDoesNot() throws {
        let filler = (1...4).map { "<p>The separator film line, the third at the site, will be commissioned in stages over the summer, item \($0).</p>" }.joined()
        let linked = #"<p>The company said on Tuesday that it was <a href="/a">fined by the regulator for a late filing of its annual accounts</a> last spring.</p>"#
        let card = #"<p>Chief executive <a href="/p">Dana Reyes</a><span class="card"><a href="/1">Reyes opens a separator plant in the valley</a> <a href="/2">Separator prices fall for a third quarter running</a> <a href="/3">MORE</a></span> said the line was on time.</p>"#
        let html = "<html><body><article>\(filler)\(linked)\(card)</article></body></html>"
        let article = try #require(extractor.extract(html))
        #expect(article.paragraphs.contains { $0.hasPrefix("The company said on Tuesday that it was fined") })
        #expect(!article.paragraphs.contains { $0.contains("Separator prices fall") })
    }

    @Test func aPageOpeningWithServerWarningsIsReadAsHTML() throws {
        let warnings = String(repeating: "<br />\n<b>Deprecated</b>:  Assigning the return value of new by reference is deprecated in <b>/www/htdocs/wp-settings.php</b> on line <b>520</b><br />\n", count: 12)
        let page = warnings + "<!DOCTYPE html><html><head><title>Kiln fired</title></head><body><article>"
            + (1...4).map { "<p>The anode plant fired its \($0)th kiln on Monday, the operator said in a statement to shareholders.</p>" }.joined()
            + "</article></body></html>"
        let input = InputDocument(bytes: Array(page.utf8), path: "blog.example.net", receivedAt: "2026-11-29T00:00:00Z")
        let article = try #require(ArticlePipeline().process(input, ingestedAt: "2026-11-29T00:00:00Z").first?.article)
        #expect(article.source.format == "html")
        #expect(article.body.hasPrefix("The anode plant fired its 1th kiln"))
    }
}
