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
    let patternLengths: [Int]

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
        patternLengths = patterns.map(\.count)

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
        let classCount = classCount
        transitions = table.map { target in
            let row = target * Int32(classCount)
            return stateOutputs[Int(target)].isEmpty ? row : -row - 1
        }
        outputOffsets = stateOutputs.reduce(into: [0]) { offsets, list in offsets.append(offsets.last! + Int32(list.count)) }
        outputList = stateOutputs.flatMap { $0 }
    }

    /// Calls `found` for every occurrence of every pattern in `text`, in order of end offset.
    func scan(_ text: [UInt8], _ found: (Match) -> Void) {
        let classCount = classCount
        text.withUnsafeBufferPointer { buffer in
            transitions.withUnsafeBufferPointer { table in
                classOfByte.withUnsafeBufferPointer { classes in
                    outputOffsets.withUnsafeBufferPointer { offsets in
                        // Kept local to the loop so the row lives in a register, not memory.
                        var row: Int32 = 0
                        for position in 0..<buffer.count {
                            row = table[Int(row + classes[Int(buffer[position])])]
                            guard row < 0 else { continue }
                            row = -row - 1
                            let state = Int(row) / classCount
                            for slot in Int(offsets[state])..<Int(offsets[state + 1]) {
                                found(Match(pattern: outputList[slot], end: position + 1))
                            }
                        }
                    }
                }
            }
        }
    }
}
