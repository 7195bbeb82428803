@testable import AssayCore
import AssayTestSupport
import Testing

/// The facts' one pass over a body (a trie walked from each position where a word may start) finds
/// what trying every word at every position finds, with the rule that no word counts from inside a
/// Latin word.
@Suite struct WordListsTests {
    static let lists = [
        WordList(["line", "lines", "production line", "in ", "/month", "-equivalent", "storage batter"]),
        WordList(["产线", "生产线", "产能", "line", "a month", "GWh", "锂电"]),
        WordList(["capacity", "production capacity", "électrique", "月产能", "投产", "/月", "电池", "锂电池", "a锂", "锂", "%"]),
    ]
    static let pieces = [
        "line", "Lines", "LINE", "production", " ", "  ", "in", "/month", "—equivalent", "-", "storage", "battery", "batteries",
        "产线", "生", "产能", "锂", "电", "月", "投产", "a", "month", "GWh", "gwh", "capacity", "électrique", "Électrique", "x", "7", ".", "\n",
        "inline", "online", "/", "池", "电池", "Ω", "\u{24EA7}", "%", "5%",
    ]

    /// Each word found at each position by comparing keys, by start and then the longest first.
    static func naive(_ text: FactText) -> [[Int]] {
        var words: [[Unicode.Scalar]] = []
        var members: [UInt64] = []
        for (slot, list) in lists.enumerated() {
            for word in list.words {
                if let known = words.firstIndex(of: word) { members[known] |= 1 << UInt64(slot) } else {
                    words.append(word)
                    members.append(1 << UInt64(slot))
                }
            }
        }
        var found: [[Int]] = []
        for start in 0..<text.count {
            let key = text.keys[start]
            if key.isASCII, start > 0, FactText.isLetter(key), FactText.isLetter(text.scalars[start - 1]) { continue }
            let here = words.indices.filter { index in
                let word = words[index]
                return start + word.count <= text.count && Array(text.keys[start..<(start + word.count)]) == word
            }
            found += here.sorted { words[$0].count > words[$1].count }.map { [start, words[$0].count, Int(members[$0])] }
        }
        return found
    }

    @Test(arguments: [3, 40, 400])
    func onePassFindsWhatEveryPositionFinds(length: Int) {
        var random = SplitMix64(seed: UInt64(length))
        let union = WordLists(Self.lists)
        for _ in 0..<30 {
            let body = (0..<length).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined()
            let text = FactText(body)
            let occurrences = union.occurrences(in: text)
            let found = occurrences.starts.indices.map {
                [Int(occurrences.starts[$0]), Int(occurrences.lengths[$0]), Int(occurrences.members[$0])]
            }
            #expect(found == Self.naive(text), "\(body)")
        }
    }

    /// What the finders ask of the pass (the last word of a list in a range, the whole words of a
    /// list, where its words start) is what asking the list itself at each position answers.
    @Test(arguments: [5, 60, 300])
    func passAnswersAsTheListsDo(length: Int) {
        var random = SplitMix64(seed: UInt64(length) &+ 99)
        let union = WordLists(Self.lists)
        for _ in 0..<20 {
            let body = (0..<length).map { _ in Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }.joined()
            let text = FactText(body)
            let occurrences = union.occurrences(in: text)
            for (slot, list) in Self.lists.enumerated() {
                for _ in 0..<25 {
                    let lower = Int(random.next() % UInt64(text.count + 3)) - 2
                    let upper = lower + Int(random.next() % UInt64(text.count + 3))
                    #expect(occurrences.lastEnd(slot, in: lower..<upper) == list.lastEnd(in: text, lower..<upper), "\(body) \(lower)..<\(upper)")
                }
                let whole = (0..<text.count).compactMap { position in
                    list.match(in: text, at: position).map { (position, position + list.words[$0].count) }
                }
                #expect(occurrences.wholeWords(slot).map { [$0.start, $0.end] } == whole.map { [$0.0, $0.1] }, "\(body)")
                let starts = (0..<text.count).filter { position in
                    let insideWord = position > 0 && text.keys[position].isASCII && FactText.isLetter(text.keys[position])
                        && FactText.isLetter(text.scalars[position - 1])
                    return !insideWord && list.match(in: text, at: position, wholeWord: false) != nil
                }
                #expect(occurrences.starts(of: slot) == starts, "\(body)")
            }
        }
    }
}
