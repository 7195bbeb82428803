/// A node of a parsed HTML page: an element with attributes and children, or a text run.
/// Built once from libxml2's tree so the extraction logic is plain Swift.
final class HTMLNode {
    /// Lowercased tag name; empty for text nodes.
    let tag: String
    /// The text of a text node; empty for elements.
    let text: String
    var attributes: [String: String]
    var children: [HTMLNode] = []
    weak var parent: HTMLNode?
    /// Set when the cleaner removes the node, so later passes skip it.
    var removed = false
    /// Whether text written straight into this element sits beside block children (see
    /// `ContentScorer.isLooseText`), worked out once: a container of many runs is asked many times.
    var holdsLooseText: Bool?

    init(tag: String, text: String = "", attributes: [String: String] = [:]) {
        self.tag = tag
        self.text = text
        self.attributes = attributes
    }

    var isText: Bool { tag.isEmpty }

    func attribute(_ name: String) -> String? { attributes[name] }

    /// `class` and `id` together, lowercased: what furniture and content patterns are matched against.
    lazy var classAndID: String = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()

    /// Elements below this one, depth first, skipping removed subtrees.
    func descendants(where predicate: (HTMLNode) -> Bool) -> [HTMLNode] {
        var found: [HTMLNode] = []
        var stack: [HTMLNode] = children.reversed()
        while let node = stack.popLast() {
            if node.removed { continue }
            if predicate(node) { found.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        return found
    }

    func isDescendant(of other: HTMLNode) -> Bool {
        var node = parent
        while let current = node {
            if current === other { return true }
            node = current.parent
        }
        return false
    }

    /// All text below this node, a space between text runs ("Matt Birney" and "Sponsored" stay two
    /// words), whitespace collapsed.
    var spacedText: String {
        var runs: [String] = []
        var stack: [HTMLNode] = [self]
        while let node = stack.popLast() {
            if node.removed { continue }
            if node.isText { runs.append(node.text) } else { stack.append(contentsOf: node.children.reversed()) }
        }
        return HTMLText.collapse(runs.joined(separator: " "))
    }

    /// All text below this node with whitespace collapsed, skipping removed subtrees.
    var textContent: String {
        var out = ""
        appendText(to: &out)
        return HTMLText.collapse(out)
    }

    private func appendText(to out: inout String) {
        if removed { return }
        if isText {
            out += text
            return
        }
        if HTMLText.blockTags.contains(tag) || tag == "br" { out += " " }
        for child in children { child.appendText(to: &out) }
        if HTMLText.blockTags.contains(tag) { out += " " }
    }

    /// Characters of text below this node, and those inside links.
    func textLengths() -> (total: Int, linked: Int) {
        var total = 0
        var linked = 0
        accumulateLengths(inLink: false, total: &total, linked: &linked)
        return (total, linked)
    }

    private func accumulateLengths(inLink: Bool, total: inout Int, linked: inout Int) {
        if removed { return }
        if isText {
            let n = HTMLText.visibleLength(text)
            total += n
            if inLink { linked += n }
            return
        }
        let link = inLink || tag == "a"
        for child in children { child.accumulateLengths(inLink: link, total: &total, linked: &linked) }
    }

    var linkDensity: Double {
        let (total, linked) = textLengths()
        return total == 0 ? 0 : Double(linked) / Double(total)
    }
}

/// Text helpers shared by the HTML extraction passes.
enum HTMLText {
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "figure", "figcaption", "header",
        "footer", "aside", "nav", "address", "hr", "form", "fieldset", "center", "details", "summary", "body", "html",
    ]

    /// Whitespace runs (and zero-width spaces, BOMs) made one space, trimmed at both ends. Works on
    /// the UTF-8 bytes: only a non-ASCII character is decoded, to ask whether it is a space. Text that
    /// is collapsed already (most of it: extraction collapses, the record builder asks again) is
    /// returned as it is, without a copy.
    static func collapse(_ s: String) -> String {
        if isCollapsed(s) { return s }
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        UTF8Scalars.walk(s) { value in
            if isCollapsible(value) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                UTF8Scalars.append(value, to: &out)
            }
            return true
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether collapsing would change nothing: every space is a single ASCII space between two
    /// other characters.
    private static func isCollapsed(_ s: String) -> Bool {
        var afterSpace = true  // a leading space would go
        let clean = UTF8Scalars.walk(s) { value in
            if value == 0x20 {
                if afterSpace { return false }
                afterSpace = true
                return true
            }
            afterSpace = false
            return !isCollapsible(value)
        }
        return clean && (!afterSpace || s.isEmpty)
    }

    /// A space `collapse` merges: Unicode white space, zero-width space, BOM.
    @inline(__always)
    private static func isCollapsible(_ value: UInt32) -> Bool {
        TextScript.isSpace(value: value) || value == 0x200B || value == 0xFEFF
    }

    private static let namedReferences: [Substring: String] = [
        "amp": "&", "quot": "\"", "apos": "'", "lt": "<", "gt": ">", "nbsp": " ",
    ]

    /// Character references left in text the parser never decodes (JSON-LD inside `<script>`):
    /// "Jos&#xE9;" → "José", "&amp;" → "&". Unknown references stay as written.
    static func decodingReferences(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var rest = s[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let tail = rest[rest.index(after: amp)...]
            guard let semicolon = tail.prefix(10).firstIndex(of: ";") else {
                out += "&"
                rest = tail
                continue
            }
            let name = tail[..<semicolon]
            var decoded: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                decoded = namedReferences[name]
            }
            if let decoded {
                out += decoded
                rest = tail[tail.index(after: semicolon)...]
            } else {
                out += "&"
                rest = tail
            }
        }
        return out + rest
    }

    /// Non-whitespace characters: the length measure used by the scorer.
    static func visibleLength(_ s: String) -> Int {
        var n = 0
        UTF8Scalars.walk(s) { value in
            if !TextScript.isSpace(value: value) { n += 1 }
            return true
        }
        return n
    }
}
