/// Settles the names found by the gazetteer and by shape into organizations and places: the
/// longer of two overlapping names wins (nothing inside a name is a separate fact), a company named
/// after a known one takes its name, and the short forms an article uses for a name it first
/// wrote in full ("Lanbo", "海潮钠电", "(CATL)") are found as that organization.
struct NameResolver {
    let text: FactText
    let gazetteer: CompiledGazetteer
    /// The facts' one pass over the text (`FactWords`).
    let words: WordOccurrences

    /// The organizations and places, one per form, and every occurrence (for linking events).
    func resolve() -> (organizations: [OrganizationFact], places: [PlaceFact], occurrences: [NameSpan]) {
        let allMentions = gazetteer.mentions(text).map { mention -> NameSpan in
            switch mention.entry {
            case .organization(let index):
                return NameSpan(start: mention.start, end: mention.end, role: .organization(canonical: gazetteer.gazetteer.organizations[index].name))
            case .place(let index):
                let place = gazetteer.gazetteer.places[index]
                return NameSpan(start: mention.start, end: mention.end, role: .place(place.kind, name: place.name))
            }
        }
        // "Zhang Xiqing" is a person, not the district Xiqing: a pinyin place right after a surname.
        // (Both kept in arrays sized once: `filter` grows its result append by append.)
        var mentions: [NameSpan] = []
        var knownPlaces: [NameSpan] = []
        mentions.reserveCapacity(allMentions.count)
        knownPlaces.reserveCapacity(allMentions.count)
        for mention in allMentions {
            if !mention.isOrganization, !FactText.isHan(text.scalars[mention.start]), let before = text.previousWord(before: mention.start),
                Self.surnames.contains(before)
            {
                continue
            }
            mentions.append(mention)
            if !mention.isOrganization { knownPlaces.append(mention) }
        }
        // Sized once for the shapes' finds too: grown by appends, it was the facts' most frequent allocation.
        var candidates: [NameSpan] = []
        candidates.reserveCapacity(2 * mentions.count + 32)
        candidates += mentions
        candidates += OrganizationShapes.english(in: text, words: words)
        candidates += OrganizationShapes.prefixed(in: text)
        candidates += OrganizationShapes.chinese(in: text, places: knownPlaces)
        candidates += OrganizationShapes.listed(in: text)
        candidates += PlaceShapes.english(in: text, words: words)
        candidates += PlaceShapes.chineseParks(in: text, places: knownPlaces)
        candidates += PlaceShapes.chineseChains(in: text, after: knownPlaces)
        candidates += PlaceShapes.englishBeforeKnown(in: text, places: knownPlaces)
        candidates += PlaceShapes.datelineTowns(in: text, known: mentions)
        candidates += OrganizationShapes.appositives(in: text, places: knownPlaces)
        candidates += OrganizationShapes.agreementParties(in: text, words: words, known: candidates)
        var accepted = settle(candidates)
        // A shape-found company whose name starts with a known company's (after its place) is that
        // company: "Panasonic Energy Co., Ltd.", "中芯国际集成电路制造（深圳）有限公司".
        accepted = accepted.map { span in
            guard case .organization(nil) = span.role else { return span }
            var named = span
            let places = knownPlaces.filter { $0.start == span.start }.map(\.end)
            if let known = mentions.first(where: { known in
                known.isOrganization && known.end <= span.end
                    && (known.start == span.start
                        || places.contains { known.start == $0 || (known.start == $0 + 1 && PlaceShapes.isAdministrativeSuffix(text.keys[$0])) })
            }), case .organization(let canonical) = known.role {
                named.role = .organization(canonical: canonical)
            }
            return named
        }
        // Short forms compete with the other names: "朔辉能源" holds a known company's "辉能" but is the
        // short form of "内蒙古朔辉能源投资有限公司".
        let short = shortForms(of: accepted)
        if !short.isEmpty {
            let full = accepted
            accepted = settle(candidates.filter { candidate in !full.contains { $0.overlaps(candidate) } || full.contains { $0.start == candidate.start && $0.end == candidate.end } }.map { candidate in
                full.first { $0.start == candidate.start && $0.end == candidate.end } ?? candidate
            } + short)
        }
        accepted += placesOfParks(accepted)
        accepted.sort { $0.start < $1.start }
        let (organizations, places) = facts(accepted)
        return (organizations, places, accepted)
    }

    /// Longest first; a candidate overlapping one already taken is dropped. Taken code points are
    /// marked, so a page of thousands of names costs their total length, not their count squared.
    private func settle(_ candidates: [NameSpan]) -> [NameSpan] {
        let ordered = candidates.sorted {
            $0.length != $1.length ? $0.length > $1.length : ($0.isOrganization && !$1.isOrganization)
        }
        var covered = [Bool](repeating: false, count: text.count + 1)
        var taken: [NameSpan] = []
        taken.reserveCapacity(ordered.count)
        for candidate in ordered where candidate.length > 0 && !(candidate.start..<candidate.end).contains(where: { covered[$0] }) {
            for position in candidate.start..<candidate.end { covered[position] = true }
            taken.append(candidate)
        }
        return taken
    }

