import Foundation

/// Labels an article with every industry whose evidence passes its threshold, and shows the
/// evidence. Compiled once from a taxonomy; classifying is one pass of the automaton over the
/// title and one over the body.
public struct IndustryClassifier: Sendable {
    public let taxonomy: Taxonomy
    let compiled: CompiledTaxonomy

    /// Refuses a taxonomy with problems; the loader normally reports them first, with lines.
    public init(taxonomy: Taxonomy) throws(TaxonomyInvalid) {
        let problems = taxonomy.problems()
        guard problems.isEmpty else { throw TaxonomyInvalid(problems: problems) }
        self.taxonomy = taxonomy
        compiled = CompiledTaxonomy(taxonomy)
    }

    public func classify(title: String, body: String) -> IndustryClassification {
        let titleText = MatchFolding.fold(title)
        let bodyText = MatchFolding.fold(body)
        let titleScan = TermScan(text: titleText, compiled: compiled, comparison: taxonomy.comparison)
        let bodyScan = TermScan(text: bodyText, compiled: compiled, comparison: taxonomy.comparison)
        let cancelledRules = documentCancelledRules(titleScan, bodyScan)

        var tallies = Array(repeating: TermTally(), count: compiled.terms.count)
        for (scan, inTitle) in [(titleScan, true), (bodyScan, false)] {
            for occurrence in scan.terms where occurrence.counts {
                let term = compiled.terms[occurrence.term]
                if term.rules.contains(where: { cancelledRules.contains($0) || scan.isNear(occurrence, rule: $0, compiled) }) {
                    continue
                }
                tallies[occurrence.term].add(occurrence, inTitle: inTitle)
            }
        }
        let scores = score(tallies, title: title, body: body)
        return IndustryClassification(
            scores: scores, secondaryShare: taxonomy.scoring.secondaryShare, besideThreshold: taxonomy.scoring.besideThreshold,
            rivalPairs: compiled.rivalPairs)
    }

    /// Rules whose cancel words are frequent enough anywhere in the article to cancel their terms throughout.
    private func documentCancelledRules(_ scans: TermScan...) -> Set<Int> {
        var counts: [Int: Int] = [:]
        for scan in scans {
            for word in scan.contextWords { for rule in word.rules { counts[rule, default: 0] += 1 } }
        }
        return Set(
            counts.compactMap { rule, count in
                guard let minimum = compiled.rules[rule].documentMinimum, count >= minimum else { return nil }
                return rule
            })
    }

    private func score(_ tallies: [TermTally], title: String, body: String) -> [IndustryScore] {
        let industries = taxonomy.industries
        var specific = Array(repeating: 0.0, count: industries.count)
        var generic = Array(repeating: 0.0, count: industries.count)
        var anchored = Array(repeating: false, count: industries.count)
        var genericAnchored = Array(repeating: false, count: industries.count)
        for (index, tally) in tallies.enumerated() where tally.count > 0 {
            let term = compiled.terms[index]
            let weight = industries[term.industry].titleWeight ?? taxonomy.scoring.titleWeight
            let value = tally.contribution(weight: term.weight, titleWeight: weight)
            let anchor = term.weight >= taxonomy.scoring.anchorWeight
            if term.generic {
                generic[term.industry] += value
                genericAnchored[term.industry] = genericAnchored[term.industry] || anchor
            } else {
                specific[term.industry] += value
                anchored[term.industry] = anchored[term.industry] || anchor
            }
        }
        var counted = Array(repeating: [Int](), count: industries.count)
        for (index, tally) in tallies.enumerated() where tally.count > 0 { counted[compiled.terms[index].industry].append(index) }
        let anyEvidence = counted.contains { !$0.isEmpty }
        let bodyOffsets = anyEvidence ? TextOffsets(body) : nil
        let titleOffsets = anyEvidence ? TextOffsets(title) : nil
        return industries.enumerated().map { position, industry in
            let yields = compiled.rivals[position].contains { specific[$0] > specific[position] }
            let raw = specific[position] + (yields ? 0 : generic[position])
            let evidence = counted[position]
                .filter { !(compiled.terms[$0].generic && yields) }
                .sorted { tallies[$0].count > tallies[$1].count }
                .map { index in tallies[index].evidence(term: compiled.terms[index].text, body: bodyOffsets!, title: titleOffsets!) }
            let score = 1 - exp(-raw / taxonomy.scoring.saturation)
            return IndustryScore(
                label: industry.id, raw: raw, score: score, threshold: industry.threshold ?? taxonomy.scoring.threshold,
                anchored: anchored[position] || (!yields && genericAnchored[position]), isLabel: industry.isLabel,
                evidence: evidence)
        }
    }
}

/// A taxonomy that cannot be used, with every problem found.
public struct TaxonomyInvalid: Error, Sendable, CustomStringConvertible {
    public var problems: [TaxonomyProblem]
    public var description: String { problems.map(\.message).joined(separator: "; ") }
}
