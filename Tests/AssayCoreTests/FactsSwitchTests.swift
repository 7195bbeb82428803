import AssayCore
import AssayDaemon
import AssayTestSupport
import Foundation
import Testing

/// `facts = false` (or `ASSAY_FACTS=off`) turns the facts stage off: records of the same seed come
/// out with `facts` null and everything else as before; on by default.
@Suite struct FactsSwitchTests {
    private static func config(_ extra: String, environment: [String: String] = [:]) throws -> DaemonConfig {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("assay-facts-switch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("inbox"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "inbox = \"inbox\"\noutput = \"o\"\narchive = \"a\"\nquarantine = \"q\"\nstate = \"s.db\"\n" + extra
        return try DaemonConfigFile.parse(text, file: folder.appendingPathComponent("assay.toml").path, environment: environment)
    }

    private static func article(_ config: DaemonConfig) throws -> Article? {
        let seed = try Fixtures.seed("003")
        let input = InputDocument(bytes: try Fixtures.bytes(seed), path: seed.path, receivedAt: "2026-01-01T00:00:00Z")
        return try config.pipeline().process(input, ingestedAt: "2026-01-01T00:00:00Z").first?.article
    }

    @Test func factsAreReadUnlessTurnedOff() throws {
        let on = try #require(try Self.article(try Self.config("")))
        #expect(on.facts?.eventTypes.isEmpty == false, "the seed's facts are read by default")

        let offInFile = try Self.config("facts = false\n")
        #expect(!offInFile.facts)
        let off = try #require(try Self.article(offInFile))
        #expect(off.facts == nil)
        var withoutFacts = on
        withoutFacts.facts = nil
        #expect(off == withoutFacts, "only the facts are left out")

        #expect(try !Self.config("", environment: ["ASSAY_FACTS": "off"]).facts)
        #expect(try Self.config("facts = false\n", environment: ["ASSAY_FACTS": "on"]).facts)
        #expect(throws: ConfigFileErrors.self) { try Self.config("facts = \"no\"\n") }
        // A gazetteer named is still read: a broken one is refused now, not at the reload that turns facts on.
        #expect(throws: ConfigFileErrors.self) { try Self.config("facts = false\ngazetteer = \"nowhere.toml\"\n") }
    }
}
