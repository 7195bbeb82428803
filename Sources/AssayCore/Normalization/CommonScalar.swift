/// The characters most articles are made of, classified without Unicode's tables: ASCII, Latin-1
/// letters, common Han, and punctuation that is neither a letter nor a digit, that NFKC leaves
/// without a letter, digit or combining mark, and that never joins a neighbour into one Character
/// (no format characters). Text of these alone can be folded on bytes with the same result as the
/// Unicode-aware path; anything else is `.other`, and the caller takes that path.
enum CommonScalar {
    /// A letter or digit, as its lowercase value.
    case word(UInt32)
    case separator
    case other

    @inline(__always)
    static func classify(_ value: UInt32) -> CommonScalar {
        switch value {
        case 0x61...0x7A, 0x30...0x39, 0xDF...0xF6, 0xF8...0xFF, 0x4E00...0x9FA5: .word(value)
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: .word(value + 0x20)  // ASCII and Latin-1 capitals
        case 0x00...0x7F: .separator
        case 0xA0, 0xA1, 0xA6, 0xA7, 0xA9, 0xAB, 0xAC, 0xAE, 0xB0, 0xB1, 0xB6, 0xB7, 0xBB, 0xBF: .separator
        // General punctuation without the format characters (zero-width and bidi marks) and ‗ ‾,
        // which NFKC turns into combining marks.
        case 0x2000...0x200A, 0x2010...0x2016, 0x2018...0x2027, 0x2030...0x203D, 0x203F...0x205E: .separator
        case 0x3000...0x3004, 0x3008...0x3020: .separator  // ideographic space, 、。, brackets 「」《》【】
        case 0xFF01...0xFF0F, 0xFF1A...0xFF1F: .separator  // full-width ！＂＃…／ and ：；＜＝＞？
        default: .other
        }
    }
}
