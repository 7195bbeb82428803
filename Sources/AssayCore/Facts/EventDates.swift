/// The dates a step is told with: an opening clause of a condition or an earlier time, a month
/// or year before the article's own, and the article's year itself.
extension EventFinder {
    /// True when a sentence's opening clause, before the step's own, is a condition ("Once fully
    /// operational,", "若获批，") or history ("A year ago,", "此前，").
    func openedAsConditionOrHistory(_ sentence: Range<Int>, before clause: Int, currentYear: Int?) -> Bool {
        let opening = text.skippingSpaces(from: sentence.lowerBound)
        guard opening < clause else { return false }
        var end = opening
        while end < clause, text.scalars[end] != "," && text.scalars[end] != "，" { end += 1 }
        guard end < clause else { return false }
        // A condition or a schedule says so in its first word, however long the clause it opens.
        if end - opening <= 160, Self.conditionOpenings.match(in: text, at: opening, limit: end, wholeWord: true) != nil { return true }
        guard end - opening <= 40 else { return false }
        // "In 2024,", "In July 2022,", "Since 2008,", "2024年，": an earlier year.
        if let currentYear, yearsIn(opening..<end).contains(where: { $0 < currentYear }) { return true }
        let history = Self.historyOpenings
        if (opening..<end).contains(where: { history.match(in: text, at: $0, limit: end, wholeWord: true) != nil && ($0 == opening || !FactText.isLetter(text.scalars[$0 - 1])) }) {
            return true
        }
        // "In alignment with its vision, earlier in June, Epsilon announced…": a later short clause
        // before the step's that opens with history dates it as well.
        var next = end + 1
        while next < clause {
            let start = text.skippingSpaces(from: next)
            var stop = start
            while stop < clause, text.scalars[stop] != "," && text.scalars[stop] != "，" { stop += 1 }
            guard stop < clause else { return false }
            if stop - start <= 40, history.match(in: text, at: start, limit: stop, wholeWord: true) != nil { return true }
            next = stop + 1
        }
        return false
    }
    /// ("Scheduled to begin mass production in 2026, the plant will expand…": a schedule opening the sentence makes it a plan.)
    static let conditionOpenings = WordList([
        "once", "if", "when", "unless", "upon", "一旦", "若", "如果", "倘若", "假如", "只要", "如若", "待", "scheduled", "slated", "expected", "due to",
    ])
    static let historyOpenings = WordList([
        "ago", "last year", "earlier", "previously", "in the past", "a year earlier", "years earlier", "since then", "去年", "此前", "早在", "前年", "曾经",
        // ("…launched its photoresists business in 1997. Then, it started production of…": a story told on.)
        "then",
        // ("Each time, prices jumped on the announcement": a pattern over past steps.)
        "each time", "every time",
    ])


    /// True when an English step is dated to a month two or more before the article's own ("On
    /// October 24, Eramet announced…" in December): in the sentence's opening clause, the step's
    /// own clause, or after the step up to the next comma. A month of another year is the years' to judge.
    func datedByEarlierMonth(start: Int, end: Int, clause: Int, sentence: Range<Int>, currentYear: Int?) -> Bool {
        // "will shut the line by the end of June": a plan's month is ahead, whatever its number. (A plan
        // that is the step itself, "In May, Micron announced a plan to invest", was announced in that month.)
        guard let articleMonth, planEnd(in: sentence.lowerBound..<start) == nil else { return false }
        var after = end
        while after < min(sentence.upperBound, end + 90), text.scalars[after] != "," { after += 1 }
        let opening = sentence.lowerBound..<min(openingClauseEnd(sentence, before: start), start)
        let planned = planEnd(in: start..<end) != nil
        for range in planned ? [opening, clause..<start] : [opening, clause..<start, end..<after] {
            for mention in EnglishMonths.months(in: text, range) {
                if let year = yearsIn(mention.end..<min(text.count, mention.end + 10)).first {
                    guard year == currentYear, articleMonth - mention.month >= 2 else { continue }
                    return true
                }
                // A month after the article's, told without a year and with no plan, is last year's:
                // "broke ground in December" in a February article.
                if (articleMonth - mention.month + 12) % 12 >= 2 { return true }
            }
        }
        return false
    }

