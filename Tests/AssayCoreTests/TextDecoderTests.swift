import AssayCore
import AssayDaemon
import AssayTestSupport
import Foundation
import Testing

@Suite struct TextDecoderTests {
    let decoder = TextDecoder(maxBytes: 1000)

    func rejection(_ bytes: [UInt8]) -> InputRejection? {
        do {
            _ = try decoder.decode(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func refusalsHaveSpecificReasons() {
        #expect(rejection([]) == .empty)
        #expect(rejection(Array(" \n\t\r\n ".utf8)) == .whitespaceOnly)
        #expect(rejection([0x48, 0x69, 0x00, 0x21]) == .binary(kind: nil))
        #expect(rejection([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) == .binary(kind: "a PNG image"))
        #expect(rejection([UInt8](repeating: 0x41, count: 1001)) == .tooLarge(bytes: 1001, limit: 1000))
        #expect(rejection([UInt8](repeating: 0x01, count: 10) + Array("text".utf8)) == .binary(kind: nil))
    }

    @Test func randomHighBytesAreUndecodable() {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        for _ in 0..<400 { bytes.append(UInt8.random(in: 0x80...0xFF, using: &generator)) }
        bytes += Array(" some ascii ".utf8)
        guard case .undecodable = rejection(bytes) else {
            Issue.record("expected undecodable, got \(String(describing: rejection(bytes)))")
            return
        }
    }

    /// UTF-16 without a byte-order mark is read by where its NULs fall, in both byte orders and in
    /// Chinese too (its spaces, digits and line ends carry the NULs).
    @Test(arguments: [
        "Anode plant adds a kiln\n\nThe plant added its fourth kiln this quarter.\n",
        "鈉離子電池新廠動工 年產能 8 GWh\n\n一家電池廠本週在江蘇動工 2025 年投產。\n",
    ])
    func utf16WithoutAByteOrderMarkIsText(text: String) throws {
        let little = Array(text.data(using: .utf16LittleEndian)!)
        let big = Array(text.data(using: .utf16BigEndian)!)
        let decoder = TextDecoder()
        #expect(try decoder.decode(little).text == text)
        #expect(try decoder.decode(little).encoding == .utf16LE)
        #expect(try decoder.decode(big).text == text)
        #expect(try decoder.decode(big).encoding == .utf16BE)
    }

    @Test func nulsOnBothParitiesAreStillBinary() {
        let bytes = [UInt8]([0x41, 0x00, 0x00, 0x42, 0x43, 0x44, 0x00, 0x45]).repeated(64)
        #expect(rejection(bytes) == .binary(kind: nil))
    }

    @Test func unicodeForms() throws {
        let text = "Lithium — 锂电池"
        #expect(try decoder.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8)).text == text)
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try decoder.decode(le).text == text)
        #expect(try decoder.decode(le).encoding == .utf16LE)
        #expect(try decoder.decode(be).text == text)
    }

    @Test func gb18030IsDetectedWithoutADeclaration() throws {
        let text = "钠离子电池正极材料项目开工建设，年产能一万吨。"
        let bytes = try #require(text.data(using: String.Encoding(rawValue: 0x80000632)))  // GB18030
        let decoded = try decoder.decode([UInt8](bytes))
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == text)
    }

    @Test func windows1252IsTheLastResort() throws {
        let bytes = Array("Caf".utf8) + [0xE9] + Array(" au lait, na".utf8) + [0xEF] + Array("ve ".utf8) + [0x93]
            + Array("quotes".utf8) + [0x94]
        let decoded = try decoder.decode(bytes)
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.text == "Café au lait, naïve “quotes”")
    }

    @Test func metaCharsetWins() throws {
        let body = "<p>芯片</p>"
        let gbk = try #require(body.data(using: String.Encoding(rawValue: 0x80000632)))
        let page = Array("<html><head><meta charset=\"gbk\"></head><body>".utf8) + [UInt8](gbk)
        let decoded = try decoder.decode(page)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.encodingSource == "meta")
        #expect(decoded.text.contains("芯片"))
    }

    @Test func declaredCharsetWins() throws {
        let decoded = try decoder.decode([0x63, 0x61, 0x66, 0xE9], declaredCharset: "ISO-8859-1")
        #expect(decoded.text == "café")
        #expect(decoded.encodingSource == "declared")
    }

    @Test func lineEndsAreNormalized() throws {
        #expect(try decoder.decode(Array("a\r\nb\rc".utf8)).text == "a\nb\nc")
    }

    @Test func messagesTellWhatToDo() {
        #expect(InputRejection.tooLarge(bytes: 20, limit: 10).message.contains("max_file_bytes"))
        #expect(InputRejection.undecodable(detail: "x").message.contains("UTF-8"))
        #expect(InputRejection.empty.code == "empty")
    }
}

/// Pages a browser reads although a few bytes are broken, and Big5 text files; written for these
/// tests (a GB2312 page with GBK-only characters and a cut-off sequence, a UTF-8 page with broken
/// bytes, a traditional-script story saved as Big5).
@Suite struct RepairingDecodingTests {
    let pipeline = ArticlePipeline(classifier: try! IndustryClassifier(taxonomy: TaxonomyFile.builtIn))

    private func record(_ name: String) throws -> Article {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/encodings/\(name)")
        let input = InputDocument(bytes: try Fixtures.bytes(url), path: name, receivedAt: "2026-11-29T00:00:00Z")
        let outcome = try #require(pipeline.process(input, ingestedAt: "2026-11-29T00:00:00Z").first)
        return try #require(outcome.article, "\(name): \(outcome)")
    }

    @Test func aGB2312PageWithGBKCharactersAndACutSequenceIsReadWithOneRepair() throws {
        let article = try record("chip-fab.gb2312-page.html")
        #expect(article.source.encoding == "gb18030")
        #expect(article.provenance.decodingRepairs == 1)
        #expect(article.body.contains("朱镕基喆"))
        #expect(article.title.hasPrefix("台积电在高雄兴建"))
    }

    @Test func aUTF8PageWithAFewBrokenBytesIsReadWithItsRepairsCounted() throws {
        let article = try record("chip-fab.utf8-broken.html")
        #expect(article.source.encoding == "utf-8")
        #expect(article.provenance.decodingRepairs == 3)
        #expect(article.body.contains("多家芯片设计公司"))
    }

    @Test func aBig5TextFileIsDetectedAndLabelled() throws {
        let article = try record("lithium-price.big5.txt")
        #expect(article.source.encoding == "big5")
        #expect(article.provenance.decodingRepairs == nil)
        #expect(article.title == "碳酸鋰報價連漲三週 電池廠加緊備貨")
        #expect(article.primaryIndustry == "lithium")
    }

    @Test func tooManyBrokenBytesAreStillRefused() {
        // Every tenth byte of a UTF-8 Chinese text broken: not a page with a few slips.
        var bytes = Array(String(repeating: "台积电在高雄兴建晶圆厂。", count: 40).utf8)
        for index in stride(from: 5, to: bytes.count, by: 10) { bytes[index] = 0xFF }
        #expect(throws: InputRejection.self) { try TextDecoder().decode(bytes) }
        // Latin-1 text is still Windows-1252, not repaired UTF-8.
        let latin = Array("Caf".utf8) + [0xE9] + Array(" au lait, cr".utf8) + [0xE8] + Array("me br".utf8) + [0xFB] + Array("l".utf8) + [0xE9, 0x0A]
        #expect((try? TextDecoder().decode(latin))?.encoding == .windows1252)
    }
}

extension Array {
    fileprivate func repeated(_ times: Int) -> [Element] { (0..<times).flatMap { _ in self } }
}
