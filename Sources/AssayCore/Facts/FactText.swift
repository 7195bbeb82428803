/// The body as code points, with what every finder asks of it: character classes, sentence
/// bounds, and words near a position. Offsets everywhere in facts are code-point offsets.
struct FactText {
    let scalars: [Unicode.Scalar]
    /// Each code point as finders compare it: ASCII letters lowercased, traditional Chinese read as
    /// simplified, dashes as "-"; so one word list serves both scripts and any capitals.
    let keys: [Unicode.Scalar]
    /// True when the text holds a Han character: the Chinese-only finders pass over the rest.
    let hasHan: Bool
    /// Every position but an ASCII letter right after a Latin letter, ascending: where a word of a
    /// list or a name may start. The finders that try words step through these, not every position
    /// (in English text, about two in five).
    let possibleStarts: [Int32]
    /// Start of each paragraph (after each line break).
    let paragraphStarts: [Int]
    /// Start of the sentence holding each code point (sentences end at . ! ? 。！？； and line breaks).
    private let sentenceStarts: [Int]
    /// The sentence starts that follow a full stop (not a line break), for how deep a position is.
    private let startsAfterFullStops: [Int]

    init(_ body: String) {
        // Code points and their keys in one pass over the UTF-8 bytes, written into buffers sized
        // for the worst case (a code point per byte) and cut after: no per-append checks.
        let capacity = body.utf8.count
        var scalars = [Unicode.Scalar](repeating: "\0", count: capacity)
        var keys = [Unicode.Scalar](repeating: "\0", count: capacity)
        var possibleStarts = [Int32](repeating: 0, count: capacity)
        var startCount = 0
        // 1 after a Latin letter, else 0: counted with, not branched on.
        var previousLetter = 0
        var count = 0
        var hasHan = false
        // Code points that may end a sentence or paragraph (. ! ? line breaks, CJK punctuation),
        // noted in the same pass: the full test is asked of them alone.
        var sentenceEnds: [Int] = []
        sentenceEnds.reserveCapacity(capacity / 32 + 8)
        var body = body
        body.withUTF8 { utf8 in
            scalars.withUnsafeMutableBufferPointer { scalarsOut in
                keys.withUnsafeMutableBufferPointer { keysOut in
                    possibleStarts.withUnsafeMutableBufferPointer { startsOut in
                        // Read once a character of the ideograph block is seen (the table is built on first use).
                        var table: [UInt16] = []
                        var index = 0
                        while index < utf8.count {
                            // Eight ASCII bytes at once, the common case of English text: tested as one
                            // word, so no byte takes a branch of its own (the sentence-end test below
                            // looks into a word only when one of its bytes may end a sentence).
                            if index + 8 <= utf8.count {
                                let word = UInt64(
                                    littleEndian: UnsafeRawPointer(utf8.baseAddress!).loadUnaligned(fromByteOffset: index, as: UInt64.self))
                                if word & 0x8080_8080_8080_8080 == 0 {
                                    for lane in 0..<8 {
                                        let byte = UInt32(truncatingIfNeeded: word &>> UInt64(lane &* 8)) & 0xFF
                                        scalarsOut[count &+ lane] = Unicode.Scalar(UInt8(byte))
                                        keysOut[count &+ lane] = Unicode.Scalar(UInt8(byte &- 0x41 < 26 ? byte | 0x20 : byte))
                                        // Written always, kept by counting it: no branch.
                                        let letter = (byte | 0x20) &- 0x61 < 26 ? 1 : 0
                                        startsOut[startCount] = Int32(truncatingIfNeeded: count &+ lane)
                                        startCount &+= 1 &- (letter & previousLetter)
                                        previousLetter = letter
                                    }
                                    if Self.mayEndSentence(word) {
                                        for lane in 0..<8 {
                                            let byte = UInt8(truncatingIfNeeded: word &>> UInt64(lane &* 8))
                                            if byte < 64, Self.sentenceEndBytes & (1 << UInt64(byte)) != 0 { sentenceEnds.append(count &+ lane) }
                                        }
                                    }
                                    index += 8
                                    count += 8
                                    continue
                                }
                            }
                            let byte = utf8[index]
                            if byte < 0x80 {
                                let scalar = Unicode.Scalar(byte)
                                scalarsOut[count] = scalar
                                keysOut[count] = byte &- 0x41 < 26 ? Unicode.Scalar(byte + 0x20) : scalar
                                if byte < 64, Self.sentenceEndBytes & (1 << UInt64(byte)) != 0 { sentenceEnds.append(count) }
                                let letter = (byte | 0x20) &- 0x61 < 26 ? 1 : 0
                                startsOut[startCount] = Int32(truncatingIfNeeded: count)
                                startCount &+= 1 &- (letter & previousLetter)
                                previousLetter = letter
                                index += 1
                            } else {
                                let (value, next) = UTF8Scalars.decode(utf8, at: index)
                                index = next
                                // The common ideographs, most of Chinese text: Han, no Latin letter, no
                                // sentence end, a key from the script table; no property looked up.
                                if value &- ChineseScript.first <= ChineseScript.last &- ChineseScript.first {
                                    if table.isEmpty { table = ChineseScript.table }
                                    hasHan = true
                                    let scalar = Unicode.Scalar(value).unsafelyUnwrapped
                                    scalarsOut[count] = scalar
                                    keysOut[count] = Unicode.Scalar(ChineseScript.simplified(value, in: table)) ?? scalar
                                    startsOut[startCount] = Int32(truncatingIfNeeded: count)
                                    startCount += 1
                                    previousLetter = 0
                                    count += 1
                                    continue
                                }
                                // (The script table is only read for the ideographs above.)
                                let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                                if !hasHan, Self.isHan(scalar) { hasHan = true }
                                scalarsOut[count] = scalar
                                keysOut[count] = Self.key(of: scalar, table: table)
                                if Self.isCJKSentenceEnd(value) { sentenceEnds.append(count) }
                                startsOut[startCount] = Int32(truncatingIfNeeded: count)
                                startCount += 1
                                previousLetter = Self.isLetter(scalar) ? 1 : 0
                            }
                            count += 1
                        }
                    }
                }
            }
        }
        scalars.removeLast(capacity - count)
        keys.removeLast(capacity - count)
        possibleStarts.removeLast(capacity - startCount)
        self.possibleStarts = possibleStarts
        self.scalars = scalars
        self.keys = keys
        self.hasHan = hasHan
        var starts: [Int] = [0]
        var paragraphs: [Int] = [0]
        starts.reserveCapacity(sentenceEnds.count + 1)
        paragraphs.reserveCapacity(sentenceEnds.count + 1)
        var afterFullStops: [Int] = []
        for index in sentenceEnds {
            if scalars[index] == "\n" { paragraphs.append(index + 1) }
            if Self.endsSentence(scalars, index) {
                starts.append(index + 1)
                if scalars[index] != "\n" { afterFullStops.append(index + 1) }
            }
        }
        sentenceStarts = starts
        startsAfterFullStops = afterFullStops
        paragraphStarts = paragraphs
    }

