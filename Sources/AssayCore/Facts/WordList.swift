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

/// Several word lists matched in one pass over a text. A finder that asks "is a word of this list
/// in these few hundred code points" for every candidate step then reads a short array of where
/// the list's words are, instead of matching at every position of every window again.
struct WordLists: Sendable {
    private let union: WordList
    /// For each word of the union, a bit for each list holding it.
    private let membership: [UInt64]
    let count: Int

    init(_ lists: [WordList]) {
        precondition(lists.count <= 64, "at most 64 lists share one pass")
        var index: [[Unicode.Scalar]: Int] = [:]
        var texts: [String] = []
        var membership: [UInt64] = []
        for (slot, list) in lists.enumerated() {
            for (word, text) in zip(list.words, list.texts) where !word.isEmpty {
                if let known = index[word] {
                    membership[known] |= 1 << UInt64(slot)
                } else {
                    index[word] = texts.count
                    texts.append(text)
                    membership.append(1 << UInt64(slot))
                }
            }
        }
        union = WordList(texts)
        self.membership = membership
        count = lists.count
    }

    /// Where each list's words occur in `text`: one pass for all of them.
    func occurrences(in text: FactText) -> WordOccurrences {
        var positions = [[Int32]](repeating: [], count: count)
        var lengths = [[Int32]](repeating: [], count: count)
        var found: [(index: Int, length: Int)] = []
        text.keys.withUnsafeBufferPointer { keys in
            for position in 0..<keys.count {
                // Inside a Latin word no word of a list counts (`lastEnd` asks an ASCII word to start one).
                let key = keys[position]
                if key.isASCII, position > 0, FactText.isLetter(key), FactText.isLetter(text.scalars[position - 1]) { continue }
                found.removeAll(keepingCapacity: true)
                union.matches(in: keys, at: position, into: &found)
                for (index, length) in found {
                    var lists = membership[index]
                    while lists != 0 {
                        let slot = lists.trailingZeroBitCount
                        lists &= lists - 1
                        positions[slot].append(Int32(position))
                        lengths[slot].append(Int32(length))
                    }
                }
            }
        }
        return WordOccurrences(text: text, positions: positions, lengths: lengths)
    }
}

/// Where the words of each of several lists occur in one text, by list: positions ascending, the
/// longest word first at each position. Answers what `WordList.lastEnd` answers, by lookup.
struct WordOccurrences {
    let text: FactText
    let positions: [[Int32]]
    let lengths: [[Int32]]

    /// The end of the last word of list `slot` in `range`: the longest one at the last position
    /// that fits; words in ASCII must start a word (as `WordList.lastEnd`).
    func lastEnd(_ slot: Int, in range: Range<Int>) -> Int? {
        let range = range.clamped(to: 0..<text.count)
        guard !range.isEmpty else { return nil }
        let starts = positions[slot]
        let sizes = lengths[slot]
        // The first entry at or after the range's end.
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if Int(starts[middle]) < range.upperBound { low = middle + 1 } else { high = middle }
        }
        var entry = low - 1
        while entry >= 0, Int(starts[entry]) >= range.lowerBound {
            let position = Int(starts[entry])
            // Entries at one position, longest first: the first that ends inside the range decides.
            var first = entry
            while first > 0, starts[first - 1] == starts[entry] { first -= 1 }
            if let fitting = (first...entry).first(where: { position + Int(sizes[$0]) <= range.upperBound }), startsWord(position) {
                return position + Int(sizes[fitting])
            }
            entry = first - 1
        }
        return nil
    }

    func contains(_ slot: Int, in range: Range<Int>) -> Bool { lastEnd(slot, in: range) != nil }

    /// At each position, the longest word of list `slot` that is a whole word (not running into a
    /// Latin word on its right; the scan left out starts inside one), as `WordList.match` finds it.
    func wholeWords(_ slot: Int) -> [(start: Int, end: Int)] {
        let starts = positions[slot]
        let sizes = lengths[slot]
        var found: [(start: Int, end: Int)] = []
        var entry = 0
        while entry < starts.count {
            let position = Int(starts[entry])
            var next = entry
            var taken = false
            while next < starts.count, Int(starts[next]) == position {
                let end = position + Int(sizes[next])
                let last = text.keys[end - 1]
                if !taken, !(last.isASCII && FactText.isLetter(last) && end < text.count && FactText.isLetter(text.scalars[end])) {
                    found.append((position, end))
                    taken = true
                }
                next += 1
            }
            entry = next
        }
        return found
    }

    private func startsWord(_ position: Int) -> Bool {
        let first = text.keys[position]
        return !(first.isASCII && FactText.isLetter(first)) || position == 0 || !FactText.isLetter(text.scalars[position - 1])
    }
}
