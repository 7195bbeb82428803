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
            switch value {
            case 0x61...0x7A, 0x30...0x39, 0xDF...0xF6, 0xF8...0xFF, 0x4E00...0x9FA5: UTF8Scalars.append(value, to: &out)
            case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: UTF8Scalars.append(value + 0x20, to: &out)
            case 0x00...0x7F, 0xA0, 0xA1, 0xA6...0xA9, 0xAB, 0xAC, 0xAE, 0xB0, 0xB1, 0xB6, 0xB7, 0xBB, 0xBF: break
            // Punctuation and spaces, but not the format characters that join graphemes (ZWJ, bidi marks).
            case 0x2000...0x200A, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3004, 0x3008...0x3020, 0xFF01...0xFF0F,
                0xFF1A...0xFF1F:
                break
            default: return false
            }
            return true
        }
        guard common else { return String(s.lowercased().filter { $0.isLetter || $0.isNumber }) }
        return String(decoding: out, as: UTF8.self)
    }
}
