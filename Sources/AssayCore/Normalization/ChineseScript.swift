import Foundation

/// Traditional Chinese read as simplified, one character for another, so the classifier and
/// de-duplication see one script: 台積電 matches the taxonomy's 台积电, and a traditional reprint of
/// a simplified story shares its shingles. The mapping is ICU's `Hant-Hans` transform over the
/// ideograph block, read once per process into a table (about 40 ms, only when Han text is seen).
enum ChineseScript {
    static let first: UInt32 = 0x4E00
    static let last: UInt32 = 0x9FFF

    /// For each ideograph U+4E00…U+9FFF, its simplified form, or 0 where it is already simplified
    /// (or the same in both scripts). Every simplified form is a BMP character: 3 UTF-8 bytes.
    static let table: [UInt16] = build()

    /// The simplified form of a scalar; itself when it has none.
    @inline(__always)
    static func simplified(_ scalar: UInt32, in table: [UInt16]) -> UInt32 {
        guard scalar >= first, scalar <= last else { return scalar }
        let mapped = table[Int(scalar - first)]
        return mapped == 0 ? scalar : UInt32(mapped)
    }

    /// Writes the 3 UTF-8 bytes of a BMP scalar of U+0800 or above.
    @inline(__always)
    static func utf8(_ scalar: UInt32) -> (UInt8, UInt8, UInt8) {
        (UInt8(0xE0 | (scalar >> 12)), UInt8(0x80 | ((scalar >> 6) & 0x3F)), UInt8(0x80 | (scalar & 0x3F)))
    }

    /// The scalar of 3 UTF-8 bytes.
    @inline(__always)
    static func scalar(_ lead: UInt8, _ second: UInt8, _ third: UInt8) -> UInt32 {
        (UInt32(lead & 0x0F) << 12) | (UInt32(second & 0x3F) << 6) | UInt32(third & 0x3F)
    }

    private static func build() -> [UInt16] {
        var table = [UInt16](repeating: 0, count: Int(last - first) + 1)
        var block = String.UnicodeScalarView()
        for value in first...last { block.append(Unicode.Scalar(value)!) }
        // The transform maps character to character; were that ever not so, nothing is folded.
        guard let folded = String(block).applyingTransform(StringTransform("Hant-Hans"), reverse: false) else { return table }
        let simplified = Array(folded.unicodeScalars)
        guard simplified.count == table.count else { return table }
        for (index, scalar) in simplified.enumerated() where scalar.value != first + UInt32(index) {
            let value = scalar.value
            if value >= 0x800 && value <= 0xFFFF && !(0xD800...0xDFFF).contains(value) { table[index] = UInt16(value) }
        }
        return table
    }
}