    /// The other forms of names found in full: a bracketed abbreviation after the name, and the
    /// name without its place, legal form and trade words, wherever they occur on their own.
    private func shortForms(of names: [NameSpan]) -> [NameSpan] {
        // Each distinct form once (a page naming one company a thousand times has its forms once),
        // from the first 40 distinct organizations.
        // In the order first seen, a later name's form replacing an earlier one's: ties between
        // forms of one length then go the same way in every run.
        var entries: [(form: [Unicode.Scalar], canonical: String, latin: Bool)] = []
        var entryOfForm: [ScalarRun: Int] = [:]
        func add(_ form: [Unicode.Scalar], _ canonical: String, latin: Bool) {
            if let index = entryOfForm[ScalarRun(form)] {
                entries[index] = (form, canonical, latin)
            } else {
                entryOfForm[ScalarRun(form)] = entries.count
                entries.append((form, canonical, latin))
            }
        }
        // Told apart by their code points, with no string built.
        var seenNames: Set<ScalarRun> = []
        for name in names.filter(\.isOrganization).sorted(by: { $0.start < $1.start }) {
            guard case .organization(let known) = name.role else { continue }
            // A known name gives a form only by a bracket after it: most mentions are passed before any hashing.
            let abbreviation = bracketedAbbreviation(after: name.end)
            if known != nil, abbreviation == nil { continue }
            guard seenNames.insert(ScalarRun(text.scalars[name.start..<name.end])).inserted else { continue }
            let written = text.scalars[name.start..<name.end]
            if seenNames.count > 40 { break }
            let canonical = known ?? text.string(name.start..<name.end)
            if let abbreviation { add(abbreviation, canonical, latin: true) }
            guard known == nil else { continue }
            for form in ShortForms.candidates(of: Array(written), places: gazetteer) {
                add(form, canonical, latin: form.first.map { !FactText.isHan($0) } ?? true)
            }
        }
        entries.removeAll { $0.form.isEmpty }
        guard !entries.isEmpty else { return [] }
        var found: [NameSpan] = []
        // Short forms may take the place of shorter names found inside them, not of full names.
        var covered = [Bool](repeating: false, count: text.count + 1)
        for name in names {
            if case .organization(nil) = name.role {
            } else if !(name.length > 4 && name.isOrganization) {
                continue
            }
            for position in name.start..<name.end { covered[position] = true }
        }
        // One pass over the text for every form, the longest at each position, behind a bit per
        // first key (a text has few forms, and most positions start none).
        let keyed = entries.map { entry in entry.form.map { FactText.key(of: $0) } }
        let longestFirst = keyed.indices.sorted { keyed[$0].count != keyed[$1].count ? keyed[$0].count > keyed[$1].count : $0 < $1 }
        // Latin forms apart: they start words, so inside a word (most positions) only the others are
        // tried. 512 bytes by a key's low 12 bits, made per body: a `KeyBits` would be 8 KB.
        var latinFirstKeys = [UInt64](repeating: 0, count: 64)
        var otherFirstKeys = [UInt64](repeating: 0, count: 64)
        for (entry, form) in zip(entries, keyed) {
            let bit: UInt64 = 1 << UInt64(form[0].value & 63)
            if entry.latin { latinFirstKeys[Int(form[0].value & 4095) >> 6] |= bit } else { otherFirstKeys[Int(form[0].value & 4095) >> 6] |= bit }
        }
        // The forms starting with each key, longest first: a candidate position tries only those.
        let formsByFirstKey = Dictionary(grouping: longestFirst) { keyed[$0][0] }
        // Inside a Latin word no form is taken (see below): only the text's possible starts are tried.
        var resume = 0
        for start in text.possibleStarts where Int(start) >= resume {
            let position = Int(start)
            let key = text.keys[position]
            let word = Int(key.value & 4095) >> 6
            let bit: UInt64 = 1 << UInt64(key.value & 63)
            // Inside a word a Latin form found longest is refused below, and nothing is taken here.
            guard otherFirstKeys[word] & bit != 0
                || latinFirstKeys[word] & bit != 0 && !(position > 0 && FactText.isLetter(text.scalars[position - 1])),
                let index = formsByFirstKey[key]?.first(where: { text.matches(keyed[$0], at: position) })
            else { continue }
            let (form, canonical, latin) = entries[index]
            let end = position + form.count
            if latin {
                // Whole words, capitalized as written.
                if position > 0, FactText.isLetter(text.scalars[position - 1]) { continue }
                if end < text.count, FactText.isLetter(text.scalars[end]) || FactText.isDigit(text.scalars[end]) { continue }
                if text.scalars[position] != form[0] { continue }
            }
            guard !(position..<end).contains(where: { covered[$0] }) else { continue }
            for index in position..<end { covered[index] = true }
            found.append(NameSpan(start: position, end: end, role: .organization(canonical: canonical)))
            resume = end
        }
        return found
    }

