/// The tokens de-duplication compares, as 64-bit hashes: every word (lowercased; each Han
/// character is a word, read as simplified) for shingles, and the salient ones a rewrite keeps when its wording changes:
/// figures (numbers of two characters or more) and names (capitalized words that do not start a
/// sentence: people, places, companies).
struct DedupTokens {
    private(set) var words: [UInt64] = []
    private(set) var names: [UInt64] = []
    private(set) var figures: [UInt64] = []
    /// Fetched at the first Han character, so a traditional reprint shares its simplified original's words.
    private var scriptTable: [UInt16]?

    init(_ text: String) {
        var copy = text
        copy.withUTF8 { scan($0) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var sentenceStart = true
        while index < bytes.count {
            let byte = bytes[index]
            if isAlphanumeric(byte) {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                let capitalized = byte >= 0x41 && byte <= 0x5A
                var digits = 0
                var length = 0
                while index < bytes.count {
                    let current = bytes[index]
                    if isAlphanumeric(current) {
                        if current >= 0x30 && current <= 0x39 { digits += 1 }
                        hash = (hash ^ UInt64(current >= 0x41 && current <= 0x5A ? current | 0x20 : current)) &* 0x100_0000_01b3
                        length += 1
                        index += 1
                    } else if (current == 0x2E || current == 0x2C) && digits > 0 && index + 1 < bytes.count
                        && bytes[index + 1] >= 0x30 && bytes[index + 1] <= 0x39
                    {
                        index += 1  // 1.4 and 7,000 stay one number; the separator is not hashed
                        if current == 0x2E { hash = (hash ^ 0x2E) &* 0x100_0000_01b3 }
                    } else {
                        break
                    }
                }
                words.append(hash)
                if digits > 0 && length >= 2 {
                    figures.append(hash)
                } else if capitalized && !sentenceStart && length >= 2 {
                    names.append(hash)
                }
                sentenceStart = false
                continue
            }
            if byte >= 0xE4 && byte <= 0xE9, index + 2 < bytes.count {  // a Han character: one word, in simplified form
                let table = scriptTable ?? ChineseScript.table
                scriptTable = table
                let scalar = ChineseScript.simplified(ChineseScript.scalar(byte, bytes[index + 1], bytes[index + 2]), in: table)
                let folded = ChineseScript.utf8(scalar)
                let value = (UInt64(folded.0) << 16) | (UInt64(folded.1) << 8) | UInt64(folded.2)
                words.append(value &* 0x9E37_79B9_7F4A_7C15)
                sentenceStart = false
                index += 3
                continue
            }
            switch byte {
            case 0x2E, 0x21, 0x3F, 0x0A: sentenceStart = true  // . ! ? and line ends
            case 0xE3 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x82:
                sentenceStart = true  // 。
            default: break
            }
            index += 1
        }
    }

    private func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }
}
