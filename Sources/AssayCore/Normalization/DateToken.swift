/// A lexical token of date text: numbers, words and single punctuation characters.
struct DateToken: Equatable {
    enum Kind: Equatable {
        case number(Int, digits: Int)
        case word(String)  // lowercased letters of alphabetic scripts (Han characters are symbols)
        case symbol(Character)
    }

    var kind: Kind
    /// Character offsets in the source string, so a match can report its raw text.
    var start: Int
    var end: Int

    static func tokenize(_ text: String) -> [DateToken] {
        var tokens: [DateToken] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if let d = c.wholeNumberValue, c.isASCII {
                var value = d
                var j = i + 1
                while j < chars.count, chars[j].isASCII, let next = chars[j].wholeNumberValue, j - i < 9 {
                    value = value * 10 + next
                    j += 1
                }
                tokens.append(DateToken(kind: .number(value, digits: j - i), start: i, end: j))
                i = j
            } else if Self.isWordLetter(c) {
                var j = i + 1
                while j < chars.count, Self.isWordLetter(chars[j]) { j += 1 }
                tokens.append(DateToken(kind: .word(String(chars[i..<j]).lowercased()), start: i, end: j))
                i = j
            } else if c.isWhitespace {
                i += 1
            } else {
                tokens.append(DateToken(kind: .symbol(c), start: i, end: i + 1))
                i += 1
            }
        }
        return tokens
    }

    /// Letters of alphabetic scripts: März, août, августа are words; 年 and 月 stay symbols.
    private static func isWordLetter(_ c: Character) -> Bool {
        guard c.isLetter else { return false }
        if c.isASCII { return true }
        guard let scalar = c.unicodeScalars.first else { return false }
        return !TextScript.isHan(scalar) && scalar.value < 0x3000
    }
}