    /// "(CATL)", "（JASM）": capitals or Han characters in brackets right after a name.
    private func bracketedAbbreviation(after end: Int) -> [Unicode.Scalar]? {
        var position = text.skippingSpaces(from: end)
        guard let open = text.scalar(at: position), open == "(" || open == "（" else { return nil }
        position += 1
        let start = position
        while position < text.count, position - start <= 12, text.scalars[position] != ")" && text.scalars[position] != "）" {
            position += 1
        }
        guard position < text.count, position - start >= 2, position - start <= 12 else { return nil }
        let inside = Array(text.scalars[start..<position])
        let allCapitals = inside.allSatisfy { FactText.isUppercase($0) || FactText.isDigit($0) || $0 == "&" || $0 == "-" }
        let allHan = inside.allSatisfy { FactText.isHan($0) }
        // ("朋程(8255)", "(300750.SZ)": a stock code, no second name.)
        guard allCapitals || allHan, !FactText.isDigit(inside[0]) else { return nil }
        return inside
    }

    /// "Dangtu Economic Development Zone" names Dangtu: where the park's leading word stands
    /// alone elsewhere, it is a city.
    private func placesOfParks(_ names: [NameSpan]) -> [NameSpan] {
        var found: [NameSpan] = []
        var covered = [Bool](repeating: false, count: text.count + 1)
        for name in names { for position in name.start..<name.end { covered[position] = true } }
        for park in names.filter({ $0.role == .place(.park, name: nil) }).prefix(40) {
            let first = text.scalars[park.start]
            guard !FactText.isHan(first) else { continue }
            var wordEnd = park.start
            while wordEnd < park.end && FactText.isLetter(text.scalars[wordEnd]) { wordEnd += 1 }
            let word = Array(text.scalars[park.start..<wordEnd])
            let leading = FactText.string(word[...])
            guard word.count >= 3, !FactText.leadingWords.contains(leading), !Self.describingWords.contains(leading) else { continue }
            for position in 0..<max(0, text.count - word.count) where text.scalars[position] == word[0] {
                let end = position + word.count
                guard Array(text.scalars[position..<end]) == word, position == 0 || !FactText.isLetter(text.scalars[position - 1]),
                    end >= text.count || !FactText.isLetter(text.scalars[end])
                else { continue }
                guard !(position..<end).contains(where: { covered[$0] }) else { continue }
                for index in position..<end { covered[index] = true }
                found.append(NameSpan(start: position, end: end, role: .place(.city, name: nil)))
            }
        }
        return found
    }

    /// Common Chinese surnames in pinyin.
    private static let surnames: Set<String> = [
        "Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He",
        "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian",
        "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Jin",
        "Fu", "Fan", "Fang", "Shi", "Tan", "Liao", "Zou", "Xiong", "Qiu", "Qin", "Hou", "Xue", "Lei", "Bai", "Long", "Duan",
        "Hao", "Kong", "Shao", "Mao", "Wan", "Gu", "Lai", "Wen", "Qian", "Yan", "Yin", "Huo", "Geng", "Kang", "Niu", "Chang",
    ]

    /// Words a park's name starts with that describe it rather than name a town ("Coastal Industrial Park").
    private static let describingWords: Set<String> = [
        "Coastal", "Innovation", "International", "Central", "Northern", "Southern", "Eastern", "Western", "National", "Green",
        "Smart", "Zero-Carbon", "New", "Hi-Tech", "High-tech", "High-Tech", "Modern", "Advanced", "Industrial", "Economic",
        "Technology", "Science", "Circular", "Port", "Airport", "Bonded", "Free", "Special", "Marine", "Ecological", "Future",
        "Integrated", "Comprehensive", "Provincial", "Municipal", "County", "City", "Chemical", "Energy", "Materials", "Battery",
    ]

    /// One fact per distinct form, at its first occurrence.
    private func facts(_ names: [NameSpan]) -> ([OrganizationFact], [PlaceFact]) {
        var organizations: [OrganizationFact] = []
        var places: [PlaceFact] = []
        organizations.reserveCapacity(names.count)
        places.reserveCapacity(names.count)
        // The first occurrence of each form, told by its code points before its string is built.
        var seenOrganizations = Set<ScalarRun>(minimumCapacity: names.count)
        var seenPlaces = Set<ScalarRun>(minimumCapacity: names.count)
        for name in names {
            switch name.role {
            case .organization(let canonical):
                guard seenOrganizations.insert(ScalarRun(text.scalars[name.start..<name.end])).inserted else { continue }
                let form = text.string(name.start..<name.end)
                organizations.append(OrganizationFact(name: canonical ?? form, text: form, offset: name.start, known: canonical != nil))
            case .place(let kind, let placeName):
                guard seenPlaces.insert(ScalarRun(text.scalars[name.start..<name.end])).inserted else { continue }
                let form = text.string(name.start..<name.end)
                places.append(PlaceFact(text: form, offset: name.start, kind: kind, name: placeName))
            }
        }
        return (organizations, places)
    }
}
