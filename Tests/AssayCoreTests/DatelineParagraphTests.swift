import AssayCore
import Testing

/// A wire story's lead paragraph starts with its dateline ("KENITRA, Morocco, June 10 — …"): the
/// paragraph is the body's first, not a header line to drop (it was dropped before).
@Suite struct DatelineParagraphTests {
    @Test func aParagraphLedByADatelineStaysInTheBody() throws {
        let text = """
            Cell maker starts building plant in Morocco

            KENITRA, Morocco, June 10 — Harbor Cells Co., Ltd. laid the foundation stone on Monday for a battery complex that \
            will be the first large cell plant in North Africa, the company said in a statement.

            The first phase will have 12 GWh of annual capacity.
            """
        let input = InputDocument(bytes: Array(text.utf8), path: "lead.txt", receivedAt: "2026-01-01T00:00:00Z")
        let article = try #require(ArticlePipeline().process(input, ingestedAt: "2026-01-01T00:00:00Z").first?.article)
        #expect(article.body.hasPrefix("KENITRA, Morocco, June 10 — Harbor Cells"))
        #expect(article.title == "Cell maker starts building plant in Morocco")
        // A short dateline line of its own is still a header line.
        let header = """
            Plant opens
            THE HAGUE, June 30, 2023 | By Pieter Smit

            The plant opened on Friday with two lines running at full speed, the operator said, and a third line is being \
            installed for the second half of the year. It employs 400 people and makes cathode material for cell makers.

            Local officials said the site had taken two years to build and that the region expected more suppliers to follow.
            """
        let second = try #require(
            ArticlePipeline().process(InputDocument(bytes: Array(header.utf8), path: "h.txt", receivedAt: "2026-01-01T00:00:00Z"), ingestedAt: "2026-01-01T00:00:00Z")
                .first?.article)
        #expect(second.body.hasPrefix("The plant opened"))
        #expect(second.publishedAt?.hasPrefix("2023-06-30") == true)
    }

    /// A date line with its credit after "by" is a header line, while the long first paragraph
    /// below it is not read for dates word by word: it cannot be a date line.
    @Test func aDatedCreditLineIsAHeaderLine() throws {
        let text = """
            Cathode plant adds a third line

            Posted on August 16, 2024 by Anna Berg and Li Wei

            The plant added a third line on Friday, 16 August 2024, the operator said, and a fourth line is being installed \
            for the second half of the year. It employs 400 people and makes cathode material for cell makers across the region.
            """
        let input = InputDocument(bytes: Array(text.utf8), path: "credit.txt", receivedAt: "2026-01-01T00:00:00Z")
        let article = try #require(ArticlePipeline().process(input, ingestedAt: "2026-01-01T00:00:00Z").first?.article)
        #expect(article.body.hasPrefix("The plant added a third line"))
        #expect(article.publishedAt?.hasPrefix("2024-08-16") == true)
        #expect(article.authors == ["Anna Berg", "Li Wei"])
    }

    /// A credit of many names runs as long as a sentence, but names only: still a header line.
    @Test func aLongCreditOfNamesIsAHeaderLine() throws {
        let names = ["Anna Berg", "Li Wei", "Tom Vale", "Rita Tate", "Sam Usher", "Ned Park", "Olga Quinn", "Pat Ross"]
        let text = """
            Cathode plant adds a third line

            Posted on August 16, 2024 by \(names.joined(separator: ", "))

            The plant added a third line on Friday, the operator said, and a fourth line is being installed for the second \
            half of the year. It employs 400 people and makes cathode material for cell makers across the region.
            """
        let input = InputDocument(bytes: Array(text.utf8), path: "credits.txt", receivedAt: "2026-01-01T00:00:00Z")
        let article = try #require(ArticlePipeline().process(input, ingestedAt: "2026-01-01T00:00:00Z").first?.article)
        #expect(article.body.hasPrefix("The plant added a third line"))
        #expect(article.authors == names)
        // A paragraph opened by "By" is prose, however many capitalized words it holds.
        let prose = """
            Cathode plant adds a third line

            Posted on August 16, 2024 by the end of the quarter Anna Berg, Li Wei and Tom Vale of Kestrel Cathode Ltd. \
            had signed off the third line, the operator said, and a fourth line is being installed for the second half.
            """
        let proseInput = InputDocument(bytes: Array(prose.utf8), path: "prose.txt", receivedAt: "2026-01-01T00:00:00Z")
        let proseArticle = try #require(ArticlePipeline().process(proseInput, ingestedAt: "2026-01-01T00:00:00Z").first?.article)
        #expect(proseArticle.body.hasPrefix("Posted on August 16, 2024 by the end"))
    }
}
