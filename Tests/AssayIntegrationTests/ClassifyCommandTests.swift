import AssayTestSupport
import Foundation
import Testing

/// `assay classify` and `assay eval` as a user runs them: real binary, real files, standard input.
@Suite struct ClassifyCommandTests {
    private func lines(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func classifiesFilesOfEveryFormat() throws {
        let files = ["d012.html", "d039.gb18030.txt", "d025.txt"].map { Fixtures.devCorpusFile($0).path }
        let result = try AssayProcess.run(["classify"] + files)
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try lines(result.stdout)
        #expect(objects.map { $0["primary_industry"] as? String } == ["lithium", "lithium", "none"])
        #expect((objects[0]["path"] as? String)?.hasSuffix("d012.html") == true)
        let industries = try #require(objects[0]["industries"] as? [[String: Any]])
        #expect(industries.first?["label"] as? String == "lithium")
        #expect((industries.first?["score"] as? Double ?? 0) > 0.5)
        #expect(industries.first?["evidence"] == nil)
        #expect((objects[2]["industries"] as? [Any])?.isEmpty == true)
    }

    @Test func readsStandardInputAndShowsEvidenceOnRequest() throws {
        let text = "芯片制造商扩产\n\n中芯国际宣布扩建12英寸晶圆厂，新增集成电路产能，光刻设备已到位。"
        let result = try AssayProcess.run(["classify", "--evidence"], input: Data(text.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try lines(result.stdout).first)
        #expect(object["primary_industry"] as? String == "semiconductor")
        let label = try #require((object["industries"] as? [[String: Any]])?.first)
        let evidence = try #require(label["evidence"] as? [[String: Any]])
        #expect(evidence.contains { $0["term"] as? String == "晶圆" })
    }

    /// An article that got no label says why: each industry with evidence, its score and what held it back.
    @Test func evidenceShowsNearMissesWithWhatHeldThemBack() throws {
        let text = """
            Regional grid adds storage as winter demand rises

            The regional grid operator said on Monday that it had added two large storage sites ahead of winter, \
            bringing its reserve to the highest level in five years.

            The operator did not say who made the batteries for either site. A spokesperson said a semiconductor \
            shortage had delayed the control systems by three months.

            Engineers said the storage would cover the evening peak on most days, and that a third site was planned.
            """
        let result = try AssayProcess.run(["classify", "--evidence"], input: Data(text.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try lines(result.stdout).first)
        #expect(object["primary_industry"] as? String == "none")
        let misses = try #require(object["near_misses"] as? [[String: Any]], "\(object)")
        let semiconductor = try #require(misses.first { $0["label"] as? String == "semiconductor" })
        #expect((semiconductor["reasons"] as? [String])?.contains("below_threshold") == true)
        #expect((semiconductor["detail"] as? String)?.contains("below the threshold") == true)
        #expect((semiconductor["evidence"] as? [[String: Any]])?.contains { $0["term"] as? String == "semiconductor" } == true)
        let lithium = try #require(misses.first { $0["label"] as? String == "lithium" })
        #expect((lithium["reasons"] as? [String])?.contains("no_anchor_term") == true)
        // Without --evidence the line stays short.
        let plain = try AssayProcess.run(["classify"], input: Data(text.utf8))
        #expect(try lines(plain.stdout).first?["near_misses"] == nil)
    }

    @Test func rejectedInputFailsAndBadTaxonomyNamesTheLine() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.file("empty.txt", [])
        let rejected = try AssayProcess.run(["classify", empty.path])
        #expect(rejected.status == 1)
        #expect(rejected.stderr.contains("empty.txt: rejected"))

        let bad = try folder.file("bad.toml", Array("[scoring]\nthreshold = 2\n\n[[industry]]\nid = \"x\"\n".utf8))
        let refused = try AssayProcess.run(["classify", "--taxonomy", bad.path, Fixtures.devCorpusFile("d001.txt").path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("bad.toml:2:"), "\(refused.stderr)")
        #expect(refused.stderr.contains("bad.toml:4:"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
    }

    @Test func evalReportsPerLabelScoresAndMacroF1() throws {
        let labels = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/articles.jsonl").path
        let result = try AssayProcess.run(["eval", "--labels", labels, "--min-macro-f1", "0.95"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        for label in ["lithium", "sodium-ion", "semiconductor"] {
            #expect(result.stdout.contains("\n\(label) "))
        }
        let macro = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("macro-F1") })
        #expect(Double(macro.split(separator: " ").last ?? "") ?? 0 >= 0.95)
        #expect(result.stdout.contains("confusers labelled none: 11/11"))

        // A wrong label file shows up as misses with their evidence.
        let folder = try TemporaryFolder()
        let wrong = try folder.file(
            "wrong.jsonl",
            Array(#"{"id": "x1", "text": "TSMC opens Kumamoto fab\n\nTSMC opened its first chip fab in Japan, a semiconductor plant.", "labels": ["lithium"]}"#.utf8))
        let missed = try AssayProcess.run(["eval", "--labels", wrong.path, "--min-macro-f1", "0.9"])
        #expect(missed.status == 1)
        #expect(missed.stdout.contains("x1: expected lithium, got semiconductor"))
        #expect(missed.stdout.contains("TSMC×"))
    }
}
