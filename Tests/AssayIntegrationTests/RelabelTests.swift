import AssayStore
import AssayTestSupport
import Foundation
import Testing

/// `assay relabel` after a taxonomy edit, and `assay records` over the store it keeps in line.
@Suite struct RelabelTests {
    /// The shipped taxonomy plus a label for carmakers, which some dev-corpus stories earn.
    static func editedTaxonomy(in folder: URL) throws -> URL {
        let shipped = try String(contentsOf: Fixtures.taxonomyFile, encoding: .utf8)
        let edited = folder.appendingPathComponent("industries.toml")
        try Data(
            (shipped + """

                [[industry]]
                id = "automotive"
                name = "Carmakers"
                [[industry.terms]]
                weight = 3.0
                terms = ["carmaker", "automaker", "Tesla", "汽车"]
                """).utf8
        ).write(to: edited)
        return edited
    }

    /// Each record's labels, by file name (records and duplicates).
    static func labels(_ out: URL) throws -> [String: [String]] {
        var labels: [String: [String]] = [:]
        for folder in [out, out.appendingPathComponent("duplicates")] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") && !name.hasPrefix(".") {
                let object = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(name))) as? [String: Any]
                labels[name] = (object?["industries"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
            }
        }
        return labels
    }

    static func bytes(_ out: URL) throws -> [String: Data] {
        var bytes: [String: Data] = [:]
        for folder in [out, out.appendingPathComponent("duplicates")] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") {
                bytes[name] = try Data(contentsOf: folder.appendingPathComponent(name))
            }
        }
        return bytes
    }

    @Test func aTaxonomyEditChangesExactlyTheAffectedRecordsAndARerunChangesNothing() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("out")
        let inputs = [Fixtures.devCorpusFolder.path, Fixtures.seedsFolder.path]
        #expect(try AssayProcess.run(["ingest"] + inputs + ["--out", out.path]).status == 0)
        let before = try Self.bytes(out)
        let oldLabels = try Self.labels(out)

        // The same taxonomy: nothing to change, not a byte.
        let unchanged = try AssayProcess.run(["relabel", "--out", out.path])
        #expect(unchanged.status == 0, "\(unchanged.stderr)")
        #expect(unchanged.stdout.isEmpty, "\(unchanged.stdout)")
        #expect(try Self.bytes(out) == before)

        // What a fresh ingest with the edited taxonomy labels each story: the oracle.
        let taxonomy = try Self.editedTaxonomy(in: folder.url)
        let fresh = folder.url.appendingPathComponent("fresh")
        #expect(try AssayProcess.run(["ingest"] + inputs + ["--out", fresh.path, "--taxonomy", taxonomy.path]).status == 0)
        let newLabels = try Self.labels(fresh)
        #expect(Set(newLabels.keys) == Set(oldLabels.keys))
        let affected = Set(oldLabels.keys.filter { oldLabels[$0] != newLabels[$0] })
        #expect(affected.count >= 3, "the edit should move some labels: \(affected)")

        let relabel = try AssayProcess.run(["relabel", "--out", out.path, "--taxonomy", taxonomy.path, "--json"])
        #expect(relabel.status == 0, "\(relabel.stderr)")
        let after = try Self.bytes(out)
        let rewritten = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(rewritten == affected)
        #expect(try Self.labels(out) == newLabels)
        // One line per change, old → new.
        let lines = relabel.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(lines.count == affected.count)
        for line in lines {
            let name = ((line["record"] as? String ?? "") as NSString).lastPathComponent
            #expect(line["before"] as? [String] == oldLabels[name], "\(name)")
            #expect(line["after"] as? [String] == newLabels[name], "\(name)")
        }

        // Run again: nothing left to change. The store lists the new label.
        let again = try AssayProcess.run(["relabel", "--out", out.path, "--taxonomy", taxonomy.path])
        #expect(again.stdout.isEmpty, "\(again.stdout)")
        #expect(try Self.bytes(out) == after)
        // A run interrupted between a record and its row: the next run brings the row in line, writing no record.
        let lagging = try #require(affected.filter { $0.count == 21 }.sorted().first)
        let id = String(lagging.prefix(16))
        try SQLiteArticleStore(path: out.appendingPathComponent(".assay/state.sqlite").path).relabel(id, industries: oldLabels[lagging] ?? [])
        let mended = try AssayProcess.run(["relabel", "--out", out.path, "--taxonomy", taxonomy.path])
        #expect(mended.status == 0 && mended.stdout.isEmpty, "\(mended.stdout) \(mended.stderr)")
        #expect(try Self.bytes(out) == after)
        let row = try AssayProcess.run(["records", "--out", out.path, "--json"]).stdout.split(separator: "\n")
            .compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }.first { $0["id"] as? String == id }
        #expect(row?["industries"] as? [String] == newLabels[lagging])

        let listed = try AssayProcess.run(["records", "--out", out.path, "--industry", "automotive", "--json"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let ids = Set(listed.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String
        })
        let labelled = Set(newLabels.filter { $0.value.contains("automotive") }.keys.map { String($0.prefix(16)) })
        #expect(ids == labelled)
    }

    @Test func recordsAreFilteredByIndustryDatePublisherAndStatus() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("out")
        #expect(try AssayProcess.run(["ingest", Fixtures.devCorpusFolder.path, Fixtures.seedsFolder.path, "--out", out.path]).status == 0)
        func listed(_ filters: [String]) throws -> [[String: Any]] {
            let run = try AssayProcess.run(["records", "--out", out.path, "--json"] + filters)
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }
        let all = try listed([])
        let records = try Self.labels(out)
        #expect(all.count == Set(records.keys.map { $0.prefix(16) }).count)
        let sodium = try listed(["--industry", "sodium-ion"])
        #expect(!sodium.isEmpty)
        #expect(sodium.allSatisfy { ($0["industries"] as? [String])?.contains("sodium-ion") == true })
        #expect(sodium.count == all.filter { ($0["industries"] as? [String])?.contains("sodium-ion") == true }.count)
        let in2025 = try listed(["--since", "2025-01-01", "--until", "2025-06-30"])
        #expect(!in2025.isEmpty)
        #expect(in2025.allSatisfy { ($0["published_at"] as? String ?? "") >= "2025-01-01" && ($0["published_at"] as? String ?? "").prefix(10) <= "2025-06-30" })
        let reprints = try listed(["--status", "reprint"])
        #expect(!reprints.isEmpty && reprints.allSatisfy { $0["status"] as? String == "reprint" && $0["duplicate_of"] is String })
        let canonical = try listed(["--status", "canonical"])
        let duplicates = try listed(["--status", "duplicate"])
        #expect(canonical.count + duplicates.count == all.count)
        let publisher = try #require(all.compactMap { $0["publisher"] as? String }.first)
        let byPublisher = try listed(["--publisher", publisher.uppercased()])
        #expect(!byPublisher.isEmpty && byPublisher.allSatisfy { ($0["publisher"] as? String)?.lowercased() == publisher.lowercased() || ($0["publisher"] as? String)?.lowercased().contains(publisher.lowercased()) == true })
        let refused = try AssayProcess.run(["records", "--out", out.path, "--since", "last week"])
        #expect(refused.status != 0 && refused.stderr.contains("YYYY-MM-DD"), "\(refused.stderr)")
    }
}
