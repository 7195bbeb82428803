/// Places the gazetteer does not list, found by the shape of their names: capitalized words
/// before "Province", "County", "High-tech Zone", "Industrial Park"…; Chinese characters before
/// 开发区, 高新区, 产业园…; and the next level down after a known place ("熊本縣菊陽町").
enum PlaceShapes {
    private static let englishForms: [(String, PlaceFact.Kind)] = [
        ("Economic and Technological Development Zone", .park), ("Economic-Technological Development Zone", .park),
        ("High-tech Industrial Development Zone", .park), ("High-Tech Industrial Development Zone", .park),
        ("National High-tech Industrial Zone", .park), ("Economic Development Zone", .park), ("Industrial Development Zone", .park),
        ("High-tech Industrial Zone", .park), ("High-Tech Industrial Zone", .park), ("High-tech Zone", .park), ("High-Tech Zone", .park),
        ("Hi-Tech Zone", .park), ("Hi-tech Zone", .park), ("Hi-Tech Park", .park), ("Hi-tech Park", .park), ("High-tech Park", .park),
        ("High-Tech Park", .park), ("Industrial Park", .park), ("Industrial Zone", .park), ("Industrial Estate", .park),
        ("Industry Park", .park), ("Science Park", .park), ("Science City", .park), ("Technology Park", .park), ("Tech Park", .park),
        ("Free Trade Zone", .park), ("Free Zone", .park), ("Special Economic Zone", .park), ("Economic Zone", .park),
        ("Development Zone", .park), ("New Area", .park), ("New District", .park), ("Special Area", .park), ("Bonded Zone", .park),
        ("Autonomous Region", .province), ("Province", .province), ("Prefecture", .province), ("Autonomous Prefecture", .city),
        ("County", .city), ("District", .city), ("Township", .city), ("City", .city),
    ]

    /// The forms as finders compare them: "Wujin high-tech zone" and "Jiangsu province" are written
    /// in lower case as often as not.
    static let englishFormList = WordList(englishForms.map(\.0))

    static func english(in text: FactText, words: WordOccurrences) -> [NameSpan] {
        var found: [NameSpan] = []
        var covered = 0
        // Where a form is a whole word (the facts' one pass found them); it must follow a space.
        for (position, _) in words.wholeWords(FactWords.Shared.placeForms.slot) where position >= max(1, covered) {
            guard text.scalars[position - 1] == " ", let index = englishFormList.match(in: text, at: position) else { continue }
            let (form, kind) = englishForms[index]
            let end = position + form.unicodeScalars.count
            let start = text.capitalizedRun(endingAt: position - 1, maximumWords: 4)
            // The run must hold a name of its own: "the County People's Congress" has none.
            // "Deputy County Magistrate", "County Party Committee": an office, not a place.
            let next = text.skippingSpaces(from: end)
            let office = Self.officeWords.contains { text.matchesExactly($0, at: next) }
            if start < position - 1, !office, end >= text.count || !FactText.isLetter(text.scalars[end]) {
                found.append(NameSpan(start: start, end: end, role: .place(kind, name: nil)))
                covered = end
            }
        }
        return found
    }

    private static let officeWords = [
        "Magistrate", "Mayor", "Governor", "Party", "Committee", "People's", "People’s", "Government", "Congress", "Head", "Chief",
        "Secretary", "Council", "Administration", "Management", "Bureau", "Court", "Police",
    ]

    // MARK: Chinese

    /// Suffixes of parks and zones, simplified, longest first.
    private static let chineseParkForms = [
        "高新技术产业开发区", "经济技术开发区", "高新技术开发区", "自由贸易试验区", "综合保税区", "产业集聚区", "工业集中区", "经济开发区",
        "工业园区", "产业园区", "科学园区", "科技园区", "高新园区", "开发区", "高新区", "经开区", "工业园", "产业园", "科学园", "科技园",
        "新片区", "保税区", "自贸区", "新区", "示范园区", "示范园", "示范区", "科技城", "科技工业区", "工业区",
    ]

    private static let chineseParkList = WordList(chineseParkForms)
    private static let ownerPatterns = ["集团", "公司"].map { Array($0.unicodeScalars) }

