/// Reads the lines above the first paragraph of a plain-text article: skips breadcrumbs and kickers,
/// takes the headline, and collects date, authors and publisher from meta lines.
struct HeaderReading {
    private(set) var title: String?
    private(set) var date: FoundDate?
    private(set) var authors: [String] = []
    private(set) var publisher: String?
    private var kickers: [String] = []

    /// Reads a line above the headline: breadcrumb, kicker, meta line or the headline itself.
    mutating func read(_ line: String, dateParser: DateParser) {
        if readMeta(line, dateParser: dateParser) { return }
        if Self.isTitleLike(line) {
            title = line
        } else {
            kickers.append(line)
        }
    }

    /// Consumes a line that is header material (breadcrumb, meta line, repeated headline, furniture);
    /// false when the line is something else.
    mutating func readMeta(_ line: String, dateParser: DateParser) -> Bool {
        if FurnitureRules.isBreadcrumb(line) { return true }
        let meta = MetaLine(line, dateParser: dateParser)
        if meta.isMeta {
            absorb(meta)
            return true
        }
        if let title, Self.folded(line) == Self.folded(title) { return true }
        return FurnitureRules.isFurniture(line)
    }

    /// The headline, or failing that the first kicker line.
    var headline: String? { title ?? kickers.first }

    private mutating func absorb(_ meta: MetaLine) {
        if let found = meta.date, date == nil || (date?.rfc3339 == nil && found.rfc3339 != nil) { date = found }
        if authors.isEmpty { authors = meta.authors }
        if publisher == nil { publisher = meta.publisher }
    }

    /// A headline has some length and is not an all-caps section kicker ("SPECIALTY GASES").
    static func isTitleLike(_ line: String) -> Bool {
        if TextScript.isMostlyCJK(line) { return line.count >= 6 }
        let words = TextScript.wordCount(line)
        let letters = line.filter(\.isLetter)
        let allCaps = !letters.isEmpty && letters.allSatisfy { !$0.isLowercase }
        return words >= 4 && !(allCaps && words <= 6)
    }

    /// Lowercased letters and digits only: how headlines are compared. Text of ASCII, Latin-1
    /// letters, common Han and plain punctuation is folded on bytes; anything else by Characters.
    static func folded(_ s: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count)
        let common = UTF8Scalars.walk(s) { value in
            switch CommonScalar.classify(value) {
            case .word(let lower): UTF8Scalars.append(lower, to: &out)
            case .separator: break
            case .other: return false
            }
            return true
        }
        guard common else { return String(s.lowercased().filter { $0.isLetter || $0.isNumber }) }
        return String(decoding: out, as: UTF8.self)
    }
}
