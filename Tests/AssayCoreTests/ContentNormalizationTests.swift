import AssayCore
import Foundation
import Testing

/// `ContentFingerprint.normalize` has fast paths (bytes, for ASCII, common Han and punctuation);
/// whatever the path, the result is the definition: NFKC, lowercased, every run of non-letters and
/// non-digits made one space. Checked here against that definition, written out, on generated text.
@Suite struct ContentNormalizationTests {
    /// The definition, scalar by scalar, with no fast path.
    static func reference(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            let isWord = scalar != "_" && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            if isWord {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// Pieces that take every path: ASCII, Han, the punctuation of the fast path, and what leaves it
    /// (accents, combining marks, full-width letters, superscripts, Hangul, ligatures, Greek, Turkish İ).
    static let pieces = [
        "Lithium", "CATL", " ", "  ", "\n", "-", "_", "3.5", "GWh,", "“", "”", "’", "—", "–", "…", "\u{00A0}", "·", "«", "»",
        "锂电池", "宁德时代", "，", "。", "、", "「", "」", "《", "》", "（", "）", "：", "？", "！", "\u{3000}",
        "é", "É", "Ñoño", "Þór", "ß", "ÿ", "×", "÷", "e\u{301}", "É\u{301}", "Ｃａｔｌ", "１２", "²", "µ", "ﬁ", "한국", "Ωμέγα", "İstanbul", "ß", "‗", "‾", "¨", "½", "™", "①",
    ]

    @Test func everyPathGivesTheDefinitionsResult() {
        var seeded = SplitMix(seed: 2026)
        for _ in 0..<3000 {
            let count = Int(seeded.next() % 12) + 1
            let text = (0..<count).map { _ in Self.pieces[Int(seeded.next() % UInt64(Self.pieces.count))] }.joined()
            #expect(ContentFingerprint.normalize(text) == Self.reference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func commonTextIsFoldedAsTheRecordsShowIt() {
        #expect(ContentFingerprint.normalize("CATL’s plant — 10 GWh, “soon”…") == "catl s plant 10 gwh soon")
        #expect(ContentFingerprint.normalize("宁德时代：锂电池，产能「10GWh」。") == "宁德时代 锂电池 产能 10gwh")
        #expect(ContentFingerprint.normalize("Ｃａｔｌ ﬁnal") == "catl final")
    }

    /// A small deterministic generator, so a failure can be replayed.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
