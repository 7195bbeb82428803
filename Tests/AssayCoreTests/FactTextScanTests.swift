@testable import AssayCore
import AssayTestSupport
import Testing

/// The block scans (eight code points at once) find what a step through every position finds, from
/// every start; FactText's eight-byte ASCII reading gives what reading byte by byte gives.
@Suite struct FactTextScanTests {
    static let pieces = [
        "l", "L", "i", "li", "lines", "2", "20", "2024", "０", "７", "P", "T", "PT ", "pt", "条", "條", " ", "a", "x", ".", "!", "?",
        "\n", "é", "É", "ça", "Word", "。", "年", "\u{24EA7}",
    ]

    static func body(_ random: inout SplitMix64, pieces count: Int) -> String {
        (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
    }

    static func naive(_ values: [Unicode.Scalar], from start: Int, _ matches: (Int) -> Bool) -> Int {
        var index = max(0, start)
        while index < values.count, !matches(index) { index += 1 }
        return min(index, values.count)
    }

    @Test(arguments: [1, 7, 30, 200])
    func scansFindWhatAStepThroughFinds(pieces count: Int) {
        var random = SplitMix64(seed: UInt64(count))
        for _ in 0..<40 {
            let text = FactText(Self.body(&random, pieces: count))
            let keys = text.keys
            let scalars = text.scalars
            for start in -1...(text.count + 1) {
                #expect(text.nextPosition(ofKey: "l", from: start) == Self.naive(keys, from: start) { keys[$0] == "l" })
                #expect(text.nextPosition(ofKey: "条", from: start) == Self.naive(keys, from: start) { keys[$0] == "条" })
                let pair = Self.naive(keys, from: start) { $0 + 1 < keys.count && keys[$0] == "2" && keys[$0 + 1] == "0" }
                #expect(text.nextPosition(ofKey: "2", "0", from: start) == pair)
                let written = Self.naive(scalars, from: start) { $0 + 1 < scalars.count && scalars[$0] == "P" && scalars[$0 + 1] == "T" }
                #expect(text.nextPosition(ofScalar: "P", "T", from: start) == written)
                #expect(text.nextDigit(from: start) == Self.naive(scalars, from: start) { FactText.isDigit(scalars[$0]) })
            }
        }
    }

    @Test func asciiBlocksReadAsByteByByte() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let body = Self.body(&random, pieces: 1 + Int(random.next() % 60))
            let text = FactText(body)
            let scalars = Array(body.unicodeScalars)
            #expect(text.scalars == scalars)
            #expect(text.keys == scalars.map { FactText.key(of: $0) })
            let insideWord = { (index: Int) in
                index > 0 && scalars[index].isASCII && FactText.isLetter(scalars[index]) && FactText.isLetter(scalars[index - 1])
            }
            #expect(text.possibleStarts.map(Int.init) == scalars.indices.filter { !insideWord($0) }, "\(body)")
            // Sentences start after each line break, "." "!" "?" "。" "！" "？" "；" that ends one.
            let ends: Set<Unicode.Scalar> = ["\n", ".", "!", "?", "。", "！", "？", "；"]
            let starts = [0] + scalars.indices.filter { ends.contains(scalars[$0]) && FactText.endsSentence(scalars, $0) }.map { $0 + 1 }
            for position in scalars.indices {
                #expect(text.sentence(containing: position).lowerBound == starts.last { $0 <= position }, "\(body) at \(position)")
            }
        }
    }
}
