import AssayCore
import AssayDaemon
import AssayTestSupport
import Foundation
import Testing

/// Loading taxonomies from TOML: the shipped file, user additions, and precise refusals.
@Suite struct TaxonomyFileTests {
    @Test func builtInTaxonomyIsTheShippedConfigFile() throws {
        let shipped = try String(contentsOf: Fixtures.taxonomyFile, encoding: .utf8)
        #expect(TaxonomyFile.builtInText == shipped, "regenerate DefaultTaxonomy.swift from config/industries.toml")
        let loaded = try TaxonomyFile.load(path: Fixtures.taxonomyFile.path)
        #expect(loaded == TaxonomyFile.builtIn)
        #expect(loaded.industries.filter(\.isLabel).map(\.id) == ["lithium", "sodium-ion", "semiconductor"])
        #expect(loaded.industries.filter { !$0.isLabel }.map(\.id) == ["other-storage"])
    }

    @Test func userAddedIndustryWorksWithoutRebuild() throws {
        let folder = try TemporaryFolder()
        let hydrogen = """

            [[industry]]
            id = "hydrogen"
            name = "Hydrogen and fuel cells"

            [[industry.terms]]
            weight = 3
            terms = ["electrolyzer", "green hydrogen", "fuel cell", "电解槽", "绿氢"]

            [[industry.terms]]
            weight = 1
            terms = ["hydrogen"]
            """
        let file = try folder.file("industries.toml", Array((TaxonomyFile.builtInText + hydrogen).utf8))
        let classifier = try IndustryClassifier(taxonomy: TaxonomyFile.load(path: file.path))
        let verdict = classifier.classify(
            title: "Sinopec starts green hydrogen plant in Kuqa",
            body: "The plant's electrolyzers make 20,000 tonnes of green hydrogen a year from solar power. 绿氢项目使用电解槽。")
        #expect(verdict.primaryIndustry == "hydrogen")
        #expect(verdict.labels.first?.evidence.map(\.term).contains("electrolyzer") == true)
    }

    private func refusal(_ toml: String) -> ConfigFileErrors? {
        do {
            _ = try TaxonomyFile.parse(toml, file: "industries.toml")
            return nil
        } catch {
            return error
        }
    }

    /// A header with no name, or a `}` where an array expects a value, aborted the whole process
    /// inside the TOML parser (found by fuzzing); now each is a syntax error on its line. Arrays
    /// nested on lines of their own stay valid.
    @Test(arguments: [("[#\n", 1), ("# taxonomy\n\n[[ !industry]]\nid = \"x\"\n", 3), ("[scoring]\nthreshold = 0.5\n[\t#]\n", 3), ("[[é.terms]]\n", 1), ("[scoring]\nx = [\n  \"a\",\n  } ]\n", 4), ("x = { a = [ } ] }\n", 1)])
    func aHeaderWithNoNameIsASyntaxErrorNotACrash(text: String, line: Int) throws {
        do {
            _ = try TaxonomyFile.parse(text, file: "bad.toml")
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.errors.first?.line == line, "\(error.description)")
            #expect(error.description.contains("TOML syntax error"), "\(error.description)")
        }
        let nested = "[scoring]\nthreshold = 0.5\n\n[[industry]]\nid = \"x\"\nname = \"X\"\n\n[[industry.terms]]\nweight = 3\nterms = [\n  \"[x\",\n  # [# comment\n  \"y\",\n]\n"
        do {
            _ = try TaxonomyFile.parse(nested, file: "nested.toml")
        } catch {
            Issue.record("refused a valid file: \(error.description)")
        }
    }

    @Test func syntaxErrorNamesFileAndLine() throws {
        let errors = try #require(refusal("[scoring]\nthreshold = 0.5\n\n[[industry]\nid = \"x\"\n"))
        #expect(errors.errors.first?.line == 4)
        #expect(errors.description.hasPrefix("industries.toml:4"))
    }

    @Test func wrongTypeAndUnknownKeyNameTheirLines() throws {
        let wrongType = """
            [[industry]]
            id = "a"
            [[industry.terms]]
            weight = 1
            terms = ["x"]

            [[industry]]
            id = "b"
            threshold = "high"
            [[industry.terms]]
            weight = 1
            terms = ["y"]
            """
        let typeError = try #require(refusal(wrongType))
        #expect(typeError.errors.first?.line == 9)
        #expect(typeError.description.contains("industry[2].threshold must be a number"))

        let typo = "[scoring]\ntreshold = 0.4\n"
        let typoError = try #require(refusal(typo))
        #expect(typoError.errors.first?.line == 2)
        #expect(typoError.description.contains("treshold"))
    }

    @Test func contentProblemsAreAllReportedWithLines() throws {
        let toml = """
            [[industry]]
            id = "a"
            generic_yields_to = ["nobody"]
            [[industry.terms]]
            weight = 0
            terms = ["x"]
            [[industry.context]]
            terms = ["not-a-term"]
            cancel = ["z"]
            """
        let errors = try #require(refusal(toml))
        let messages = errors.errors.map(\.description)
        #expect(messages.contains { $0.contains("industries.toml:3:") && $0.contains("nobody") })
        #expect(messages.contains { $0.contains("industries.toml:5:") && $0.contains("above 0") })
        #expect(messages.contains { $0.contains("industries.toml:8:") && $0.contains("not-a-term") })
        #expect(try #require(refusal("")).description.contains("no [[industry]]"))
    }
}
