/// Facts read from the visible page before furniture is removed: the first `<h1>`, the first
/// `<time datetime>`, microdata dates, a byline and date lines (elements whose class names them,
/// in several languages; the first few, since the first such element is not always a date).
struct VisibleFacts {
    private(set) var h1: String?
    /// Short text runs beside that `<h1>`, where most templates put the date row.
    private(set) var headlineDates: [String] = []
    private(set) var timeDatetime: String?
    /// A byline candidate and where a user name in it counts (`AuthorNames.Handles`).
    struct Byline {
        let text: String
        let handles: AuthorNames.Handles
    }

    /// Byline candidates in page order: author-marked elements (`rel`/`itemprop`/class "author",
    /// "byline") and short lines opening with a credit ("By", "Von", "Par", "Written by:").
    private(set) var bylines: [Byline] = []
    private(set) var dateTexts: [String] = []
    /// Lines where a label ("Published:", "Datum:", "发布时间：") introduces a date.
    private(set) var labelledDates: [String] = []
    /// `itemprop="datePublished"` (or `dateCreated`, `uploadDate`) on any element, from `content` or `datetime`.
    private(set) var itempropDate: String?
    /// `itemprop="dateModified"`, the same way.
    private(set) var itempropUpdate: String?

    /// Class or id words that mark a date line: English, German (datum), Spanish and Portuguese
    /// (fecha, data), French (date), and the usual "posted", "pubdate".
    private static let dateHints = ["date", "time", "publish", "posted", "datum", "fecha", "data"]
    private static let itempropDates: Set<String> = ["datepublished", "datecreated", "uploaddate"]
    /// Words that label a publication date in running text: "Published:", "Datum:", "发布时间：".
    private static let dateLabels = [
        "published", "posted on", "date:", "datum", "veröffentlicht", "erschienen", "publié", "publicado", "pubblicato",
        "gepubliceerd", "发布时间", "发布日期", "發布時間", "發佈時間", "时间：", "日期：", "時間：",
    ]

    /// Whether an element sits in the comments, whose authors wrote no part of the story: an
    /// element or ancestor with a class or id token "comment…" (not a state such as "comments-open").
    private static func isInComments(_ node: HTMLNode) -> Bool {
        var current: HTMLNode? = node
        for _ in 0..<8 {
            guard let element = current else { return false }
            let marksComments = element.classAndID.split(separator: " ").contains { token in
                token.hasPrefix("comment") && !["open", "closed", "status", "count"].contains { ByteSearch.contains(String(token), $0) }
            }
            if marksComments { return true }
            current = element.parent
        }
        return false
    }

    /// The byline a credit opens. The credit may stand alone ("By" then a linked name): the line
    /// is its parent's, and where that holds only the credit (`<strong>Text:</strong> Name`), what
    /// follows it. The line runs from the credit on, where the credit opens it or follows a date
    /// or a separator ("3 May 2021 by Jane Doe"): "Leasing von Firmenwagen" and "Trackback von
    /// Ihrer Website" hold a credit word, not a byline.
    private static func creditLine(from node: HTMLNode, in parent: HTMLNode) -> String? {
        var line = parent.spacedText
        let credit = HTMLText.collapse(node.text).trimmingWhitespaceAndNewlines()
        if let start = line.range(of: credit) {
            let before = line[..<start.lowerBound].trimmingCharacters(in: .whitespaces)
            guard before.isEmpty || before.last.map({ $0.isNumber || "|·•—–-:,".contains($0) }) == true else { return nil }
            line = String(line[start.lowerBound...])
        }
        if AuthorNames.parse(line, visibleLine: true).isEmpty, let holder = parent.parent,
            let index = holder.children.firstIndex(where: { $0 === parent }),
            let next = holder.children[(index + 1)...].lazy.map(\.spacedText).first(where: { !$0.isEmpty })
        {
            line += " " + next
        }
        return line.count < 120 ? line : nil
    }

