import Foundation

/// Checks a JSON value against the subset of JSON Schema that `schema/article.schema.json` uses:
/// type (one or several), required, properties, additionalProperties: false, items, enum,
/// minimum, maximum, minLength, pattern. Returns the violations, each with its JSON path.
public struct SchemaValidator {
    private let schema: [String: Any]

    public init(schemaFile: URL) throws {
        let data = try Data(contentsOf: schemaFile)
        guard let schema = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FixtureError(message: "\(schemaFile.path) is not a JSON object")
        }
        self.schema = schema
    }

    public func violations(of data: Data) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        var found: [String] = []
        check(value, against: schema, path: "$", into: &found)
        return found
    }

    private func check(_ value: Any, against schema: [String: Any], path: String, into found: inout [String]) {
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [type as? String ?? ""]
            guard allowed.contains(where: { Self.matches(value, type: $0) }) else {
                found.append("\(path): expected \(allowed), got \(Swift.type(of: value))")
                return
            }
        }
        if let options = schema["enum"] as? [String], let string = value as? String, !options.contains(string) {
            found.append("\(path): \(string) not in \(options)")
        }
        if let string = value as? String {
            if let min = schema["minLength"] as? Int, string.count < min { found.append("\(path): shorter than \(min)") }
            if let pattern = schema["pattern"] as? String,
                string.range(of: pattern, options: .regularExpression) == nil
            {
                found.append("\(path): '\(string)' does not match \(pattern)")
            }
        }
        if let number = value as? NSNumber, !(value is Bool) {
            if let min = schema["minimum"] as? Double, number.doubleValue < min { found.append("\(path): below \(min)") }
            if let max = schema["maximum"] as? Double, number.doubleValue > max { found.append("\(path): above \(max)") }
        }
        if let object = value as? [String: Any] {
            for key in (schema["required"] as? [String]) ?? [] where object[key] == nil {
                found.append("\(path): missing required \(key)")
            }
            let properties = (schema["properties"] as? [String: [String: Any]]) ?? [:]
            for (key, child) in object {
                if let childSchema = properties[key] {
                    check(child, against: childSchema, path: "\(path).\(key)", into: &found)
                } else if schema["additionalProperties"] as? Bool == false {
                    found.append("\(path): unexpected key \(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { check(item, against: items, path: "\(path)[\(index)]", into: &found) }
        }
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "string": return value is String
        case "boolean": return isBoolean(value)
        case "integer":
            guard let number = value as? NSNumber, !isBoolean(value) else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        case "number": return value is NSNumber && !isBoolean(value)
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        default: return false
        }
    }

    /// JSONSerialization gives booleans as NSNumber with a char type code.
    private static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return value is Bool }
        return String(cString: number.objCType) == "c"
    }
}
