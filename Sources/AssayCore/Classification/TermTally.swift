import Foundation

/// How often one term counted in an article, and where it was first seen.
struct TermTally {
    private(set) var titleCount = 0
    private(set) var bodyCount = 0
    private var firstTitle: Int?
    private var firstBody: Int?

    var count: Int { titleCount + bodyCount }

    mutating func add(_ occurrence: TermScan.Occurrence, inTitle: Bool) {
        if inTitle {
            titleCount += 1
            if firstTitle == nil { firstTitle = occurrence.codePoint }
        } else {
            bodyCount += 1
            if firstBody == nil { firstBody = occurrence.codePoint }
        }
    }

    /// A title mention weighs `titleWeight` times the term; body mentions grow with the log of
    /// their count, so repetition helps but cannot swamp breadth of vocabulary.
    func contribution(weight: Double, titleWeight: Double) -> Double {
        let title = titleCount > 0 ? weight * titleWeight : 0
        let body = bodyCount > 0 ? weight * (1 + log(Double(bodyCount))) : 0
        return title + body
    }

    func evidence(term: String, body: TextOffsets, title: TextOffsets) -> IndustryLabel.Evidence {
        let snippet = firstBody.map { body.snippet(around: $0) } ?? firstTitle.map { title.snippet(around: $0) } ?? ""
        return IndustryLabel.Evidence(
            term: term, count: count, inTitle: titleCount > 0, firstOffset: firstBody, snippet: snippet)
    }
}

/// Code-point access to a field, for evidence snippets.
struct TextOffsets {
    private let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// About 50 characters either side of `offset`, cut at spaces, on one line.
    func snippet(around offset: Int, radius: Int = 50) -> String {
        guard offset < scalars.count else { return "" }
        var start = max(0, offset - radius)
        var end = min(scalars.count, offset + radius)
        if start > 0, let space = scalars[start..<offset].firstIndex(where: { $0 == " " }) { start = space + 1 }
        if end < scalars.count, let space = scalars[offset..<end].lastIndex(where: { $0 == " " }), space > offset {
            end = space
        }
        var text = String(String.UnicodeScalarView(scalars[start..<end]))
        text = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return (start > 0 ? "…" : "") + text + (end < scalars.count ? "…" : "")
    }
}
