/// Words compiled once for the finders: as keys (lower case, simplified Chinese), indexed by their
/// first key, so asking "which of these words is here" costs one dictionary lookup per position
/// instead of a pass per word.
struct WordList: Sendable {
    let words: [[Unicode.Scalar]]
    let texts: [String]
    /// Every word's keys end to end, with each word's start and length: the hot loop reads flat
    /// arrays only (no nested array to retain per position).
    private let flat: [Unicode.Scalar]
    private let starts: [Int32]
    private let lengths: [Int32]
    /// Candidates (longest first) by first key: `candidates[asciiRanges[k] ..< asciiRanges[k + 1]]`
    /// for ASCII; a dictionary behind a bit filter for the rest, so most positions hash nothing.
    private let candidates: [Int32]
    private let asciiRanges: [Int32]
    private let otherRanges: [Unicode.Scalar: Range<Int32>]
    private let otherFilter: [UInt64]

    init(_ words: [String]) {
        texts = words
        let keys = words.map { word in word.unicodeScalars.map { FactText.key(of: $0) } }
        self.words = keys
        var flat: [Unicode.Scalar] = []
        var starts: [Int32] = []
        for word in keys {
            starts.append(Int32(flat.count))
            flat.append(contentsOf: word)
        }
        self.flat = flat
        self.starts = starts
        lengths = keys.map { Int32($0.count) }
        var byFirst: [Unicode.Scalar: [Int]] = [:]
        for (index, word) in keys.enumerated() where !word.isEmpty { byFirst[word[0], default: []].append(index) }
        var candidates: [Int32] = []
        var asciiRanges = [Int32](repeating: 0, count: 129)
        var otherRanges: [Unicode.Scalar: Range<Int32>] = [:]
        var filter = [UInt64](repeating: 0, count: 64)
        func longestFirst(_ indexes: [Int]) -> [Int32] { indexes.sorted { keys[$0].count > keys[$1].count }.map { Int32($0) } }
        for code in 0..<128 {
            asciiRanges[code] = Int32(candidates.count)
            candidates += longestFirst(byFirst[Unicode.Scalar(UInt8(code))] ?? [])
        }
        asciiRanges[128] = Int32(candidates.count)
        for (first, indexes) in byFirst where !first.isASCII {
            let start = Int32(candidates.count)
            candidates += longestFirst(indexes)
            otherRanges[first] = start..<Int32(candidates.count)
            filter[Int(first.value & 4095) >> 6] |= 1 << (first.value & 63)
        }
        self.candidates = candidates
        self.asciiRanges = asciiRanges
        self.otherRanges = otherRanges
        otherFilter = filter
    }

    /// The longest word at `position` that ends by `limit`, as its index; with `wholeWord`, an ASCII
    /// word must not continue a word on its left, and one ending in a letter must not run into one.
    func match(in text: FactText, at position: Int, limit: Int? = nil, wholeWord: Bool = true) -> Int? {
        guard position >= 0, position < text.count else { return nil }
        let key = text.keys[position]
        // Inside a Latin word no whole word starts: the common case, decided before any lookup.
        if wholeWord, key.isASCII, position > 0, FactText.isLetter(key), FactText.isLetter(text.scalars[position - 1]) { return nil }
        let range: Range<Int32>
        if key.isASCII {
            range = asciiRanges[Int(key.value)]..<asciiRanges[Int(key.value) + 1]
        } else {
            guard otherFilter[Int(key.value & 4095) >> 6] & (1 << (key.value & 63)) != 0, let found = otherRanges[key] else { return nil }
            range = found
        }
        guard !range.isEmpty else { return nil }
        let limit = limit ?? text.count
        return text.keys.withUnsafeBufferPointer { keys in
            flat.withUnsafeBufferPointer { flat in
                for slot in range {
                    let index = Int(candidates[Int(slot)])
                    let start = Int(starts[index])
                    let length = Int(lengths[index])
                    guard position + length <= limit else { continue }
                    var same = true
                    for offset in 1..<max(1, length) where keys[position + offset] != flat[start + offset] {
                        same = false
                        break
                    }
                    guard same else { continue }
                    if wholeWord {
                        let first = flat[start]
                        if first.isASCII, FactText.isLetter(first), position > 0, FactText.isLetter(text.scalars[position - 1]) { continue }
                        let last = flat[start + length - 1]
                        let end = position + length
                        if last.isASCII, FactText.isLetter(last), end < text.count, FactText.isLetter(text.scalars[end]) { continue }
                    }
                    return index
                }
                return nil
            }
        }
    }

    /// The end of the last word of the list in `range` (the one starting last).
    func lastEnd(in text: FactText, _ range: Range<Int>) -> Int? {
        let range = range.clamped(to: 0..<text.count)
        var position = range.upperBound - 1
        while position >= range.lowerBound {
            if let index = match(in: text, at: position, limit: range.upperBound, wholeWord: false), leftBoundary(text, position, index) {
                return position + Int(lengths[index])
            }
            position -= 1
        }
        return nil
    }

    /// True when a word of the list is in `range`.
    func occurs(in text: FactText, _ range: Range<Int>) -> Bool { lastEnd(in: text, range) != nil }

    /// Words in ASCII must start a word; what follows them may continue it ("subsid" finds "subsidy").
    private func leftBoundary(_ text: FactText, _ position: Int, _ index: Int) -> Bool {
        let first = flat[Int(starts[index])]
        return !(first.isASCII && FactText.isLetter(first)) || position == 0 || !FactText.isLetter(text.scalars[position - 1])
    }
}
