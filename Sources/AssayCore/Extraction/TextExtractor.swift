import Foundation

/// Extracts an article from scraped plain text or Markdown: header lines (breadcrumb, kicker,
/// headline, byline, date line) are read for metadata, furniture is dropped, and every remaining
/// line of the article becomes a body paragraph.
public struct TextExtractor: Sendable {
    public var dateParser: DateParser

    public init(dateParser: DateParser) {
        self.dateParser = dateParser
    }

    /// Whether a body line is the headline again, ignoring case. Lowercasing and canonical
    /// equivalence change a length by a small factor at most: a paragraph much longer than the
    /// headline is not lowercased to find out that it is not the headline.
    static func repeats(_ line: String, headline lowered: String) -> Bool {
        let lineBytes = line.utf8.count
        let headlineBytes = lowered.utf8.count
        guard lineBytes <= 4 * headlineBytes + 16, headlineBytes <= 4 * lineBytes + 16 else { return false }
        return line.lowercased() == lowered
    }

    public func extract(_ text: String) -> ExtractedArticle? {
        let lines = Self.lines(of: text).map { Self.clean(String($0)) }
        var header = HeaderReading()
        var bodyStart = lines.count
        var seen = 0
        for (index, line) in lines.enumerated() where !line.isEmpty {
            seen += 1
            let startsBody = header.title == nil
                ? (Self.isParagraphLike(line) || seen > 10)
                : !header.readMeta(line, dateParser: dateParser)
            if startsBody {
                bodyStart = index
                break
            }
            if header.title == nil { header.read(line, dateParser: dateParser) }
        }

        var bodyLines: [(text: String, gluedToNext: Bool)] = []
        for index in bodyStart..<lines.count where !lines[index].isEmpty {
            let glued = index + 1 < lines.count && !lines[index + 1].isEmpty
            bodyLines.append((lines[index], glued))
        }
        var cleaning = BodyCleaning(lines: bodyLines)
        cleaning.run()
        let headline = header.headline?.lowercased()
        let paragraphs = headline.map { headline in cleaning.kept.filter { !Self.repeats($0, headline: headline) } } ?? cleaning.kept

        guard let title = header.headline ?? paragraphs.first.map(Self.firstSentence), !paragraphs.isEmpty else {
            return nil
        }
        var article = ExtractedArticle(
            title: title, titleSource: header.headline != nil ? "text:headline" : "text:first-sentence",
            paragraphs: paragraphs, bodySource: "text:lines")
        if let date = header.date {
            article.date = date
            article.dateSource = "text:header"
        } else if let first = paragraphs.first, let date = dateParser.firstDate(in: first) {
            article.date = date
            article.dateSource = date.range.lowerBound < 60 ? "text:dateline" : "text:body"
        }
        if !header.authors.isEmpty {
            article.authors = header.authors
            article.authorsSource = "text:byline"
        }
        if let publisher = header.publisher {
            article.publisher = publisher
            article.publisherSource = "text:header"
        } else if let fact = cleaning.publisherFact {
            article.publisher = fact.name
            article.publisherSource = fact.source
        }
        return article
    }

    /// Reads `text` as body only, for inputs whose title arrives separately (a scraper's JSON object).
    public func extractBody(_ text: String, title: String) -> ExtractedArticle? {
        let lines = Self.lines(of: text).map { Self.clean(String($0)) }
        var bodyLines: [(text: String, gluedToNext: Bool)] = []
        for index in lines.indices where !lines[index].isEmpty {
            bodyLines.append((lines[index], index + 1 < lines.count && !lines[index + 1].isEmpty))
        }
        var cleaning = BodyCleaning(lines: bodyLines)
        cleaning.run()
        let folded = HeaderReading.folded(title)
        let paragraphs = cleaning.kept.filter { HeaderReading.folded($0) != folded }
        guard !paragraphs.isEmpty else { return nil }
        var article = ExtractedArticle(title: title, titleSource: "json:title", paragraphs: paragraphs, bodySource: "json:text")
        if let date = dateParser.firstDate(in: paragraphs[0]) {
            article.date = date
            article.dateSource = "text:body"
        }
        return article
    }


    /// Trims whitespace (including ideographic and no-break spaces) and light Markdown markup.
    /// The lines of `text`, split at each `\n` as `split(separator: "\n")` would, on bytes: a `\n`
    /// after `\r` is part of one "\r\n" character and splits nothing, as with Characters.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var previous: UInt8 = 0
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A, previous != 0x0D {
                lines.append(Substring(utf8[start..<index]))
                start = utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
        lines.append(Substring(utf8[start..<utf8.endIndex]))
        return lines
    }

    static func clean(_ raw: String) -> String {
        var line = raw.trimming { $0.properties.isWhitespace || $0 == "\u{FEFF}" || $0 == "\u{200B}" }
        while line.hasPrefix("#") { line.removeFirst() }
        if line.hasPrefix("![") { return "" }
        if ByteSearch.contains(line, "**") || ByteSearch.contains(line, "__") {
            line = line.replacing("**", with: "").replacing("__", with: "")
        }
        return line.trimmingWhitespace()
    }

    static func isParagraphLike(_ line: String) -> Bool {
        if TextScript.isMostlyCJK(line) { return line.count >= 50 && (line.contains("，") || line.contains("。")) }
        let words = TextScript.wordCount(line)
        return words >= 25 || (words >= 14 && line.contains(". ") && !line.contains(" | "))
    }

    static func firstSentence(_ paragraph: String) -> String {
        let end = paragraph.firstIndex(where: { ".!?。！？".contains($0) }) ?? paragraph.endIndex
        return String(paragraph[..<end]).prefix(200).trimmingWhitespace()
    }
}
