/// Script-level facts about text: which characters are Han, how many words a text has.
public enum TextScript {
    public static func isHan(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x2A6DF).contains(v)
            || (0xF900...0xFAFF).contains(v)
    }

    /// Letters, digits and underscore: ASCII answered directly, the rest by Unicode properties.
    @inline(__always)
    public static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x5F
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Whitespace: ASCII answered directly, the rest by Unicode properties.
    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool { isSpace(value: s.value) }

    /// The same for a scalar value: ASCII answered directly, and nothing above U+3000 (where
    /// Unicode's white space ends) needs a property look-up.
    static func isSpace(value v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v > 0x3000 { return false }
        return Unicode.Scalar(v)?.properties.isWhitespace ?? false
    }

    public static func isKana(_ s: Unicode.Scalar) -> Bool { (0x3040...0x30FF).contains(s.value) }
    public static func isHangul(_ s: Unicode.Scalar) -> Bool { (0xAC00...0xD7AF).contains(s.value) }

    /// Words as readers count them: runs of letters or digits for alphabetic text, one per Han,
    /// kana or hangul character. Past `limit` the count stops (a caller asking "at most N words?"
    /// of a paragraph reads only its first N + 1).
    public static func wordCount(_ text: String, limit: Int = .max) -> Int {
        var count = 0
        var inWord = false
        var text = text
        // The table is fetched once: a static read in the loop costs a lazy-initialization check per byte.
        let classes = asciiWordClass
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    switch classes[Int(byte)] {
                    case 1:
                        if !inWord { count += 1 }
                        inWord = true
                        if count > limit { return }
                    case 0: inWord = false
                    default: break  // ' and - stay inside a word: don't, well-known
                    }
                    continue
                }
                let (value, next) = UTF8Scalars.decode(bytes, at: index)
                index = next
                guard let s = Unicode.Scalar(value) else { continue }
                if isHan(s) || isKana(s) || isHangul(s) {
                    count += 1
                    inWord = false
                } else if isWordScalar(s) {
                    if !inWord { count += 1 }
                    inWord = true
                } else if value != 0x2019 {  // ’ too
                    inWord = false
                }
                if count > limit { return }
            }
        }
        return count
    }

    /// For each ASCII byte: 1 for a word character (letter, digit, underscore), 2 for one that
    /// stays inside a word (' and -), 0 for a separator.
    private static let asciiWordClass: [UInt8] = (0..<128).map { byte in
        switch UInt8(byte) {
        case 0x61...0x7A, 0x41...0x5A, 0x30...0x39, 0x5F: 1
        case 0x27, 0x2D: 2
        default: 0
        }
    }

    /// Share of Han characters among letters; news in Chinese is well above 0.5.
    public static func hanShare(_ text: String) -> Double {
        var han = 0
        var letters = 0
        UTF8Scalars.walk(text) { v in
            if v < 0x80 {
                if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { letters += 1 }
                return true
            }
            // Common Han (all assigned since Unicode 1.1) and Latin-1 letters without a property look-up.
            if v >= 0x4E00 && v <= 0x9FA5 {
                letters += 1
                han += 1
                return true
            }
            if v >= 0xC0 && v <= 0xFF {
                if v != 0xD7 && v != 0xF7 { letters += 1 }
                return true
            }
            guard let s = Unicode.Scalar(v), s.properties.isAlphabetic else { return true }
            letters += 1
            if isHan(s) { han += 1 }
            return true
        }
        return letters == 0 ? 0 : Double(han) / Double(letters)
    }

    /// True when the line is mainly Chinese, Japanese or Korean text.
    public static func isMostlyCJK(_ text: String) -> Bool { hanShare(text) > 0.3 }
}
