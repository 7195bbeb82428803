import TOMLKit

/// Typed, strict access to one TOML table: wrong types and unknown keys become errors that name
/// the key, so a typo ("treshold") is refused instead of silently ignored.
struct TOMLTableReader {
    /// A problem with a key, before it is placed on a line.
    struct Problem: Error {
        var path: TOMLPath
        var message: String
    }

    let table: TOMLTable
    let path: TOMLPath

    func string(_ key: String) throws(Problem) -> String? {
        guard let value = table[key] else { return nil }
        guard let string = value.string else { throw problem(key, "must be a string") }
        return string
    }

    func requiredString(_ key: String) throws(Problem) -> String {
        guard let value = try string(key) else { throw problem(key, "is missing") }
        return value
    }

    func number(_ key: String) throws(Problem) -> Double? {
        guard let value = table[key] else { return nil }
        if let double = value.double { return double }
        if let int = value.int { return Double(int) }
        throw problem(key, "must be a number")
    }

    func int(_ key: String) throws(Problem) -> Int? {
        guard let value = table[key] else { return nil }
        guard let int = value.int else { throw problem(key, "must be a whole number") }
        return int
    }

    /// A finite number within its range; a whole one where a count is meant.
    func number(_ key: String, in range: ClosedRange<Double>, whole: Bool = false) throws(Problem) -> Double? {
        guard let value = try number(key) else { return nil }
        guard value.isFinite, range.contains(value) else {
            throw problem(key, "must be between \(Self.shown(range.lowerBound)) and \(Self.shown(range.upperBound)) (it is \(value))")
        }
        guard !whole || value.rounded() == value else { throw problem(key, "must be a whole number (it is \(value))") }
        return value
    }

    /// 4294967296 rather than 4.294967296e+09.
    static func shown(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    func bool(_ key: String) throws(Problem) -> Bool? {
        guard let value = table[key] else { return nil }
        guard let bool = value.bool else { throw problem(key, "must be true or false") }
        return bool
    }

    func strings(_ key: String) throws(Problem) -> [String]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array else { throw problem(key, "must be an array of strings") }
        var strings: [String] = []
        for element in array {
            guard let string = element.string else { throw problem(key, "must hold only strings") }
            strings.append(string)
        }
        return strings
    }

    func table(_ key: String) throws(Problem) -> TOMLTableReader? {
        guard let value = table[key] else { return nil }
        guard let nested = value.table else { throw problem(key, "must be a table ([\(key)])") }
        return TOMLTableReader(table: nested, path: path.appending(key))
    }

    /// An array of tables (`[[key]]`), each with its position in the path.
    func tables(_ key: String) throws(Problem) -> [TOMLTableReader] {
        guard let value = table[key] else { return [] }
        guard let array = value.array else { throw problem(key, "must be an array of tables ([[\(key)]])") }
        var readers: [TOMLTableReader] = []
        for (index, element) in array.enumerated() {
            guard let nested = element.table else { throw problem(key, "must hold only tables ([[\(key)]])") }
            readers.append(TOMLTableReader(table: nested, path: path.appending(key, index: index)))
        }
        return readers
    }

    /// Refuses keys this table does not know.
    func allowOnly(_ keys: Set<String>) throws(Problem) {
        for key in table.keys.sorted() where !keys.contains(key) {
            let known = keys.sorted().joined(separator: ", ")
            throw problem(key, "is not a known key here (known: \(known))")
        }
    }

    func problem(_ key: String, _ message: String) -> Problem {
        Problem(path: path.appending(key), message: "\(path.appending(key)) \(message)")
    }
}

/// Where a value sits in a TOML document: `industry[2].context[0].window`.
struct TOMLPath: CustomStringConvertible, Sendable {
    struct Component: Sendable {
        var key: String
        var index: Int?
    }

    var components: [Component] = []

    func appending(_ key: String, index: Int? = nil) -> TOMLPath {
        TOMLPath(components: components + [Component(key: key, index: index)])
    }

    var description: String {
        components.map { component in component.index.map { "\(component.key)[\($0 + 1)]" } ?? component.key }
            .joined(separator: ".")
    }
}
