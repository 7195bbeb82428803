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
}

extension FactText {
    /// True when the original text at `position` is exactly `word` (case and script as written).
    func matchesExactly(_ word: String, at position: Int) -> Bool {
        let pattern = Array(word.unicodeScalars)
        guard position >= 0, position + pattern.count <= count else { return false }
        for (offset, expected) in pattern.enumerated() where scalars[position + offset] != expected { return false }
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
            let word = string(wordStart..<position)
            // A full stop after a word that is not an abbreviation ends a sentence or heading before the name.
            if word.hasSuffix("."), word.count > 2, !Self.abbreviationsInNames.contains(String(word.dropLast())),
                !word.dropLast().contains(".")
            {
                break
            }
            if !Self.connectors.contains(word) {
                guard let first = word.unicodeScalars.first, FactText.isUppercase(first) || FactText.isDigit(first),
                    !Self.leadingWords.contains(word), !Self.isDescriptor(word)
                else { break }
                start = wordStart
                words += 1
            }
            guard wordStart > 0, scalars[wordStart - 1] == " " else { break }
            position = wordStart - 1
        }
        return start
    }

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
    ]

    /// "Shenzhen-listed", "Perth-based", "state-backed": words that describe the name after them.
    static func isDescriptor(_ word: String) -> Bool {
        guard let dash = word.lastIndex(of: "-") else { return false }
        let tail = word[word.index(after: dash)...]
        return ["listed", "based", "backed", "owned", "headquartered", "controlled", "run", "funded", "led"].contains(String(tail))
    }
}
