/// Words compiled once for the finders: as keys (lower case, simplified Chinese), in a trie walked
/// from a position key by key, so asking "which of these words is here" costs about one lookup per
/// key the text shares with a word, instead of a pass per word or a comparison per candidate.
struct WordList: Sendable {
    let words: [[Unicode.Scalar]]
    let texts: [String]
    /// Each word's first key and length: what the boundary tests ask of a matched word.
    private let firstKeys: [Unicode.Scalar]
    private let lengths: [Int32]
    /// The trie's edges in an open-addressing table, each slot one number: (parent node, key) + 1
    /// in its high bits, the child node in its low 21 (0 for an empty slot), so a step loads one
    /// cache line. Node 0 is the root.
    private let edges: [UInt64]
    /// For each node, the word (first in list order) whose keys lead to it, or -1.
    private let terminals: [Int32]
    /// The first two keys of every word, hashed into 4,096 bits, and the first keys of one-key
    /// words: most positions start no word of the list, and these tell so before the trie.
    private let pairFilter: [UInt64]
    private let singleFilter: [UInt64]

    init(_ words: [String]) {
        texts = words
        let keys = words.map { word in word.unicodeScalars.map { FactText.key(of: $0) } }
        self.words = keys
        firstKeys = keys.map { $0.first ?? " " }
        lengths = keys.map { Int32($0.count) }
        var edges: [UInt64: Int32] = [:]
        var terminals: [Int32] = [-1]
        var pairBits = [UInt64](repeating: 0, count: 64)
        var singleBits = [UInt64](repeating: 0, count: 64)
        for (index, word) in keys.enumerated() where !word.isEmpty {
            var node: Int32 = 0
            for key in word {
                let edge = Self.edge(node, key)
                if let child = edges[edge] {
                    node = child
                } else {
                    let child = Int32(terminals.count)
                    terminals.append(-1)
                    edges[edge] = child
                    node = child
                }
            }
            if terminals[Int(node)] < 0 { terminals[Int(node)] = Int32(index) }
            if word.count == 1 {
                let bit = Self.singleBit(word[0])
                singleBits[bit >> 6] |= 1 << UInt64(bit & 63)
            } else {
                let bit = Self.pairBit(word[0], word[1])
                pairBits[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        precondition(terminals.count < 1 << 21, "a word list of at most two million trie nodes")
        var capacity = 8
        while capacity < edges.count * 2 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for (edge, child) in edges {
            var slot = Self.slot(edge, capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = (edge &+ 1) << 21 | UInt64(child)
        }
        self.edges = slots
        self.terminals = terminals
        pairFilter = pairBits
        singleFilter = singleBits
    }

    @inline(__always)
    private static func edge(_ node: Int32, _ key: Unicode.Scalar) -> UInt64 { UInt64(node) << 21 | UInt64(key.value) }

    @inline(__always)
    private static func slot(_ edge: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (edge &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }

    @inline(__always)
    private static func pairBit(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
        Int(truncatingIfNeeded: (first.value &* 0x9E37_79B1 ^ second.value &* 0x85EB_CA77) >> 7) & 4095
    }

    @inline(__always)
    private static func singleBit(_ key: Unicode.Scalar) -> Int { Int(key.value & 4095) }

    /// The child of `node` by `key`, or -1.
    @inline(__always)
    private func child(_ node: Int32, _ key: Unicode.Scalar) -> Int32 {
        let edge = Self.edge(node, key)
        let tagged = edge &+ 1
        let mask = edges.count - 1
        var slot = Self.slot(edge, mask)
        while true {
            let held = edges[slot]
            if held == 0 { return -1 }
            if held >> 21 == tagged { return Int32(truncatingIfNeeded: held & 0x1F_FFFF) }
            slot = (slot + 1) & mask
        }
    }

    /// False when no word of the list can start at `position`, told by the filters (most positions).
    @inline(__always)
    private func mayStart(_ keys: UnsafeBufferPointer<Unicode.Scalar>, at position: Int) -> Bool {
        let key = keys[position]
        let single = Self.singleBit(key)
        if singleFilter[single >> 6] & (1 << UInt64(single & 63)) != 0 { return true }
        guard position + 1 < keys.count else { return false }
        let bit = Self.pairBit(key, keys[position + 1])
        return pairFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The longest word at `position` no longer than `maximum`, as (index, length), by the trie.
    @inline(__always)
    private func longest(_ keys: UnsafeBufferPointer<Unicode.Scalar>, at position: Int, maximum: Int) -> (index: Int, length: Int)? {
        var node: Int32 = 0
        var depth = 0
        var found: (index: Int, length: Int)?
        while depth < maximum {
            node = child(node, keys[position + depth])
            if node < 0 { break }
            depth += 1
            let terminal = terminals[Int(node)]
            if terminal >= 0 { found = (Int(terminal), depth) }
        }
        return found
    }

    /// The longest word at `position` that ends by `limit`, as its index; with `wholeWord`, an ASCII
    /// word must not continue a word on its left, and one ending in a letter must not run into one.
    func match(in text: FactText, at position: Int, limit: Int? = nil, wholeWord: Bool = true) -> Int? {
        guard position >= 0, position < text.count else { return nil }
        let key = text.keys[position]
        // Inside a Latin word no whole word starts: the common case, decided before any lookup.
        if wholeWord, key.isASCII, position > 0, FactText.isLetter(key), FactText.isLetter(text.scalars[position - 1]) { return nil }
        let limit = min(limit ?? text.count, text.count)
        return text.keys.withUnsafeBufferPointer { keys in
            guard position < limit, mayStart(keys, at: position) else { return nil }
            // Longest first: a word failing the right-hand test gives way to the next shorter one.
            var maximum = limit - position
            while let (index, length) = longest(keys, at: position, maximum: maximum) {
                guard wholeWord else { return index }
                let end = position + length
                let last = keys[end - 1]
                if !(last.isASCII && FactText.isLetter(last) && end < text.count && FactText.isLetter(text.scalars[end])) { return index }
                maximum = length - 1
            }
            return nil
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
        let first = firstKeys[index]
        return !(first.isASCII && FactText.isLetter(first)) || position == 0 || !FactText.isLetter(text.scalars[position - 1])
    }
}
