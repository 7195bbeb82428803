/// Finds the element that holds the article body, by Readability's method: every paragraph scores
/// its ancestors by text length and commas, scores are damped by link density, and the best
/// candidate is joined by siblings that look like more of the same article.
struct ContentScorer {
    private var scores: [ObjectIdentifier: Double] = [:]
    private var candidates: [HTMLNode] = []

    private static let scoredTags: Set<String> = ["p", "pre", "td", "blockquote"]
    private static let leafBlockTags: Set<String> = ["div", "section", "span", "font", "center"]
    private static let positive = ["article", "body", "content", "entry", "main", "page", "post", "story", "text", "blog"]
    private static let negative = [
        "comment", "footer", "footnote", "meta", "related", "share", "sidebar", "sponsor", "widget", "promo", "nav",
        "shoutbox", "masthead", "media", "combx", "contact", "hid", "scroll", "shopping", "tags", "tool",
    ]

    /// The chosen content elements, in document order (the top candidate and its joined siblings).
    static func mainContent(in root: HTMLNode) -> [HTMLNode] {
        var scorer = ContentScorer()
        return scorer.select(root)
    }

    private mutating func select(_ root: HTMLNode) -> [HTMLNode] {
        for node in root.descendants(where: { Self.isScorable($0) || Self.isLooseText($0) }) {
            let text = node.isText ? node.text : node.textContent
            let length = Self.weightedLength(text)
            guard length >= 25 else { continue }
            let score = 1.0 + Double(Self.commas(text)) + min(3.0, Double(length) / 100.0)
            // Loose text scores its container, as a paragraph scores its parent.
            var ancestor = node.parent
            var level = 0
            while let current = ancestor, level < 5 {
                if scores[ObjectIdentifier(current)] == nil {
                    scores[ObjectIdentifier(current)] = Self.initialScore(current)
                    candidates.append(current)
                }
                let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level) * 3.0)
                scores[ObjectIdentifier(current)]! += score / divider
                ancestor = current.parent
                level += 1
            }
        }
        for candidate in candidates {
            scores[ObjectIdentifier(candidate)]! *= (1 - candidate.linkDensity)
        }
        let ranked = candidates.sorted { scores[ObjectIdentifier($0)]! > scores[ObjectIdentifier($1)]! }
        guard var top = ranked.first else { return [] }
        let bestScore = scores[ObjectIdentifier(top)]!
        top = sectionsAncestor(of: top, ranked: ranked) ?? risingAncestor(of: top) ?? top
        // An only child says little on its own: its parent holds the same content and maybe more.
        while let parent = top.parent, parent.tag != "body", parent.tag != "html",
            parent.children.filter({ !$0.removed && !($0.isText && HTMLText.visibleLength($0.text) == 0) }).count == 1
        {
            top = parent
        }
        return joinSiblings(of: top, topScore: scores[ObjectIdentifier(top)] ?? bestScore)
    }

    /// A story cut into sections (sub-headed chunks, each in its own box) scores as several close
    /// candidates; the nearest ancestor that holds three of them holds the whole story (Readability).
    private func sectionsAncestor(of top: HTMLNode, ranked: [HTMLNode]) -> HTMLNode? {
        let topScore = scores[ObjectIdentifier(top)]!
        guard topScore > 0 else { return nil }
        // Other boxes, not the top's own wrappers or parts.
        let close = ranked.dropFirst().filter { !top.isDescendant(of: $0) && !$0.isDescendant(of: top) }.prefix(4)
            .filter { scores[ObjectIdentifier($0)]! >= topScore * 0.75 }
        guard close.count >= 3 else { return nil }
        var ancestor = top.parent
        while let current = ancestor, current.tag != "body", current.tag != "html" {
            if close.filter({ $0.isDescendant(of: current) }).count >= 3 { return current }
            ancestor = current.parent
        }
        return nil
    }

    /// A parent that scores higher than the candidate below it gathers more of the same story.
    private func risingAncestor(of top: HTMLNode) -> HTMLNode? {
        var lastScore = scores[ObjectIdentifier(top)]!
        let floor = lastScore / 3
        var ancestor = top.parent
        while let current = ancestor, current.tag != "body", current.tag != "html" {
            defer { ancestor = current.parent }
            guard let score = scores[ObjectIdentifier(current)] else { continue }
            if score < floor { return nil }
            if score > lastScore { return current }
            lastScore = score
        }
        return nil
    }

    private func joinSiblings(of top: HTMLNode, topScore: Double) -> [HTMLNode] {
        guard let parent = top.parent else { return [top] }
        let threshold = max(10, topScore * 0.2)
        let topClass = top.attribute("class") ?? ""
        var chosen: [HTMLNode] = []
        for sibling in parent.children where !sibling.removed && !sibling.isText {
            if sibling === top {
                chosen.append(sibling)
                continue
            }
            var bonus = 0.0
            if !topClass.isEmpty, sibling.attribute("class") == topClass { bonus += topScore * 0.2 }
            if let score = scores[ObjectIdentifier(sibling)], score + bonus >= threshold {
                chosen.append(sibling)
            } else if sibling.tag == "p" {
                let text = sibling.textContent
                let length = Self.weightedLength(text)
                let density = sibling.linkDensity
                if (length > 80 && density < 0.25)
                    || (length > 0 && length <= 80 && density == 0 && (text.hasSuffix(".") || text.hasSuffix("。")))
                {
                    chosen.append(sibling)
                }
            }
        }
        return chosen
    }

    static func isScorable(_ node: HTMLNode) -> Bool {
        if scoredTags.contains(node.tag) { return true }
        guard leafBlockTags.contains(node.tag) else { return false }
        // A div with text but no block children reads as a paragraph.
        return !node.children.contains { !$0.isText && !$0.removed && HTMLText.blockTags.contains($0.tag) }
            && node.children.contains { $0.isText && HTMLText.visibleLength($0.text) > 0 }
    }

    /// Text written straight into a container beside block children (`<div>text<br>more<div>…`),
    /// as blog engines and hand-made pages do: Readability wraps such runs in paragraphs.
    static func isLooseText(_ node: HTMLNode) -> Bool {
        guard node.isText, let parent = node.parent, !parent.removed, looseTextParents.contains(parent.tag) else { return false }
        if let known = parent.holdsLooseText { return known }
        let holds = !isScorable(parent)
        parent.holdsLooseText = holds
        return holds
    }

    private static let looseTextParents: Set<String> = ["div", "section", "article", "main", "td", "font", "center"]

    private static func initialScore(_ node: HTMLNode) -> Double {
        var score: Double
        switch node.tag {
        case "div", "article", "main", "section": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        if node.tag == "article" { score += 10 }
        let names = node.classAndID
        if negative.contains(where: { ByteSearch.contains(names, $0) }) { score -= 25 }
        if positive.contains(where: { ByteSearch.contains(names, $0) }) { score += 25 }
        if node.attribute("itemprop")?.lowercased() == "articlebody" { score += 30 }
        return score
    }

    /// Length with Han characters weighted up: a Chinese character carries about a word.
    static func weightedLength(_ text: String) -> Int {
        var n = 0
        for scalar in text.unicodeScalars where !TextScript.isSpace(scalar) {
            n += TextScript.isHan(scalar) ? 3 : 1
        }
        return n
    }

    /// Commas (`,` `，` `、`) that stand as characters of their own. Counted on bytes; a text where
    /// a comma could be part of a larger character (a mark after it, a prepended sign before it)
    /// is counted by Characters, as before.
    static func commas(_ text: String) -> Int {
        var count = 0
        var pendingComma = false
        var previous: UInt32 = 0
        let plain = UTF8Scalars.walk(text) { value in
            if pendingComma {
                if value >= 0x300, Self.mayExtend(value) { return false }
                count += 1
                pendingComma = false
            }
            if value == 0x2C || value == 0xFF0C || value == 0x3001 {
                if previous >= 0x600, Self.mayPrepend(previous) { return false }
                pendingComma = true
            }
            previous = value
            return true
        }
        guard plain else { return text.reduce(0) { $0 + ("，,、".contains($1) ? 1 : 0) } }
        return count + (pendingComma ? 1 : 0)
    }

    /// A scalar that can join the character before it: combining and spacing marks, joiners, variation selectors.
    private static func mayExtend(_ value: UInt32) -> Bool {
        if value == 0x200C || value == 0x200D || (0xFE00...0xFE0F).contains(value) || value >= 0xE0000 { return true }
        guard let scalar = Unicode.Scalar(value) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.properties.isGraphemeExtend
        }
    }

    /// A scalar that joins the character after it (Arabic and Syriac number signs and their kin).
    private static func mayPrepend(_ value: UInt32) -> Bool {
        (0x600...0x605).contains(value) || value == 0x6DD || value == 0x70F || (0x890...0x891).contains(value) || value == 0x8E2
            || value == 0xD4E || value >= 0x10000
    }
}
