/// A name found in the body, before overlapping finds are settled: an organization or a place,
/// from the gazetteer or from the shape of the words.
struct NameSpan {
    enum Role: Equatable {
        /// `canonical` is the gazetteer's name, or nil for a name found by its shape.
        case organization(canonical: String?)
        case place(PlaceFact.Kind, name: String?)
    }

    var start: Int
    var end: Int
    var role: Role

    var length: Int { end - start }
    var isOrganization: Bool { if case .organization = role { true } else { false } }

    func overlaps(_ other: NameSpan) -> Bool { start < other.end && other.start < end }

    /// True when the whole name lies in `range`: a name cut by a sentence's bound is not of it.
    func lies(in range: Range<Int>) -> Bool { start >= range.lowerBound && end <= range.upperBound }
}

extension FactText {
    /// True when the original text at `position` is exactly `word` (case and script as written).
    func matchesExactly(_ word: String, at position: Int) -> Bool { matchesExactly(word.unicodeScalars, at: position) }

    /// Compared code point by code point as the word is read: no array of it is made (callers ask in loops).
    func matchesExactly<Word: Sequence<Unicode.Scalar>>(_ word: Word, at position: Int) -> Bool {
        guard position >= 0, position <= count else { return false }
        var offset = position
        for expected in word {
            guard offset < count, scalars[offset] == expected else { return false }
            offset += 1
        }
        return true
    }

    /// The start of the capitalized words that end at `end` (single spaces between them, "and",
    /// "of", "&" inside), or `end` itself when the word there is not capitalized.
    func capitalizedRun(endingAt end: Int, maximumWords: Int = 7) -> Int {
        var start = end
        var position = end
        var words = 0
        while words < maximumWords {
            var wordStart = position
            while wordStart > 0, Self.isNameCharacter(scalars[wordStart - 1]) { wordStart -= 1 }
            guard wordStart < position else { break }
            // A lower-case word longer than any connector ends the run: told before its string is built.
            if position - wordStart > 3, scalars[wordStart].value &- 0x61 < 26 { break }
            let word = string(wordStart..<position)
            // A full stop after a word that is not an abbreviation ends a sentence or heading before the name.
            if word.hasSuffix("."), word.count > 2, !Self.abbreviationsInNames.contains(String(word.dropLast())),
                !word.dropLast().contains(".")
            {
                break
            }
            // "General Manager of ZheJiang VASTSIB …", "Chief Engineer of China Aluminum Group": a title
            // before "of" belongs to a person, and the name starts after it.
            if word == "of", hasTitle(before: wordStart) { break }
            if !Self.connectors.contains(word) {
                guard let first = word.unicodeScalars.first, FactText.isUppercase(first) || FactText.isDigit(first),
                    !Self.leadingWords.contains(word) || capitalizedWord(before: wordStart), !Self.isDescriptor(word),
                    !Self.titleWords.contains(word)
                else { break }
                start = wordStart
                words += 1
            }
            guard wordStart > 0, scalars[wordStart - 1] == " " else { break }
            position = wordStart - 1
        }
        // "TOKYO, March 16 Japan's Tokyo Electron Ltd": a bare number opens no name (its day, a count).
        while start < end, FactText.isDigit(scalars[start]) {
            var next = start
            while next < end, FactText.isDigit(scalars[next]) { next += 1 }
            guard next < end, scalars[next] == " " else { break }
            start = next + 1
        }
        return start
    }

    /// True when a capitalized word that is not itself a leading word stands right before
    /// `position`: "Kalajoki Battery Chemicals" keeps "Battery" inside the name, while "Battery
    /// maker …" or a sentence's "Battery" starts none.
    private func capitalizedWord(before position: Int) -> Bool {
        guard let word = previousWord(before: position), let first = word.unicodeScalars.first, FactText.isUppercase(first) else {
            return false
        }
        return !Self.leadingWords.contains(word) && !Self.titleWords.contains(word) && !word.hasSuffix(".")
    }

