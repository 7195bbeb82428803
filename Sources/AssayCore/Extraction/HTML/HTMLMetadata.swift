import Foundation

/// Article metadata from a page's head and structured data: `<meta>` tags (Open Graph, article:*,
/// Dublin Core, parsely), JSON-LD (`NewsArticle` and kin), `<title>`, `<html lang>`.
struct HTMLMetadata {
    /// Meta tag values by lowercased `property` or `name` (first occurrence wins).
    private(set) var meta: [String: String] = [:]
    private(set) var jsonLD = JSONLDArticle()
    private(set) var documentTitle: String?
    private(set) var language: String?
    /// `<link rel="canonical" href>`: the page's own address.
    private(set) var canonicalURL: String?

    init(root: HTMLNode, jsonLDScripts: [String]) {
        language = root.attribute("lang").flatMap(Self.primaryLanguage)
        for node in root.descendants(where: { $0.tag == "meta" || $0.tag == "title" || $0.tag == "link" }) {
            if node.tag == "title" {
                if documentTitle == nil { documentTitle = node.textContent }
                continue
            }
            if node.tag == "link" {
                if canonicalURL == nil, node.attribute("rel")?.lowercased() == "canonical", let href = node.attribute("href"), !href.isEmpty {
                    canonicalURL = href
                }
                continue
            }
            guard let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?
                .lowercased(), let content = node.attribute("content")?.trimmingWhitespaceAndNewlines(),
                !content.isEmpty
            else { continue }
            if meta[key] == nil { meta[key] = content }
        }
        if language == nil { language = (meta["og:locale"] ?? meta["language"] ?? meta["content-language"]).flatMap(Self.primaryLanguage) }
        for script in jsonLDScripts { jsonLD.merge(script) }
    }

    func value(_ keys: [String]) -> (value: String, key: String)? {
        for key in keys { if let value = meta[key] { return (value, key) } }
        return nil
    }

    /// The page's summary, when the page says it is an article (Open Graph type, article dates or
    /// typed JSON-LD) and the summary is a sentence or more, not a site slogan.
    var articleSummary: (value: String, key: String)? {
        let isArticle = meta["og:type"]?.lowercased() == "article" || meta["article:published_time"] != nil
            || jsonLD.headline != nil
        guard isArticle, let summary = value(["og:description", "description", "twitter:description"]) else { return nil }
        let text = HTMLText.collapse(summary.value)
        guard ContentScorer.weightedLength(text) >= 80 else { return nil }
        return (text, summary.key)
    }

    /// "en-US" → "en", "zh_CN" → "zh".
    static func primaryLanguage(_ tag: String) -> String? {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
        guard let primary, (2...3).contains(primary.count), primary.allSatisfy(\.isLetter) else { return nil }
        return primary
    }

    /// Keys that name the publication date and nothing else.
    static let dateKeys = [
        "article:published_time", "og:article:published_time", "datepublished", "publishdate", "publish-date",
        "publish_date", "article.published", "parsely-pub-date", "sailthru.date", "dc.date.issued", "og:published_time",
        "published_time", "publication_date", "article:published",
    ]
    /// Keys whose date may be the publication date or another (a crawl, an edit, a page's creation):
    /// the page's visible date line is trusted over them.
    static let looseDateKeys = ["pubdate", "dc.date", "dcterms.created", "dc.date.created", "date", "uploaddate"]
    /// Keys of the date a page was last changed.
    static let updateKeys = ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "lastmod", "last-modified"]
    static let authorKeys = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"]
    static let publisherKeys = ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"]
}

/// The fields of the first JSON-LD object typed as an article (also inside `@graph`).
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    var dateModified: String?
    /// A date of any typed object (a video's `uploadDate`, a recipe's `datePublished`), when no article has one.
    var anyDate: String?
    var authors: [String] = []
    /// The credited authors are organisations (`"@type": "Organization"`): the paper, not a writer.
    var authorsAreOrganizations = false
    var publisher: String?
    var articleBody: String?

    private static let articleTypes: Set<String> = [
        "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "techarticle", "scholarlyarticle", "report", "webpage", "liveblogposting",
    ]

    /// Names of typed objects by `@id`: Yoast-style graphs credit the article's author by reference.
    private var namesByID: [String: String] = [:]
    private var authorReferences: [String] = []

    mutating func merge(_ script: String) {
        guard let data = script.data(using: .utf8),
            let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return }
        visit(json)
        if authors.isEmpty { authors = authorReferences.compactMap { namesByID[$0] } }
    }

    private mutating func visit(_ value: Any) {
        if let array = value as? [Any] {
            for item in array { visit(item) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let id = object["@id"] as? String, let name = object["name"] as? String { namesByID[id] = name }
        if let graph = object["@graph"] { visit(graph) }
        let types = ((object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []).map {
            $0.lowercased()
        }
        if anyDate == nil, !types.isEmpty {
            anyDate = (object["datePublished"] ?? object["uploadDate"] ?? object["dateCreated"]) as? String
        }
        guard types.contains(where: Self.articleTypes.contains) else { return }
        let isWebPage = types == ["webpage"]
        if headline == nil, !isWebPage { headline = object["headline"] as? String }
        if datePublished == nil { datePublished = (object["datePublished"] ?? object["dateCreated"]) as? String }
        if dateModified == nil { dateModified = object["dateModified"] as? String }
        if authors.isEmpty {
            authors = Self.names(object["author"])
            authorsAreOrganizations = !authors.isEmpty && Self.allOrganizations(object["author"])
        }
        if authors.isEmpty, authorReferences.isEmpty { authorReferences = Self.references(object["author"]) }
        if publisher == nil { publisher = Self.names(object["publisher"]).first }
        if articleBody == nil, !isWebPage { articleBody = object["articleBody"] as? String }
    }

    private static func references(_ value: Any?) -> [String] {
        if let object = value as? [String: Any], let id = object["@id"] as? String, object["name"] == nil { return [id] }
        if let array = value as? [Any] { return array.flatMap { references($0) } }
        return []
    }

    private static func names(_ value: Any?) -> [String] {
        if let name = value as? String { return [HTMLText.decodingReferences(name)] }
        if let object = value as? [String: Any] {
            if let name = object["name"] as? String { return [HTMLText.decodingReferences(name)] }
            if let list = object["name"] as? [String] { return list.map(HTMLText.decodingReferences) }
            return []
        }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }

    private static func allOrganizations(_ value: Any?) -> Bool {
        if let array = value as? [Any] { return array.allSatisfy(allOrganizations) }
        guard let object = value as? [String: Any] else { return false }
        let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        return types.contains { $0.lowercased().hasSuffix("organization") || $0 == "Corporation" }
    }
}
