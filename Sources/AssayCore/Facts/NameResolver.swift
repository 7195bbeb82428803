/// Settles the names found by the gazetteer and by shape into organizations and places: the
/// longer of two overlapping names wins (nothing inside a name is a separate fact), a company named
/// after a known one takes its name, and the short forms an article uses for a name it first
/// wrote in full ("Lanbo", "海潮钠电", "(CATL)") are found as that organization.
struct NameResolver {
    let text: FactText
    let gazetteer: CompiledGazetteer

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
        let mentions = allMentions.filter { mention in
            guard !mention.isOrganization, !FactText.isHan(text.scalars[mention.start]),
                let before = text.previousWord(before: mention.start)
            else { return true }
            return !Self.surnames.contains(before)
        }
        let knownPlaces = mentions.filter { !$0.isOrganization }
        var candidates = mentions
        candidates += OrganizationShapes.english(in: text)
        candidates += OrganizationShapes.prefixed(in: text)
        candidates += OrganizationShapes.chinese(in: text, places: knownPlaces)
        candidates += PlaceShapes.english(in: text)
        candidates += PlaceShapes.chineseParks(in: text, places: knownPlaces)
        candidates += PlaceShapes.chineseChains(in: text, after: knownPlaces)
        candidates += OrganizationShapes.agreementParties(in: text, known: candidates)
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

    /// Longest first; a candidate overlapping one already taken is dropped.
    private func settle(_ candidates: [NameSpan]) -> [NameSpan] {
        let ordered = candidates.sorted {
            $0.length != $1.length ? $0.length > $1.length : ($0.isOrganization && !$1.isOrganization)
        }
        var taken: [NameSpan] = []
        for candidate in ordered where candidate.length > 0 && !taken.contains(where: { $0.overlaps(candidate) }) {
            taken.append(candidate)
        }
        return taken
    }

    /// The other forms of names found in full: a bracketed abbreviation after the name, and the
    /// name without its place, legal form and trade words, wherever they occur on their own.
    private func shortForms(of names: [NameSpan]) -> [NameSpan] {
        var forms: [(form: [Unicode.Scalar], canonical: String, latin: Bool)] = []
        for name in names where name.isOrganization {
            guard case .organization(let known) = name.role else { continue }
            let canonical = known ?? text.string(name.start..<name.end)
            if let abbreviation = bracketedAbbreviation(after: name.end) { forms.append((abbreviation, canonical, true)) }
            guard known == nil else { continue }
            for form in ShortForms.candidates(of: Array(text.scalars[name.start..<name.end]), places: gazetteer) {
                forms.append((form, canonical, form.first.map { !FactText.isHan($0) } ?? true))
            }
        }
        var found: [NameSpan] = []
        // Short forms may take the place of shorter names found inside them, not of full names.
        var taken = names.filter { name in
            if case .organization(nil) = name.role { return true }
            return name.length > 4 && name.isOrganization
        }
        for (form, canonical, latin) in forms.sorted(by: { $0.form.count > $1.form.count }) {
            let keys = form.map { FactText.key(of: $0) }
            var position = 0
            while position + form.count <= text.count {
                defer { position += 1 }
                guard text.keys[position] == keys[0], text.matches(keys, at: position) else { continue }
                let end = position + form.count
                if latin {
                    // Whole words, capitalized as written.
                    if position > 0, FactText.isLetter(text.scalars[position - 1]) { continue }
                    if end < text.count, FactText.isLetter(text.scalars[end]) || FactText.isDigit(text.scalars[end]) { continue }
                    if text.scalars[position] != form[0] { continue }
                }
                let span = NameSpan(start: position, end: end, role: .organization(canonical: canonical))
                guard !taken.contains(where: { $0.overlaps(span) }) else { continue }
                taken.append(span)
                found.append(span)
            }
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
        guard allCapitals || allHan else { return nil }
        return inside
    }

    /// "Dangtu Economic Development Zone" names Dangtu: where the park's leading word stands
    /// alone elsewhere, it is a city.
    private func placesOfParks(_ names: [NameSpan]) -> [NameSpan] {
        var found: [NameSpan] = []
        var taken = names
        for park in names where park.role == .place(.park, name: nil) {
            let first = text.scalars[park.start]
            guard !FactText.isHan(first) else { continue }
            var wordEnd = park.start
            while wordEnd < park.end && FactText.isLetter(text.scalars[wordEnd]) { wordEnd += 1 }
            let word = Array(text.scalars[park.start..<wordEnd])
            let leading = String(String.UnicodeScalarView(word))
            guard word.count >= 3, !FactText.leadingWords.contains(leading), !Self.describingWords.contains(leading) else { continue }
            for position in 0..<max(0, text.count - word.count) where text.scalars[position] == word[0] {
                let end = position + word.count
                guard Array(text.scalars[position..<end]) == word, position == 0 || !FactText.isLetter(text.scalars[position - 1]),
                    end >= text.count || !FactText.isLetter(text.scalars[end])
                else { continue }
                let span = NameSpan(start: position, end: end, role: .place(.city, name: nil))
                guard !taken.contains(where: { $0.overlaps(span) }) else { continue }
                taken.append(span)
                found.append(span)
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
        var seen: Set<String> = []
        for name in names {
            let form = text.string(name.start..<name.end)
            switch name.role {
            case .organization(let canonical):
                guard seen.insert("o" + form).inserted else { continue }
                organizations.append(OrganizationFact(name: canonical ?? form, text: form, offset: name.start, known: canonical != nil))
            case .place(let kind, let placeName):
                guard seen.insert("p" + form).inserted else { continue }
                places.append(PlaceFact(text: form, offset: name.start, kind: kind, name: placeName))
            }
        }
        return (organizations, places)
    }
}