    /// A month a sentence or a step's clause opens with ("6月30日，", "今年6月8日，").
    func leadingMonth(sentence: Range<Int>, before start: Int) -> Int? {
        guard !text.scalars[start].isASCII else { return nil }
        let opening = text.skippingSpaces(from: sentence.lowerBound)
        let found = monthDay(in: opening..<min(start, opening + 12))
        return found.first(where: { $0.position <= opening + 2 })?.month
    }

    /// Each "M月D日" in `range`, with where it starts.
    func monthDay(in range: Range<Int>) -> [(position: Int, month: Int)] { Self.monthDay(in: text, range) }

    static func monthDay(in text: FactText, _ range: Range<Int>) -> [(position: Int, month: Int)] {
        var found: [(position: Int, month: Int)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard FactText.isDigit(text.scalars[index]), index == 0 || !FactText.isDigit(text.scalars[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < range.upperBound, FactText.isDigit(text.scalars[end]) { end += 1 }
            // Not the month of a year ("2023年3月"): that is read by the year's rules.
            let afterYear = index >= 1 && text.scalars[index - 1] == "年" && index >= 5 && FactText.isDigit(text.scalars[index - 2])
            if end < range.upperBound, end - index <= 2, text.scalars[end] == "月", !afterYear, let month = Int(text.string(index..<end)), (1...12).contains(month) {
                var day = end + 1
                while day < text.count, FactText.isDigit(text.scalars[day]) { day += 1 }
                if day > end + 1, day < text.count, text.scalars[day] == "日" || text.scalars[day] == "号" { found.append((index, month)) }
            }
            index = end
        }
        return found
    }

    /// Where a sentence's first clause ends (its first comma), or `start` when the step comes first.
    func openingClauseEnd(_ sentence: Range<Int>, before start: Int) -> Int {
        var end = sentence.lowerBound
        while end < start, text.scalars[end] != "，" && text.scalars[end] != "," { end += 1 }
        return end
    }

    /// True when a day is named in `range`: "上周五", "18日", "昨日".
    func namesADay(_ range: Range<Int>) -> Bool {
        range.contains { index in
            Self.recentWords.contains { text.matches($0, at: index) }
                || text.keys[index] == "日" && index > range.lowerBound && FactText.isDigit(text.scalars[index - 1])
        }
    }

    /// True when "今年" and a month without a day ("今年3月") stand in `range`.
    func monthOfThisYear(in range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index + 3 < range.upperBound {
            defer { index += 1 }
            guard text.keys[index] == "今", text.keys[index + 1] == "年" else { continue }
            var next = index + 2
            while next < range.upperBound, FactText.isDigit(text.scalars[next]) || NumberReading.isChineseNumeral(text.scalars[next]) { next += 1 }
            guard next > index + 2, next < text.count, text.scalars[next] == "月" else { continue }
            let day = next + 1 < text.count && (FactText.isDigit(text.scalars[next + 1]) || NumberReading.isChineseNumeral(text.scalars[next + 1]))
            if !day { return true }
        }
        return false
    }

    /// True when a step is named by a noun ("installation", "expansion", "closure"): its tense is in the words after it.
    func nominal(_ hit: Hit) -> Bool {
        // A phrase's last word names it ("mass production"); a combination's verb does ("installation of …").
        var start = hit.verb
        var end = hit.verb
        if hit.between == nil {
            end = hit.end
            start = end
            while start > hit.start, FactText.isLetter(text.scalars[start - 1]) { start -= 1 }
        } else {
            while end < text.count, FactText.isLetter(text.scalars[end]) { end += 1 }
        }
        if nounEnding(start..<end, gerund: false) { return true }
        // "Installation of equipment is scheduled", "the groundbreaking of the plant": a noun governs a phrase with "of".
        guard hit.between == nil, let of = (hit.start..<hit.end).first(where: { text.matchesExactly(" of", at: $0) }) else { return false }
        var first = hit.start
        if text.matchesExactly("the ", at: first) { first += 4 }
        var wordEnd = first
        while wordEnd < of, FactText.isLetter(text.scalars[wordEnd]) { wordEnd += 1 }
        return wordEnd == of && (nounEnding(first..<wordEnd, gerund: true) || text.keys[first..<wordEnd].elementsEqual("start".unicodeScalars))
    }

    /// True when a word ends as an English noun of action does: "-ion", "-ure" (and "-ing" before "of").
    private func nounEnding(_ word: Range<Int>, gerund: Bool) -> Bool {
        guard word.count >= 5 else { return false }
        let suffix = text.keys[(word.upperBound - 3)..<word.upperBound]
        return suffix.elementsEqual("ion".unicodeScalars) || suffix.elementsEqual("ure".unicodeScalars)
            || gerund && suffix.elementsEqual("ing".unicodeScalars)
    }

    /// True when the step's verb opens a relative clause: "that halted", "which has begun".
    func relativeClause(before start: Int) -> Bool {
        // Read on the keys, no string built: this is asked of every step word.
        guard var word = wordBefore(start) else { return false }
        // ("which has been approved": two auxiliaries.)
        for _ in 0..<2 where Self.auxiliaries.contains(where: { text.keys[word].elementsEqual($0) }) {
            guard let before = wordBefore(word.lowerBound) else { return false }
            word = before
        }
        return Self.relativePronouns.contains { text.keys[word].elementsEqual($0) }
    }
    static let documentNouns = ["report", "study", "article", "survey", "paper", "data", "story", "analysis", "statement", "commentary", "editorial", "readout"].map { Array($0.unicodeScalars) }
    static let auxiliaries = ["has", "had", "have", "was", "were", "is", "are", "been"].map { Array($0.unicodeScalars) }
    static let relativePronouns = ["that", "which", "who"].map { Array($0.unicodeScalars) }

    /// The Latin word right before `end` and one space, as `FactText.previousWord` reads it, without building it.
    func wordBefore(_ end: Int) -> Range<Int>? {
        guard end >= 2, text.scalars[end - 1] == " " else { return nil }
        var start = end - 1
        while start > 0, text.scalars[start - 1].isASCII && FactText.isLetter(text.scalars[start - 1]) || text.scalars[start - 1] == "'" || text.scalars[start - 1] == "’" {
            start -= 1
        }
        return start < end - 1 ? start..<(end - 1) : nil
    }

    /// "已于25日停产": "already, on the 25th" dates the news to a day of this month, not to the past.
    func recentDay(after history: Int) -> Bool {
        guard history >= 2, text.keys[history - 2] == "已", text.keys[history - 1] == "于" else { return false }
        var index = history
        while index < text.count, FactText.isDigit(text.scalars[index]) || NumberReading.isChineseNumeral(text.scalars[index]) { index += 1 }
        if index > history { return index < text.count && (text.scalars[index] == "日" || text.scalars[index] == "号") }
        // "已于上周移入厂房", "已于本月初开始量产".
        return Self.recentWords.contains { text.matches($0, at: history) }
    }
    static let recentWords = ["上周", "本周", "本月", "上月", "近日", "日前", "昨", "今日", "今天", "当天"].map { Array($0.unicodeScalars) }

    /// True when the word before a participle makes it an adjective: "the suspended line", "its newly commissioned cleanroom".
    func attributive(before start: Int) -> Bool {
        // Read on the keys, no string built.
        guard let word = wordBefore(start) else { return false }
        if marksAttribute(word) { return true }
        // An adverb between ("newly", "recently") is read past.
        guard word.count > 3, text.keys[word.upperBound - 2] == "l", text.keys[word.upperBound - 1] == "y", let before = wordBefore(word.lowerBound) else {
            return false
        }
        return marksAttribute(before)
    }

    /// An article, a determiner or a possessive ("the company's idled plant") before a participle.
    func marksAttribute(_ word: Range<Int>) -> Bool {
        if word.count >= 2, text.keys[word.upperBound - 1] == "s", text.scalars[word.upperBound - 2] == "'" || text.scalars[word.upperBound - 2] == "’" {
            return true
        }
        return Self.attributiveKeys.contains { text.keys[word].elementsEqual($0) }
    }
    static let attributiveKeys = attributiveMarkers.map { Array($0.unicodeScalars) }

    static let yearPurposes = ["fiscal ", "for ", "fy", "fy ", "through ", "until ", "to ", "by "]

    /// True when a bare year (not part of a full date) stands with the step in its clause:
    /// "began production in 2021", "signed in 2022", "于2017年实现量产".
    func datedByYear(start: Int, end: Int, sentence: Range<Int>, currentYear: Int?) -> Bool {
        let clause = text.clauseStart(before: start)
        // (Up to 100 code points after the step for a year past a place's appositions: "began commercial
        // production at its main plant in Gumi, North Gyeongsang Province, in 2022"; see below.)
        for range in [clause..<start, end..<min(sentence.upperBound, end + 100)] {
            var index = range.lowerBound
            while index + 4 <= range.upperBound {
                defer { index += 1 }
                guard text.scalars[index] == "1" || text.scalars[index] == "2", (0..<4).allSatisfy({ FactText.isDigit(text.scalars[index + $0]) }),
                    index == 0 || !FactText.isDigit(text.scalars[index - 1]), index + 4 == text.count || !FactText.isDigit(text.scalars[index + 4])
                else { continue }
                let after = index + 4
                if Self.insideBookTitle(text, index) { continue }
                // Past 45 code points after the step, only a year before the article's own dates it ("acquired
                // the site from Digital Equipment Corp. in 1998"); a later one is what was built's ("began
                // construction of a refinery in Nevada slated for completion in 2027").
                if after > end + 45 {
                    guard let currentYear, let year = Int(text.string(index..<after)), year < currentYear else { continue }
                }
                // Past 60, only after commas that end a name or close an apposition ("in Gumi, North Gyeongsang
                // Province, in 2022", "of Bluefield Controls, a maker of battery software, in September 2025").
                if after > end + 60, !appositiveCommas(end..<index) { continue }
                // "…舉辦動土典禮，預計2024年第三季完工": a year in a clause after the step's dates what that clause says.
                // (A full stop inside the sentence is an abbreviation's: "bought it from Digital Equipment Corp. in 1998".)
                if index > end, (end..<index).contains(where: { text.scalars[$0] != "." && Self.clauseMarks.contains(text.scalars[$0]) }) {
                    // ("It opened its first European plant, in Hungary, in 2025": an English year set off by commas
                    // with its "in" still dates the step, when it is before the article's.)
                    // ("…, in September 2025": a month may stand between.)
                    let month = EnglishMonths.months(in: text, max(end, index - 11)..<index).last.flatMap { $0.end + 1 == index ? $0.position : nil }
                    guard text.scalars[start].isASCII, text.matchesExactly("in ", at: (month ?? index) - 3),
                        (end..<index).allSatisfy({ text.scalars[$0] == "," || text.scalars[$0] == "." || !Self.clauseMarks.contains(text.scalars[$0]) }),
                        let currentYear, let year = Int(text.string(index..<after)), year < currentYear
                    else { continue }
                    return true
                }
                // "2024年6月5日" and "June 3, 2024" are dates of the news; "2017年" and "in 2021" are not.
                if after < text.count, text.scalars[after] == "年" {
                    var next = after + 1
                    // "2017年实现量产" is history; "(2024年本)" names an edition, not a time.
                    guard next < text.count, FactText.isDigit(text.scalars[next]) || NumberReading.isChineseNumeral(text.scalars[next]) else {
                        if next < text.count, text.scalars[next] == "本" { continue }
                        // ("2024年第三次“开工一批”活动" in an article dated 2024: the year of the news itself. Without
                        // the record's date the year the text names last is no sure "now".)
                        if let published, Int(text.string(index..<after)) == published.year { continue }
                        return true
                    }
                    // "2021年3月动土" (a month, no day) in an article of a later year is history too.
                    while next < text.count, FactText.isDigit(text.scalars[next]) || NumberReading.isChineseNumeral(text.scalars[next]) { next += 1 }
                    let day = next + 1 < text.count && text.scalars[next] == "月" && (FactText.isDigit(text.scalars[next + 1]) || NumberReading.isChineseNumeral(text.scalars[next + 1]))
                    if !day, let currentYear, let year = Int(text.string(index..<after)), year < currentYear { return true }
                    // "2023年3月开工" in an article of 11月14日, 2023: months before the article's own.
                    if !day, let month = Int(text.string((after + 1)..<next)), let articleMonth, articleMonth - month >= 2 { return true }
                    continue
                }
                let word = max(0, index - 6)..<index
                // ("在2019世界制造业大会上": a year naming an event, not a date.)
                if after < text.count, FactText.isHan(text.scalars[after]) { continue }
                if words.contains(Context.yearMarkers.rawValue, in: word), !(index >= 2 && text.scalars[index - 2] == ",") { return true }
                // ("broke ground on the site in March 2024": a month and its year, before the article's year, as "in 2024".)
                if let month = EnglishMonths.months(in: text, max(0, index - 11)..<index).last, month.end + 1 == index,
                    words.contains(Context.yearMarkers.rawValue, in: max(0, month.position - 6)..<month.position),
                    let currentYear, let year = Int(text.string(index..<after)), year < currentYear
                {
                    return true
                }
            }
        }
        return false
    }


    /// True when every comma in `range` ends a name, opens an apposition or closes the one opened
    /// ("in Gumi, North Gyeongsang Province, in 2022"; "Bluefield Controls, a maker of battery software, in 2025").
    func appositiveCommas(_ range: Range<Int>) -> Bool {
        var open = false
        for comma in range where text.scalars[comma] == "," {
            let next = text.skippingSpaces(from: comma + 1)
            if Self.appositionOpeners.contains(where: { text.matchesExactly($0, at: next) }) {
                open = true
            } else if open {
                open = false
            } else if !names.contains(where: { $0.end == comma }) {
                return false
            }
        }
        return true
    }
    static let appositionOpeners = ["a ", "an ", "the "]

    /// True when an English sentence ends on a year before the article's, after "in", with no clause of
    /// its own between the step and it (no comma but a name's): "It signed a long-term supply contract with a U.S. automaker's
    /// battery joint venture in 2024." (However long the object, the year dates the step; "a plant that
    /// opened in 2024" dates the plant.)
    func endsOnAnEarlierYear(after end: Int, sentence: Range<Int>, currentYear: Int?) -> Bool {
        guard let currentYear, let last = years.last(where: { $0.position >= end && $0.position + 4 <= sentence.upperBound }),
            last.year < currentYear, text.matchesExactly("in ", at: last.position - 3)
        else { return false }
        let after = last.position + 4
        guard after >= sentence.upperBound || text.scalars[after] == "." && (after + 1 >= sentence.upperBound || !FactText.isLetter(text.scalars[after + 1]))
        else { return false }
        // (A comma outside a name opens another clause: "…from September 1, extending rules first imposed in 2023.")
        let commas = (end..<last.position).filter { text.scalars[$0] == "," }
        guard commas.allSatisfy({ comma in names.contains { $0.start <= comma && comma < $0.end } }) else { return false }
        return wordStarts(in: end..<last.position, of: Self.clauseOpeners).isEmpty
    }
    /// Words that open a clause of its own, whose verb a later year would date instead.
    static let clauseOpeners = WordList(["that", "which", "who", "where", "when", "after", "since", "before", "while", "because", "until", "as"])

    /// The year the article reports from: that of a full date near its start ("April 1, 2025",
    /// "2025年4月1日", "2025-04-01"), else the latest year it names (2000–2099). A target year
    /// ("mass production in 2027") must not make this year's steps look like history.
    func latestYear() -> Int? {
        for (position, year) in years where position < 400 {
            let after = position + 4
            let commaBefore = position >= 3 && text.scalars[position - 2] == "," && FactText.isDigit(text.scalars[position - 3])
            let dashAfter = after + 2 < text.count && text.scalars[after] == "-" && FactText.isDigit(text.scalars[after + 1])
            // "2025年4月1日" with its day: a year and a month alone ("2025年4月开工") may tell history.
            var index = after + 1
            if after < text.count, text.scalars[after] == "年" {
                while index < text.count, FactText.isDigit(text.scalars[index]) { index += 1 }
            }
            var day = index + 1
            while day < text.count, FactText.isDigit(text.scalars[day]) { day += 1 }
            let chineseDate = index > after + 1 && index < text.count && text.scalars[index] == "月" && day > index + 1 && day < text.count
                && text.scalars[day] == "日"
            if commaBefore || dashAfter || chineseDate { return year }
        }
        // (A Taiwan filing may name years of the Republic only: "115/04/20", "預計於116年第1季".)
        return yearsIn(0..<text.count).max() ?? (text.hasHan ? republicYear(in: 0..<text.count, latest: true) : nil)
    }

    /// The year of a Taiwan filing's "113年" (years of the Republic, 100 to 139) in `range`, as a
    /// Gregorian year: the last one, or the latest.
    func republicYear(in range: Range<Int>, latest: Bool = false) -> Int? {
        var found: Int?
        for index in range where index + 3 < text.count && text.scalars[index] == "1" && text.scalars[index + 3] == "年" {
            guard index == 0 || !FactText.isDigit(text.scalars[index - 1]),
                let value = Int(text.string(index..<(index + 3))), (100..<140).contains(value)
            else { continue }
            found = latest ? max(found ?? 0, value + 1911) : value + 1911
        }
        return found
    }

    /// The years standing wholly in `range`. Whether four digits are a year depends on the code
    /// points around them, not on where a search starts, so the text's years answer for any range.
    func yearsIn(_ range: Range<Int>) -> [Int] {
        years.filter { $0.position >= range.lowerBound && $0.position + 4 <= range.upperBound }.map(\.year)
    }

    /// True when `position` stands inside a title in 《》 (looked for within 40 code points back).
    static func insideBookTitle(_ text: FactText, _ position: Int) -> Bool {
        var index = position - 1
        while index >= max(0, position - 40) {
            if text.scalars[index] == "》" { return false }
            if text.scalars[index] == "《" { return true }
            index -= 1
        }
        return false
    }

    /// True when a 》 closes the title within 40 code points after `end`, before any sentence end.
    static func closesBookTitle(_ text: FactText, after end: Int) -> Bool {
        var index = end
        while index < min(text.count, end + 40) {
            if text.scalars[index] == "》" { return true }
            if text.scalars[index] == "《" || text.scalars[index] == "。" { return false }
            index += 1
        }
        return false
    }

    static func years(in text: FactText) -> [(position: Int, year: Int)] {
        // Full-width digits count as digits (`FactText.isDigit`).
        func digit(_ scalar: Unicode.Scalar) -> Int { Int(scalar.value >= 0xFF10 ? scalar.value - 0xFF10 : scalar.value - 0x30) }
        var years: [(position: Int, year: Int)] = []
        let scalars = text.scalars
        var index = text.nextPosition(ofKey: "2", "0", from: 0)
        while index + 4 <= scalars.count {
            if scalars[index] == "2", scalars[index + 1] == "0", FactText.isDigit(scalars[index + 2]), FactText.isDigit(scalars[index + 3]),
                index == 0 || !FactText.isDigit(scalars[index - 1]) && scalars[index - 1] != ",",
                // ("in 2024, the company…" is a year; "2024,500" is not.)
                index + 4 == scalars.count || !FactText.isDigit(scalars[index + 4])
                    && !(scalars[index + 4] == "," && index + 5 < scalars.count && FactText.isDigit(scalars[index + 5]))
            {
                // ("印发《…行动方案(2025—2027年)》": a year in a document's title names its span, not a date.)
                if !insideBookTitle(text, index) { years.append((index, 2000 + digit(scalars[index + 2]) * 10 + digit(scalars[index + 3]))) }
                index = text.nextPosition(ofKey: "2", "0", from: index + 4)
                continue
            }
            index = text.nextPosition(ofKey: "2", "0", from: index + 1)
        }
        return years
    }
}
