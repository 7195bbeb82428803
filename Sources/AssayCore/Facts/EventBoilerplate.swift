/// Where a press release's closing sections start ("About Kestrel Lithium", "Forward-Looking
/// Statements", "风险提示"): what follows describes the company or hedges, and reports no step.
extension EventFinder {
    /// The start of the first closing section after the opening paragraph and up to `limit` (the
    /// last step word's start), or the text's end.
    func closingSectionsStart(upTo limit: Int) -> Int {
        // A caution names "forward-looking" (or 前瞻性) statements: found by their key pairs ("-l", "前瞻"),
        // so only a sentence holding one is read for a caution's words.
        var named: [Int] = []
        var found = text.nextPosition(ofKey: "-", "l", from: 0)
        while found < text.count {
            if text.matches(Self.forwardLooking, at: found - 7) { named.append(found) }
            found = text.nextPosition(ofKey: "-", "l", from: found + 1)
        }
        if text.hasHan {
            found = text.nextPosition(ofKey: "前", "瞻", from: 0)
            while found < text.count {
                named.append(found)
                found = text.nextPosition(ofKey: "前", "瞻", from: found + 1)
            }
        }
        for start in text.paragraphStarts.dropFirst() {
            let opening = text.skippingSpaces(from: start)
            guard opening < text.count, start <= limit else { break }
            let paragraph = text.paragraph(containing: opening)
            if isClosingHeading(paragraph, opening: opening) { return start }
            // "This press release contains forward-looking statements …": the caution itself, with no heading.
            let opener = text.sentence(containing: opening)
            if named.contains(where: opener.contains), !wordStarts(in: opener, of: Self.cautions).isEmpty { return start }
        }
        return text.count
    }

    /// A short line that names a closing section, with no full stop but an abbreviation's: "About Kestrel
    /// Lithium Ltd.", "Safe Harbor Statement" (not "About US$1.5 billion will go to the plant.").
    private func isClosingHeading(_ paragraph: Range<Int>, opening: Int) -> Bool {
        guard paragraph.upperBound - opening <= 80, Self.closingHeadings.match(in: text, at: opening, limit: paragraph.upperBound) != nil
        else { return false }
        var last = paragraph.upperBound - 1
        while last > opening, text.scalars[last] == " " { last -= 1 }
        guard !Self.sentenceEnds.contains(text.scalars[last]) else { return false }
        if text.scalars[last] == "." {
            var wordStart = last
            while wordStart > opening, FactText.isLetter(text.scalars[wordStart - 1]) { wordStart -= 1 }
            guard Self.abbreviations.contains(text.keyString(wordStart..<last)) else { return false }
        }
        // "About Kestrel": a name after "About", not "About 200 people attended" nor "About US$1.5 billion".
        if text.matches(Self.about, at: opening) {
            let rest = (opening + 6)..<last
            // ("About Us" is a page's menu, not a company's profile.)
            let menu = text.matches(Self.us, at: opening + 6) && !(text.scalar(at: opening + 8).map(FactText.isLetter) ?? false)
            return (text.scalar(at: opening + 6).map(FactText.isUppercase) ?? false) && !menu
                && !rest.contains { FactText.isDigit(text.scalars[$0]) || text.scalars[$0] == "$" }
        }
        return true
    }

    static let closingHeadings = WordList([
        "about ", "forward-looking statements", "forward looking statements", "forward-looking information", "cautionary statement",
        "cautionary note", "safe harbor", "safe harbour", "media contact", "investor contact", "investor relations contact",
        "风险提示", "免责声明", "前瞻性陈述", "前瞻性声明",
    ])
    static let forwardLooking = Array("forward-looking".unicodeScalars)
    static let about = Array("about ".unicodeScalars)
    static let us = Array("us".unicodeScalars)
    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "？", "！", "?", "!"]
    /// Legal forms a heading may end in with their full stop: "About Kestrel Lithium Ltd.".
    static let abbreviations: Set<String> = ["ltd", "inc", "co", "corp", "plc", "llc", "ag", "se", "sa", "nv", "bv", "ab", "asa", "oyj", "kk"]
    /// Sentences that open a release's caution: "This press release contains forward-looking statements".
    static let cautions = WordList([
        "contains forward-looking", "contain forward-looking", "constitute forward-looking", "constitutes forward-looking", "are forward-looking statements", "包含前瞻性", "含有前瞻性",
    ])
}
