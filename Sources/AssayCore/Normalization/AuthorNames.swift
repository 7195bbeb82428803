import Foundation

/// Cleans author names from bylines: splits lists, drops roles and staff credits, and turns
/// ALL-CAPS names ("YUAN SHENGGAO") into title case ("Yuan Shenggao").
public enum AuthorNames {
    private static let roleWords: Set<String> = [
        "staff", "writer", "reporter", "correspondent", "editor", "editors", "desk", "team", "newsroom", "bureau",
        "contributor", "agency", "agencies", "wire", "wires", "reports", "admin", "administrator", "news", "service",
        "senior", "chief", "special", "our", "the", "photographer", "columnist", "analyst",
    ]

    /// Credits that open a byline, matched without case ("By", "Written by:", "Autor:").
    private static let creditPrefixes = [
        "written by:", "written by ", "posted by ", "by:", "by ", "author:", "authors:", "reporter:", "autor:", "autorin:",
        "text:", "text von ", "geschrieben von ", "veröffentlicht von ", "auteur :", "auteur:", "作者：", "作者:", "记者：",
        "记者", "文/", "文／", "撰文：",
    ]
    /// Credits in other languages that are also words or name parts ("Von", "Di"), matched as written.
    private static let casedCreditPrefixes = ["Von ", "von ", "Par ", "par ", "Por ", "por ", "di ", "Door ", "door "]

    /// Whether a line opens with a credit ("By Jane Doe", "Von Max Muster"), so it may be a byline.
    public static func opensWithCredit(_ line: String) -> Bool {
        let lowered = line.lowercased()
        return creditPrefixes.contains { lowered.hasPrefix($0) } || casedCreditPrefixes.contains { line.hasPrefix($0) }
    }

    /// - Parameter visibleLine: the text is a line of the page, where "Von", "Par" and kin are
    ///   credits; in metadata they are names ("Par Olsen").
    private static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "tomorrow",
        "yesterday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    ]

    public static func parse(_ text: String, visibleLine: Bool = false) -> [String] {
        var s = text.trimmingWhitespaceAndNewlines()
        if let prefix = creditPrefixes.first(where: { s.lowercased().hasPrefix($0) }) {
            s = String(s.dropFirst(prefix.count))
        } else if visibleLine, let prefix = casedCreditPrefixes.first(where: { s.hasPrefix($0) }) {
            s = String(s.dropFirst(prefix.count))
        }
        // A date or a pipe after the name ("Jane Doe | 3 May 2024", "Jane Doe - 12:30") ends the credit.
        if let stop = s.firstIndex(where: { $0 == "|" || $0 == "·" || $0 == "•" }) { s = String(s[..<stop]) }
        let parts = s.replacing(" and ", with: ",").replacing(" & ", with: ",").replacing("、", with: ",")
            .replacing("，", with: ",").replacing(";", with: ",").replacing("　", with: ",")
            .split(separator: ",")
        return parts.compactMap { clean(String($0)) }
    }

    private static let nameTrim = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)

    static func clean(_ raw: String) -> String? {
        let name = raw.trimmingCharacters(in: nameTrim)
        guard !name.isEmpty, name.count <= 60 else { return nil }
        if TextScript.isMostlyCJK(name) {
            return (2...4).contains(name.count) ? name : nil
        }
        let words = name.split(separator: " ")
        let particles: Set<String> = ["de", "van", "der", "von", "da", "di", "la", "le", "du", "bin", "al", "dos", "del"]
        guard (1...5).contains(words.count), words.first?.first?.isUppercase == true,
            words.allSatisfy({ $0.first?.isUppercase == true || particles.contains(String($0)) })
        else { return nil }
        guard !words.contains(where: { roleWords.contains($0.lowercased()) }) else { return nil }
        // "By Tuesday, Ford will…" and "By March the line…" name a time, not a person.
        guard !(words.count == 1 && calendarWords.contains(name.lowercased())) else { return nil }
        // A credit standing alone ("By", "Par") with the name in the next element.
        guard !(words.count == 1 && ["by", "par", "von", "por", "door", "text", "autor", "author", "written"].contains(name.lowercased()))
        else { return nil }
        guard !name.contains(where: { $0.isNumber }) else { return nil }
        return titleCased(name)
    }

    /// "YUAN SHENGGAO" → "Yuan Shenggao"; mixed-case names ("Pieter de Graaf") are kept as written.
    public static func titleCased(_ name: String) -> String {
        let letters = name.filter(\.isLetter)
        guard letters.count > 1, letters.allSatisfy({ !$0.isLowercase }) else { return name }
        return name.split(separator: " ", omittingEmptySubsequences: true).map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map { part in
                part.prefix(1).uppercased() + part.dropFirst().lowercased()
            }.joined(separator: "-")
        }.joined(separator: " ")
    }
}
