/// Words of ASCII keys found where a word may start: a walk down their trie from each such
/// position. A word of the fact lists never counts inside a Latin word, so most positions need no
/// step at all. The trie is laid out breadth-first, a state's children side by side and each
/// known by the key that leads to it: five bytes a state, where a table of a row per state
/// (an automaton's) is larger than a core's cache and each step waits on memory.
struct WordStartMatcher: Sendable {
    /// The state each ASCII key leads to from the root, 0 for none; then the same for each of the
    /// root's children (states 1 ... n), where a text's words still branch widely.
    private let nearEdges: [UInt16]
    private let nearStates: Int
    /// The children of state `s` are the states `firstChild[s] ..< firstChild[s + 1]`.
    private let firstChild: [UInt16]
    /// The key on the edge into each state.
    private let keyOfState: [UInt8]
    /// The word ending in each state, -1 for none.
    private let wordOfState: [Int16]
    /// The ASCII keys that start a word, as bits.
    private let firstKeys: (low: UInt64, high: UInt64)

    /// `words` are ASCII bytes; the index of a word in this list is what a match reports.
    init(words: [[UInt8]]) {
        precondition(words.allSatisfy { $0.allSatisfy { $0 < 0x80 } }, "words are ASCII")
        precondition(words.count < Int(Int16.max), "at most 32,766 words")
        // The trie as children by key, then numbered breadth-first with children in key order.
        var children: [[UInt8: Int]] = [[:]]
        var wordAt: [Int32] = [-1]
        for (index, word) in words.enumerated() where !word.isEmpty {
            var state = 0
            for key in word {
                if let next = children[state][key] {
                    state = next
                } else {
                    children.append([:])
                    wordAt.append(-1)
                    children[state][key] = children.count - 1
                    state = children.count - 1
                }
            }
            if wordAt[state] < 0 { wordAt[state] = Int32(index) }
        }
        var order = [0]
        var keyOfState: [UInt8] = [0]
        var firstChild: [Int32] = []
        var head = 0
        while head < order.count {
            let state = order[head]
            head += 1
            firstChild.append(Int32(order.count))
            for (key, child) in children[state].sorted(by: { $0.key < $1.key }) {
                order.append(child)
                keyOfState.append(key)
            }
        }
        firstChild.append(Int32(order.count))
        precondition(order.count <= Int(UInt16.max), "at most 65,535 trie states")
        nearStates = Int(firstChild[1])
        var nearEdges = [UInt16](repeating: 0, count: 128 * nearStates)
        for state in 0..<nearStates {
            for child in Int(firstChild[state])..<Int(firstChild[state + 1]) { nearEdges[state * 128 + Int(keyOfState[child])] = UInt16(child) }
        }
        self.nearEdges = nearEdges
        self.firstChild = firstChild.map { UInt16($0) }
        self.keyOfState = keyOfState
        wordOfState = order.map { Int16(wordAt[$0]) }
        var firstKeys: (low: UInt64, high: UInt64) = (0, 0)
        for word in words {
            guard let first = word.first else { continue }
            if first < 64 { firstKeys.low |= 1 << UInt64(first) } else { firstKeys.high |= 1 << UInt64(first - 64) }
        }
        self.firstKeys = firstKeys
    }

    /// Whether some word starts with ASCII key `value` (below 128).
    @inline(__always)
    func startsAWord(_ value: UInt32) -> Bool {
        value < 64 ? firstKeys.low & (1 << UInt64(value)) != 0 : firstKeys.high & (1 << UInt64(value &- 64)) != 0
    }

    /// Calls `found(length, word)` for every word that `keys` hold from `start`, shortest first.
    @inline(__always)
    func walk(_ keys: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, _ found: (Int, Int32) -> Void) {
        let first = keys[start].value
        guard first < 128 else { return }
        var state = Int(nearEdges[Int(first)])
        var position = start + 1
        while state != 0 {
            if wordOfState[state] >= 0 { found(position - start, Int32(wordOfState[state])) }
            guard position < keys.count else { return }
            let value = keys[position].value
            guard value < 128 else { return }
            if state < nearStates {
                state = Int(nearEdges[state &* 128 &+ Int(value)])
                position += 1
                continue
            }
            let key = UInt8(value)
            var child = Int(firstChild[state])
            let end = Int(firstChild[state + 1])
            while child < end, keyOfState[child] != key { child += 1 }
            state = child < end ? child : 0
            position += 1
        }
    }
}
