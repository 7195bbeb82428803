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
        var starts: [Int32] = []
        var lengths: [Int32] = []
        var members: [UInt64] = []
        var found: [(index: Int, length: Int)] = []
        text.keys.withUnsafeBufferPointer { keys in
            for position in 0..<keys.count {
                // Inside a Latin word no word of a list counts (`lastEnd` asks an ASCII word to start one).
                let key = keys[position]
                if key.isASCII, position > 0, FactText.isLetter(key), FactText.isLetter(text.scalars[position - 1]) { continue }
                found.removeAll(keepingCapacity: true)
                union.matches(in: keys, at: position, into: &found)
                for (index, length) in found {
                    starts.append(Int32(position))
                    lengths.append(Int32(length))
                    members.append(membership[index])
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

    /// At each position, the longest word of list `slot` that is a whole word (not running into a
    /// Latin word on its right; the scan left out starts inside one), as `WordList.match` finds it.
    func wholeWords(_ slot: Int) -> [(start: Int, end: Int)] {
        let bit: UInt64 = 1 << UInt64(slot)
        var found: [(start: Int, end: Int)] = []
        var entry = 0
        while entry < starts.count {
            let position = Int(starts[entry])
            var next = entry
            var taken = false
            while next < starts.count, Int(starts[next]) == position {
                defer { next += 1 }
                guard !taken, members[next] & bit != 0 else { continue }
                let end = position + Int(lengths[next])
                let last = text.keys[end - 1]
                if !(last.isASCII && FactText.isLetter(last) && end < text.count && FactText.isLetter(text.scalars[end])) {
                    found.append((position, end))
                    taken = true
                }
            }
            entry = next
        }
        return found
    }
}
