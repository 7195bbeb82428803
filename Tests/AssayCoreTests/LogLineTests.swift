import AssayDaemon
import AssayTestSupport
import Foundation
import Logging
import Testing

/// Log lines stay lines whatever an input holds: long strings (16 KB, past any path) and lists (20
/// values) are cut with a count of what was left out, and numbers JSON cannot hold are written as strings.
@Suite struct LogLineTests {
    private func logged(_ metadata: Logger.Metadata) throws -> (line: String, object: [String: Any]) {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("log.jsonl")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        let handler = DaemonLogHandler(format: .json, level: SharedLogLevel(.info), writer: LineWriter(descriptor: handle.fileDescriptor))
        var logger = Logger(label: "test") { _ in handler }
        logger.logLevel = .info
        logger.info("input quarantined", metadata: metadata)
        try handle.close()
        let text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 1)
        let line = String(lines[0])
        return (line, try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]))
    }

    @Test func aHugeListAndAHugeStringAreSummarized() throws {
        let ids = (0..<100_000).map { Logger.Metadata.Value.string("article-\($0)") }
        let (line, object) = try logged(["article_id": .array(ids), "detail": .string(String(repeating: "x", count: 500_000))])
        #expect(line.utf8.count < 100_000)
        let listed = try #require(object["article_id"] as? [String])
        #expect(listed.count == 21)
        #expect(listed.last?.contains("99980 more") == true)
        #expect((object["detail"] as? String)?.hasSuffix("(483616 more characters)") == true)
    }

    @Test func numbersJSONCannotHoldAreStrings() throws {
        let (_, object) = try logged(["duration_ms": .stringConvertible(Double.infinity), "ratio": .stringConvertible(Double.nan), "count": .stringConvertible(3)])
        #expect(object["duration_ms"] as? String == "inf")
        #expect(object["ratio"] as? String == "nan")
        #expect(object["count"] as? Int == 3)
    }
}
