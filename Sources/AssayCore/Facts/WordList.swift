/// Words compiled once for the finders: as keys (lower case, simplified Chinese), indexed by their
/// first two keys, so asking "which of these words is here" costs one table lookup per position
/// instead of a pass per word.
struct WordList: Sendable {
    let words: [[Unicode.Scalar]]
    let texts: [String]
    /// Every word's keys end to end, with each word's start and length: the hot loop reads flat
    /// arrays only (no nested array to retain per position).
    private let flat: [Unicode.Scalar]
    private let starts: [Int32]
    private let lengths: [Int32]
    /// Words of two keys or more by their first two keys, longest first: `candidates[range]` from an
    /// open-addressing table (`pairSlots` holds pair + 1, 0 for an empty slot). A position tries
    /// only the words that share its first two keys.
    private let candidates: [Int32]
    private let pairSlots: [UInt64]
    private let pairStarts: [Int32]
    private let pairEnds: [Int32]
    /// Words of one key, by that key.
    private let singles: [Unicode.Scalar: Int32]
    /// The first two keys of every word, hashed into 4,096 bits, and the first keys of one-key
    /// words: most positions start no word of the list, and these tell so before any lookup.
    private let pairFilter: [UInt64]
    private let singleFilter: [UInt64]

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
        var byPair: [UInt64: [Int]] = [:]
        var singles: [Unicode.Scalar: Int32] = [:]
        var pairBits = [UInt64](repeating: 0, count: 64)
        var singleBits = [UInt64](repeating: 0, count: 64)
        for (index, word) in keys.enumerated() where !word.isEmpty {
            if word.count == 1 {
                if singles[word[0]] == nil { singles[word[0]] = Int32(index) }
                let bit = Self.singleBit(word[0])
                singleBits[bit >> 6] |= 1 << UInt64(bit & 63)
            } else {
                byPair[Self.pair(word[0], word[1]), default: []].append(index)
                let bit = Self.pairBit(word[0], word[1])
                pairBits[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        var capacity = 8
        while capacity < byPair.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var pairStarts = [Int32](repeating: 0, count: capacity)
        var pairEnds = [Int32](repeating: 0, count: capacity)
        var candidates: [Int32] = []
        for (pair, indexes) in byPair {
            var slot = Self.slot(pair, capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = pair &+ 1
            pairStarts[slot] = Int32(candidates.count)
            // Longest first; among equal lengths, list order.
            candidates += indexes.sorted { (keys[$0].count, $1) > (keys[$1].count, $0) }.map { Int32($0) }
            pairEnds[slot] = Int32(candidates.count)
        }
        self.candidates = candidates
        pairSlots = slots
        self.pairStarts = pairStarts
        self.pairEnds = pairEnds
        self.singles = singles
        pairFilter = pairBits
        singleFilter = singleBits
    }

    @inline(__always)
    private static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 21 | UInt64(second.value)
    }

    @inline(__always)
    private static func slot(_ pair: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }

    @inline(__always)
    private static func pairBit(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
        Int(truncatingIfNeeded: (first.value &* 0x9E37_79B1 ^ second.value &* 0x85EB_CA77) >> 7) & 4095
    }

    @inline(__always)
    private static func singleBit(_ key: Unicode.Scalar) -> Int { Int(key.value & 4095) }

    /// The words that may start at `position`: those sharing its first two keys (longest first),
    /// then the one-key word of its first key. Empty for most positions, told by the filters.
    @inline(__always)
    private func candidates(_ keys: UnsafeBufferPointer<Unicode.Scalar>, at position: Int) -> (pair: Range<Int32>, single: Int32?) {
        let key = keys[position]
        var pairRange: Range<Int32> = 0..<0
        if position + 1 < keys.count {
            let bit = Self.pairBit(key, keys[position + 1])
            if pairFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 {
                let pair = Self.pair(key, keys[position + 1])
                let mask = pairSlots.count - 1
                var slot = Self.slot(pair, mask)
                while true {
                    let held = pairSlots[slot]
                    if held == 0 { break }
                    if held == pair &+ 1 {
                        pairRange = pairStarts[slot]..<pairEnds[slot]
                        break
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
        let bit = Self.singleBit(key)
        let single = singleFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 ? singles[key] : nil
        return (pairRange, single)
    }

    /// The longest word at `position` that ends by `limit`, as its index; with `wholeWord`, an ASCII
    /// word must not continue a word on its left, and one ending in a letter must not run into one.
    func match(in text: FactText, at position: Int, limit: Int? = nil, wholeWord: Bool = true) -> Int? {
        guard position >= 0, position < text.count else { return nil }
        let key = text.keys[position]
        // Inside a Latin word no whole word starts: the common case, decided before any lookup.
        if wholeWord, key.isASCII, position > 0, FactText.isLetter(key), FactText.isLetter(text.scalars[position - 1]) { return nil }
        let limit = limit ?? text.count
        return text.keys.withUnsafeBufferPointer { keys in
            let (range, single) = candidates(keys, at: position)
            guard !range.isEmpty || single != nil else { return nil }
            return flat.withUnsafeBufferPointer { flat in
                func fits(_ index: Int) -> Bool {
                    let start = Int(starts[index])
                    let length = Int(lengths[index])
                    guard position + length <= limit else { return false }
                    for offset in 2..<max(2, length) where keys[position + offset] != flat[start + offset] { return false }
                    if wholeWord {
                        let first = flat[start]
                        if first.isASCII, FactText.isLetter(first), position > 0, FactText.isLetter(text.scalars[position - 1]) { return false }
                        let last = flat[start + length - 1]
                        let end = position + length
                        if last.isASCII, FactText.isLetter(last), end < text.count, FactText.isLetter(text.scalars[end]) { return false }
                    }
                    return true
                }
                for slot in range where fits(Int(candidates[Int(slot)])) { return Int(candidates[Int(slot)]) }
                if let single, fits(Int(single)) { return Int(single) }
                return nil
            }
        }
    }

    /// Every word of the list at `position` (keys only: no whole-word test, no limit), longest
    /// first, appended to `found` as (index, length).
    func matches(in keys: UnsafeBufferPointer<Unicode.Scalar>, at position: Int, into found: inout [(index: Int, length: Int)]) {
        let (range, single) = candidates(keys, at: position)
        guard !range.isEmpty || single != nil else { return }
        flat.withUnsafeBufferPointer { flat in
            for slot in range {
                let index = Int(candidates[Int(slot)])
                let start = Int(starts[index])
                let length = Int(lengths[index])
                guard position + length <= keys.count else { continue }
                var same = true
                for offset in 2..<max(2, length) where keys[position + offset] != flat[start + offset] {
                    same = false
                    break
                }
                if same { found.append((index, length)) }
            }
        }
        if let single { found.append((Int(single), 1)) }
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
