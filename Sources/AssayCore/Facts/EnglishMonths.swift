/// English month names in a text ("October 24", "in Aug.", "on 3 March"): when a step is dated to
/// a month well before the article's own, it is history, as a Chinese "6月30日" is.
enum EnglishMonths {
    /// Full names and the usual abbreviations, lowercase, with their month.
    private static let names: [([Unicode.Scalar], Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7), ("august", 8),
        ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan.", 1), ("feb.", 2), ("mar.", 3), ("apr.", 4), ("jun.", 6), ("jul.", 7), ("aug.", 8), ("sep.", 9), ("sept.", 9),
        ("oct.", 10), ("nov.", 11), ("dec.", 12),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// A bit for each letter a month's name starts with (j, f, m, a, s, o, n, d), by its place in the alphabet.
    private static let firstLetters: UInt32 = "jfmasond".unicodeScalars.reduce(0) { $0 | 1 << ($1.value - 0x61) }

    /// Words before a bare month name that make it a time ("in October", "since June").
    private static let prepositions: Set<String> = ["in", "on", "since", "early", "late", "mid", "last", "this", "of"]
    /// Words before a month that make it a bound, not a time of the step ("rose 9% from October", "from Dec. 1", "by March").
    private static let bounds: Set<String> = ["from", "to", "until", "till", "by", "through", "before", "after", "than"]

    /// A month named at `index`: `day` when a day number stands beside it ("October 24", "3 March").
    struct Mention {
        var position: Int
        var month: Int
        var end: Int
        var day: Bool
    }

    /// The month named at `index`: a capitalized whole word, a time by a day beside it or a
    /// preposition before it ("May" alone is the verb).
    static func month(in text: FactText, at index: Int) -> Mention? {
        guard FactText.isUppercase(text.scalars[index]), index == 0 || !FactText.isLetter(text.scalars[index - 1]) else { return nil }
        // Most capitals start no month: their first letter says so before any name is compared.
        let first = text.keys[index].value &- 0x61
        guard first < 26, firstLetters & (1 << first) != 0, let (name, month) = names.first(where: { text.matches($0.0, at: index) }) else { return nil }
        let end = index + name.count
        if name.last != ".", end < text.count, FactText.isLetter(text.scalars[end]) { return nil }
        let dayAfter = text.scalar(at: text.skippingSpaces(from: end)).map(FactText.isDigit) ?? false
        let dayBefore = index >= 2 && text.scalars[index - 1] == " " && FactText.isDigit(text.scalars[index - 2])
        let previous = text.previousWord(before: index)?.lowercased()
        if let previous, bounds.contains(previous) { return nil }
        let preposition = previous.map { prepositions.contains($0) } ?? false
        guard dayAfter || dayBefore || preposition else { return nil }
        return Mention(position: index, month: month, end: end, day: dayAfter || dayBefore)
    }

    /// Each month named in `range`.
    static func months(in text: FactText, _ range: Range<Int>) -> [Mention] {
        var found: [Mention] = []
        for index in range where text.scalars[index].isASCII && FactText.isUppercase(text.scalars[index]) {
            if let mention = month(in: text, at: index) { found.append(mention) }
        }
        return found
    }
}
