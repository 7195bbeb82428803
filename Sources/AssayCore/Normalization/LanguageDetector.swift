/// Guesses the language of a body from its script and, for Latin text, its most frequent function words.
public enum LanguageDetector {
    private static let stopwords: [(String, Set<String>)] = [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "as", "by", "said", "it"]),
        ("de", ["der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "auf", "für", "ein"]),
        ("fr", ["le", "la", "les", "et", "des", "est", "une", "dans", "pour", "que", "qui", "sur", "du", "au"]),
        ("es", ["el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "para", "con", "se", "es"]),
        ("pt", ["o", "os", "as", "e", "que", "do", "da", "em", "um", "uma", "para", "com", "não", "dos"]),
        ("it", ["il", "di", "che", "e", "la", "per", "gli", "una", "sono", "del", "della", "con", "non"]),
        ("nl", ["de", "het", "een", "en", "van", "dat", "niet", "met", "voor", "zijn", "op", "ook", "wordt"]),
    ]

    /// Each stopword with the languages that use it (a bit per language): one lookup per word instead
    /// of one per language. Keyed by the word's bytes packed into an integer (stopwords are at most 6
    /// bytes), so a word of the text is looked up without making a String of it; an open-addressing
    /// table with a multiplicative hash, as a dictionary's hashing cost more than the rest of the count.
    private static let stopwordTable: (keys: [UInt64], languages: [UInt8]) = {
        var keys = [UInt64](repeating: 0, count: stopwordSlots)
        var languages = [UInt8](repeating: 0, count: stopwordSlots)
        for (language, entry) in stopwords.enumerated() {
            for word in entry.1 {
                let packed = key(word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }, length: word.utf8.count)
                var slot = stopwordSlot(packed)
                while keys[slot] != 0 && keys[slot] != packed { slot = (slot + 1) & (stopwordSlots - 1) }
                keys[slot] = packed
                languages[slot] |= 1 << UInt8(language)
            }
        }
        return (keys, languages)
    }()
    private static let stopwordSlots = 512

    @inline(__always)
    private static func stopwordSlot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 55) & (stopwordSlots - 1)
    }

    /// The languages (a bit each) that use the packed word; 0 for a word that is no stopword.
    @inline(__always)
    private static func stopwordLanguages(_ key: UInt64, keys: UnsafeBufferPointer<UInt64>, languages: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var slot = stopwordSlot(key)
        while true {
            let held = keys[slot]
            if held == key { return languages[slot] }
            if held == 0 { return 0 }
            slot = (slot + 1) & (stopwordSlots - 1)
        }
    }

    /// A word's bytes (packed big-endian) under its length: distinct words of up to 7 bytes, distinct keys.
    @inline(__always)
    private static func key(_ bytes: UInt64, length: Int) -> UInt64 { UInt64(length) << (8 * UInt64(length)) | bytes }

    /// A BCP 47 primary subtag, or `und` when the text gives too little to tell.
    public static func detect(_ text: String) -> String {
        var han = 0, kana = 0, hangul = 0, cyrillic = 0, arabic = 0, latin = 0
        // The first 20,000 characters, on bytes: ASCII counted directly, other characters decoded.
        var seen = 0
        UTF8Scalars.walk(text) { v in
            seen += 1
            guard seen <= 20_000 else { return false }
            if v < 0x80 {
                if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { latin += 1 }
                return true
            }
            // The common cases without a Unicode property look-up: Latin letters, common Han, punctuation.
            switch v {
            case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F:
                latin += 1
                return true
            case 0x4E00...0x9FA5:
                han += 1
                return true
            case 0x2000...0x206F, 0x3000...0x303F, 0xFF01...0xFF0F:
                return true
            default: break
            }
            guard let s = Unicode.Scalar(v), s.properties.isAlphabetic else { return true }
            if TextScript.isHan(s) { han += 1 }
            else if TextScript.isKana(s) { kana += 1 }
            else if TextScript.isHangul(s) { hangul += 1 }
            else if (0x0400...0x04FF).contains(v) { cyrillic += 1 }
            else if (0x0600...0x06FF).contains(v) { arabic += 1 }
            else if v < 0x250 { latin += 1 }
            return true
        }
        if kana > 20 && kana * 10 > han { return "ja" }
        if hangul > 20 { return "ko" }
        if han > 20 && han * 3 > latin { return "zh" }
        if cyrillic > latin { return cyrillic > 20 ? "ru" : "und" }
        if arabic > latin { return arabic > 20 ? "ar" : "und" }
        return latinLanguage(text)
    }

    /// Counts stopwords per language over the first 20,000 bytes: words are runs of letters (ASCII
    /// letters or any non-ASCII byte), lowercased; only short ones can be stopwords.
    private static func latinLanguage(_ text: String) -> String {
        var counts = [Int](repeating: 0, count: stopwords.count)
        var words = 0
        let table = stopwordTable
        var text = text
        text.withUTF8 { utf8 in
            table.keys.withUnsafeBufferPointer { keys in
                table.languages.withUnsafeBufferPointer { languages in
                    // The word being read, its bytes packed as `key` takes them, and its length (longer ones are no stopwords).
                    var packed: UInt64 = 0
                    var length = 0
                    func finish() {
                        guard length > 0 else { return }
                        words += 1
                        if length <= 6 {
                            var found = stopwordLanguages(Self.key(packed, length: length), keys: keys, languages: languages)
                            while found != 0 {
                                counts[found.trailingZeroBitCount] += 1
                                found &= found - 1
                            }
                        }
                        packed = 0
                        length = 0
                    }
                    for byte in UnsafeBufferPointer(rebasing: utf8.prefix(20_000)) {
                        if (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) {
                            if length < 7 { packed = packed << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
                            length += 1
                        } else {
                            finish()
                        }
                    }
                    finish()
                }
            }
        }
        guard words >= 5, let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] * 20 >= words
        else { return "und" }
        return stopwords[best].0
    }
}
