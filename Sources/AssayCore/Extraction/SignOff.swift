/// The credit a story gives in its own text when the page has no byline: an agency's sign-off
/// ("… (dpa)", "— AFP") or its dateline ("BERLIN (Reuters) -"). A reporters' line at the foot
/// ("(Reporting by …)") is a byline, read with the others.
enum SignOff {
    /// News agencies, as they sign: a closed list, since any word in brackets is not an agency.
    static let agencies: Set<String> = [
        "AFP", "AP", "dpa", "DPA", "dpa-AFX", "Reuters", "SID", "KNA", "epd", "APA", "sda", "SDA", "Keystone-SDA", "ANP",
        "Belga", "ANSA", "EFE", "PTI", "IANS", "ANI", "UNI", "Xinhua", "Kyodo", "Yonhap", "TASS", "Interfax", "PAP",
        "BNS", "Ritzau", "NTB", "TT", "Lusa", "AAP", "UPI", "Bloomberg", "AA", "新华社", "中新社", "中央社",
    ]

    static func authors(in paragraphs: [String]) -> (names: [String], source: String)? {
        if let last = paragraphs.last, let agency = closingAgency(last) { return ([agency], "text:agency-sign-off") }
        if let first = paragraphs.first, let agency = datelineAgency(first) { return ([agency], "text:agency-dateline") }
        return nil
    }

    /// "… wurde festgenommen. (dpa)", "… said on Tuesday. — AFP", "…/dpa".
    private static func closingAgency(_ paragraph: String) -> String? {
        let text = paragraph.trimmingWhitespaceAndNewlines()
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            return agency(in: text[text.index(after: open)..<text.index(before: text.endIndex)])
        }
        // What follows the first sign-off mark found, looking from the end.
        let mark = ["—", "–", "/", " - "].lazy.compactMap { ByteSearch.lastRange(of: $0, in: text) }.first
        return mark.flatMap { agency(in: text[$0.upperBound...]) }
    }

    /// "BERLIN (dpa) - …", "WASHINGTON (AP) — …": the agency in brackets in the opening words.
    private static func datelineAgency(_ paragraph: String) -> String? {
        let opening = paragraph.prefix(60)
        guard let open = opening.firstIndex(of: "("), let close = opening[open...].firstIndex(of: ")") else { return nil }
        let after = opening[opening.index(after: close)...].trimmingCharacters(in: .whitespaces)
        guard after.hasPrefix("-") || after.hasPrefix("—") || after.hasPrefix("–") || after.hasPrefix(":") else { return nil }
        return agency(in: opening[opening.index(after: open)..<close])
    }

    /// The agencies credited ("dpa", "AFP/dpa", "dpa, AFP"): the first, as it signs.
    private static func agency(in text: Substring) -> String? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "," || $0 == " " }).map { $0.trimmingCharacters(in: .punctuationCharacters) }
        guard let first = parts.first, parts.allSatisfy(agencies.contains) else { return nil }
        return first
    }
}
