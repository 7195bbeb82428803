import Foundation

/// A number read from text with its scale word ("1.5 billion", "15亿", "两条" → 2), as a value.
struct NumberSpan {
    var start: Int
    /// After the number and its scale word.
    var end: Int
    var value: Double
}

/// Reads the numbers of news text: Arabic digits with thousands separators and decimals (full-width
/// too), English and Chinese scale words, and Chinese numerals.
enum NumberReading {
    /// Every Arabic number in the text, with its scale word when one follows.
    static func arabicNumbers(in text: FactText) -> [NumberSpan] {
        var found: [NumberSpan] = []
        found.reserveCapacity(32)
        var position = 0
        let scalars = text.scalars
        while true {
            position = text.nextDigit(from: position)
            guard position < scalars.count else { break }
            // A digit inside a word or code (A320, 2nm) still starts a number; a decimal part does not.
            if position > 0, scalars[position - 1] == "." || scalars[position - 1] == "," { position += 1; continue }
            // The digits as one whole number, and how many of them follow the decimal point.
            var mantissa = 0.0
            var digitCount = 0
            var fractionDigits: Int?
            var end = position
            while end < scalars.count {
                let scalar = scalars[end]
                if FactText.isDigit(scalar) {
                    mantissa = mantissa * 10 + Double(ascii(scalar).value - 0x30)
                    digitCount += 1
                    if let digits = fractionDigits { fractionDigits = digits + 1 }
                } else if (scalar == "," || scalar == "，") && end + 3 < scalars.count + 1 && isThousandsGroup(scalars, end + 1) {
                    // thousands separator: skip it
                } else if scalar == "." && end + 1 < scalars.count && FactText.isDigit(scalars[end + 1]) && fractionDigits == nil {
                    fractionDigits = 0
                } else {
                    break
                }
                end += 1
            }
            // Whole digits times the scale, then the decimal point: 4.1亿 is 41 × 10⁸ / 10, exactly.
            let fraction = fractionDigits ?? 0
            guard digitCount > 0, digitCount <= 300 else {
                position = end
                continue
            }
            let (scale, scaleEnd) = self.scale(in: text, at: end)
            var divisor = 1.0
            for _ in 0..<fraction { divisor *= 10 }
            let value = (mantissa * scale / divisor)
            found.append(NumberSpan(start: position, end: scaleEnd, value: value))
            position = end
        }
        return found
    }

    private static func isThousandsGroup(_ scalars: [Unicode.Scalar], _ start: Int) -> Bool {
        guard start + 3 <= scalars.count else { return false }
        for index in start..<(start + 3) where !FactText.isDigit(scalars[index]) { return false }
        return start + 3 == scalars.count || !FactText.isDigit(scalars[start + 3])
    }

    private static func ascii(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value >= 0xFF10 ? Unicode.Scalar(scalar.value - 0xFF10 + 0x30)! : scalar
    }

    private static let englishScaleList: [(String, Double)] = [
        ("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3), ("bn", 1e9), ("mn", 1e6), ("mln", 1e6),
        ("b", 1e9), ("m", 1e6), ("k", 1e3),
    ]
    private static let chineseScaleList: [(String, Double)] = [
        ("万亿", 1e12), ("萬億", 1e12), ("千亿", 1e11), ("千億", 1e11), ("百亿", 1e10), ("百億", 1e10), ("千万", 1e7), ("千萬", 1e7),
        ("百万", 1e6), ("亿", 1e8), ("万", 1e4),
    ]
    private static let chineseScales = WordList(chineseScaleList.map(\.0))
    /// The words longer than three letters, and the short forms ("bn", "mln"), each list with its
    /// word list: a match's index is the scale's index (no search of the list by text).
    private static let englishLongScales = englishScaleList.filter { $0.0.count > 3 }
    private static let englishShortScales = englishScaleList.filter { $0.0.count <= 3 }
    /// Whole words may follow one space; short forms ("$20bn", "$5m") must touch the number.
    private static let englishWords = WordList(englishLongScales.map(\.0))
    private static let englishShortForms = WordList(englishShortScales.map(\.0))

    /// The scale word at `position` (after optional space for English words); 1 when none.
    static func scale(in text: FactText, at position: Int) -> (Double, Int) {
        if let index = chineseScales.match(in: text, at: position, wholeWord: false) {
            return (chineseScaleList[index].1, position + chineseScales.words[index].count)
        }
        if let index = englishShortForms.match(in: text, at: position, wholeWord: false),
            position + englishShortForms.words[index].count >= text.count
                || !FactText.isLetter(text.scalars[position + englishShortForms.words[index].count])
        {
            return (englishShortScales[index].1, position + englishShortForms.words[index].count)
        }
        let start = text.skippingSpaces(from: position)
        if let index = englishWords.match(in: text, at: start) {
            return (englishLongScales[index].1, start + englishWords.words[index].count)
        }
        return (1, position)
    }

    private static let digitValues: [Unicode.Scalar: Double] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let unitValues: [Unicode.Scalar: Double] = ["十": 10, "百": 100, "千": 1000]
    private static let bigUnitValues: [Unicode.Scalar: Double] = ["万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8]

    static func isChineseNumeral(_ scalar: Unicode.Scalar) -> Bool {
        digitValues[scalar] != nil || unitValues[scalar] != nil || bigUnitValues[scalar] != nil
    }

    /// The Chinese numeral ending at `end` (exclusive), read backwards from there: "两" → 2, "十二" → 12.
    static func chineseNumber(endingAt end: Int, in text: FactText) -> NumberSpan? {
        var start = end
        while start > 0 && isChineseNumeral(text.scalars[start - 1]) && end - start < 8 { start -= 1 }
        guard start < end, let value = chineseValue(Array(text.scalars[start..<end])) else { return nil }
        return NumberSpan(start: start, end: end, value: value)
    }

    /// The Chinese numeral starting at `start`: "一条" → 1.
    static func chineseNumber(startingAt start: Int, in text: FactText) -> NumberSpan? {
        var end = start
        while end < text.count && isChineseNumeral(text.scalars[end]) && end - start < 8 { end += 1 }
        guard start < end, let value = chineseValue(Array(text.scalars[start..<end])) else { return nil }
        return NumberSpan(start: start, end: end, value: value)
    }

    /// The value of a run of Chinese numerals, or nil when it is not a well-formed number.
    static func chineseValue(_ scalars: [Unicode.Scalar]) -> Double? {
        var total = 0.0
        var section = 0.0
        var digit: Double?
        for scalar in scalars {
            if let value = digitValues[scalar] {
                digit = value
            } else if let unit = unitValues[scalar] {
                section += (digit ?? 1) * unit
                digit = nil
            } else if let big = bigUnitValues[scalar] {
                total = (total + section + (digit ?? 0)) * big
                section = 0
                digit = nil
            } else {
                return nil
            }
        }
        let value = total + section + (digit ?? 0)
        return value > 0 ? value : nil
    }

    private static let englishNumberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12,
    ]

    /// The English number word ("six") ending just before `end` and a space, if any.
    static func englishNumberWord(before end: Int, in text: FactText) -> NumberSpan? {
        var wordEnd = end
        while wordEnd > 0 && text.scalars[wordEnd - 1] == " " { wordEnd -= 1 }
        var start = wordEnd
        while start > 0 && FactText.isLetter(text.scalars[start - 1]) { start -= 1 }
        guard start < wordEnd else { return nil }
        let word = text.string(start..<wordEnd).lowercased()
        guard let value = englishNumberWords[word] else { return nil }
        return NumberSpan(start: start, end: wordEnd, value: value)
    }
}
