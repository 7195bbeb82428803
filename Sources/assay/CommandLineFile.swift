import AssayDaemon
import Foundation

/// A file named on the command line that cannot be used, said the way a user can act on it: the
/// path, what is wrong, what to do. Never a Foundation error domain and code.
struct CommandLineFileError: Error, CustomStringConvertible {
    var path: String
    var problem: String

    var description: String { "\(path): \(problem)" }

    /// Reads a whole file named by `role` (`--labels`, a record…).
    static func read(_ path: String, role: String) throws(CommandLineFileError) -> Data {
        do { return try WholeFile.bytes(path) } catch {
            throw CommandLineFileError(path: path, problem: "\(error.reason); \(role) takes a readable file")
        }
    }

    /// A decoding failure as a sentence: which key, what was expected.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not valid JSON" }
        func at(_ path: [any CodingKey]) -> String {
            path.isEmpty ? "" : " at \(path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: "."))"
        }
        switch error {
        case .keyNotFound(let key, _): return "the key \"\(key.stringValue)\" is missing"
        case .typeMismatch(let type, let context): return "wrong type\(at(context.codingPath)): expected \(Self.name(type))"
        case .valueNotFound(let type, let context): return "a null\(at(context.codingPath)) where \(Self.name(type)) is expected"
        case .dataCorrupted(let context): return context.codingPath.isEmpty ? "not valid JSON" : "a bad value\(at(context.codingPath))"
        @unknown default: return "not valid JSON"
        }
    }

    private static func name(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Double.Type, is Int.Type: "a number"
        default: type is any Collection.Type ? "a list" : "an object"
        }
    }
}
