/// Facts read from the visible page before furniture is removed: the first `<h1>`, the first
/// `<time datetime>`, a byline and a date line (elements whose class names them).
struct VisibleFacts {
    private(set) var h1: String?
    private(set) var timeDatetime: String?
    private(set) var byline: String?
    private(set) var dateText: String?

    init(root: HTMLNode) {
        for node in root.descendants(where: { !$0.isText }) {
            if h1 == nil, node.tag == "h1" {
                let text = node.textContent
                if !text.isEmpty { h1 = text }
            }
            if timeDatetime == nil, node.tag == "time", let value = node.attribute("datetime"), !value.isEmpty {
                timeDatetime = value
            }
            let names = node.classAndID
            if byline == nil, node.attribute("rel") == "author" || node.attribute("itemprop") == "author"
                || names.contains("byline") || names.contains("author-name")
            {
                let text = node.textContent
                if !text.isEmpty, text.count < 120 { byline = text }
            }
            if dateText == nil, names.contains("date") || names.contains("time") || names.contains("publish") {
                let text = node.textContent
                if !text.isEmpty, text.count < 100 { dateText = text }
            }
        }
    }
}
