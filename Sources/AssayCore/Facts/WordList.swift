/// Words compiled once for the finders: as keys (lower case, simplified Chinese), indexed by their
/// first key, so asking "which of these words is here" costs one dictionary lookup per position
/// instead of a pass per word.
struct WordList: Sendable {
    let words: [[Unicode.Scalar]]
    let texts: [String]
    /// Candidates by first key: a table for ASCII, a dictionary behind a bit filter for the rest,
    /// so most positions cost an array load and no hashing.
    private let ascii: [[Int]]
    private let other: [Unicode.Scalar: [Int]]
    private let otherFilter: [UInt64]

    init(_ words: [String]) {
        texts = words
        let keys = words.map { word in word.unicodeScalars.map { FactText.key(of: $0) } }
        var byFirst: [Unicode.Scalar: [Int]] = [:]
        for (index, word) in keys.enumerated() where !word.isEmpty { byFirst[word[0], default: []].append(index) }
        // Longest first, so the longest word at a position wins.
        let sorted = byFirst.mapValues { indexes in indexes.sorted { keys[$0].count > keys[$1].count } }
        var ascii = [[Int]](repeating: [], count: 128)
        var other: [Unicode.Scalar: [Int]] = [:]
        var filter = [UInt64](repeating: 0, count: 64)
        for (first, indexes) in sorted {
            if first.isASCII {
                ascii[Int(first.value)] = indexes
            } else {
                other[first] = indexes
                filter[Int(first.value & 4095) >> 6] |= 1 << (first.value & 63)
            }
        }
        self.ascii = ascii
        self.other = other
        otherFilter = filter
        self.words = keys
    }

    /// The longest word at `position` that ends by `limit`, as its index; an ASCII word must not
    /// continue a word on its left, and one ending in a letter must not run into a letter.
    func match(in text: FactText, at position: Int, limit: Int? = nil, wholeWord: Bool = true) -> Int? {
        guard position >= 0, position < text.count else { return nil }
        let key = text.keys[position]
        let candidates: [Int]
        if key.isASCII {
            candidates = ascii[Int(key.value)]
        } else {
            guard otherFilter[Int(key.value & 4095) >> 6] & (1 << (key.value & 63)) != 0, let found = other[key] else { return nil }
            candidates = found
        }
        guard !candidates.isEmpty else { return nil }
        let limit = limit ?? text.count
        for index in candidates {
            let word = words[index]
            guard position + word.count <= limit, text.matches(word, at: position) else { continue }
            if wholeWord {
                if word[0].isASCII, FactText.isLetter(word[0]), position > 0, FactText.isLetter(text.scalars[position - 1]) { continue }
                let end = position + word.count
                if let last = word.last, last.isASCII, FactText.isLetter(last), end < text.count, FactText.isLetter(text.scalars[end]) {
                    continue
                }
            }
            return index
        }
        return nil
    }

    /// The end of the last word of the list in `range` (the one starting last).
    func lastEnd(in text: FactText, _ range: Range<Int>) -> Int? {
        let range = range.clamped(to: 0..<text.count)
        var position = range.upperBound - 1
        while position >= range.lowerBound {
            if let index = match(in: text, at: position, limit: range.upperBound, wholeWord: false), leftBoundary(text, position, index) {
                return position + words[index].count
            }
            position -= 1
        }
        return nil
    }

    /// True when a word of the list is in `range`.
    func occurs(in text: FactText, _ range: Range<Int>) -> Bool { lastEnd(in: text, range) != nil }

    /// Words in ASCII must start a word; what follows them may continue it ("subsid" finds "subsidy").
    private func leftBoundary(_ text: FactText, _ position: Int, _ index: Int) -> Bool {
        let first = words[index][0]
        return !(first.isASCII && FactText.isLetter(first)) || position == 0 || !FactText.isLetter(text.scalars[position - 1])
    }

    /// True when a word of the list ends exactly at `end`.
    func endsAt(_ end: Int, in text: FactText) -> Bool {
        words.contains { end - $0.count >= 0 && text.matches($0, at: end - $0.count) }
    }
}
