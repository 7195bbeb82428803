import TOMLKit

/// A configuration file Assay cannot use, with the file, the line when known, and what is wrong.
public struct ConfigFileError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `config/industries.toml:12:5: industry[2].threshold must be a number`, compiler-style so
    /// editors and terminals can jump to it.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let line, line > 0, let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}

/// Every problem found in one file (a file is checked fully, not stopped at the first error).
public struct ConfigFileErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [ConfigFileError]

    public init(_ errors: [ConfigFileError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

extension ConfigFileError {
    /// Parses TOML text; a syntax error becomes `file:line:column: TOML syntax error: …`.
    static func parseTOML(_ text: String, file: String) throws(ConfigFileErrors) -> TOMLTable {
        if let trap = TOMLParserTraps.first(in: text) {
            throw ConfigFileErrors([ConfigFileError(file: file, line: trap.line, message: "TOML syntax error: \(trap.message)")])
        }
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigFileErrors([
                ConfigFileError(
                    file: file, line: error.source.begin.line, column: error.source.begin.column,
                    message: "TOML syntax error: \(error.description)")
            ])
        } catch {
            throw ConfigFileErrors([ConfigFileError(file: file, message: "TOML syntax error: \(error)")])
        }
    }
}

extension ConfigFileErrors {
    /// The text of a data file a config key names (`taxonomy`, `gazetteer`), or the refusal a user
    /// reads: which file, why it cannot be read, and which key to point elsewhere.
    static func readDataFile(_ path: String, role: String) throws(ConfigFileErrors) -> String {
        do {
            return try WholeFile.text(path)
        } catch {
            throw ConfigFileErrors([ConfigFileError(file: path, message: "the \(role) file \(error.reason); point \(role) at a TOML file")])
        }
    }
}
