import AssayCore
import Foundation
import TOMLKit

/// Reads the industry taxonomy from TOML (`config/industries.toml`), refusing a malformed file
/// with the file, line and what is wrong. The built-in taxonomy is `DefaultTaxonomy.toml`.
public enum TaxonomyFile {
    /// The taxonomy at `path`, or the built-in one when `path` is nil.
    public static func load(path: String?) throws(ConfigFileErrors) -> Taxonomy {
        guard let path else { return builtIn }
        return try parse(try ConfigFileErrors.readDataFile(path, role: "taxonomy"), file: path)
    }

    /// The taxonomy Assay ships with, compiled into the binary so it runs with no config at all.
    public static let builtIn: Taxonomy = {
        // The embedded file is checked by the tests, so a failure here is a build defect.
        do { return try parse(DefaultTaxonomy.toml, file: "<built-in industries.toml>") } catch {
            preconditionFailure("built-in taxonomy is invalid: \(error)")
        }
    }()

    /// The built-in taxonomy's text, for `assay check-config` and for users starting their own file.
    public static var builtInText: String { DefaultTaxonomy.toml }

    public static func parse(_ text: String, file: String) throws(ConfigFileErrors) -> Taxonomy {
        let table = try ConfigFileError.parseTOML(text, file: file)
        let locator = TOMLLineLocator(source: text)
        let taxonomy: Taxonomy
        do {
            taxonomy = try read(TOMLTableReader(table: table, path: TOMLPath()))
        } catch {
            throw ConfigFileErrors([ConfigFileError(file: file, line: locator.line(of: error.path), message: error.message)])
        }
        let problems = taxonomy.problems()
        guard problems.isEmpty else {
            throw ConfigFileErrors(
                problems.map { problem in
                    var path = TOMLPath()
                    if let index = problem.industryIndex { path = path.appending("industry", index: index) }
                    if let section = problem.section { path = path.appending(section.key, index: section.index) }
                    for key in problem.key.split(separator: ".") { path = path.appending(String(key)) }
                    return ConfigFileError(file: file, line: locator.line(of: path), message: problem.message)
                })
        }
        return taxonomy
    }

    private static func read(_ root: TOMLTableReader) throws(TOMLTableReader.Problem) -> Taxonomy {
        try root.allowOnly(["scoring", "comparison", "ignore", "industry"])
        var scoring = Taxonomy.Scoring()
        if let table = try root.table("scoring") {
            try table.allowOnly(["threshold", "title_weight", "saturation", "secondary_share", "anchor_weight", "beside_threshold"])
            scoring.threshold = try table.number("threshold") ?? scoring.threshold
            scoring.titleWeight = try table.number("title_weight") ?? scoring.titleWeight
            scoring.saturation = try table.number("saturation") ?? scoring.saturation
            scoring.secondaryShare = try table.number("secondary_share") ?? scoring.secondaryShare
            scoring.anchorWeight = try table.number("anchor_weight") ?? scoring.anchorWeight
            scoring.besideThreshold = try table.number("beside_threshold")
        }
        var comparison = Taxonomy.ComparisonCues()
        if let table = try root.table("comparison") {
            try table.allowOnly(["before", "after", "max_gap_words", "max_gap_cjk"])
            comparison.before = try table.strings("before") ?? []
            comparison.after = try table.strings("after") ?? []
            comparison.maxGapWords = try table.int("max_gap_words") ?? comparison.maxGapWords
            comparison.maxGapCJK = try table.int("max_gap_cjk") ?? comparison.maxGapCJK
        }
        var ignored: [String] = []
        if let table = try root.table("ignore") {
            try table.allowOnly(["phrases"])
            ignored = try table.strings("phrases") ?? []
        }
        var industries: [Taxonomy.Industry] = []
        for table in try root.tables("industry") { industries.append(try readIndustry(table)) }
        return Taxonomy(industries: industries, scoring: scoring, comparison: comparison, ignoredPhrases: ignored)
    }

    private static func readIndustry(_ table: TOMLTableReader) throws(TOMLTableReader.Problem) -> Taxonomy.Industry {
        try table.allowOnly(["id", "name", "label", "threshold", "title_weight", "generic_yields_to", "terms", "context"])
        let id = try table.requiredString("id")
        var groups: [Taxonomy.TermGroup] = []
        for group in try table.tables("terms") {
            try group.allowOnly(["weight", "generic", "terms"])
            guard let weight = try group.number("weight") else { throw group.problem("weight", "is missing") }
            guard let terms = try group.strings("terms") else { throw group.problem("terms", "is missing") }
            groups.append(Taxonomy.TermGroup(weight: weight, generic: try group.bool("generic") ?? false, terms: terms))
        }
        var rules: [Taxonomy.ContextRule] = []
        for rule in try table.tables("context") {
            try rule.allowOnly(["terms", "cancel", "window", "document_min"])
            guard let terms = try rule.strings("terms") else { throw rule.problem("terms", "is missing") }
            guard let cancel = try rule.strings("cancel") else { throw rule.problem("cancel", "is missing") }
            rules.append(
                Taxonomy.ContextRule(
                    terms: terms, cancelWords: cancel, window: try rule.int("window") ?? 60,
                    documentMinimum: try rule.int("document_min")))
        }
        return Taxonomy.Industry(
            id: id, name: try table.string("name") ?? id, threshold: try table.number("threshold"),
            titleWeight: try table.number("title_weight"), termGroups: groups, contextRules: rules,
            genericYieldsTo: try table.strings("generic_yields_to") ?? [], isLabel: try table.bool("label") ?? true)
    }
}
