/// Turns the chosen content elements into paragraphs: one per block element or `<br>`-separated
/// run of inline text, skipping headline, link lists and furniture lines.
struct BlockCollector {
    private(set) var paragraphs: [String] = []
    private var buffer = ""
    private var bufferLinked = 0
    /// The links in the buffer and the longest: a link or two of a few words sit in a sentence;
    /// long or many ones are teasers or a hover card.
    private var longestLink = 0
    private var links = 0
    private var bufferTag = "p"
    private var seen: Set<String> = []
    private let title: String

    private static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    init(title: String) {
        self.title = HeaderReading.folded(title)
    }

    static func paragraphs(from nodes: [HTMLNode], title: String) -> [String] {
        var collector = BlockCollector(title: title)
        for node in nodes { collector.visit(node, inLink: false) }
        collector.flush()
        return collector.paragraphs
    }

    private mutating func visit(_ node: HTMLNode, inLink: Bool) {
        if node.removed { return }
        if node.isText {
            buffer += node.text
            if inLink { bufferLinked += HTMLText.visibleLength(node.text) }
            return
        }
        if node.tag == "br" {
            flush()
            return
        }
        if node.tag == "a", !inLink {
            longestLink = max(longestLink, HTMLText.visibleLength(node.textContent))
            links += 1
        }
        let isBlock = HTMLText.blockTags.contains(node.tag)
        if isBlock {
            flush()
            bufferTag = node.tag
        }
        for child in node.children { visit(child, inLink: inLink || node.tag == "a") }
        if isBlock {
            flush()
        }
    }

    private mutating func flush() {
        defer {
            buffer = ""
            bufferLinked = 0
            longestLink = 0
            links = 0
        }
        let text = HTMLText.collapse(buffer)
        guard !text.isEmpty else { return }
        let length = HTMLText.visibleLength(text)
        let words = TextScript.wordCount(text)
        if bufferTag == "h1" || HeaderReading.folded(text) == title { return }
        // Link lists and menus: mostly linked text. A sentence with a long link in it stays.
        if length > 0, Double(bufferLinked) / Double(length) > 0.5, !(links <= 2 && longestLink <= 80 && Self.isSentence(text, linked: bufferLinked, tag: bufferTag)) {
            return
        }
        if FurnitureRules.isFurniture(text, words: words) || FurnitureRules.isCaption(text, words: words) { return }
        // Lone labels ("Advertisement", "Share") say nothing; a heading of a few words may.
        if words <= 2, !Self.headingTags.contains(bufferTag), !text.contains(where: { ".!?。！？".contains($0) }) {
            return
        }
        // A long block seen twice is a copy (a standfirst repeated, a mobile twin); short lines
        // repeat for real in recipes, schedules and Q&As.
        guard seen.insert(text).inserted || length < 60 else { return }
        paragraphs.append(text)
    }

    /// A paragraph that reads as prose: sentence punctuation at its end and words of its own
    /// outside the links.
    private static func isSentence(_ text: String, linked: Int, tag: String) -> Bool {
        guard tag == "p", let last = text.last, ".!?。！？\"”".contains(last) else { return false }
        return HTMLText.visibleLength(text) - linked >= 30 && Double(linked) / Double(HTMLText.visibleLength(text)) < 0.7
    }
}
