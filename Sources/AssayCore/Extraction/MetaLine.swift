import Foundation

/// What a header line of a scraped article says about the article: its date, authors, publisher.
/// Lines like "By YUAN SHENGGAO | China Daily | Updated: 2022-07-14", "Source: Ganjiang News    Date:
/// 2023-09-04", "2024年6月5日 10:32　来源：锂电材料观察　作者：孙晓晨".
struct MetaLine {
    var date: FoundDate?
    var authors: [String] = []
    var publisher: String?
    /// The line carries metadata (so it is not a title or body text).
    var isMeta = false

    private static let datePrefixes = [
        "updated:", "updated", "published:", "published", "posted on", "posted:", "release time:", "released:",
        "date:", "time:", "发布时间：", "发布时间:", "时间：", "日期：", "发布日期：", "更新时间：",
    ]
    private static let sourcePrefixes = ["source:", "来源：", "来源:", "稿源：", "from:", "出处："]
    private static let authorPrefixes = [
        "by ", "by:", "author:", "authors:", "reporter:", "correspondent:", "written by ", "作者：", "作者:",
        "记者：", "记者 ", "记者", "文/", "通讯员：", "通讯员 ",
    ]
    private static let ignoredPrefixes = [
        "views:", "view:", "font", "[font", "hits:", "clicks:", "阅读量", "浏览量", "点击", "字号", "【字体", "editor:",
        "编辑：", "编辑:", "责任编辑", "photographer:",
    ]
    private static let publisherWords: Set<String> = [
        "news", "daily", "times", "journal", "review", "wire", "post", "observer", "today", "ledger", "brief",
        "net", "magazine", "herald", "gazette", "tribune", "insider", "weekly", "monitor", "press", "media",
        "online", "digest", "chronicle", "telegraph", "express", "bulletin", "agency", "network", "report",
        "business", "economic", "finance", "financial", "world", "global", "observer", "insights", "wiki",
    ]
    private static let publisherSuffixes = ["网", "报", "社", "新闻", "观察", "快讯", "融媒", "在线", "周刊", "杂志", "频道", "资讯", "日报", "晚报"]

    init(_ line: String, dateParser: DateParser) {
        let segments = Self.segments(of: line)
        // A date segment of a Chinese line ("2024-11-11 16:05　来源：…") is China time like the line.
        let chineseLine = line.unicodeScalars.contains(where: TextScript.isHan)
        var bylineIndex: Int?
        // Segments that are credits and nothing else: a long list of names is no sentence.
        var credits: Set<Int> = []
        for (index, raw) in segments.enumerated() {
            var segment = raw
            // Only prefixes are asked (none longer than 16 characters): a paragraph is not lowercased whole.
            let lower = String(segment.prefix(32)).lowercased()
            if Self.ignoredPrefixes.contains(where: { lower.hasPrefix($0) }) {
                isMeta = true
                continue
            }
            if let prefix = Self.sourcePrefixes.first(where: { lower.hasPrefix($0) }) {
                isMeta = true
                let name = String(segment.dropFirst(prefix.count)).trimmingWhitespace()
                if publisher == nil, !name.isEmpty, TextScript.wordCount(name) <= 8 { publisher = name }
                continue
            }
            if Self.mayBeDateDominated(segment), let found = dateParser.firstDate(in: segment, inChinese: chineseLine),
                Self.isDateDominated(segment, by: found)
            {
                isMeta = true
                if date == nil || (date?.rfc3339 == nil && found.rfc3339 != nil) { date = found }
                // "Posted on August 16, 2024 by Grid Storage Today staff": the rest is a byline.
                let after = String(Array(segment)[found.range.upperBound...]).trimmingWhitespace()
                guard after.lowercased().hasPrefix("by ") else { continue }
                segment = after
            }
            let lowerSegment = String(segment.prefix(32)).lowercased()
            if let prefix = Self.authorPrefixes.first(where: { lowerSegment.hasPrefix($0) }) {
                isMeta = true
                bylineIndex = index
                let credit = String(segment.dropFirst(prefix.count))
                let (authorsBefore, publisherBefore) = (authors.count, publisher)
                readByline(credit)
                if Self.namesOnly(credit, authors: authors[authorsBefore...], publisher: publisherBefore == nil ? publisher : nil) {
                    credits.insert(index)
                }
                continue
            }
            if Self.datePrefixes.contains(where: { lowerSegment.hasPrefix($0) }) {
                isMeta = true
                continue
            }
            if publisher == nil, let by = bylineIndex, index == by + 1, Self.isNameLike(segment),
                !segment.lowercased().hasSuffix(" desk")
            {
                publisher = segment
            } else if publisher == nil, Self.isPublisherLike(segment) {
                publisher = segment
            }
        }
        if segments.count >= 2 && (date != nil || !authors.isEmpty || publisher != nil) { isMeta = true }
        // A kicker such as "MARKET WRAP | Week 46, 2024 | Asia Battery & Chip Markets Desk".
        if segments.count >= 2, line.contains("|"), segments.allSatisfy({ TextScript.wordCount($0) <= 7 }) {
            isMeta = true
        }
        // "KENITRA, Morocco, June 10 — Gotion … laid the foundation stone …": a dateline that leads a
        // paragraph makes it the body's first paragraph, not a header line to drop.
        // (Not a credit of twenty names: "Posted on March 3, 2025 by Anna Lee, Brian Cole, …".)
        if isMeta, segments.indices.contains(where: { !credits.contains($0) && Self.isProse(segments[$0]) }) { isMeta = false }
        if !isMeta {
            publisher = nil
            date = nil
            authors = []
        }
    }

