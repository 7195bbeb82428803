/// A byte-level Aho–Corasick automaton compiled to a dense transition table, so matching every
/// pattern at once is one table lookup per byte of text.
///
/// Bytes that occur in no pattern share one alphabet class, which keeps the table small
/// (states × classes, a few MB for a thousand patterns).
struct AhoCorasick: Sendable {
    /// A pattern ending at `end` (exclusive byte offset).
    struct Match {
        var pattern: Int32
        var end: Int
    }

    private let classOfByte: [Int32]
    private let classCount: Int
    /// Entry `row + class` holds the next state's row (state × classCount), negated when that
    /// state ends a pattern, so the hot loop needs no multiply and one sign test.
    private let transitions: [Int32]
    /// Patterns that end in each state, including those reached through failure links:
    /// `outputList[outputOffsets[s] ..< outputOffsets[s + 1]]`.
    private let outputOffsets: [Int32]
    private let outputList: [Int32]
    private let longestPattern: Int

    init(patterns: [[UInt8]]) {
        var classes = [UInt16](repeating: 0, count: 256)
        var nextClass: UInt16 = 1
        for pattern in patterns {
            for byte in pattern where classes[Int(byte)] == 0 {
                classes[Int(byte)] = nextClass
                nextClass += 1
            }
        }
        classOfByte = classes.map { Int32($0) }
        classCount = Int(nextClass)
        longestPattern = max(1, patterns.map(\.count).max() ?? 1)

        // Trie: goto edges as a dense table, -1 for missing.
        var table: [Int32] = Array(repeating: -1, count: classCount)
        var stateOutputs: [[Int32]] = [[]]
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state = 0
            for byte in pattern {
                let slot = state * classCount + Int(classes[Int(byte)])
                if table[slot] < 0 {
                    table[slot] = Int32(stateOutputs.count)
                    stateOutputs.append([])
                    table.append(contentsOf: repeatElement(-1, count: classCount))
                }
                state = Int(table[slot])
            }
            stateOutputs[state].append(Int32(index))
        }

        // Breadth-first: resolve every missing edge through the failure link, merging outputs.
        var failure = [Int32](repeating: 0, count: stateOutputs.count)
        var queue: [Int] = []
        for symbol in 0..<classCount {
            if table[symbol] < 0 {
                table[symbol] = 0
            } else {
                queue.append(Int(table[symbol]))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            let fail = Int(failure[state])
            if fail != state { stateOutputs[state].append(contentsOf: stateOutputs[fail]) }
            for symbol in 0..<classCount {
                let slot = state * classCount + symbol
                let target = table[slot]
                if target < 0 {
                    table[slot] = table[fail * classCount + symbol]
                } else {
                    failure[Int(target)] = table[fail * classCount + symbol]
                    queue.append(Int(target))
                }
            }
        }
        // States renumbered breadth-first: the shallow states, where most text keeps the automaton,
        // share a small region of the table and stay in cache.
        let order = [0] + queue
        var renumbered = [Int32](repeating: 0, count: order.count)
        for (position, state) in order.enumerated() { renumbered[state] = Int32(position) }
        let classCount = classCount
        var transitions = [Int32](repeating: 0, count: table.count)
        for (position, state) in order.enumerated() {
            for symbol in 0..<classCount {
                let target = Int(table[state * classCount + symbol])
                let row = renumbered[target] * Int32(classCount)
                transitions[position * classCount + symbol] = stateOutputs[target].isEmpty ? row : -row - 1
            }
        }
        self.transitions = transitions
        let outputs = order.map { stateOutputs[$0] }
        outputOffsets = outputs.reduce(into: [0]) { offsets, list in offsets.append(offsets.last! + Int32(list.count)) }
        outputList = outputs.flatMap { $0 }
    }

    /// Calls `found` for every occurrence of every pattern in `text`, in order of end offset (the
    /// longest first among those ending together).
    ///
    /// Each step waits for the table load of the step before, so one walk runs at the latency of
    /// the cache, not its throughput. Two walks interleaved, over the two halves of the text, overlap
    /// their waits. The second starts a longest pattern early, so from the middle on it is in the
    /// state one walk from the start would be in, and reports only what ends after the middle.
    func scan(_ text: [UInt8], _ found: (Match) -> Void) {
        let classCount = classCount
        let middle = text.count / 2
        let secondStart = middle - (longestPattern - 1)
        text.withUnsafeBufferPointer { text in
            transitions.withUnsafeBufferPointer { table in
                classOfByte.withUnsafeBufferPointer { classes in
                    outputOffsets.withUnsafeBufferPointer { offsets in
                        @inline(__always) func report(_ row: Int32, end: Int, to found: (Match) -> Void) {
                            let state = Int(row) / classCount
                            for slot in Int(offsets[state])..<Int(offsets[state + 1]) {
                                found(Match(pattern: outputList[slot], end: end))
                            }
                        }
                        guard secondStart > 64 else {
                            // Kept local to the loop so the row lives in a register, not memory.
                            var row: Int32 = 0
                            for position in 0..<text.count {
                                row = table[Int(row + classes[Int(text[position])])]
                                guard row < 0 else { continue }
                                row = -row - 1
                                report(row, end: position + 1, to: found)
                            }
                            return
                        }
                        var second: [Match] = []
                        var first: Int32 = 0
                        var other: Int32 = 0
                        var position = 0
                        var otherPosition = secondStart
                        while position < middle {
                            first = table[Int(first + classes[Int(text[position])])]
                            other = table[Int(other + classes[Int(text[otherPosition])])]
                            if first < 0 {
                                first = -first - 1
                                report(first, end: position + 1, to: found)
                            }
                            if other < 0 {
                                other = -other - 1
                                if otherPosition >= middle { report(other, end: otherPosition + 1) { second.append($0) } }
                            }
                            position += 1
                            otherPosition += 1
                        }
                        while otherPosition < text.count {
                            other = table[Int(other + classes[Int(text[otherPosition])])]
                            if other < 0 {
                                other = -other - 1
                                report(other, end: otherPosition + 1) { second.append($0) }
                            }
                            otherPosition += 1
                        }
                        for match in second { found(match) }
                    }
                }
            }
        }
    }
}
