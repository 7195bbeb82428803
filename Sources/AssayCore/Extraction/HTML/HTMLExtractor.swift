import Foundation

/// Extracts an article from an HTML page with libxml2: metadata from the head and JSON-LD, the
/// body from the element that best holds the story, furniture removed. Each field records its source.
public struct HTMLExtractor: Sendable {
    public var dateParser: DateParser

    public init(dateParser: DateParser) {
        self.dateParser = dateParser
    }

    public func extract(_ html: String) -> ExtractedArticle? {
        guard let (root, scripts) = HTMLDocument.parse(html) else { return nil }
        let metadata = HTMLMetadata(root: root, jsonLDScripts: scripts)
        let visible = VisibleFacts(root: root)
        let site = metadata.value(HTMLMetadata.publisherKeys)?.value ?? metadata.jsonLD.publisher
        let (title, titleSource) = chooseTitle(metadata: metadata, h1: visible.h1, siteName: site)

        var (paragraphs, bodySource) = body(of: root, title: title ?? "", byName: true)
        var length = Self.textLength(paragraphs)
        if length < 500 {
            // Too little text: the class-name rules may have hit the content. Retry without them.
            PageCleaner.restore(root)
            let lenient = body(of: root, title: title ?? "", byName: false)
            let lenientLength = Self.textLength(lenient.paragraphs)
            if lenientLength > length {
                (paragraphs, bodySource) = lenient
                length = lenientLength
            }
        }
        if let articleBody = metadata.jsonLD.articleBody, ContentScorer.weightedLength(articleBody) > 2 * length {
            paragraphs = articleBody.split(whereSeparator: \.isNewline).map { HTMLText.collapse(String($0)) }
                .filter { !$0.isEmpty }
            bodySource = "json-ld:articleBody"
        }
        guard !paragraphs.isEmpty else { return nil }

        var article = ExtractedArticle(
            title: title ?? TextExtractor.firstSentence(paragraphs[0]), titleSource: titleSource,
            paragraphs: paragraphs, bodySource: bodySource)
        readDate(into: &article, metadata: metadata, visible: visible)
        readAuthors(into: &article, metadata: metadata, visible: visible)
        if let (name, key) = metadata.value(HTMLMetadata.publisherKeys).map({ ($0.value, "meta:" + $0.key) })
            ?? metadata.jsonLD.publisher.map({ ($0, "json-ld:publisher") })
        {
            article.publisher = name.hasPrefix("@") ? String(name.dropFirst()) : name
            article.publisherSource = key
        }
        if let language = metadata.language {
            article.language = language
            article.languageSource = "html:lang"
        }
        article.url = metadata.value(["og:url"])?.value
        return article
    }

    private static func textLength(_ paragraphs: [String]) -> Int {
        paragraphs.reduce(0) { $0 + ContentScorer.weightedLength($1) }
    }

    private func body(of root: HTMLNode, title: String, byName: Bool) -> (paragraphs: [String], source: String) {
        PageCleaner.clean(root, byName: byName)
        let container = Self.semanticContainer(in: root)
        let paragraphs = BlockCollector.paragraphs(
            from: container.map { [$0] } ?? ContentScorer.mainContent(in: root), title: title)
        return (paragraphs, container != nil ? "html:content-container" : "html:scored-blocks")
    }

    private func chooseTitle(metadata: HTMLMetadata, h1: String?, siteName: String?) -> (String?, String) {
        if let og = metadata.value(["og:title", "twitter:title"]) {
            return (TitleCleaner.removeSiteName(og.value, siteName: siteName, splitGenerically: false), "meta:" + og.key)
        }
        if let h1, !h1.isEmpty { return (h1, "html:h1") }
        if let headline = metadata.jsonLD.headline { return (headline, "json-ld:headline") }
        if let documentTitle = metadata.documentTitle, !documentTitle.isEmpty {
            return (TitleCleaner.removeSiteName(documentTitle, siteName: siteName, splitGenerically: true), "html:title")
        }
        return (nil, "text:first-sentence")
    }

    private func readDate(into article: inout ExtractedArticle, metadata: HTMLMetadata, visible: VisibleFacts) {
        var candidates: [(String, String)] = []
        for key in HTMLMetadata.dateKeys { if let value = metadata.meta[key] { candidates.append((value, "meta:" + key)) } }
        if let value = metadata.jsonLD.datePublished { candidates.append((value, "json-ld:datePublished")) }
        if let value = visible.itempropDate { candidates.append((value, "html:itemprop")) }
        if let value = visible.timeDatetime { candidates.append((value, "html:time")) }
        for value in visible.dateTexts { candidates.append((value, "html:date-text")) }
        for value in visible.labelledDates { candidates.append((value, "html:date-label")) }
        if let value = metadata.jsonLD.anyDate { candidates.append((value, "json-ld:date")) }
        for (value, source) in candidates {
            if let found = dateParser.parse(value), found.rfc3339 != nil {
                article.date = found
                article.dateSource = source
                return
            }
        }
        if let first = article.paragraphs.first, let found = dateParser.firstDate(in: first), found.rfc3339 != nil {
            article.date = found
            article.dateSource = "text:body"
            return
        }
        // A date in the page's address (/2024/10/28/, /20241028/, /2024-10-28-): the day, no time.
        if let url = metadata.value(["og:url"])?.value ?? metadata.canonicalURL, let found = URLDate.find(in: url, parser: dateParser) {
            article.date = found
            article.dateSource = "url"
            return
        }
        // A date that heads the page's title ("23.01.2022 - Results"), then a date without a year.
        if let title = metadata.documentTitle, let found = dateParser.firstDate(in: title), found.rfc3339 != nil {
            article.date = found
            article.dateSource = "html:title"
            return
        }
        if let first = article.paragraphs.first, let found = dateParser.firstDate(in: first) {
            article.date = found
            article.dateSource = "text:body"
        }
    }

    private func readAuthors(into article: inout ExtractedArticle, metadata: HTMLMetadata, visible: VisibleFacts) {
        let sources: [([String], String)] = [
            (metadata.jsonLD.authors, "json-ld:author"),
            (metadata.value(HTMLMetadata.authorKeys).map { [$0.value] } ?? [], "meta:author"),
            (visible.byline.map { [$0] } ?? [], "html:byline"),
        ]
        for (raw, source) in sources {
            let names = raw.filter { !$0.contains("http") && !$0.contains("/") }.flatMap(AuthorNames.parse)
            if !names.isEmpty {
                article.authors = names
                article.authorsSource = source
                return
            }
        }
    }

    /// An element whose class, id or itemprop names the article body, holding enough text to be it.
    static func semanticContainer(in root: HTMLNode) -> HTMLNode? {
        let candidates = root.descendants { node in
            guard !node.isText else { return false }
            if node.attribute("itemprop")?.lowercased() == "articlebody" { return true }
            let names = node.classAndID
            return PageCleaner.contentContainers.contains(where: names.contains)
        }
        var best: HTMLNode?
        var bestLength = 0
        for candidate in candidates {
            let paragraphLength = candidate.descendants(where: { $0.tag == "p" })
                .reduce(0) { $0 + ContentScorer.weightedLength($1.textContent) }
            if paragraphLength > bestLength {
                best = candidate
                bestLength = paragraphLength
            }
        }
        return bestLength >= 400 ? best : nil
    }
}
