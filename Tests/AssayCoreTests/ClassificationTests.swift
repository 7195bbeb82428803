import AssayCore
import AssayDaemon
import AssayTestSupport
import Foundation
import Testing

/// The built-in taxonomy on the seeds, the labelled dev corpus and targeted sentences.
@Suite struct ClassificationTests {
    let classifier = try! IndustryClassifier(taxonomy: TaxonomyFile.builtIn)

    private func labels(_ title: String, _ body: String) -> Set<String> {
        Set(classifier.classify(title: title, body: body).labels.map(\.label))
    }

    @Test func seedsGetTheirIndustries() throws {
        let pipeline = ArticlePipeline(classifier: classifier)
        func record(_ prefix: String) throws -> Article {
            let input = InputDocument(
                bytes: try Fixtures.bytes(try Fixtures.seed(prefix)), path: "\(prefix).txt", receivedAt: "2026-01-01T00:00:00Z")
            return try #require(pipeline.process(input, ingestedAt: "2026-01-01T00:00:00Z").first?.article)
        }
        #expect(try record("000").primaryIndustry == "lithium")
        #expect(try record("001").industries.map(\.label).contains("lithium"))
        let sodium = try record("002")
        #expect(sodium.primaryIndustry == "sodium-ion")
        #expect(!sodium.industries.map(\.label).contains("lithium"))
        #expect(try record("003").primaryIndustry == "semiconductor")
    }

    @Test func devCorpusMeetsTheAcceptanceNumbers() throws {
        let pipeline = ArticlePipeline(classifier: classifier)
        var cases: [LabelEvaluation.Case] = []
        for article in try Fixtures.devCorpusArticles().values {
            let input = InputDocument(bytes: Array(article.text.utf8), path: "\(article.id).txt", receivedAt: "2026-01-01T00:00:00Z")
            let record = try #require(pipeline.process(input, ingestedAt: "2026-01-01T00:00:00Z").first?.article)
            cases.append(
                .init(
                    id: article.id, expected: Set(article.labels), predicted: Set(record.industries.map(\.label)),
                    language: article.lang, confuser: article.confuser))
        }
        let evaluation = LabelEvaluation(cases: cases, labels: ["lithium", "sodium-ion", "semiconductor"])
        #expect(cases.count == 74)
        let missed = evaluation.misses.map(\.id)
        #expect(evaluation.macroF1 >= 0.95, "misses: \(missed)")
        for score in evaluation.labels { #expect(score.f1 >= 0.9, "\(score.label) F1 \(score.f1)") }
        let confusers = cases.filter(\.confuser)
        #expect(confusers.count == 11)
        let labelledConfusers = confusers.filter { !$0.predicted.isEmpty }.map(\.id)
        #expect(labelledConfusers.isEmpty, "confusers given a label: \(labelledConfusers)")
        let chinese = cases.filter { $0.language == "zh" }
        #expect(chinese.count == 9)
        let chineseMisses = chinese.filter { !$0.isExact }.map(\.id)
        #expect(chineseMisses.isEmpty, "Chinese misses: \(chineseMisses)")
    }

    @Test func foldsCaseWidthHyphensAndPlurals() {
        let body = "The plant will make Li‑ion cells and ＬＦＰ cathodes. Output of LITHIUM ION batteries doubles as lithium-ion demand climbs."
        let verdict = classifier.classify(title: "", body: body)
        let lithium = verdict.labels.first { $0.label == "lithium" }
        let terms = Set(lithium?.evidence.map(\.term) ?? [])
        #expect(terms.isSuperset(of: ["li-ion", "LFP cathode", "lithium-ion"]))  // full-width ＬＦＰ, longest match
        #expect(lithium?.evidence.first { $0.term == "lithium-ion" }?.count == 2)
        // Whole words only for Latin script: "NCAA" is not NCA, "fabric" is not fab.
        #expect(labels("", "The NCAA fabric makers chipped in for the fabulous lithiumx event.").isEmpty)
    }

    @Test func comparisonsDoNotEarnALabel() {
        let body = """
            HiNa Battery began mass production of sodium-ion cells with Prussian white cathodes and hard carbon anodes. \
            The cells are cheaper than lithium-ion cells and, unlike lithium iron phosphate packs, work at minus 40 degrees. \
            The lithium-free design compared with LFP cells uses abundant sodium.
            """
        let verdict = classifier.classify(title: "Sodium-ion battery line starts in Anhui", body: body)
        #expect(verdict.primaryIndustry == "sodium-ion")
        #expect(!verdict.labels.map(\.label).contains("lithium"))
        let lithium = verdict.scores.first { $0.label == "lithium" }
        #expect(lithium?.evidence.contains { $0.term == "lithium-ion" || $0.term == "LFP" } == false)
        #expect(labels("钠离子电池量产", "与锂电池相比，钠离子电池低温性能更好，普鲁士白正极和硬碳负极成本更低。") == ["sodium-ion"])
    }

    @Test func contextCancelsOtherSenses() {
        #expect(labels("Lithium still best for bipolar disorder", """
            Psychiatrists say lithium remains the most effective mood stabilizer for bipolar patients. \
            The dose must be checked with blood tests, and lithium carbonate tablets are cheap. Patients on lithium need care.
            """).isEmpty)
        #expect(labels("Snack maker opens tortilla chip plant", """
            The company will make tortilla chips and potato chips at the new chip plant. Chip output will \
            double and the snack line adds salsa. The chip maker hires 250 people.
            """).isEmpty)
        #expect(labels("Cut the salt", "Eating less sodium lowers blood pressure; most sodium in the diet comes from salt in processed food.").isEmpty)
        #expect(labels("Man jailed for assault and battery", "He was charged with battery after the assault; the battery charge carries a sentence.").isEmpty)
    }

    @Test func evidenceShowsWhereAndWhy() throws {
        let title = "TSMC starts 2nm production"
        let body = "Taiwan Semiconductor Manufacturing Co. began volume production at its new fab.\n\nThe foundry said demand for AI chips is strong."
        let verdict = classifier.classify(title: title, body: body)
        let label = try #require(verdict.labels.first)
        #expect(label.label == "semiconductor")
        #expect(label.score > 0.5 && label.score <= 1)
        let scalars = Array(body.unicodeScalars)
        for evidence in label.evidence {
            #expect(evidence.count >= 1)
            if let offset = evidence.firstOffset {
                let found = String(String.UnicodeScalarView(scalars[offset..<min(scalars.count, offset + evidence.term.count)]))
                #expect(found.lowercased() == evidence.term.lowercased() || found.lowercased().hasPrefix(evidence.term.lowercased().prefix(3)))
                #expect(evidence.snippet.lowercased().contains(evidence.term.lowercased().prefix(4)))
            } else {
                #expect(evidence.inTitle)
            }
        }
        let tsmc = try #require(label.evidence.first { $0.term == "TSMC" })
        #expect(tsmc.inTitle && tsmc.firstOffset == nil && tsmc.snippet.contains("TSMC"))
        #expect(label.evidence.first { $0.term == "semiconductor" }?.firstOffset == 7)
    }

    @Test func nothingToFindGivesNone() {
        let verdict = classifier.classify(title: "Harbour City win derby", body: "A late header gave Harbour City a 2-1 win on Saturday.")
        #expect(verdict.labels.isEmpty && verdict.primaryIndustry == "none")
    }
}
