import Foundation

/// Cleans author names from bylines: drops the credit ("By", "Von", "Posted by", "記者"), what
/// follows the name (a date, "for The Paper", "am 3. Mai"), roles and staff credits, splits
/// lists, and turns ALL-CAPS names ("YUAN SHENGGAO") into title case ("Yuan Shenggao").
public enum AuthorNames {
    private static let roleWords: Set<String> = [
        "staff", "writer", "reporter", "correspondent", "editor", "editors", "desk", "team", "newsroom", "bureau",
        "contributor", "agency", "agencies", "wire", "wires", "reports", "admin", "administrator", "news", "service",
        "senior", "chief", "special", "our", "the", "photographer", "columnist", "analyst", "redaktion", "redaction",
        "rédaction", "redacción", "redazione", "redactie", "webmaster", "anonymous", "guest", "gast", "user", "author",
        "autor", "editorial", "posted", "published", "updated", "share", "written", "veröffentlicht", "aktualisiert",
        "publiziert", "stand", "name", "red", "reply", "replying", "says", "sagt", "schreibt", "wrote", "comment",
        "comments", "kommentar", "kommentare", "vorlesen", "listen", "anhören", "follow", "folgen", "agenturen",
        "interview", "editing", "edited", "date", "datum", "kolumnist", "kolumnistin", "start",
    ]

    /// Credits that open a byline, matched without case and followed by a space or a colon
    /// ("By", "Written by:", "Autor:").
    private static let creditWords = [
        "written by", "posted by", "reported by", "reporting by", "additional reporting by", "words by", "story by", "by", "authors", "author", "reporter", "autor",
        "autorin", "autorka", "text von", "text", "texto", "testo di", "geschrieben von", "veröffentlicht von",
        "erstellt von", "ein beitrag von", "auteur", "recueilli par", "propos recueillis par", "a cura di",
        "skrevet af", "skrevet av", "piše", "автор", "текст", "редактор", "interview", "بقلم", "كتب",
    ]
    /// Credits of pictures and sources, which name no author: "Foto: dpa", "Снимка: Getty Images".
    private static let pictureCredits = [
        "foto", "fotos", "photo", "photos", "bild", "bilder", "снимка", "фото", "image", "images", "quelle", "source",
        "credit", "credits", "illustration", "grafik", "video", "copyright",
    ]
    /// Credits of Chinese bylines, which need no space: "作者：", "文/".
    private static let chineseCredits = ["作者：", "作者:", "记者：", "記者：", "文/", "文／", "撰文：", "撰稿："]
    /// Credits in other languages that are also words or name parts ("Von", "Di"), matched as written.
    private static let casedCreditWords = ["Von", "von", "VON", "Par", "par", "Por", "por", "di", "Door", "door", "Av", "av", "Af"]

