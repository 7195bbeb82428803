import AssayCore
import Foundation

/// Reads the gazetteer from TOML (`config/gazetteer.toml`): `[[company]]` and `[[institution]]`
/// entries with `name`, `aliases` and `industries`, and `[[place]]` entries with `name`, `kind`
/// and `aliases`. A malformed file is refused with its file, line and what is wrong.
public enum GazetteerFile {
    /// The gazetteer at `path`, or the built-in one when `path` is nil.
    public static func load(path: String?) throws(ConfigFileErrors) -> Gazetteer {
        guard let path else { return builtIn }
        return try parse(try ConfigFileErrors.readDataFile(path, role: "gazetteer"), file: path)
    }

    /// The gazetteer Assay ships with (`config/gazetteer.toml`, compiled in).
    public static let builtIn: Gazetteer = {
        // The embedded file is checked by the tests, so a failure here is a build defect.
        do { return try parse(DefaultGazetteer.toml, file: "<built-in gazetteer.toml>") } catch {
            preconditionFailure("built-in gazetteer is invalid: \(error)")
        }
    }()

    public static var builtInText: String { DefaultGazetteer.toml }

    public static func parse(_ text: String, file: String) throws(ConfigFileErrors) -> Gazetteer {
        let table = try ConfigFileError.parseTOML(text, file: file)
        let locator = TOMLLineLocator(source: text)
        let gazetteer: Gazetteer
        do {
            gazetteer = try read(TOMLTableReader(table: table, path: TOMLPath()))
        } catch {
            throw ConfigFileErrors([ConfigFileError(file: file, line: locator.line(of: error.path), message: error.message)])
        }
        let repeated = gazetteer.repeatedForms
        guard repeated.isEmpty else {
            throw ConfigFileErrors([
                ConfigFileError(
                    file: file,
                    message: "these names are given to more than one entry: \(repeated.prefix(10).joined(separator: ", ")); "
                        + "a name must belong to one company, institution or place, or the finder cannot tell which")
            ])
        }
        if let crowded = gazetteer.crowdedPrefix {
            throw ConfigFileErrors([
                ConfigFileError(
                    file: file,
                    message: "more than \(Gazetteer.maximumFormsPerPrefix) names start with \"\(crowded)\"; "
                        + "the finder indexes at most that many under one first three letters: remove some of them")
            ])
        }
        return gazetteer
    }

    private static func read(_ root: TOMLTableReader) throws(TOMLTableReader.Problem) -> Gazetteer {
        try root.allowOnly(["company", "institution", "place"])
        var organizations: [Gazetteer.Organization] = []
        for key in ["company", "institution"] {
            for table in try root.tables(key) {
                try table.allowOnly(["name", "aliases", "industries", "kind"])
                organizations.append(
                    Gazetteer.Organization(
                        name: try table.requiredString("name"), aliases: try table.strings("aliases") ?? [],
                        industries: try table.strings("industries") ?? []))
            }
        }
        var places: [Gazetteer.Place] = []
        for table in try root.tables("place") {
            try table.allowOnly(["name", "kind", "aliases"])
            let kindName = try table.requiredString("kind")
            guard let kind = PlaceFact.Kind(rawValue: kindName) else {
                throw table.problem("kind", "is \"\(kindName)\"; use one of country, province, city, park")
            }
            places.append(Gazetteer.Place(name: try table.requiredString("name"), kind: kind, aliases: try table.strings("aliases") ?? []))
        }
        return Gazetteer(organizations: organizations, places: places)
    }
}
