/// Removes furniture from the body lines of a plain-text article: related-link sections and what
/// follows them, furniture lines, photo captions (credited, or glued above a paragraph).
struct BodyCleaning {
    typealias Line = (text: String, gluedToNext: Bool)

    let lines: [Line]
    private(set) var kept: [String] = []
    /// A publisher named by the furniture (copyright, reprint statement, source credit).
    private(set) var publisherFact: (name: String, source: String)?

    init(lines: [Line]) {
        self.lines = lines
    }

    mutating func run() {
        let end = relatedSectionStart() ?? lines.count
        let separatedShare = lines.isEmpty ? 0 : Double(lines.filter { !$0.gluedToNext }.count) / Double(lines.count)
        // Each line's words, counted once: furniture, caption and glued-caption checks all ask.
        let words = lines.map { TextScript.wordCount($0.text) }
        for index in 0..<lines.count {
            let line = lines[index].text
            if index >= end || FurnitureRules.isFurniture(line, words: words[index]) {
                if publisherFact == nil { publisherFact = FooterFacts.publisher(in: line) }
                continue
            }
            if FurnitureRules.isCaption(line, words: words[index]) { continue }
            if separatedShare >= 0.5, isGluedCaption(at: index, words: words) { continue }
            kept.append(line)
        }
    }

    /// A related-links heading after which nothing reads like article text.
    private func relatedSectionStart() -> Int? {
        for index in lines.indices where FurnitureRules.isSectionHeader(lines[index].text) {
            let rest = lines[(index + 1)...]
            if rest.allSatisfy({ TextScript.wordCount($0.text) <= 25 || FurnitureRules.isListItem($0.text) }) {
                return index
            }
        }
        return nil
    }

    /// In text whose paragraphs are separated by blank lines, a short line set directly on top of a
    /// long paragraph is a photo caption ("Zhang Yangguang … delivered a speech.").
    private func isGluedCaption(at index: Int, words: [Int]) -> Bool {
        guard lines[index].gluedToNext, index + 1 < lines.count else { return false }
        return words[index] <= 30 && words[index + 1] >= 40 && !FurnitureRules.isListItem(lines[index].text)
    }
}