    /// "。", "！", "？" and "；": the sentence ends outside ASCII (the init queues only these).
    @inline(__always)
    private static func isCJKSentenceEnd(_ value: UInt32) -> Bool {
        value == 0x3002 || value == 0xFF01 || value == 0xFF1F || value == 0xFF1B
    }

    /// True when one of the eight ASCII bytes of `word` is a line break, "!", "." or "?".
    @inline(__always)
    private static func mayEndSentence(_ word: UInt64) -> Bool {
        // A byte equal to `byte` is a zero byte of `word ^ (byte in every lane)`, found without a branch.
        func hasByte(_ byte: UInt64) -> Bool {
            let difference = word ^ (0x0101_0101_0101_0101 &* byte)
            return (difference &- 0x0101_0101_0101_0101) & ~difference & 0x8080_8080_8080_8080 != 0
        }
        return hasByte(0x0A) || hasByte(0x21) || hasByte(0x2E) || hasByte(0x3F)
    }

    /// Line break, "!", "." and "?" as bits of the bytes below 64.
    private static let sentenceEndBytes: UInt64 = 1 << 0x0A | 1 << 0x21 | 1 << 0x2E | 1 << 0x3F

    var count: Int { scalars.count }
    func scalar(at index: Int) -> Unicode.Scalar? { index >= 0 && index < scalars.count ? scalars[index] : nil }

    /// The code points in `range` as a string.
    func string(_ range: Range<Int>) -> String { Self.string(scalars[range.clamped(to: 0..<scalars.count)]) }

    /// The keys in `range` as a string: a step word compared with a list, in either script and any case.
    func keyString(_ range: Range<Int>) -> String { Self.string(keys[range.clamped(to: 0..<keys.count)]) }

    /// Code points as a string, their UTF-8 written in place (appending to a scalar view is slow).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }

