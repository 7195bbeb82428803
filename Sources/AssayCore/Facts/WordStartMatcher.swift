/// Words of keys (code points) found by a walk down their trie from a position. A state's children
/// lie side by side, and each state's block of children is placed depth first, right after its
/// parent's siblings' blocks: a word's tail of single children is one run of memory, a cache line
/// for eight steps, where a breadth-first order put each step of a walk on a line of its own.
struct WordStartMatcher: Sendable {
    /// Dense rows for the ASCII keys: the root's (state 0) and those of its children reached by an
    /// ASCII key (states 1 ..< nearStates, where English words still branch widely); 0 for none.
    private let nearEdges: [UInt16]
    private let nearStates: Int
    /// The root's children by a key outside ASCII (a Chinese word's first character), in an
    /// open-addressing table: `rootKeys` holds the key (0 for an empty slot), `rootStates` the state.
    private let rootKeys: [UInt32]
    private let rootStates: [UInt16]
    /// What a step needs of a state, in ten bytes side by side: a step reads the children of
    /// one state, a run of a cache line or two, not several arrays.
    private struct State {
        /// The key on the edge into the state (every key of the lists is in the first plane).
        var key: UInt16
        /// The word ending in the state, -1 for none.
        var word: Int16
        /// The state's children run from here to `childEnd`.
        var firstChild: UInt16
        var childEnd: UInt16
        /// The key of the first child (0 for none): most states have one child, and most walks end
        /// where the text leaves every word, told here without loading the children's line.
        var firstChildKey: UInt16
    }
    /// Every state, in the order of the blocks above.
    private let states: [State]

    /// The index of a word in `words` is what a match reports.
    init(words: [[Unicode.Scalar]]) {
        precondition(words.count < Int(Int16.max), "at most 32,766 words")
        // The trie as children by key, then numbered block by block depth first, children in key
        // order (so the root's ASCII children come first, as states 1 ..< nearStates).
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
        var firstChild = [Int](repeating: 0, count: children.count)
        var childEnd = [Int](repeating: 0, count: children.count)
        // (Words are short: the recursion is as deep as the longest word.)
        func place(_ position: Int) {
            let block = order.count
            for (key, child) in children[order[position]].sorted(by: { $0.key < $1.key }) {
                order.append(child)
                keyOfState.append(key)
            }
            firstChild[position] = block
            childEnd[position] = order.count
            for child in block..<order.count { place(child) }
        }
        place(0)
        precondition(order.count < Int(UInt16.max), "at most 65,534 trie states")
        precondition(keyOfState.allSatisfy { $0 <= 0xFFFF }, "keys of the first plane")
        let rootChildren = firstChild[0]..<childEnd[0]
        nearStates = rootChildren.lowerBound + rootChildren.filter { keyOfState[$0] < 128 }.count
        var nearEdges = [UInt16](repeating: 0, count: 128 * nearStates)
        for state in 0..<nearStates {
            for child in firstChild[state]..<childEnd[state] where keyOfState[child] < 128 {
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
        states = order.indices.map { position in
            let hasChildren = firstChild[position] < childEnd[position]
            return State(
                key: UInt16(keyOfState[position]), word: Int16(wordAt[order[position]]), firstChild: UInt16(firstChild[position]),
                childEnd: UInt16(childEnd[position]), firstChildKey: hasChildren ? UInt16(keyOfState[firstChild[position]]) : 0)
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
                let end = Int(states[state].childEnd)
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
