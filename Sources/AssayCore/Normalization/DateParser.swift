import Foundation

/// A date found in text, resolved to RFC 3339 when it has a year, kept raw when it does not.
public struct FoundDate: Sendable, Equatable {
    /// RFC 3339 date-time, or nil when the text has no year (never guessed) or names a day, time
    /// or offset that does not exist.
    public var rfc3339: String?
    /// The date text exactly as written.
    public var raw: String
    /// `day`, `minute` or `second`.
    public var precision: String
    /// Zone assumed because the text gave no offset; nil when the offset was explicit.
    public var assumedTimeZone: String?
    /// Character range of the match in the searched string.
    public var range: Range<Int>
}

/// Finds and resolves publication dates in the forms news sites write them: ISO 8601, "Jan 16, 2018",
/// "14 July 2022", "2024/10/28", "20.08.2024", "2024年10月28日 19:13", RFC 2822, with optional times
/// and zones. A time without an offset is read in `defaultTimeZone`, except in a line written in
/// Chinese, which is read in China Standard Time (UTC+8, as in the mainland, Taiwan and Hong Kong).
public struct DateParser: Sendable {
    public var defaultTimeZone: TimeZone

    public init(defaultTimeZone: TimeZone = TimeZone(identifier: "UTC")!) {
        self.defaultTimeZone = defaultTimeZone
    }

    /// The zone's name for records; Foundation on Linux names UTC "GMT", the same zone.
    var defaultZoneName: String {
        defaultTimeZone.identifier == "GMT" ? "UTC" : defaultTimeZone.identifier
    }

    /// The first date in `text`. A date with a year beats an earlier one without.
    /// - Parameter inChinese: whether the text is part of a line written in Chinese; by default, whether it has Han characters.
    public func firstDate(in text: String, inChinese: Bool? = nil) -> FoundDate? {
        // Every date form Assay reads has an ASCII digit (a day, a year): most lines have none.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let chars = Array(text)
        let chinese = inChinese ?? text.unicodeScalars.contains(where: TextScript.isHan)
        let tokens = DateToken.tokenize(text)
        var yearless: FoundDate?
        var i = 0
        while i < tokens.count {
            if let match = DateMatcher(tokens: tokens, chars: chars).match(at: i) {
                if let found = resolve(match, chars: chars, chinese: chinese) {
                    if found.rfc3339 != nil { return found }
                    if yearless == nil { yearless = found }
                }
                i = max(i + 1, match.endToken)
            } else {
                i += 1
            }
        }
        return yearless
    }

    /// Parses a whole string that should be a date (metadata values such as `article:published_time`).
    public func parse(_ text: String) -> FoundDate? {
        firstDate(in: text.trimmingWhitespaceAndNewlines())
    }

    private static let chinaTime = TimeZone(identifier: "Asia/Shanghai")!

    private func resolve(_ m: DateMatch, chars: [Character], chinese: Bool) -> FoundDate? {
        let rawEnd = min(m.endChar, chars.count)
        let raw = String(chars[m.startChar..<rawEnd]).trimmingWhitespace()
        guard (1...12).contains(m.month), (1...31).contains(m.day) else { return nil }
        guard let year = m.year else {
            return FoundDate(
                rfc3339: nil, raw: raw, precision: "day", assumedTimeZone: nil, range: m.startChar..<rawEnd)
        }
        guard (1900...2100).contains(year) else { return nil }
        // A day, time or offset no calendar has (Feb 30, 25:61, +25:00) is kept as written, never resolved.
        let unresolved = FoundDate(rfc3339: nil, raw: raw, precision: "day", assumedTimeZone: nil, range: m.startChar..<rawEnd)
        guard !m.invalid else { return unresolved }
        let local = chinese ? Self.chinaTime : defaultTimeZone
        let zone = m.offsetSeconds.flatMap { TimeZone(secondsFromGMT: $0) } ?? m.zone ?? local
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(
            year: year, month: m.month, day: m.day, hour: m.hour ?? 0, minute: m.minute ?? 0, second: m.second ?? 0)
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { return unresolved }
        let offset = m.offsetSeconds ?? zone.secondsFromGMT(for: date)
        let stamp = String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d", year, m.month, m.day, m.hour ?? 0, m.minute ?? 0, m.second ?? 0)
        let precision = m.second != nil ? "second" : (m.hour != nil ? "minute" : "day")
        let assumed: String? = (m.offsetSeconds == nil && m.zone == nil) ? (chinese ? "Asia/Shanghai" : defaultZoneName) : nil
        return FoundDate(
            rfc3339: stamp + Self.offsetText(offset), raw: raw, precision: precision, assumedTimeZone: assumed,
            range: m.startChar..<rawEnd)
    }

    static func offsetText(_ seconds: Int) -> String {
        if seconds == 0 { return "Z" }
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return String(format: "%@%02d:%02d", sign, minutes / 60, minutes % 60)
    }
}