    /// The sentence holding `index`, as a range of code points.
    /// Cut to 400 code points either side of `index`: no sentence runs longer, and a page without
    /// full stops must not make every finder scan all of it for each figure (quadratic time).
    func sentence(containing index: Int) -> Range<Int> {
        Self.clamp(Self.span(of: index, in: sentenceStarts, count: scalars.count), around: index, radius: 400)
    }

    /// How many sentences end with a full stop (or "!", "?", "。", "！", "？", "；") before `index`: how
    /// deep in the article a position is, the same whether its paragraphs are lines or blank-line apart.
    func sentencesEnded(before index: Int) -> Int {
        // The count of starts at or before `index`, found by halving.
        var low = 0
        var high = startsAfterFullStops.count
        while low < high {
            let middle = (low + high) / 2
            if startsAfterFullStops[middle] <= index { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The paragraph holding `index` (paragraphs are separated by line breaks), cut to 1,500 code
    /// points either side for the same reason.
    func paragraph(containing index: Int) -> Range<Int> {
        let span = Self.span(of: index, in: paragraphStarts, count: scalars.count)
        // The line break that ends a paragraph is not part of it.
        let end = span.upperBound > span.lowerBound && span.upperBound <= scalars.count && scalars[span.upperBound - 1] == "\n"
            ? span.upperBound - 1 : span.upperBound
        return Self.clamp(span.lowerBound..<max(span.lowerBound, end), around: index, radius: 1500)
    }

    /// The stretch between the starts around `index`, by binary search.
    private static func span(of index: Int, in starts: [Int], count: Int) -> Range<Int> {
        var low = 0
        var high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= index { low = middle } else { high = middle }
        }
        let end = low + 1 < starts.count ? starts[low + 1] : count
        return starts[low]..<end
    }

    private static func clamp(_ range: Range<Int>, around index: Int, radius: Int) -> Range<Int> {
        max(range.lowerBound, index - radius)..<max(max(range.lowerBound, index - radius), min(range.upperBound, index + radius))
    }

    /// Where the clause holding `index` ends: its next comma or semicolon, else its sentence's end.
    func clauseEnd(after index: Int) -> Int {
        let sentence = sentence(containing: index).upperBound
        var position = index
        while position < sentence, !marksClause(at: position) { position += 1 }
        return position
    }

    /// The clause before `index` inside its sentence: back to the last comma or semicolon.
    func clauseStart(before index: Int) -> Int {
        let sentence = sentence(containing: index).lowerBound
        var position = index
        while position > sentence, !marksClause(at: position - 1) { position -= 1 }
        return position
    }

    /// True when the code point at `position` separates clauses: a comma or a semicolon, but not
    /// a comma between digits (24,000).
    private func marksClause(at position: Int) -> Bool {
        let scalar = scalars[position]
        if scalar == "，" || scalar == "；" || scalar == ";" { return true }
        guard scalar == "," else { return false }
        return !(position > 0 && Self.isDigit(scalars[position - 1]) && position + 1 < scalars.count && Self.isDigit(scalars[position + 1]))
    }

    /// True when a word of `list` occurs in `range` (ASCII words at a word boundary on their left).
    func contains(_ list: WordList, in range: Range<Int>) -> Bool { list.occurs(in: self, range) }

    /// The longest word of `list` at `position`, whole words only.
    func firstWord(of list: WordList, at position: Int) -> (word: String, length: Int)? {
        guard let index = list.match(in: self, at: position) else { return nil }
        return (list.texts[index], list.words[index].count)
    }

    /// True when `pattern` (lowercase) is at `position`, ignoring the case of ASCII letters.
    func matches(_ pattern: [Unicode.Scalar], at position: Int) -> Bool {
        guard position >= 0, position + pattern.count <= scalars.count else { return false }
        for (offset, expected) in pattern.enumerated() where keys[position + offset] != expected {
            return false
        }
        return true
    }

    /// True when `pattern` (keys) occurs anywhere in `range`: a word's letters asked of its keys,
    /// with no lower-cased string built.
    func contains(keys pattern: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        guard range.count >= pattern.count else { return false }
        return (range.lowerBound...(range.upperBound - pattern.count)).contains { matches(pattern, at: $0) }
    }

    /// True when an odd number of quotation marks stand between the paragraph's start and `position`.
    func insideQuotation(_ position: Int) -> Bool {
        let paragraph = paragraph(containing: position)
        var open = false
        for index in paragraph.lowerBound..<position {
            switch scalars[index] {
            case "“", "「": open = true
            case "”", "」": open = false
            case "\"": open.toggle()
            default: break
            }
        }
        return open
    }

    /// The position after any spaces from `position`.
    func skippingSpaces(from position: Int) -> Int {
        var position = position
        while position < scalars.count && (scalars[position] == " " || scalars[position] == "\u{A0}") { position += 1 }
        return position
    }

    static func endsSentence(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        switch scalars[index] {
        case "\n": return true
        case ".", "!", "?":
            // A full stop inside a number (1.5) or an abbreviation (Co., U.S.) does not end a sentence.
            let next = index + 1 < scalars.count ? scalars[index + 1] : " "
            guard next == " " || next == "\n" || next == "\"" || next == "”" else { return false }
            let previous = index > 0 ? scalars[index - 1] : " "
            if isUppercase(previous) { return false }
            var start = index
            while start > 0 && isLetter(scalars[start - 1]) { start -= 1 }
            // Abbreviations are short ASCII words: only such a word is packed into a number and looked up.
            guard index - start <= 5 else { return true }
            var packed: UInt64 = 0
            for scalar in scalars[start..<index] {
                guard scalar.isASCII else { return true }
                packed = packed << 8 | UInt64(scalar.value)
            }
            return !abbreviations.contains(packed)
        default: return isCJKSentenceEnd(scalars[index].value)
        }
    }

    /// Up to five ASCII letters as one number, a byte each: how `endsSentence` looks a word up.
    private static func packed(_ word: String) -> UInt64 {
        word.unicodeScalars.reduce(0) { $0 << 8 | UInt64($1.value) }
    }

    /// Words ending in a full stop that does not end the sentence (five letters at most).
    private static let abbreviations: Set<UInt64> = Set(abbreviationWords.filter { $0.unicodeScalars.count <= 5 }.map(packed))
    private static let abbreviationWords: [String] = [
        "Co", "Ltd", "Inc", "Corp", "Mr", "Ms", "Mrs", "Dr", "St", "No", "Bhd", "Sdn", "Calif", "Ariz", "Nev", "Ind",
        "Ky", "Tenn", "Ga", "La", "Mich", "Wash", "Ore", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "vs", "approx", "Gov", "Sen", "Rep", "Pty", "Bros", "Mt", "Ft",
    ]

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value &- 0x30 < 10 || scalar.value &- 0xFF10 < 10
    }

    /// Latin-script letters (Han is not one: a Latin word ends at a Han character). The ASCII test
    /// is inlined at every call; the rest is asked of the few other characters.
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value | 0x20) &- 0x61 < 26 }
        return isOtherLetter(scalar)
    }

    private static func isOtherLetter(_ scalar: Unicode.Scalar) -> Bool {
        // Han and CJK punctuation first: the common non-ASCII case, without a property lookup.
        switch scalar.value {
        case 0x2000...0x206F, 0x3000...0x9FFF, 0xFF00...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFFEF: return false
        case 0xC0...0x24F: return scalar.value != 0xD7 && scalar.value != 0xF7  // Latin letters with accents
        default: break
        }
        return scalar.properties.isAlphabetic && !isHan(scalar)
    }
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
            || (0x20000...0x2FA1F).contains(scalar.value)
    }
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value >= 0x41 && scalar.value <= 0x5A : scalar.properties.isUppercase
    }


    /// A name as finders compare it (trimmed, each code point's key): how the gazetteer's forms are
    /// indexed and told apart.
    static func key(of form: String) -> String {
        string(form.trimmingWhitespace().unicodeScalars.map { key(of: $0) }[...])
    }

    /// How a finder compares one code point (see `keys`).
    static func key(of scalar: Unicode.Scalar) -> Unicode.Scalar { key(of: scalar, table: ChineseScript.table) }

    /// The same with the script table at hand (the text's pass reads it once, not per code point).
    /// The table is read only for U+4E00–U+9FFF: it may be empty when no such code point is asked.
    static func key(of scalar: Unicode.Scalar, table: [UInt16]) -> Unicode.Scalar {
        switch scalar.value {
        case 0x41...0x5A: return Unicode.Scalar(scalar.value + 0x20)!
        case 0x2010...0x2014, 0x2212: return "-"
        case ChineseScript.first...ChineseScript.last:
            return Unicode.Scalar(ChineseScript.simplified(scalar.value, in: table)) ?? scalar
        default: return scalar
        }
    }
}