    /// Words after a name that open what is not the name: "Jane Doe for Reuters", "Max Muster am 3. Mai".
    private static let trailingClauses: Set<String> = [
        "am", "on", "for", "at", "in", "to", "from", "of", "via", "with", "um", "le", "il", "mit", "für", "pour", "avec",
        "para", "con", "sur",
    ]
    /// Name particles that stay lowercase: "Pieter de Graaf", "José Volta e Pinto".
    private static let particles: Set<String> = [
        "de", "van", "der", "von", "da", "di", "la", "le", "du", "bin", "al", "dos", "del", "das", "do", "e",
        "della", "dei", "ter", "ten", "den", "zu", "el", "ibn", "abu",
    ]
    private static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "today", "tomorrow",
        "yesterday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    ]
    private static let monthsNotNames: Set<String> = [
        "january", "february", "march", "september", "october", "november", "december", "januar", "februar", "märz",
        "juni", "juli", "oktober", "dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
        "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ]
    /// What separates a credit from the fields beside it in a byline row.
    private static let fieldSeparators = [" | ", "|", " · ", "·", "•", " — ", " – ", " // ", " - ", "／"]

    /// Where a user name counts as a name: a line of running text ("par thème", "By working with…")
    /// must name someone with capitals; an element marked as the byline may credit a handle
    /// ("von gizzmo"); an element that is the author's name (`rel="author"`) may be one.
    public enum Handles: Sendable {
        case never, afterCredit, always
    }

    /// Whether a line opens with a credit ("By Jane Doe", "Von Max Muster"), so it may be a byline.
    public static func opensWithCredit(_ line: String) -> Bool {
        creditPrefix(of: line.hasPrefix("(") ? String(line.dropFirst()) : line, visibleLine: true) != nil
    }

    /// Whether a short line credits a reporter: it opens with a credit, or names one the Chinese
    /// or Korean way ("聯合報 記者林宸誼／即時報導", "스포츠조선=선수민 기자").
    public static func mayCredit(_ line: String) -> Bool {
        opensWithCredit(line)
            || (line.count <= 40 && (line.contains("记者") || line.contains("記者") || line.contains(" 기자")))
    }

    /// Names credited in a byline or an author field.
    /// - Parameters:
    ///   - visibleLine: the text is a line of the page, where "Von", "Par" and kin are credits; in
    ///     metadata they are names ("Par Olsen").
    ///   - handles: where a lowercase or digit-bearing user name ("gnaddrig", "freeman1984") counts.
    public static func parse(_ text: String, visibleLine: Bool = false, handles: Handles = .never) -> [String] {
        var line = text.trimmingWhitespaceAndNewlines()
        // A credit at the foot may stand in brackets: "(Reporting by Ana Ruiz; Editing by Kim Lee)".
        if line.hasPrefix("(") { line = String(line.dropFirst().prefix { $0 != ")" }) }
        if let names = chineseReporters(in: line) ?? koreanReporters(in: line) { return names }
        // A byline row holds fields: the credit may come first or after a date ("3 May · von Jane").
        // An author field of metadata is one name list, cut only where a pipe adds the site.
        var fields = [line]
        for separator in visibleLine ? fieldSeparators : ["|", "·", "•"] {
            fields = fields.flatMap { $0.components(separatedBy: separator) }
        }
        if !visibleLine { fields = Array(fields.prefix(1)) }
        for (index, field) in fields.enumerated() {
            let field = field.trimmingWhitespaceAndNewlines()
            let lowered = field.lowercased()
            if pictureCredits.contains(where: { lowered.hasPrefix($0 + ":") || lowered.hasPrefix($0 + " by") || lowered.hasPrefix($0 + " :") }) {
                continue
            }
            let prefix = creditPrefix(of: field, visibleLine: visibleLine, marked: handles != .never)
            // Only the first field may be a bare name; a later one must open with a credit.
            guard index == 0 || prefix != nil else { continue }
            let names = namesInField(
                String(field.dropFirst(prefix?.count ?? 0)), handles: handles == .always || (handles == .afterCredit && prefix != nil),
                visibleLine: visibleLine)
            // In running text a lowercase "von", "par" before one capitalised word is a preposition
            // ("Leasing von Firmenwagen"); a byline there names someone in full.
            if handles == .never, let prefix, prefix.first?.isLowercase == true, casedCreditWords.contains(where: { prefix.hasPrefix($0 + " ") }),
                names.allSatisfy({ !$0.contains(" ") })
            {
                continue
            }
            if !names.isEmpty { return names }
        }
        return []
    }

    /// The credit opening a line, with the space or colon after it.
    private static func creditPrefix(of line: String, visibleLine: Bool, marked: Bool = false) -> Substring? {
        if let credit = chineseCredits.first(where: { line.hasPrefix($0) }) { return line.prefix(credit.count) }
        let lowered = line.lowercased()
        // In metadata "Von", "Par" may be a name ("Par Olsen"), unless a full name follows ("Von Britta Schultejans").
        let casedCredit = visibleLine || line.split(separator: " ").count >= 3
        let cased = casedCreditWords + (marked ? ["durch", "Durch"] : [])
        let words = creditWords.filter { lowered.hasPrefix($0) } + (casedCredit ? cased.filter { line.hasPrefix($0) } : [])
        for word in words.sorted(by: { $0.count > $1.count }) {
            let rest = line.dropFirst(word.count)
            let delimiter = rest.prefix { $0 == " " || $0 == ":" || $0 == "：" || $0 == "\u{A0}" }
            if !delimiter.isEmpty { return line.prefix(word.count + delimiter.count) }
        }
        return nil
    }

    /// "聯合報 記者林宸誼／即時報導", "本报记者 张三 李四": the 2–4 Han characters after 记者/記者.
    private static func chineseReporters(in line: String) -> [String]? {
        guard let credit = line.firstRange(of: "记者") ?? line.firstRange(of: "記者") else { return nil }
        let rest = line[credit.upperBound...].drop { $0 == " " || $0 == "：" || $0 == ":" || $0 == "\u{3000}" }
        var names: [String] = []
        for token in rest.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "、" }) {
            let name = token.prefix { $0.unicodeScalars.allSatisfy(TextScript.isHan) }
            guard (2...4).contains(name.count) else { break }
            names.append(String(name))
            if name.count < token.count { break }
        }
        return names.isEmpty ? nil : names
    }

    /// "이용민 기자", "스포츠조선=선수민 기자": the Hangul name before 기자 (reporter).
    private static func koreanReporters(in line: String) -> [String]? {
        guard let credit = line.range(of: " 기자") else { return nil }
        let before = line[..<credit.lowerBound]
        let name = before.reversed().prefix { $0.unicodeScalars.allSatisfy(TextScript.isHangul) }
        return (2...4).contains(name.count) ? [String(name.reversed())] : nil
    }

    /// The names in one field, after its credit: what follows a name (a date, "for Reuters") is cut.
    /// - Parameter visibleLine: a line of the page, where a name may be followed by a clause
    ///   ("for Reuters") and lists are joined in the page's language ("und", "et", "y").
    private static func namesInField(_ field: String, handles: Bool, visibleLine: Bool) -> [String] {
        var words: [Substring] = []
        for word in field.split(whereSeparator: \.isWhitespace) {
            if word.first?.isNumber == true || word.contains("@") || word.contains("://") { break }
            // On a page a name ends at a clause or a lowercase word ("Ivo Marić prije 26 minuta").
            if visibleLine, !words.isEmpty, trailingClauses.contains(String(word))
                || (words.count >= 2 && word.first?.isLowercase == true && !particles.contains(String(word)) && !handles)
            {
                break
            }
            words.append(word)
        }
        var list = words.joined(separator: " ").replacing(" and ", with: ",").replacing(" & ", with: ",")
        if visibleLine { list = list.replacing(" und ", with: ",").replacing(" et ", with: ",").replacing(" y ", with: ",") }
        let parts = list.replacing("、", with: ",").replacing("，", with: ",").replacing(";", with: ",").replacing("　", with: ",")
            .replacing("/", with: ",").split(separator: ",")
        return parts.compactMap { clean(String($0), handles: handles) }
    }

    private static let nameTrim = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)

    static func clean(_ raw: String, handles: Bool = false) -> String? {
        let name = raw.trimmingCharacters(in: nameTrim)
        // A colon inside is a label ("Redaktion: …"), not a name.
        guard !name.isEmpty, name.count <= 60, !name.contains(":") else { return nil }
        guard name.count >= 2 else { return nil }
        if TextScript.isMostlyCJK(name) {
            return (2...4).contains(name.count) ? name : nil
        }
        let words = name.split(separator: " ")
        guard !words.contains(where: { roleWords.contains($0.lowercased()) }) else { return nil }
        // A name never ends in a particle ("Beitrag von", "Profil von").
        guard let last = words.last, !particles.contains(String(last)) else { return nil }
        if handles, words.count == 1, isHandle(name) { return name }
        // Names open with a capital, or a letter of a script without case (Arabic, Korean).
        guard (1...5).contains(words.count), words.first?.first.map(startsName) == true,
            words.allSatisfy({ $0.first.map(startsName) == true || particles.contains(String($0)) })
        else { return nil }
        // "By Tuesday, Ford will…" and "By March the line…" name a time, not a person; "Start
        // Oktober" too. (April, May, June and August are also given names.)
        guard !(words.count == 1 && calendarWords.contains(name.lowercased())) else { return nil }
        guard !words.contains(where: { monthsNotNames.contains($0.lowercased()) }) else { return nil }
        // An abbreviation is not a name ("D.e"); a domain is ("NU.nl").
        guard !(words.count == 1 && name.contains(".") && name.filter(\.isLetter).count < 4) else { return nil }
        // A credit standing alone ("By", "Par") with the name in the next element.
        guard !(words.count == 1 && ["by", "par", "von", "por", "door", "text", "written"].contains(name.lowercased()))
        else { return nil }
        guard !name.contains(where: { $0.isNumber }) else { return nil }
        return titleCased(name)
    }

    private static func startsName(_ character: Character) -> Bool {
        character.isLetter && !character.isLowercase
    }

    /// A user name as shown: letters, digits, `_`, `.` and `-`, at least one letter, 2–30 long.
    private static func isHandle(_ word: String) -> Bool {
        (2...30).contains(word.count) && word.contains(where: \.isLetter)
            && word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" }
            && !word.lowercased().contains("admin") && !calendarWords.contains(word.lowercased())
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
