/// Marks page furniture as removed before scoring: navigation, forms, sidebars, share and related
/// widgets, comments, ads, hidden elements, captions. Matches Readability's "unlikely candidates"
/// idea: a class or id that names furniture removes the element unless it also names content.
enum PageCleaner {
    private static let furnitureTags: Set<String> = [
        "nav", "footer", "aside", "button", "select", "input", "textarea", "iframe", "object", "embed", "figcaption",
        "dialog", "menu", "label", "option", "canvas", "video", "audio", "picture", "img", "noscript",
    ]
    private static let furnitureRoles: Set<String> = [
        "navigation", "banner", "complementary", "contentinfo", "dialog", "search", "menu", "menubar", "toolbar",
        "alert", "alertdialog", "tablist",
    ]
    /// Substrings of class/id that name furniture.
    private static let unlikely: [String] = [
        "comment", "disqus", "share", "sharing", "social", "sidebar", "side-bar", "related", "recommend",
        "newsletter", "subscribe", "signup", "sign-up", "promo", "advert", "sponsor", "breadcrumb", "pagination",
        "pager", "popup", "modal", "cookie", "gdpr", "banner", "masthead", "menu", "navbar", "footer", "outbrain",
        "taboola", "byline", "author", "tag-list", "taglist", "article-tags", "toolbar", "widget", "most-read",
        "mostread", "trending", "popular", "read-more", "readmore", "more-stories", "caption", "credit",
        "skip-link", "login", "paywall", "rss", "print-", "-print", "dateline", "timestamp", "pubdate", "date-time",
        "social", "follow", "topics", "keywords", "nav-", "-nav", "header", "top-bar", "topbar", "overlay",
        "ad-slot", "ad-container", "ad-wrapper", "adsbygoogle", "dfp", "teaser", "carousel", "slider", "gallery",
        "meta", "infobox", "sr-only", "visually-hidden", "screen-reader",
    ]
    /// Whole class/id tokens that name furniture.
    private static let unlikelyTokens: Set<String> = ["ad", "ads", "adv", "advertisement", "nav", "share", "tags", "print"]
    /// Substrings that name content; they protect an element from the unlikely list.
    private static let likely: [String] = [
        "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "column", "prose",
    ]
    private static let protectedTags: Set<String> = ["html", "body", "article", "main"]
    /// Elements that broken markup or script-only sites wrap a whole story in; hidden elements,
    /// dialogs and the like are removed whatever they hold.
    private static let swallowingTags: Set<String> = ["nav", "aside", "button", "header", "form", "menu", "noscript", "figure", "label", "select"]

    /// Marks furniture removed. `byName` also removes elements whose class or id names furniture,
    /// except one that holds much of the page's paragraph text (a wrapper with an unlucky class).
    static func clean(_ root: HTMLNode, byName: Bool) {
        let paragraphText = ParagraphText(root: root)
        let protectedShare = Double(paragraphText.total) * 0.3
        // Broken markup (an unclosed `<nav>`, `<aside>` or `<button>`) can swallow the story: libxml2
        // nests the rest of the page inside it. Such an element holds most of the page's paragraphs.
        let swallowedShare = max(200, Double(paragraphText.proseTotal) * 0.5)
        var stack: [HTMLNode] = [root]
        while let node = stack.popLast() {
            if node.isText { continue }
            let share = Double(paragraphText.length(of: node))
            if (shouldRemoveByTag(node) && !(swallowingTags.contains(node.tag) && Double(paragraphText.prose(of: node)) >= swallowedShare))
                || (byName && shouldRemoveByName(node) && share < protectedShare)
            {
                node.removed = true
                continue
            }
            stack.append(contentsOf: node.children)
        }
    }

    /// Undoes `clean`, for a second, more lenient pass.
    static func restore(_ root: HTMLNode) {
        var stack: [HTMLNode] = [root]
        while let node = stack.popLast() {
            node.removed = false
            stack.append(contentsOf: node.children)
        }
    }

    static func shouldRemoveByTag(_ node: HTMLNode) -> Bool {
        let tag = node.tag
        if furnitureTags.contains(tag) { return true }
        if tag == "form" || tag == "header" || tag == "figure" {
            // Some sites wrap the whole page in a form or the story in a header/figure: keep those.
            return node.descendants(where: { $0.tag == "p" }).count < 3
        }
        if node.attributes["hidden"] != nil { return true }
        if let style = node.attribute("style")?.lowercased().replacing(" ", with: ""),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        if let role = node.attribute("role")?.lowercased(), furnitureRoles.contains(role) { return true }
        return false
    }

    static func shouldRemoveByName(_ node: HTMLNode) -> Bool {
        if protectedTags.contains(node.tag) { return false }
        let names = node.classAndID
        guard !names.trimmingWhitespace().isEmpty else { return false }
        if names.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains(where: {
            unlikelyTokens.contains(String($0))
        }) {
            return !likely.contains { ByteSearch.contains(names, $0) } || ByteSearch.contains(names, "share")
        }
        if unlikely.contains(where: { ByteSearch.contains(names, $0) }), !likely.contains(where: { ByteSearch.contains(names, $0) }) { return true }
        return false
    }

    /// Class/id words that say "this is the article body", strongest first.
    static let contentContainers: [String] = [
        "articlebody", "article-body", "article__body", "article_body", "story-body", "storybody", "story__body",
        "entry-content", "post-content", "post-body", "postbody", "article-content", "articlecontent",
        "article__content", "article-text", "articletext", "story-content", "content-body", "body-text",
        "news-content", "newscontent", "article_content", "post_content", "entry_content", "rich-text", "td-post-content",
    ]
}

/// Characters of text below each element, computed once bottom-up: `<p>` text, and prose (that
/// plus text written straight into a container beside block children).
struct ParagraphText {
    private var lengths: [ObjectIdentifier: (paragraph: Int, prose: Int)] = [:]
    private(set) var total = 0
    private(set) var proseTotal = 0

    init(root: HTMLNode) {
        (total, proseTotal) = measure(root, insideParagraph: false)
    }

    func length(of node: HTMLNode) -> Int { lengths[ObjectIdentifier(node)]?.paragraph ?? 0 }
    func prose(of node: HTMLNode) -> Int { lengths[ObjectIdentifier(node)]?.prose ?? 0 }

    private mutating func measure(_ node: HTMLNode, insideParagraph: Bool) -> (Int, Int) {
        if node.isText {
            if insideParagraph { return (HTMLText.visibleLength(node.text), HTMLText.visibleLength(node.text)) }
            return (0, ContentScorer.isLooseText(node) ? HTMLText.visibleLength(node.text) : 0)
        }
        let inside = insideParagraph || node.tag == "p"
        var paragraph = 0
        var prose = 0
        for child in node.children {
            let (p, q) = measure(child, insideParagraph: inside)
            paragraph += p
            prose += q
        }
        if prose > 0 { lengths[ObjectIdentifier(node)] = (paragraph, prose) }
        return (paragraph, prose)
    }
}
