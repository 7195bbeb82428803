/// The gazetteer compiled to one matcher over every form, folded as the classifier folds text
/// (case, dashes, traditional Chinese), so 台積電 finds the entry written 台积电.
struct CompiledGazetteer: Sendable {
    enum Entry: Sendable, Equatable {
        case organization(Int)
        case place(Int)
    }

    /// A form found in the body, in code points.
    struct Mention {
        var entry: Entry
        var start: Int
        var end: Int
    }

    let gazetteer: Gazetteer
    private let matcher: PatternMatcher
    private let entries: [Entry]
    private let lengths: [Int]
    /// Forms written with a capital letter must be capitalized in the text ("Reading" the town,
    /// not "reading").
    private let capitalized: [Bool]
    /// Each pattern's form as written in the gazetteer.
    private let forms: [String]
    /// Every place form, folded: to tell a place word at the start of a company's name.
    private let placeForms: Set<String>

    init(_ gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        var patterns: [[UInt8]] = []
        var entries: [Entry] = []
        var capitalized: [Bool] = []
        var forms: [String] = []
        var seen: Set<[UInt8]> = []
        func add(_ form: String, _ entry: Entry) {
            var folded = MatchFolding.fold(form).bytes
            while folded.last == 0x20 { folded.removeLast() }
            guard !folded.isEmpty, seen.insert(folded).inserted else { return }
            patterns.append(folded)
            entries.append(entry)
            capitalized.append(form.unicodeScalars.first.map { $0.properties.isUppercase } ?? false)
            forms.append(form)
        }
        for (index, organization) in gazetteer.organizations.enumerated() {
            for form in [organization.name] + organization.aliases { add(form, .organization(index)) }
        }
        for (index, place) in gazetteer.places.enumerated() {
            for form in [place.name] + place.aliases { add(form, .place(index)) }
        }
        matcher = PatternMatcher(patterns: patterns)
        self.entries = entries
        lengths = patterns.map(\.count)
        self.capitalized = capitalized
        self.forms = forms
        placeForms = Set(gazetteer.places.flatMap { [$0.name] + $0.aliases }.map(MatchFolding.foldedString))
    }

    /// Words of a name often written in lower case ("Jiangxi province").
    private static let genericWords: Set<String> = ["Province", "Prefecture", "County", "State", "Region", "Autonomous"]

    /// True when every word the form capitalizes is capitalized in the text too.
    private func wordsCapitalizedAsWritten(_ form: String, _ text: FactText, _ range: Range<Int>) -> Bool {
        let written = form.split(separator: " ")
        let seen = text.string(range).split(separator: " ")
        guard written.count == seen.count, written.count > 1 else { return true }
        for (expected, actual) in zip(written, seen) where !Self.genericWords.contains(String(expected)) {
            if let first = expected.unicodeScalars.first, first.properties.isUppercase,
                let firstSeen = actual.unicodeScalars.first, !firstSeen.properties.isUppercase
            {
                return false
            }
        }
        return true
    }

    /// True when `form` is a place the gazetteer lists.
    func isPlace(_ form: String) -> Bool { placeForms.contains(MatchFolding.foldedString(form)) }

    /// Every form in the body, leftmost-longest where forms overlap.
    func mentions(in body: String, _ text: FactText) -> [Mention] {
        let folded = MatchFolding.fold(body)
        let bytes = folded.bytes
        var candidates: [(start: Int, end: Int, pattern: Int)] = []
        for match in matcher.matches(in: bytes) {
            let pattern = Int(match.pattern)
            let start = match.end - lengths[pattern]
            if MatchFolding.needsBoundary(bytes[start]), start > 0, MatchFolding.isWordByte(in: bytes, at: start - 1) { continue }
            if MatchFolding.needsBoundary(bytes[match.end - 1]), match.end < bytes.count, MatchFolding.isWordByte(in: bytes, at: match.end) {
                continue
            }
            candidates.append((start, match.end, pattern))
        }
        candidates.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var mentions: [Mention] = []
        var covered = 0
        for candidate in candidates where candidate.start >= covered {
            let sourceStart = Int(folded.origins[candidate.start])
            let sourceEnd = candidate.end < bytes.count ? Int(folded.origins[candidate.end]) : text.utf8Count
            var start = text.scalarOffset(ofUTF8: sourceStart)
            var end = text.scalarOffset(ofUTF8: sourceEnd)
            while end > start, text.scalars[end - 1] == " " || text.scalars[end - 1] == "\n" { end -= 1 }
            while start < end, text.scalars[start] == " " { start += 1 }
            if capitalized[candidate.pattern], !FactText.isUppercase(text.scalars[start]) { continue }
            // A Latin name's later words keep their capitals: "Kikuyo town" is not the alias "Kikuyo Town".
            if capitalized[candidate.pattern], !wordsCapitalizedAsWritten(forms[candidate.pattern], text, start..<end) { continue }
            // "US$6.2 billion": a currency, not the country.
            if end < text.count, text.scalars[end] == "$" { continue }
            covered = candidate.end
            mentions.append(Mention(entry: entries[candidate.pattern], start: start, end: end))
        }
        return mentions
    }
}
