/// The terms, context words and comparison cues found in one folded field (title or body).
///
/// Overlapping term matches resolve leftmost-longest, so "sodium-ion battery" is one sodium-ion
/// term and an ignored phrase such as "tortilla chip" hides the "chip" inside it.
struct TermScan {
    struct Occurrence {
        var term: Int
        var start: Int
        var end: Int
        /// False when the term is named only as a comparison ("cheaper than lithium-ion").
        var counts: Bool
        /// UTF-8 offset of the match in the unfolded field.
        var sourceOffset: Int
    }

    struct ContextWord {
        var rules: [Int]
        var start: Int
        var end: Int
    }

    private struct Cue {
        var before: Bool
        var start: Int
        var end: Int
    }

    let text: FoldedText
    private(set) var terms: [Occurrence] = []
    private(set) var contextWords: [ContextWord] = []

    init(text: FoldedText, compiled: CompiledTaxonomy, comparison: Taxonomy.ComparisonCues) {
        self.text = text
        var candidates: [(start: Int, end: Int, pattern: Int)] = []
        var cues: [Cue] = []
        let bytes = text.bytes
        for match in compiled.matcher.matches(in: bytes) {
            let pattern = compiled.patterns[Int(match.pattern)]
            let start = match.end - pattern.length
            if pattern.boundaryBefore && start > 0 && MatchFolding.isWordByte(in: bytes, at: start - 1) { continue }
            if pattern.boundaryAfter && match.end < bytes.count && MatchFolding.isWordByte(in: bytes, at: match.end) {
                continue
            }
            switch pattern.role {
            case .term, .ignored: candidates.append((start, match.end, Int(match.pattern)))
            case .cueBefore: cues.append(Cue(before: true, start: start, end: match.end))
            case .cueAfter: cues.append(Cue(before: false, start: start, end: match.end))
            case .contextWord:
                contextWords.append(ContextWord(rules: compiled.contextRules[Int(match.pattern)], start: start, end: match.end))
            }
        }
        let longestCue = cues.map { $0.end - $0.start }.max() ?? 0
        candidates.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var covered = 0
        for candidate in candidates where candidate.start >= covered {
            covered = candidate.end
            guard case .term(let term) = compiled.patterns[candidate.pattern].role else { continue }
            let compared = Self.nearbyCues(cues, candidate.start, candidate.end, longest: longestCue).contains {
                Self.isComparison(cues[$0], candidate.start, candidate.end, bytes, comparison)
            } || isBracketedRepeat(start: candidate.start, bytes)
            terms.append(
                Occurrence(
                    term: term, start: candidate.start, end: candidate.end, counts: !compared,
                    sourceOffset: Int(text.origins[candidate.start])))
        }
    }

    /// The cues that can be within reach of a term (48 bytes, the most `isComparison` allows), found
    /// by binary search: cues come in the order the scan met them, which is the order of their ends.
    private static func nearbyCues(_ cues: [Cue], _ start: Int, _ end: Int, longest: Int) -> Range<Int> {
        var low = 0
        var high = cues.count
        while low < high {
            let middle = (low + high) / 2
            if cues[middle].end < start - 48 { low = middle + 1 } else { high = middle }
        }
        var upper = low
        while upper < cues.count, cues[upper].end <= end + 48 + longest { upper += 1 }
        return low..<upper
    }

    /// A term in brackets right after a compared one is the same mention: "lower than lithium iron
    /// phosphate batteries (LFP)", "低于磷酸铁锂电池（LFP）".
    private func isBracketedRepeat(start: Int, _ bytes: [UInt8]) -> Bool {
        // The compared term may be followed by a counted one inside the same phrase ("…锂" then "电池").
        guard let previous = terms.suffix(2).last(where: { !$0.counts }), previous.end <= start, start - previous.end <= 24
        else { return false }
        let gap = bytes[previous.end..<start]
        let opensBracket = gap.last == 0x28 || gap.suffix(3).elementsEqual([0xEF, 0xBC, 0x88])  // ( or （
        let words = gap.split(whereSeparator: { $0 == 0x20 }).count
        return opensBracket && words <= 2 && !gap.contains(0x2E) && !gap.contains(0x2C)
    }

    /// True when a cancel word of `rule` lies within the rule's window (in characters) of the occurrence.
    func isNear(_ occurrence: Occurrence, rule: Int, _ compiled: CompiledTaxonomy) -> Bool {
        let window = compiled.rules[rule].window
        return contextWords.contains { word in
            guard word.rules.contains(rule) else { return false }
            if word.end <= occurrence.start {
                return occurrence.start - word.end <= window * 4 && text.characterCount(word.end..<occurrence.start) <= window
            }
            if word.start >= occurrence.end {
                return word.start - occurrence.end <= window * 4 && text.characterCount(occurrence.end..<word.start) <= window
            }
            return true
        }
    }

    /// A cue right before (or after) the term, with only a few words between and no clause break.
    private static func isComparison(
        _ cue: Cue, _ start: Int, _ end: Int, _ bytes: [UInt8], _ limits: Taxonomy.ComparisonCues
    ) -> Bool {
        let gap: Range<Int>
        if cue.before {
            guard cue.end <= start else { return false }
            gap = cue.end..<start
        } else {
            guard cue.start >= end else { return false }
            gap = end..<cue.start
        }
        guard gap.count <= 48 else { return false }
        var words = 0
        var cjk = 0
        var inWord = false
        for position in gap {
            let byte = bytes[position]
            switch byte {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x28, 0x29: return false  // . , ; : ! ? ( )
            case 0xE3 where position + 2 < bytes.count && bytes[position + 1] == 0x80 && bytes[position + 2] == 0x82:
                return false  // 。
            case 0xEF where position + 1 < bytes.count && bytes[position + 1] == 0xBC:
                return false  // full-width ，；：！？（）
            case 0xE0...0xEF:
                cjk += 1
                inWord = false
            case 0x20:
                inWord = false
            default:
                if !inWord && byte < 0x80 {
                    words += 1
                    inWord = true
                }
            }
        }
        return words <= limits.maxGapWords && cjk <= limits.maxGapCJK
    }
}