    /// The end of the capitalized words that start at `start` ("Zhongke Jiuwei", "Bank of China"),
    /// or nil when the word there is not capitalized.
    func capitalizedRunForward(from start: Int, maximumWords: Int) -> Int? {
        var end: Int?
        var position = start
        var words = 0
        while words < maximumWords, position < count {
            var wordEnd = position
            while wordEnd < count, Self.isNameCharacter(scalars[wordEnd]), scalars[wordEnd] != "." { wordEnd += 1 }
            guard wordEnd > position else { break }
            let word = string(position..<wordEnd)
            if word == "of" || word == "&", end != nil {
                // Inside a name ("Bank of China"); "and" joins two names and ends this one.
            } else {
                guard let first = word.unicodeScalars.first, FactText.isUppercase(first), !Self.leadingWords.contains(word),
                    !Self.titleWords.contains(word)
                else { break }
                end = wordEnd
                words += 1
            }
            guard wordEnd < count, scalars[wordEnd] == " " else { break }
            position = wordEnd + 1
        }
        return end
    }

    /// True when one of the three words before `end` is a title ("General Manager Li Weimin of …").
    func hasTitle(before end: Int) -> Bool {
        var position = end
        for _ in 0..<3 {
            guard let word = previousWord(before: position) else { return false }
            if Self.titleWords.contains(word) { return true }
            position -= word.unicodeScalars.count + 1
        }
        return false
    }

    /// The word before `end` (across one space), if any.
    func previousWord(before end: Int) -> String? {
        guard end >= 2, scalars[end - 1] == " " else { return nil }
        var start = end - 1
        while start > 0, Self.isNameCharacter(scalars[start - 1]) { start -= 1 }
        return start < end - 1 ? string(start..<(end - 1)) : nil
    }

    /// Words of people's titles and of parts of an organization: not names.
    static let titleWords: Set<String> = [
        "Manager", "Director", "Directors", "Chairman", "Chairwoman", "President", "Engineer", "Secretary", "Officer", "CEO",
        "Head", "Deputy", "Vice", "Member", "Members", "Board", "Center", "Centre", "Team", "Leader", "Leaders", "Representative",
        "Staff", "Chief", "Magistrate", "Mayor", "Governor", "Minister", "Spokesperson", "Spokesman", "Executive", "Founder",
        "Partner", "Analyst", "Researcher", "Professor", "Dean", "Acting", "Assistant", "Committee", "Congress",
    ]

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || isDigit(scalar) || scalar == "-" || scalar == "'" || scalar == "’" || scalar == "&" || scalar == "."
    }

    static let abbreviationsInNames: Set<String> = ["Co", "Corp", "Inc", "Ltd", "Bhd", "Sdn", "Pty", "Pte", "St", "Mt", "Ft", "Bros", "Intl"]

    /// Words that join the words of a name ("Ministry of Commerce", "Research and Development").
    static let connectors: Set<String> = ["and", "of", "&", "for", "de", "y", "du", "la", "der", "und"]
    /// Capitalized words that start a sentence or describe a name rather than being part of it.
    static let leadingWords: Set<String> = [
        "The", "A", "An", "On", "In", "At", "By", "For", "With", "From", "To", "Of", "And", "But", "As", "Its", "Their", "His", "Her",
        "Shares", "Both", "Chairman", "President", "CEO", "Unit", "Subsidiary", "Rival", "Peer", "Listed", "When", "While", "After",
        "Before", "Meanwhile", "Under", "Last", "This", "That", "These", "Those", "Separately", "Also", "Analysts", "Officials",
        "Mr.", "Ms.", "Dr.", "Chinese", "Japanese", "Korean", "Australian", "American", "German", "Taiwanese", "European", "Indian",
        "If", "Since", "Though", "Although", "Why", "How", "What", "Where", "Who", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Battery", "Chipmaker", "Refiner", "Miner", "Automaker", "Supplier", "Maker",
        "It", "They", "We", "He", "She", "Both", "All", "Each", "Officials", "Leaders", "Parties", "Companies", "Firms",
    ]

    /// "Shenzhen-listed", "Perth-based", "state-backed": words that describe the name after them.
    static func isDescriptor(_ word: String) -> Bool {
        // Most words have no hyphen: told from the bytes before any walk by characters.
        guard word.utf8.contains(UInt8(ascii: "-")), let dash = word.lastIndex(of: "-") else { return false }
        let tail = word[word.index(after: dash)...]
        return ["listed", "based", "backed", "owned", "headquartered", "controlled", "run", "funded", "led"].contains(String(tail))
    }
}