    init(root: HTMLNode) {
        var creditLines: [String] = []
        var markedBylines: [HTMLNode] = []
        defer {
            // The innermost marked element: a byline row holds the credit and also dates and buttons.
            let texts = markedBylines.map(\.spacedText)
            let handles: [AuthorNames.Handles] = markedBylines.map {
                $0.attribute("rel") == "author" || $0.attribute("itemprop") == "author" ? .always : .afterCredit
            }
            let naming = texts.indices.map { !AuthorNames.parse(texts[$0], visibleLine: true, handles: handles[$0]).isEmpty }
            for (index, node) in markedBylines.enumerated() {
                // An outer element gives way to a marked part that names someone, not to a bare label.
                let inner = markedBylines.indices.contains { $0 != index && naming[$0] && markedBylines[$0].isDescendant(of: node) }
                if !inner, !texts[index].isEmpty, texts[index].count < 120 {
                    bylines.append(Byline(text: texts[index], handles: handles[index]))
                }
            }
            bylines += creditLines.map { Byline(text: $0, handles: .never) }
        }
        // Labels sit in short text runs; long ones (paragraphs) are not lowercased and searched.
        // Lines are read from a run's parent (or grandparent); attempts are capped, and crowded
        // parents skipped, so a page of thousands of "by …" runs costs no more than a few.
        var creditAttempts = 0
        var labelAttempts = 0
        for node in root.descendants(where: { $0.isText && $0.text.utf8.count < 160 }) {
            if creditAttempts >= 40, labelAttempts >= 40 { break }
            guard let parent = node.parent, parent.children.count <= 20 else { continue }
            if creditAttempts < 40, creditLines.count < 8, AuthorNames.mayCredit(node.text.trimmingWhitespaceAndNewlines()) {
                creditAttempts += 1
                if let line = Self.creditLine(from: node, in: parent) { creditLines.append(line) }
            }
            guard labelAttempts < 40, labelledDates.count < 4 else { continue }
            let lowered = node.text.lowercased()
            guard Self.dateLabels.contains(where: { ByteSearch.contains(lowered, $0) }) else { continue }
            labelAttempts += 1
            // The label's own line; where the date sits in a sibling element, the line that holds both.
            var line = parent.spacedText
            if !line.contains(where: \.isNumber), let holder = parent.parent, holder.children.count <= 20 { line = holder.spacedText }
            if line.count < 120, line.contains(where: \.isNumber) { labelledDates.append(line) }
        }
        for node in root.descendants(where: { !$0.isText }) {
            if h1 == nil, node.tag == "h1" {
                let text = node.textContent
                if !text.isEmpty {
                    h1 = text
                    headlineDates = PageDates.nearHeadline(node, in: root)
                }
            }
            if timeDatetime == nil, node.tag == "time", let value = node.attribute("datetime"), !value.isEmpty {
                timeDatetime = value
            }
            let names = node.classAndID
            if markedBylines.count < 8, node.attribute("rel") == "author" || node.attribute("itemprop") == "author"
                || ByteSearch.contains(names, "byline") || ByteSearch.contains(names, "author"), !Self.isInComments(node)
            {
                markedBylines.append(node)
            }
            // Microdata (`itemprop`) or RDFa (`property="schema:dateCreated"`, `dc:date`).
            if let name = (node.attribute("itemprop") ?? node.attribute("property"))?.lowercased(),
                let value = node.attribute("content") ?? node.attribute("datetime"), !value.isEmpty
            {
                let term = name.split(separator: ":").last.map(String.init) ?? name
                if itempropDate == nil, Self.itempropDates.contains(term) { itempropDate = value }
                if itempropUpdate == nil, term == "datemodified" { itempropUpdate = value }
            }
            if dateTexts.count < 6, !names.isEmpty, Self.dateHints.contains(where: { ByteSearch.contains(names, $0) }) {
                // A machine-readable date may sit in an attribute beside "3 hours ago".
                for value in [node.attribute("datetime"), node.attribute("content"), node.attribute("title")].compactMap({ $0 })
                where value.count < 60 {
                    dateTexts.append(value)
                }
                let text = node.spacedText
                if !text.isEmpty, text.count < 100 { dateTexts.append(text) }
            }
        }
    }
}
