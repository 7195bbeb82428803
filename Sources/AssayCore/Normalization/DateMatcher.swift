import Foundation

/// The parts of one date expression found by `DateMatcher`.
struct DateMatch {
    var startChar: Int
    var endChar: Int
    var endToken: Int
    var year: Int?
    var month: Int
    var day: Int
    var hour: Int?
    var minute: Int?
    var second: Int?
    var offsetSeconds: Int?
    var zone: TimeZone?
    /// The text names a time or an offset no clock shows ("25:61", "+25:00"): the date is kept
    /// as written and not resolved.
    var invalid = false
}

/// Matches date patterns over tokens starting at one position.
struct DateMatcher {
    let tokens: [DateToken]
    let chars: [Character]

    /// Month names and common abbreviations in the languages news is written in: English, German,
    /// French, Spanish, Italian, Portuguese, Dutch and Russian (nominative and genitive).
    static let months: [String: Int] = {
        let names: [[String]] = [
            ["jan", "january", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "janeiro", "januari", "январь", "января", "янв"],
            ["feb", "february", "februar", "février", "fevrier", "févr", "febrero", "febbraio", "fevereiro", "fev", "februari", "февраль", "февраля", "фев"],
            ["mar", "march", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt", "март", "марта", "мар"],
            ["apr", "april", "avril", "avr", "abril", "abr", "aprile", "апрель", "апреля", "апр"],
            ["may", "mai", "mayo", "maggio", "maio", "mei", "май", "мая"],
            ["jun", "june", "juni", "juin", "junio", "giugno", "junho", "июнь", "июня", "июн"],
            ["jul", "july", "juli", "juillet", "juil", "julio", "luglio", "julho", "июль", "июля", "июл"],
            ["aug", "august", "août", "aout", "agosto", "augustus", "август", "августа", "авг"],
            ["sep", "sept", "september", "septembre", "septiembre", "setiembre", "settembre", "setembro", "сентябрь", "сентября", "сен"],
            ["oct", "october", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "октябрь", "октября", "окт"],
            ["nov", "november", "novembre", "noviembre", "novembro", "ноябрь", "ноября", "ноя"],
            ["dec", "december", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "декабрь", "декабря", "дек"],
        ]
        var table: [String: Int] = [:]
        for (index, words) in names.enumerated() { for word in words { table[word] = index + 1 } }
        return table
    }()

    /// Words that join day, month and year in Romance languages: "17 de marzo de 2020", "1er mai 2020".
    static let connectors: Set<String> = ["de", "del", "di", "do", "da", "er"]

    /// Zone abbreviations news sites print; CST is left out because it names three zones.
    static let zones: [String: String] = [
        "utc": "UTC", "gmt": "GMT", "z": "UTC", "jst": "Asia/Tokyo", "kst": "Asia/Seoul", "ist": "Asia/Kolkata",
        "sgt": "Asia/Singapore", "hkt": "Asia/Hong_Kong", "bjt": "Asia/Shanghai", "cat": "Africa/Maputo",
        "eat": "Africa/Nairobi", "wat": "Africa/Lagos", "sast": "Africa/Johannesburg", "msk": "Europe/Moscow",
        "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
        "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
        "cet": "Europe/Paris", "cest": "Europe/Paris", "bst": "Europe/London", "wib": "Asia/Jakarta",
        "aest": "Australia/Sydney", "aedt": "Australia/Sydney", "awst": "Australia/Perth",
    ]

    func match(at i: Int) -> DateMatch? {
        numericYearFirst(at: i) ?? cjk(at: i) ?? numericYearLast(at: i) ?? monthFirst(at: i) ?? dayFirst(at: i)
            ?? numericShortYear(at: i)
    }

    // MARK: Token helpers

    private func number(_ i: Int, digits: ClosedRange<Int>) -> Int? {
        guard i >= 0, i < tokens.count, case .number(let v, let d) = tokens[i].kind, digits.contains(d) else { return nil }
        return v
    }

    private func symbol(_ i: Int) -> Character? {
        guard i >= 0, i < tokens.count, case .symbol(let c) = tokens[i].kind else { return nil }
        return c
    }

    private func word(_ i: Int) -> String? {
        guard i >= 0, i < tokens.count, case .word(let w) = tokens[i].kind else { return nil }
        return w
    }

    private func isAdjacent(_ a: Int, _ b: Int) -> Bool {
        a < tokens.count && b < tokens.count && tokens[a].end == tokens[b].start
    }

    private func month(_ i: Int) -> Int? {
        word(i).flatMap { Self.months[$0] }
    }

    private func make(start: Int, end: Int, year: Int?, month: Int, day: Int) -> DateMatch {
        var m = DateMatch(
            startChar: tokens[start].start, endChar: tokens[end - 1].end, endToken: end, year: year, month: month,
            day: day)
        if year != nil { attachTime(to: &m) }
        return m
    }

    // MARK: Patterns

    /// 2024-10-28, 2024/10/28, 2024.10.28, with an optional time.
    private func numericYearFirst(at i: Int) -> DateMatch? {
        guard let y = number(i, digits: 4...4), let sep = symbol(i + 1), "-/.".contains(sep),
            let mo = number(i + 2, digits: 1...2), symbol(i + 3) == sep, let d = number(i + 4, digits: 1...2),
            isAdjacent(i, i + 1), isAdjacent(i + 3, i + 4)
        else { return nil }
        return make(start: i, end: i + 5, year: y, month: mo, day: d)
    }

    /// 2024年10月28日, and 10月28日 without a year.
    private func cjk(at i: Int) -> DateMatch? {
        if let y = number(i, digits: 4...4), symbol(i + 1) == "年", let mo = number(i + 2, digits: 1...2),
            symbol(i + 3) == "月", let d = number(i + 4, digits: 1...2)
        {
            let end = symbol(i + 5) == "日" || symbol(i + 5) == "号" ? i + 6 : i + 5
            return make(start: i, end: end, year: y, month: mo, day: d)
        }
        if let mo = number(i, digits: 1...2), symbol(i + 1) == "月", let d = number(i + 2, digits: 1...2),
            symbol(i + 3) == "日", symbol(i - 1) != "年"
        {
            return make(start: i, end: i + 4, year: nil, month: mo, day: d)
        }
        return nil
    }

    /// 20.08.2024 and 13/08/2022 (day first when the separator is a dot or the first number is over 12),
    /// 08/13/2022 (month first otherwise).
    private func numericYearLast(at i: Int) -> DateMatch? {
        guard let a = number(i, digits: 1...2), let sep = symbol(i + 1), "-/.".contains(sep),
            let b = number(i + 2, digits: 1...2), symbol(i + 3) == sep, let y = number(i + 4, digits: 4...4),
            isAdjacent(i, i + 1), isAdjacent(i + 3, i + 4)
        else { return nil }
        let dayFirst = sep != "/" || a > 12
        return make(start: i, end: i + 5, year: y, month: dayFirst ? b : a, day: dayFirst ? a : b)
    }

    /// 31.10.23: German-style dates with a two-digit year, dots only, and not inside a longer
    /// dotted number (a version such as 1.10.23.4).
    private func numericShortYear(at i: Int) -> DateMatch? {
        guard let d = number(i, digits: 1...2), symbol(i + 1) == ".", let mo = number(i + 2, digits: 1...2), symbol(i + 3) == ".",
            let yy = number(i + 4, digits: 2...2), isAdjacent(i, i + 1), isAdjacent(i + 1, i + 2), isAdjacent(i + 3, i + 4),
            !(symbol(i + 5) == "." && number(i + 6, digits: 1...9) != nil && isAdjacent(i + 5, i + 6)),
            !(i > 0 && symbol(i - 1) == "." && isAdjacent(i - 1, i))
        else { return nil }
        return make(start: i, end: i + 5, year: yy < 70 ? 2000 + yy : 1900 + yy, month: mo, day: d)
    }

    /// Jan 16, 2018 · January 16 2018 · Sept. 6, 2024 · August 20 (no year).
    private func monthFirst(at i: Int) -> DateMatch? {
        guard let mo = month(i) else { return nil }
        var j = i + 1
        if symbol(j) == "." { j += 1 }
        guard let d = number(j, digits: 1...2) else { return nil }
        j += 1
        if let suffix = word(j), ["st", "nd", "rd", "th"].contains(suffix), isAdjacent(j - 1, j) { j += 1 }
        var k = j
        if symbol(k) == "," { k += 1 }
        if let y = number(k, digits: 4...4), symbol(k + 1) != ":" {
            return make(start: i, end: k + 1, year: y, month: mo, day: d)
        }
        // Without a year only a capitalized month counts ("may 5" is more often a verb), and not a time.
        guard chars[tokens[i].start].isUppercase, symbol(j) != ":" else { return nil }
        return make(start: i, end: j, year: nil, month: mo, day: d)
    }

    /// 14 July 2022 · 28 Oct 2024 19:13:00 +0800 · 19. Juli 2014 · 17 de marzo de 2020 · 20 August (no year).
    private func dayFirst(at i: Int) -> DateMatch? {
        guard let d = number(i, digits: 1...2) else { return nil }
        var j = i + 1
        if symbol(j) == "." { j += 1 }
        if let w = word(j), Self.connectors.contains(w) { j += 1 }
        guard let mo = month(j) else { return nil }
        j += 1
        if symbol(j) == "." { j += 1 }
        if let w = word(j), Self.connectors.contains(w), number(j + 1, digits: 4...4) != nil { j += 1 }
        var k = j
        if symbol(k) == "," { k += 1 }
        if let y = number(k, digits: 4...4), symbol(k + 1) != ":" {
            return make(start: i, end: k + 1, year: y, month: mo, day: d)
        }
        guard chars[tokens[i + 1 < tokens.count && symbol(i + 1) == "." ? i + 2 : i + 1].start].isUppercase
        else { return nil }
        return make(start: i, end: j, year: nil, month: mo, day: d)
    }

    // MARK: Time and zone

    /// Extends a match with "19:13", "at 6:12 p.m. JST", "T19:13:00+08:00", "7:45 PM IST" when present.
    private func attachTime(to m: inout DateMatch) {
        var j = m.endToken
        var skipped = 0
        while skipped < 2, j < tokens.count {
            if let w = word(j), w == "at" || w == "t" {
                j += 1
            } else if let s = symbol(j), ",|·-".contains(s) {
                j += 1
            } else {
                break
            }
            skipped += 1
        }
        guard var hour = number(j, digits: 1...2), let colon = symbol(j + 1), colon == ":" || colon == "：",
            let minute = number(j + 2, digits: 2...2)
        else { return }
        var end = j + 3
        guard hour < 24, minute < 60 else {
            m.invalid = true
            m.endToken = end
            m.endChar = tokens[end - 1].end
            return
        }
        var second: Int?
        if symbol(end) == ":" || symbol(end) == "：", let s = number(end + 1, digits: 2...2), s < 61 {
            second = s
            end += 2
            if symbol(end) == ".", number(end + 1, digits: 1...9) != nil { end += 2 }
        }
        // am / pm, a.m. / p.m.
        if let w = word(end) {
            var meridiem: String?
            if w == "am" || w == "pm" {
                meridiem = w
                end += 1
            } else if (w == "a" || w == "p"), symbol(end + 1) == ".", word(end + 2) == "m" {
                meridiem = w == "a" ? "am" : "pm"
                end += symbol(end + 3) == "." ? 4 : 3
            }
            if let meridiem, hour <= 12 {
                if meridiem == "pm" && hour < 12 { hour += 12 }
                if meridiem == "am" && hour == 12 { hour = 0 }
            }
        }
        m.hour = hour
        m.minute = minute
        m.second = second
        end = attachZone(to: &m, at: end)
        m.endToken = end
        m.endChar = tokens[end - 1].end
    }

    private func attachZone(to m: inout DateMatch, at start: Int) -> Int {
        var j = start
        // "16:42 (GMT+8)": a zone in parentheses.
        if symbol(j) == "(", let w = word(j + 1), Self.zones[w] != nil {
            let end = attachZone(to: &m, at: j + 1)
            return symbol(end) == ")" ? end + 1 : end
        }
        if let w = word(j), let identifier = Self.zones[w] {
            j += 1
            if identifier == "UTC" || identifier == "GMT", let offset = numericOffset(at: j) {
                m.offsetSeconds = offset.seconds
                return offset.end
            }
            if identifier == "UTC" || identifier == "GMT" {
                m.offsetSeconds = 0
            } else {
                m.zone = TimeZone(identifier: identifier)
            }
            return j
        }
        if let offset = numericOffset(at: j) {
            m.offsetSeconds = offset.seconds
            // Real offsets run from -12:00 to +14:00, in whole minutes.
            if abs(offset.seconds) > 14 * 3600 { m.invalid = true }
            return offset.end
        }
        return j
    }

    /// +08:00, +0800, -5, +8 after UTC/GMT.
    private func numericOffset(at j: Int) -> (seconds: Int, end: Int)? {
        guard let sign = symbol(j), sign == "+" || sign == "-" || sign == "−", isAdjacent(j, j + 1) else { return nil }
        let factor = sign == "+" ? 1 : -1
        // A minute field of 60 or more is no offset: it is reported as one beyond ±14:00.
        if let hh = number(j + 1, digits: 2...2), symbol(j + 2) == ":", let mm = number(j + 3, digits: 2...2) {
            return (factor * (mm < 60 ? hh * 3600 + mm * 60 : 15 * 3600), j + 4)
        }
        if let hhmm = number(j + 1, digits: 4...4) {
            return (factor * (hhmm % 100 < 60 ? (hhmm / 100) * 3600 + (hhmm % 100) * 60 : 15 * 3600), j + 2)
        }
        if let hh = number(j + 1, digits: 1...2), hh <= 14 {
            return (factor * hh * 3600, j + 2)
        }
        return nil
    }
}
