/// Words of keys (code points) found by a walk down their trie from a position. The trie is laid
/// out breadth-first, a state's children side by side: a few bytes a state, so walks stay in
/// cache, where an automaton's table of a row per state outgrows a core's cache.
struct WordStartMatcher: Sendable {
    /// Dense rows for the ASCII keys: the root's (state 0) and those of its children reached by an
    /// ASCII key (states 1 ..< nearStates, where English words still branch widely); 0 for none.
    private let nearEdges: [UInt16]
    private let nearStates: Int
    /// The root's children by a key outside ASCII (a Chinese word's first character), in an
    /// open-addressing table: `rootKeys` holds the key (0 for an empty slot), `rootStates` the state.
    private let rootKeys: [UInt32]
    private let rootStates: [UInt16]
    /// What a step needs of a state, in eight bytes side by side: a step reads the children of
    /// one state, a run of a cache line or two, not three arrays.
    private struct State {
        /// The key on the edge into the state (every key of the lists is in the first plane).
        var key: UInt16
        /// The word ending in the state, -1 for none.
        var word: Int16
        /// The state's children run from here to the next state's `firstChild`.
        var firstChild: UInt16
        /// The key of the first child (0 for none): most states have one child, and most walks end
        /// where the text leaves every word, told here without loading the children's line.
        var firstChildKey: UInt16
    }
    /// Every state breadth-first, and one more that only closes the last one's children.
    private let states: [State]

    /// The index of a word in `words` is what a match reports.
    init(words: [[Unicode.Scalar]]) {
        precondition(words.count < Int(Int16.max), "at most 32,766 words")
        // The trie as children by key, then numbered breadth-first with children in key order
        // (so a state's ASCII children come first).
        var children: [[UInt32: Int]] = [[:]]
        var wordAt: [Int32] = [-1]
        for (index, word) in words.enumerated() where !word.isEmpty {
            var state = 0
            for key in word {
                if let next = children[state][key.value] {
                    state = next
                } else {
                    children.append([:])
                    wordAt.append(-1)
                    children[state][key.value] = children.count - 1
                    state = children.count - 1
                }
            }
            if wordAt[state] < 0 { wordAt[state] = Int32(index) }
        }
        var order = [0]
        var keyOfState: [UInt32] = [0]
        var firstChild: [Int] = []
        var head = 0
        while head < order.count {
            let state = order[head]
            head += 1
            firstChild.append(order.count)
            for (key, child) in children[state].sorted(by: { $0.key < $1.key }) {
                order.append(child)
                keyOfState.append(key)
            }
        }
        firstChild.append(order.count)
        precondition(order.count < Int(UInt16.max), "at most 65,534 trie states")
        precondition(keyOfState.allSatisfy { $0 <= 0xFFFF }, "keys of the first plane")
        let rootChildren = firstChild[0]..<firstChild[1]
        nearStates = rootChildren.lowerBound + rootChildren.filter { keyOfState[$0] < 128 }.count
        var nearEdges = [UInt16](repeating: 0, count: 128 * nearStates)
        for state in 0..<nearStates {
            for child in firstChild[state]..<firstChild[state + 1] where keyOfState[child] < 128 {
                nearEdges[state * 128 + Int(keyOfState[child])] = UInt16(child)
            }
        }
        let otherRootChildren = rootChildren.filter { keyOfState[$0] >= 128 }
        var capacity = 16
        while capacity < otherRootChildren.count * 2 { capacity *= 2 }
        var rootKeys = [UInt32](repeating: 0, count: capacity)
        var rootStates = [UInt16](repeating: 0, count: capacity)
        for child in otherRootChildren {
            var slot = Self.slot(of: keyOfState[child], capacity: capacity)
            while rootKeys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            rootKeys[slot] = keyOfState[child]
            rootStates[slot] = UInt16(child)
        }
        self.nearEdges = nearEdges
        self.rootKeys = rootKeys
        self.rootStates = rootStates
        states = firstChild.indices.map { position in
            let hasChildren = position < order.count && firstChild[position] < firstChild[position + 1]
            return State(
                key: position < order.count ? UInt16(keyOfState[position]) : 0,
                word: position < order.count ? Int16(wordAt[order[position]]) : -1,
                firstChild: UInt16(firstChild[position]),
                firstChildKey: hasChildren ? UInt16(keyOfState[firstChild[position]]) : 0)
        }
    }

    @inline(__always)
    private static func slot(of key: UInt32, capacity: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 40) & (capacity - 1)
    }

    /// Whether some word starts with ASCII key `value` (below 128): the root's dense row says.
    @inline(__always)
    func startsAWord(_ value: UInt32) -> Bool { nearEdges[Int(value)] != 0 }

    /// The root's child by a key outside ASCII, 0 for none.
    @inline(__always)
    private func rootChild(_ value: UInt32) -> Int {
        var slot = Self.slot(of: value, capacity: rootKeys.count)
        while true {
            let key = rootKeys[slot]
            if key == value { return Int(rootStates[slot]) }
            if key == 0 { return 0 }
            slot = (slot + 1) & (rootKeys.count - 1)
        }
    }

    /// Calls `found(length, word)` for every word that `keys` hold from `start`, shortest first.
    @inline(__always)
    func walk(_ keys: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, _ found: (Int, Int32) -> Void) {
        let first = keys[start].value
        var state = first < 128 ? Int(nearEdges[Int(first)]) : rootChild(first)
        var position = start + 1
        states.withUnsafeBufferPointer { states in
            while state != 0 {
                let word = states[state].word
                if word >= 0 { found(position - start, Int32(word)) }
                guard position < keys.count else { return }
                let value = keys[position].value
                position += 1
                if state < nearStates, value < 128 {
                    state = Int(nearEdges[state &* 128 &+ Int(value)])
                    continue
                }
                var child = Int(states[state].firstChild)
                let end = Int(states[state + 1].firstChild)
                // Children are in key order: below the first child's key, or past it with one
                // child, no child fits, and the children's line is not read.
                let firstKey = UInt32(states[state].firstChildKey)
                if child < end, value == firstKey {
                    state = child
                    continue
                }
                guard value > firstKey, end - child > 1 else { return }
                // A key the text has and no word shares stops the scan where it would stand, not at the last child.
                child += 1
                while child < end, UInt32(states[child].key) < value { child += 1 }
                state = child < end && UInt32(states[child].key) == value ? child : 0
            }
        }
    }
}