    static func chineseParks(in text: FactText, places: [NameSpan]) -> [NameSpan] {
        guard text.hasHan else { return [] }
        var found: [NameSpan] = []
        // Read once, not at every character: each read of a static is a call on Linux.
        let parks = chineseParkList
        var index = 1
        while index < text.count {
            // Every form starts with a Han character: other positions are passed without a lookup.
            guard FactText.isHan(text.keys[index]), let form = parks.match(in: text, at: index, wholeWord: false) else {
                index += 1
                continue
            }
            let end = index + parks.words[form].count
            var start = OrganizationShapes.nameStart(before: index, text, maximum: 10)
            // A park named after its owner starts after the owner's name ("台塑集團南林科技園區").
            for pattern in ownerPatterns {
                for cut in stride(from: index - 2, through: start, by: -1) where text.matches(pattern, at: cut) {
                    start = max(start, cut + 2)
                }
            }
            // A place written with its administrative suffix before the park is a place of its own
            // ("苗栗縣銅鑼科學園區"); a bare city name is part of the park's ("阜阳经济技术开发区").
            // (Two characters are a bare name even when the second is a suffix's: 抚州, 苏州.)
            for place in places where place.start >= start && place.end <= index && place.end > start {
                if place.length >= 3, isAdministrativeSuffix(text.keys[place.end - 1]) { start = place.end }
            }
            // An unknown district before the park is a place of its own too: "泰山区南林科技园区".
            if let district = (start + 2..<max(start + 2, index - 2)).first(where: { isAdministrativeSuffix(text.keys[$0]) && !continuesWord(text, $0 + 1) }) {
                found.append(NameSpan(start: start, end: district + 1, role: .place(.city, name: nil)))
                start = district + 1
            }
            if index - start >= 2, !pronounStart(text.keys[start]) {
                found.append(NameSpan(start: start, end: end, role: .place(.park, name: nil)))
            }
            index = end
        }
        return found
    }

    /// A town written before its known province or country: "a plant in Pécs, Hungary", "based in
    /// Livingston, Scotland", and a dateline's "ZEITZ, Germany —". The town opens its paragraph or
    /// follows a word that places it, so a person or a company before a comma is not taken.
    static func englishBeforeKnown(in text: FactText, places: [NameSpan]) -> [NameSpan] {
        var found: [NameSpan] = []
        for place in places.prefix(200) {
            guard case .place(let kind, _) = place.role, kind == .province || kind == .country, place.start >= 3,
                text.scalars[place.start - 1] == " ", text.scalars[place.start - 2] == ",", !FactText.isHan(text.scalars[place.start])
            else { continue }
            let end = place.start - 2
            let start = text.capitalizedRun(endingAt: end, maximumWords: 3)
            guard start < end, !places.contains(where: { $0.start == start }), !found.contains(where: { $0.start == start }) else { continue }
            let opensParagraph = start == 0 || text.scalars[start - 1] == "\n"
            guard opensParagraph || text.previousWord(before: start).map({ locating.contains($0) }) == true else { continue }
            found.append(NameSpan(start: start, end: end, role: .place(.city, name: nil)))
        }
        return found
    }

    /// A dateline's town that no list knows: "ELYRIA — Ridgeline will close…", "GREENFIELD, Feb 5 —". Written
    /// in capitals at the start of one of the first paragraphs, before a dash on its line. (A known name,
    /// "LONDON —" or "CATL —", is the gazetteer's; "UPDATE 2 -" and "EXCLUSIVE -" are no towns.)
    static func datelineTowns(in text: FactText, known: [NameSpan]) -> [NameSpan] {
        var found: [NameSpan] = []
        for start in text.paragraphStarts.prefix(3) {
            let position = text.skippingSpaces(from: start)
            var end = position
            var words = 0
            // Capital letters, words of two or more, at most four ("SAN JOSE", "ST. PAUL").
            while words < 4, end + 1 < text.count, FactText.isUppercase(text.scalars[end]), FactText.isUppercase(text.scalars[end + 1]) {
                while end < text.count, FactText.isUppercase(text.scalars[end]) || text.scalars[end] == "." || text.scalars[end] == "-"
                    || text.scalars[end] == "'"
                {
                    end += 1
                }
                words += 1
                guard end + 2 < text.count, text.scalars[end] == " ", FactText.isUppercase(text.scalars[end + 1]) else { break }
                end += 1
            }
            while end > position, text.scalars[end - 1] == " " || text.scalars[end - 1] == "-" { end -= 1 }
            guard words > 0, end > position + 2, end < text.count, text.scalars[end] == "," || text.matchesExactly(" ", at: end),
                !known.contains(where: { $0.start == position }), !notTowns.contains(text.keyString(position..<end))
            else { continue }
            // The dash ends the dateline on its line, within a date's reach ("LUSAKA, Feb 5 (Reuters) —").
            let line = end..<min(text.count, end + 40)
            guard let dash = line.first(where: { text.scalars[$0] == "\n" || datelineDashes.contains(text.scalars[$0]) }),
                text.scalars[dash] != "\n", text.scalars[dash - 1] == " "
            else { continue }
            // Right before the dash, capitals may be a brief's kicker ("CLOSED —", "FRAME DONE —", "BIGGER —"):
            // there a word shaped like an English verb, comparative or particle is no town.
            if text.scalars[end] != "," {
                let words = text.keyString(position..<end).split(separator: " ")
                if words.contains(where: { word in kickerEndings.contains { word.hasSuffix($0) } || kickerWords.contains(String(word)) }) { continue }
            }
            found.append(NameSpan(start: position, end: end, role: .place(.city, name: nil)))
        }
        return found
    }
    private static let datelineDashes: Set<Unicode.Scalar> = ["—", "–", "-"]
    private static let kickerEndings = ["ed", "ing", "er", "est"]
    private static let kickerWords: Set<String> = ["out", "up", "down", "off", "on", "done", "over", "back", "ahead", "new", "first", "last", "more", "less"]
    /// Capitals before a dash that are a wire's labels, not towns.
    private static let notTowns: Set<String> = [
        "update", "breaking", "exclusive", "analysis", "factbox", "column", "wrapup", "refile", "corrected", "interview", "feature",
        "press release", "news", "brief", "opinion", "editorial", "photos", "video", "live",
    ]

