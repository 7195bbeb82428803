/// A taxonomy turned into one matcher: every term (with plural forms), ignored phrase,
/// comparison cue and context word becomes a pattern with a role, so one pass over the text
/// finds all of them.
struct CompiledTaxonomy: Sendable {
    /// What finding a pattern means.
    enum Role: Sendable {
        case term(Int)
        case ignored
        case cueBefore
        case cueAfter
        /// A cancel word; the rules it serves are in `contextRules` under the same pattern index.
        case contextWord
    }

    struct Term: Sendable {
        var industry: Int
        var text: String
        var weight: Double
        var generic: Bool
        /// Context rules (indexes into `rules`) that can cancel this term.
        var rules: [Int]
    }

    struct Rule: Sendable {
        var industry: Int
        var window: Int
        var documentMinimum: Int?
    }

    struct Pattern: Sendable {
        var role: Role
        var length: Int
        var boundaryBefore: Bool
        var boundaryAfter: Bool
    }

    let matcher: PatternMatcher
    let patterns: [Pattern]
    /// For context-word patterns, the rules they serve (empty for other patterns).
    let contextRules: [[Int]]
    let terms: [Term]
    let rules: [Rule]
    /// For each industry, the industries its generic terms yield to (`generic_yields_to`), as indexes.
    let rivals: [[Int]]
    /// Industries that compete for the same words, both ways round (`[lithium, sodium-ion]` and back).
    let rivalPairs: Set<[String]>

    init(_ taxonomy: Taxonomy) {
        var builder = Builder()
        var terms: [Term] = []
        var rules: [Rule] = []
        for (industryIndex, industry) in taxonomy.industries.enumerated() {
            var rulesByTerm: [String: [Int]] = [:]
            for rule in industry.contextRules {
                let ruleIndex = rules.count
                rules.append(Rule(industry: industryIndex, window: rule.window, documentMinimum: rule.documentMinimum))
                for term in rule.terms { rulesByTerm[MatchFolding.foldedString(term), default: []].append(ruleIndex) }
                for word in rule.cancelWords {
                    builder.add(word, role: .contextWord, rules: [ruleIndex], plurals: true)
                }
            }
            for group in industry.termGroups {
                for text in group.terms {
                    let folded = MatchFolding.foldedString(text)
                    let termIndex = terms.count
                    terms.append(
                        Term(
                            industry: industryIndex, text: text, weight: group.weight, generic: group.generic,
                            rules: rulesByTerm[folded] ?? []))
                    builder.add(text, role: .term(termIndex), plurals: true)
                }
            }
        }
        for phrase in taxonomy.ignoredPhrases { builder.add(phrase, role: .ignored, plurals: true) }
        for cue in taxonomy.comparison.before { builder.add(cue, role: .cueBefore, plurals: false) }
        for cue in taxonomy.comparison.after { builder.add(cue, role: .cueAfter, plurals: false) }
        matcher = PatternMatcher(patterns: builder.bytes)
        patterns = builder.patterns
        contextRules = builder.rules
        self.terms = terms
        self.rules = rules
        let ids = taxonomy.industries.map(\.id)
        rivals = taxonomy.industries.map { industry in industry.genericYieldsTo.compactMap { ids.firstIndex(of: $0) } }
        var pairs: Set<[String]> = []
        for industry in taxonomy.industries {
            for rival in industry.genericYieldsTo { pairs.formUnion([[industry.id, rival], [rival, industry.id]]) }
        }
        rivalPairs = pairs
    }

    private struct Builder {
        var bytes: [[UInt8]] = []
        var patterns: [Pattern] = []
        var rules: [[Int]] = []

        mutating func add(_ text: String, role: Role, rules ruleIndexes: [Int] = [], plurals: Bool) {
            var folded = MatchFolding.fold(text).bytes
            while folded.last == 0x20 { folded.removeLast() }
            guard let first = folded.first, let last = folded.last else { return }
            let forms = plurals ? Self.pluralForms(folded) : [folded]
            for form in forms {
                bytes.append(form)
                rules.append(ruleIndexes)
                patterns.append(
                    Pattern(
                        role: role, length: form.count, boundaryBefore: MatchFolding.needsBoundary(first),
                        boundaryAfter: MatchFolding.needsBoundary(form.last ?? last)))
            }
        }

        /// The term and the English plurals of its last word (chip → chips, battery → batteries,
        /// process → processes), so a taxonomy lists each term once.
        static func pluralForms(_ word: [UInt8]) -> [[UInt8]] {
            guard let last = word.last, last >= 0x61 && last <= 0x7A, word.count >= 3 else { return [word] }
            let vowels: Set<UInt8> = Array("aeiou".utf8).reduce(into: []) { $0.insert($1) }
            let penultimate = word[word.count - 2]
            var forms = [word]
            if last == 0x79 && !vowels.contains(penultimate) {  // consonant + y
                forms.append(word.dropLast() + Array("ies".utf8))
            } else if last == 0x73 || last == 0x78 || (last == 0x68 && (penultimate == 0x63 || penultimate == 0x73)) {
                forms.append(word + Array("es".utf8))
            } else {
                forms.append(word + [0x73])
            }
            return forms
        }
    }
}