    /// A sentence's worth of words: no meta field runs this long.
    private static func isProse(_ segment: String) -> Bool {
        TextScript.isMostlyCJK(segment) ? segment.count >= 40 : TextScript.wordCount(segment) >= 15
    }

    /// True when the names read from `credit` (and the publisher it named) account for its words but
    /// for a connective or two ("and", "with").
    private static func namesOnly(_ credit: String, authors: ArraySlice<String>, publisher: String?) -> Bool {
        guard !authors.isEmpty else { return false }
        let named = authors.reduce(0) { $0 + TextScript.wordCount($1) } + (publisher.map { TextScript.wordCount($0) } ?? 0)
        return named + 2 >= TextScript.wordCount(credit)
    }

    /// False for a segment too long for any date to dominate: the first paragraph, asked whether it
    /// is a meta line, is not read for dates word by word (that was most of a plain-text file's cost).
    /// What stands before a byline's "by " is at most 4 words and a date's.
    static func mayBeDateDominated(_ segment: String) -> Bool {
        // (Any "by " in any case, even ending a word: the cut in `isDateDominated` may fall where the date was taken out.)
        var cut = segment.utf8.endIndex
        var previous: (UInt8, UInt8) = (0, 0)
        for index in segment.utf8.indices {
            let byte = segment.utf8[index]
            if byte == 0x20, previous.0 | 0x20 == 0x62, previous.1 | 0x20 == 0x79 {
                cut = segment.utf8.index(index, offsetBy: -2)
                break
            }
            previous = (previous.1, byte)
        }
        let limit = 4 + maximumDateWords + 2
        return TextScript.wordCount(String(segment[..<cut]), limit: limit) <= limit
    }

    /// More words than any date the parser reads has, Han characters counted one each
    /// ("二〇二四年六月五日 星期三 下午3点32分" has 18).
    private static let maximumDateWords = 30

    /// A date segment says little besides the date: "THE HAGUE, June 30, 2023", "Posted on …",
    /// not a headline that happens to contain one.
    static func isDateDominated(_ segment: String, by found: FoundDate) -> Bool {
        let chars = Array(segment)
        var rest = (String(chars[..<found.range.lowerBound]) + " " + String(chars[found.range.upperBound...])).lowercased()
        if let by = rest.firstRange(of: " by ") { rest = String(rest[..<by.lowerBound]) }
        return TextScript.wordCount(rest) <= 4
    }

    /// "Li Na, Battery Materials Review" → author and publisher; "Staff Writer" → neither;
    /// "Grid Storage Today staff" → publisher.
    private mutating func readByline(_ text: String) {
        let parts = text.split(separator: ",", maxSplits: 1).map { $0.trimmingWhitespace() }
        // An empty credit ("作者: |", "By ,") names no one.
        guard !parts.isEmpty else { return }
        let names = AuthorNames.parse(parts[0])
        authors.append(contentsOf: names)
        if parts.count == 2, Self.isPublisherLike(parts[1]) {
            if publisher == nil { publisher = parts[1] }
        } else if parts.count == 2 {
            authors.append(contentsOf: AuthorNames.parse(parts[1]))
        }
        if names.isEmpty, parts[0].lowercased().hasSuffix(" staff") {
            let name = String(parts[0].dropLast(" staff".count))
            if publisher == nil, Self.isNameLike(name) { publisher = name }
        }
    }

    /// Splits on "|", "｜", runs of two or more spaces, ideographic spaces, " -- " and " · ".
    static func segments(of line: String) -> [String] {
        var text = line
        var separated = ByteSearch.contains(text, "|")
        for separator in ["｜", " -- ", " — ", " · ", "\u{3000}", "\t", "    ", "   ", "  "]
        where ByteSearch.contains(text, separator) {
            text = text.replacing(separator, with: "|")
            separated = true
        }
        let trim: (Unicode.Scalar) -> Bool = {
            ($0.properties.isWhitespace && $0.value != 0x0A && $0.value != 0x0D) || "-–[]".unicodeScalars.contains($0)
        }
        // A line with no separator (most body lines asked) is one segment, not split and copied.
        guard separated else { return [text.trimming(trim)].filter { !$0.isEmpty } }
        return text.split(separator: "|").map { $0.trimming(trim) }.filter { !$0.isEmpty }
    }

    static func isNameLike(_ segment: String) -> Bool {
        if TextScript.isMostlyCJK(segment) { return segment.count <= 20 }
        // One to seven words, the first capitalized: counted until an eighth, so a paragraph is not split.
        var words = 0
        var inWord = false
        var firstIsUppercase = false
        for character in segment {
            if character == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words == 1 { firstIsUppercase = character.isUppercase }
                if words > 7 { return false }
            }
        }
        return words >= 1 && firstIsUppercase && !segment.contains(where: \.isNumber)
    }

    static func isPublisherLike(_ segment: String) -> Bool {
        guard isNameLike(segment) else { return false }
        if TextScript.isMostlyCJK(segment) { return publisherSuffixes.contains(where: { segment.hasSuffix($0) }) }
        let lower = segment.lowercased()
        if lower.hasSuffix(".com") || lower.hasSuffix(".cn") || lower.hasSuffix(".net") { return true }
        // Title-case names of two or more words; not an ALL-CAPS kicker ("COURT REPORT"), not a desk.
        let words = segment.split(separator: " ")
        let letters = segment.filter(\.isLetter)
        guard words.count >= 2, !letters.allSatisfy(\.isUppercase), !lower.hasSuffix(" desk"),
            words.allSatisfy({ $0.count < 3 || $0.first?.isUppercase == true || $0 == "and" || $0 == "of" })
        else { return false }
        return lower.split(whereSeparator: { !$0.isLetter }).contains(where: { publisherWords.contains(String($0)) })
    }
}
