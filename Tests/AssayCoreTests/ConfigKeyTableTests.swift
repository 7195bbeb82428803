import AssayDaemon
import AssayTestSupport
import Foundation
import Testing

/// The config keys are declared once; the documented example config must agree with the table.
@Suite struct ConfigKeyTableTests {
    @Test func theExampleConfigDocumentsEveryKeyWithTheTablesDefault() throws {
        let text = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("config/assay.toml"), encoding: .utf8)
        var documented: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let body = line.hasPrefix("# ") ? line.dropFirst(2) : line[...]
            let parts = body.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].contains(" ") else { continue }
            let value = parts[1].split(separator: "#").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            documented[parts[0]] = value.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        for key in ConfigKey.all {
            let value = documented[key.name]
            #expect(value != nil, "config/assay.toml does not document \(key.name)")
            guard let defaultText = key.defaultText, !["cores", "built in"].contains(defaultText) else { continue }
            #expect(value == defaultText, "\(key.name): documented \(value ?? "-"), default \(defaultText)")
        }
        #expect(Set(ConfigKey.all.map(\.name)).count == ConfigKey.all.count)
    }
}
