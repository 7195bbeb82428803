import Foundation

/// Extracts an article from an HTML page with libxml2: metadata from the head and JSON-LD, the
/// body from the element that best holds the story, furniture removed. Each field records its source.
public struct HTMLExtractor: Sendable {
    public var dateParser: DateParser

    public init(dateParser: DateParser) {
        self.dateParser = dateParser
    }

    /// - Parameter address: the URL the page was fetched from, when known; a date in it is read
    ///   when the page states none.
    public func extract(_ html: String, address: String? = nil) -> ExtractedArticle? {
        (try? extract(html, address: address, budget: .unlimited)) ?? nil
    }

    /// The article in `html`, checking `budget` between stages (a machine-made page of millions of
    /// elements can take longer than a daemon may give one input).
    public func extract(_ html: String, address: String?, budget: WorkBudget) throws(BudgetSpent) -> ExtractedArticle? {
        guard let (root, scripts, dataScripts) = HTMLDocument.parse(html) else { return nil }
        try budget.check()
        let metadata = HTMLMetadata(root: root, jsonLDScripts: scripts)
        let visible = VisibleFacts(root: root)
        let site = metadata.value(HTMLMetadata.publisherKeys)?.value ?? metadata.jsonLD.publisher
        let (title, titleSource) = chooseTitle(metadata: metadata, h1: visible.h1, siteName: site)
        try budget.check()

        var (paragraphs, bodySource) = try body(of: root, title: title ?? "", byName: true, budget: budget)
        var length = Self.textLength(paragraphs)
        try budget.check()
        if length < 500 {
            // Too little text: the class-name rules may have hit the content. Retry without them.
            PageCleaner.restore(root)
            let lenient = try body(of: root, title: title ?? "", byName: false, budget: budget)
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
        if paragraphs.isEmpty, let summary = metadata.articleSummary {
            // A script-built or paywalled article page: its summary is all the text it serves.
            paragraphs = [summary.value]
            bodySource = "meta:" + summary.key
        }
        guard !paragraphs.isEmpty else { return nil }
        try budget.check()

        var article = ExtractedArticle(
            title: title ?? TextExtractor.firstSentence(paragraphs[0]), titleSource: titleSource,
            paragraphs: paragraphs, bodySource: bodySource)
        readDate(into: &article, root: root, metadata: metadata, visible: visible, address: address, scripts: dataScripts)
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

    private func body(of root: HTMLNode, title: String, byName: Bool, budget: WorkBudget) throws(BudgetSpent)
        -> (paragraphs: [String], source: String)
    {
        PageCleaner.clean(root, byName: byName)
        try budget.check()
        let containers = Self.semanticContainers(in: root)
        let content = containers.isEmpty ? ContentScorer.mainContent(in: root) : containers
        try budget.check()
        let paragraphs = BlockCollector.paragraphs(from: content, title: title)
        return (paragraphs, containers.isEmpty ? "html:scored-blocks" : "html:content-container")
    }

    /// Whether a visible headline and a social title are one headline: one opens the other, or
    /// they share most of their words.
    static func sameHeadline(_ headline: String, _ social: String) -> Bool {
        let a = HeaderReading.folded(headline), b = HeaderReading.folded(social)
        guard (3...40).contains(TextScript.wordCount(headline)), !a.isEmpty, !b.isEmpty else { return false }
        if a.hasPrefix(b) || b.hasPrefix(a) { return true }
        func words(_ text: String) -> Set<Substring> { Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })) }
        let wordsA = words(headline), wordsB = words(social)
        let shared = wordsA.intersection(wordsB).count
        return Double(shared) / Double(max(1, min(wordsA.count, wordsB.count))) >= 0.6
    }

    private func chooseTitle(metadata: HTMLMetadata, h1: String?, siteName: String?) -> (String?, String) {
        if let og = metadata.value(["og:title", "twitter:title"]) {
            let social = TitleCleaner.removeSiteName(og.value, siteName: siteName, splitGenerically: false)
            // The headline readers see wins over the social title when both tell the same story:
            // social titles carry site names and teaser tails, or are reworded shorter.
            if let h1, Self.sameHeadline(h1, social) { return (h1, "html:h1") }
            return (social, "meta:" + og.key)
        }
        if let h1, !h1.isEmpty { return (h1, "html:h1") }
        if let headline = metadata.jsonLD.headline { return (headline, "json-ld:headline") }
        if let documentTitle = metadata.documentTitle, !documentTitle.isEmpty {
            return (TitleCleaner.removeSiteName(documentTitle, siteName: siteName, splitGenerically: true), "html:title")
        }
        return (nil, "text:first-sentence")
    }

    private func readDate(
        into article: inout ExtractedArticle, root: HTMLNode, metadata: HTMLMetadata, visible: VisibleFacts, address: String?,
        scripts: [String]
    ) {
        var candidates: [(String, String)] = []
        for key in HTMLMetadata.dateKeys { if let value = metadata.meta[key] { candidates.append((value, "meta:" + key)) } }
        if let value = metadata.jsonLD.datePublished { candidates.append((value, "json-ld:datePublished")) }
        if let value = visible.itempropDate { candidates.append((value, "html:itemprop")) }
        // Only runs that are mostly a date: the lede after the headline may open with another day.
        let headlineDates = visible.headlineDates.filter { run in
            dateParser.firstDate(in: run).map { MetaLine.isDateDominated(run, by: $0) } ?? false
        }
        for value in headlineDates { candidates.append((value, "html:headline-date")) }
        if let value = visible.timeDatetime { candidates.append((value, "html:time")) }
        for value in visible.dateTexts { candidates.append((value, "html:date-text")) }
        for value in visible.labelledDates { candidates.append((value, "html:date-label")) }
        for key in HTMLMetadata.looseDateKeys { if let value = metadata.meta[key] { candidates.append((value, "meta:" + key)) } }
        if let value = metadata.jsonLD.anyDate { candidates.append((value, "json-ld:date")) }
        // Only an update date: many portals state nothing else. The source says which it was.
        for key in HTMLMetadata.updateKeys { if let value = metadata.meta[key] { candidates.append((value, "meta:" + key)) } }
        if let value = metadata.jsonLD.dateModified { candidates.append((value, "json-ld:dateModified")) }
        readUpdate(into: &article, metadata: metadata, visible: visible)
        for (value, source) in candidates {
            if let found = dateParser.parse(value), found.rfc3339 != nil {
                let shown = (headlineDates + visible.dateTexts + visible.labelledDates).lazy
                    .compactMap { dateParser.firstDate(in: $0) }.prefix(8)
                article.date = LocalTime.asShown(found, visible: Array(shown)) ?? found
                article.dateSource = source
                return
            }
        }
        if let first = article.paragraphs.first, let found = dateParser.firstDate(in: first), found.rfc3339 != nil {
            article.date = found
            article.dateSource = "text:body"
            return
        }
        // A dateline opening the second or third paragraph (after a byline or a standfirst).
        for paragraph in article.paragraphs.dropFirst().prefix(2) {
            if let found = dateParser.firstDate(in: String(paragraph.prefix(40))), found.rfc3339 != nil, found.range.lowerBound < 3 {
                article.date = found
                article.dateSource = "text:body"
                return
            }
        }
        // A date in the page's address (/2024/10/28/, /20241028/, /2024-10-28-): the day, no time.
        if let url = address ?? metadata.value(["og:url"])?.value ?? metadata.canonicalURL, let found = URLDate.find(in: url, parser: dateParser) {
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
        if let found = ScriptDates.first(in: scripts, parser: dateParser) {
            article.date = found
            article.dateSource = "html:script-data"
            return
        }
        PageCleaner.restore(root)
        if let found = PageDates.mostStated(in: root, parser: dateParser) {
            article.date = found
            article.dateSource = "html:page-text"
            return
        }
        if let first = article.paragraphs.first, let found = dateParser.firstDate(in: first) {
            article.date = found
            article.dateSource = "text:body"
        }
    }

    /// The last update the page states, from the keys that name nothing else.
    private func readUpdate(into article: inout ExtractedArticle, metadata: HTMLMetadata, visible: VisibleFacts) {
        let values = HTMLMetadata.updateKeys.compactMap { metadata.meta[$0] } + [metadata.jsonLD.dateModified, visible.itempropUpdate].compactMap { $0 }
        article.updated = values.lazy.compactMap { dateParser.parse($0) }.first { $0.rfc3339 != nil }
    }

    /// Authors by source, most trusted first: JSON-LD people, the author meta tag, the visible
    /// byline, the story's own sign-off; last, an organisation credited in metadata (JSON-LD
    /// `Organization`, or the site's own name), which is the paper itself, not a writer.
    private func readAuthors(into article: inout ExtractedArticle, metadata: HTMLMetadata, visible: VisibleFacts) {
        let site = [metadata.value(HTMLMetadata.publisherKeys)?.value, metadata.jsonLD.publisher].compactMap { $0 }
            .map(HeaderReading.folded)
        let isSite = { (names: [String]) in names.count == 1 && site.contains(HeaderReading.folded(names[0])) }
        let jsonLD = metadata.jsonLD.authors.flatMap { AuthorNames.parse($0) }
        let meta = (metadata.value(HTMLMetadata.authorKeys).map { [$0.value] } ?? [])
            .filter { !$0.contains("http") && !$0.contains("/") }.flatMap { AuthorNames.parse($0) }
        let bylines = visible.bylines.lazy.filter { !$0.text.contains("http") }
            .map { AuthorNames.parse($0.text, visibleLine: true, handles: $0.handles) }
        let byline = bylines.first { !$0.isEmpty } ?? []
        let signOff = SignOff.authors(in: article.paragraphs)
        let jsonLDIsPaper = metadata.jsonLD.authorsAreOrganizations || isSite(jsonLD)
        let sources: [([String], String)] = [
            (jsonLDIsPaper ? [] : jsonLD, "json-ld:author"), (isSite(meta) ? [] : meta, "meta:author"), (byline, "html:byline"),
            (signOff?.names ?? [], signOff?.source ?? ""), (jsonLDIsPaper ? jsonLD : [], "json-ld:author"), (meta, "meta:author"),
        ]
        guard var (names, source) = sources.first(where: { !$0.0.isEmpty }) else { return }
        // Metadata giving a first name only ("Nils") gives way to the byline's full name ("Nils Pickert").
        if source != "html:byline", names.count == 1, !names[0].contains(" "),
            let full = byline.first(where: { $0.hasPrefix(names[0] + " ") })
        {
            (names, source) = ([full], "html:byline")
        }
        article.authors = names
        article.authorsSource = source
    }

    /// The element whose class, id or itemprop names the article body, holding enough text to be
    /// it; with its twins (same class, not nested) where the story is cut into section boxes.
    static func semanticContainers(in root: HTMLNode) -> [HTMLNode] {
        let candidates = root.descendants { node in
            guard !node.isText else { return false }
            if node.attribute("itemprop")?.lowercased() == "articlebody" { return true }
            let names = node.classAndID
            return PageCleaner.contentContainers.contains { ByteSearch.contains(names, $0) }
        }
        var best: HTMLNode?
        var bestLength = 0
        for candidate in candidates {
            let paragraphLength = candidate.descendants(where: { $0.tag == "p" || ContentScorer.isLooseText($0) })
                .reduce(0) { $0 + ContentScorer.weightedLength($1.isText ? $1.text : $1.textContent) }
            if paragraphLength > bestLength {
                best = candidate
                bestLength = paragraphLength
            }
        }
        guard let best, bestLength >= 400 else { return [] }
        let bestClass = best.attribute("class") ?? ""
        guard !bestClass.isEmpty else { return [best] }
        let twins = candidates.filter { candidate in
            candidate === best
                || (candidate.attribute("class") == bestClass && !candidate.isDescendant(of: best)
                    && !best.isDescendant(of: candidate))
        }
        // A twin inside another twin is read with it.
        return twins.filter { twin in !twins.contains { $0 !== twin && twin.isDescendant(of: $0) } }
    }
}
