/// Something wrong with a taxonomy's content (as opposed to its TOML syntax), named precisely
/// enough for the loader to point at the line: which industry, which key, what is wrong.
public struct TaxonomyProblem: Sendable, Equatable, CustomStringConvertible {
    /// Position of the industry in the file (0-based), nil for taxonomy-wide settings.
    public var industryIndex: Int?
    /// The table array inside the industry (`terms`, `context`) and the entry's position, if any.
    public var section: (key: String, index: Int)?
    /// The TOML key at fault, e.g. `weight`, or a dotted path for settings tables (`scoring.threshold`).
    public var key: String
    public var message: String

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.industryIndex == rhs.industryIndex && lhs.section?.key == rhs.section?.key
            && lhs.section?.index == rhs.section?.index && lhs.key == rhs.key && lhs.message == rhs.message
    }

    public var description: String { message }
}

extension Taxonomy {
    /// Everything that would make the taxonomy misbehave; empty when it is usable.
    public func problems() -> [TaxonomyProblem] {
        var problems: [TaxonomyProblem] = []
        func add(_ index: Int?, _ key: String, _ message: String, in section: (String, Int)? = nil) {
            problems.append(TaxonomyProblem(industryIndex: index, section: section, key: key, message: message))
        }
        if industries.isEmpty { add(nil, "industry", "no [[industry]] tables: add at least one industry") }
        checkScoring { add($0, $1, $2) }
        let ids = industries.map(\.id)
        var seen: Set<String> = []
        for (index, industry) in industries.enumerated() {
            if industry.id.isEmpty || industry.id == "none" || industry.id.contains(where: \.isWhitespace) {
                add(index, "id", "industry id \"\(industry.id)\" must be a non-empty word other than \"none\"")
            }
            if !seen.insert(industry.id).inserted { add(index, "id", "industry id \"\(industry.id)\" is used twice") }
            if let threshold = industry.threshold, !(0...1).contains(threshold) {
                add(index, "threshold", "threshold \(threshold) of \"\(industry.id)\" must be between 0 and 1")
            }
            if let weight = industry.titleWeight, weight < 0 {
                add(index, "title_weight", "title_weight of \"\(industry.id)\" must not be negative")
            }
            if industry.allTerms.isEmpty { add(index, "terms", "industry \"\(industry.id)\" has no terms") }
            for (position, group) in industry.termGroups.enumerated() {
                let section = ("terms", position)
                if !(group.weight > 0) {
                    add(index, "weight", "term weights of \"\(industry.id)\" must be above 0", in: section)
                }
                for term in group.terms where !term.unicodeScalars.contains(where: \.properties.isAlphabetic) && !term.contains(where: \.isNumber) {
                    add(index, "terms", "term \"\(term)\" of \"\(industry.id)\" has no letters or digits", in: section)
                }
            }
            let folded = Set(industry.allTerms.map(MatchFolding.foldedString))
            for (position, rule) in industry.contextRules.enumerated() {
                let section = ("context", position)
                for term in rule.terms where !folded.contains(MatchFolding.foldedString(term)) {
                    add(
                        index, "terms",
                        "context rule of \"\(industry.id)\" names \"\(term)\", which is not one of its terms", in: section)
                }
                if rule.cancelWords.isEmpty {
                    add(index, "cancel", "context rule of \"\(industry.id)\" has no cancel words", in: section)
                }
                if rule.window < 0 {
                    add(index, "window", "context window of \"\(industry.id)\" must not be negative", in: section)
                }
                if let minimum = rule.documentMinimum, minimum < 1 {
                    add(index, "document_min", "document_min of \"\(industry.id)\" must be at least 1", in: section)
                }
            }
            for rival in industry.genericYieldsTo where !ids.contains(rival) || rival == industry.id {
                add(index, "generic_yields_to", "\"\(industry.id)\" yields to \"\(rival)\", which is not another industry here")
            }
        }
        return problems
    }

    private func checkScoring(_ add: (Int?, String, String) -> Void) {
        if !(0...1).contains(scoring.threshold) { add(nil, "scoring.threshold", "scoring threshold must be between 0 and 1") }
        if !(scoring.saturation > 0) { add(nil, "scoring.saturation", "scoring saturation must be above 0") }
        if scoring.titleWeight < 0 { add(nil, "scoring.title_weight", "scoring title_weight must not be negative") }
        if !(0...1).contains(scoring.secondaryShare) {
            add(nil, "scoring.secondary_share", "scoring secondary_share must be between 0 and 1")
        }
        if let beside = scoring.besideThreshold, !(0...1).contains(beside) {
            add(nil, "scoring.beside_threshold", "scoring beside_threshold must be between 0 and 1")
        }
        if comparison.maxGapWords < 0 || comparison.maxGapCJK < 0 {
            add(nil, "comparison.max_gap_words", "comparison gaps must not be negative")
        }
    }
}
