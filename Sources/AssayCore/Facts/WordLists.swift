/// Several word lists matched in one pass over a text. A finder that asks "is a word of this list
/// in these few hundred code points" for every candidate step then reads a short array of where
/// the list's words are, instead of matching at every position of every window again.
struct WordLists: Sendable {
    /// Walked from each position where a word may start: inside a Latin word no word of a list
    /// counts, so in English text most positions need no step.
    private let matcher: WordStartMatcher
    /// For each word of the union, a bit for each list holding it.
    private let membership: [UInt64]
    let count: Int

    init(_ lists: [WordList]) {
        precondition(lists.count <= 64, "at most 64 lists share one pass")
        var index: [[Unicode.Scalar]: Int] = [:]
        var words: [[Unicode.Scalar]] = []
        var membership: [UInt64] = []
        for (slot, list) in lists.enumerated() {
            for word in list.words where !word.isEmpty {
                if let known = index[word] {
                    membership[known] |= 1 << UInt64(slot)
                } else {
                    index[word] = words.count
                    words.append(word)
                    membership.append(1 << UInt64(slot))
                }
            }
        }
        matcher = WordStartMatcher(words: words)
        self.membership = membership
        count = lists.count
    }

    /// Where each list's words occur in `text`: one pass for all of them.
    func occurrences(in text: FactText) -> WordOccurrences {
        // Written straight into the arrays the lookups read, sized for a word every few code points:
        // grown by appends, they were the pass's allocations.
        var starts: [Int32] = []
        var lengths: [Int32] = []
        var members: [UInt64] = []
        let expected = text.possibleStarts.count / 2 + 16
        starts.reserveCapacity(expected)
        lengths.reserveCapacity(expected)
        members.reserveCapacity(expected)
        text.keys.withUnsafeBufferPointer { keys in
            // Inside a Latin word no word of a list counts (`lastEnd` asks an ASCII word to start
            // one): those positions are not among the text's possible starts.
            for start in text.possibleStarts {
                let position = Int(start)
                let value = keys[position].value
                if value < 128, !matcher.startsAWord(value) { continue }
                let first = lengths.count
                matcher.walk(keys, from: position) { length, word in
                    starts.append(start)
                    lengths.append(Int32(truncatingIfNeeded: length))
                    members.append(membership[Int(word)])
                }
                // The walk finds the words at a position shortest first; the longest leads.
                // (Swapped in place: reversing a slice of an array copies the slice.)
                var low = first
                var high = lengths.count - 1
                while low < high {
                    lengths.swapAt(low, high)
                    members.swapAt(low, high)
                    low += 1
                    high -= 1
                }
            }
        }
        return WordOccurrences(text: text, starts: starts, lengths: lengths, members: members)
    }
}

/// Where the words of several lists occur in one text: every word found once, positions ascending
/// and the longest word first at each position, with a bit for each list holding it. Answers what
/// `WordList.lastEnd` answers, by lookup.
struct WordOccurrences {
    let text: FactText
    let starts: [Int32]
    let lengths: [Int32]
    let members: [UInt64]
    /// `wholeWords` of every list, found in one walk over the entries: the event finder asks it
    /// of forty lists, each a walk of its own before. All lists' spans in one array, list by list
    /// (`listStarts` says where each begins): one allocation, not one growing array per list.
    private let wholeWordSpans: [(start: Int, end: Int)]
    private let listStarts: [Int]

    init(text: FactText, starts: [Int32], lengths: [Int32], members: [UInt64]) {
        self.text = text
        self.starts = starts
        self.lengths = lengths
        self.members = members
        // First the lists each entry is a whole word of, counted by list; then the spans written
        // into their list's part of one array, in the order of the entries (so ascending).
        var accepted = [UInt64](repeating: 0, count: starts.count)
        var counts = [Int](repeating: 0, count: 65)
        var entry = 0
        while entry < starts.count {
            let position = Int(starts[entry])
            // Lists that have their word at this position already: the longest whole one wins.
            var taken: UInt64 = 0
            while entry < starts.count, Int(starts[entry]) == position {
                defer { entry += 1 }
                var open = members[entry] & ~taken
                guard open != 0 else { continue }
                let end = position + Int(lengths[entry])
                let last = text.keys[end - 1]
                guard !(last.isASCII && FactText.isLetter(last) && end < text.count && FactText.isLetter(text.scalars[end])) else { continue }
                taken |= open
                accepted[entry] = open
                while open != 0 {
                    counts[open.trailingZeroBitCount + 1] += 1
                    open &= open - 1
                }
            }
        }
        for slot in 1..<65 { counts[slot] += counts[slot - 1] }
        listStarts = counts
        var next = counts
        var spans = [(start: Int, end: Int)](repeating: (0, 0), count: counts[64])
        for entry in accepted.indices where accepted[entry] != 0 {
            var open = accepted[entry]
            let position = Int(starts[entry])
            while open != 0 {
                let slot = open.trailingZeroBitCount
                spans[next[slot]] = (position, position + Int(lengths[entry]))
                next[slot] += 1
                open &= open - 1
            }
        }
        wholeWordSpans = spans
    }

    /// The end of the last word of list `slot` in `range`: the longest one at the last position
    /// that fits, as `WordList.lastEnd` finds it (starts inside a Latin word were never recorded).
    func lastEnd(_ slot: Int, in range: Range<Int>) -> Int? {
        let range = range.clamped(to: 0..<text.count)
        guard !range.isEmpty else { return nil }
        let bit: UInt64 = 1 << UInt64(slot)
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
            // Entries at one position, longest first: the first of the list that ends inside the range decides.
            var first = entry
            while first > 0, starts[first - 1] == starts[entry] { first -= 1 }
            if let fitting = (first...entry).first(where: { members[$0] & bit != 0 && position + Int(lengths[$0]) <= range.upperBound }) {
                return position + Int(lengths[fitting])
            }
            entry = first - 1
        }
        return nil
    }

    func contains(_ slot: Int, in range: Range<Int>) -> Bool { lastEnd(slot, in: range) != nil }

    /// The positions where a word of list `slot` starts (keys only: no test of its ends), ascending.
    func starts(of slot: Int) -> [Int] {
        let bit: UInt64 = 1 << UInt64(slot)
        var found: [Int] = []
        for entry in starts.indices where members[entry] & bit != 0 && found.last != Int(starts[entry]) {
            found.append(Int(starts[entry]))
        }
        return found
    }

    /// At each position, the longest word of list `slot` that is a whole word (not running into a
    /// Latin word on its right; the scan left out starts inside one), as `WordList.match` finds it.
    func wholeWords(_ slot: Int) -> ArraySlice<(start: Int, end: Int)> { wholeWordSpans[listStarts[slot]..<listStarts[slot + 1]] }
}