    /// Words that place what follows them: "in", "near", "outside"…
    private static let locating: Set<String> = ["in", "at", "near", "outside", "from", "to", "into", "of", "around", "across"]

    /// Places named right after a known place, one level down: "熊本縣菊陽町", "四川省甘孜藏族自治州雅江县".
    static func chineseChains(in text: FactText, after places: [NameSpan]) -> [NameSpan] {
        guard text.hasHan else { return [] }
        var found: [NameSpan] = []
        var queue = places.filter { !$0.isOrganization }.map(\.end)
        var seen: Set<Int> = []
        while let position = queue.popLast() {
            guard seen.insert(position).inserted else { continue }
            // The shortest run of 3 to 8 Han characters (a name of two or more, then its suffix) ending
            // in an administrative suffix; none of them a stop ("、", "与").
            guard position + 1 < text.count, FactText.isHan(text.scalars[position]), FactText.isHan(text.scalars[position + 1]),
                !OrganizationShapes.chineseStops.contains(text.keys[position]), !OrganizationShapes.chineseStops.contains(text.keys[position + 1])
            else { continue }
            var end = position + 3
            while end <= min(text.count, position + 8) {
                guard FactText.isHan(text.scalars[end - 1]), !OrganizationShapes.chineseStops.contains(text.keys[end - 1]) else { break }
                if isAdministrativeSuffix(text.keys[end - 1]), end < text.count, !continuesWord(text, end), !endsWithPark(text, position..<end) {
                    let kind: PlaceFact.Kind =
                        text.keys[end - 1] == "省" || text.scalars[end - 1] == "縣" ? .province : .city
                    if !places.contains(where: { $0.start == position }) {
                        found.append(NameSpan(start: position, end: end, role: .place(kind, name: nil)))
                    }
                    queue.append(end)
                    break
                }
                end += 1
            }
        }
        return found
    }

    /// True when a park's form ends the run ("…高新区", "…工业区"): a park, not a district.
    private static func endsWithPark(_ text: FactText, _ run: Range<Int>) -> Bool {
        (run.lowerBound..<run.upperBound - 1).contains { start in
            chineseParkList.match(in: text, at: start, limit: run.upperBound, wholeWord: false).map { start + chineseParkList.words[$0].count == run.upperBound } ?? false
        }
    }

    /// 市场 (market), 县域, 区域: a suffix character that starts a word instead of ending a name.
    private static func continuesWord(_ text: FactText, _ end: Int) -> Bool {
        let pairs: Set<String> = ["市场", "区域", "县域", "州际", "市值", "区块", "市民", "区间"]
        let pair = FactText.string(text.keys[(end - 1)...end])
        return pairs.contains(pair)
    }

    static func isAdministrativeSuffix(_ key: Unicode.Scalar) -> Bool {
        switch key {
        case "省", "市", "县", "区", "镇", "乡", "町", "州", "盟", "旗": true
        default: false
        }
    }

    private static func pronounStart(_ key: Unicode.Scalar) -> Bool {
        ["该", "本", "这", "此", "其", "各", "全", "贵", "我", "某", "园", "新", "多", "等"].contains(key)
    }
}
