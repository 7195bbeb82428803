/// Writes a record straight to JSON bytes: the same bytes `JSONEncoder` gives with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (or without `.prettyPrinted`), at a
/// fraction of its cost, since there is no intermediate tree, no key sorting and no boxing.
///
/// Keys are written in sorted (UTF-8 byte) order by each type's `write(to:)`; `RecordJSONWriterTests`
/// proves the output equal to `JSONEncoder`'s on every fixture and on hostile strings.
public struct RecordJSONWriter {
    /// A value JSON cannot carry (NaN or infinity), which `JSONEncoder` refuses too.
    public struct InvalidNumber: Error, CustomStringConvertible {
        public var key: String
        public var description: String { "the record's \(key) is not a finite number; this is a bug in Assay, please report it" }
    }

    private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    /// Whether the container being written has an element yet (one entry per open container).
    private var hasElement: [Bool] = []

    init(pretty: Bool, capacity: Int) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    // MARK: Containers

    mutating func beginObject() { open(0x7B) }
    mutating func endObject() { close(0x7D) }
    mutating func beginArray() { open(0x5B) }
    mutating func endArray() { close(0x5D) }

    /// Starts the next member of an object: separator, indent, the quoted key and the colon.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        if pretty {
            bytes.append(contentsOf: [0x20, 0x3A, 0x20])
        } else {
            bytes.append(0x3A)
        }
    }

    /// Starts the next element of an array.
    mutating func element() { separate() }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        if pretty { bytes.append(0x0A) }
        depth += 1
        hasElement.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        hasElement.removeLast()
        // Like JSONEncoder, a pretty empty container is its brackets around two newlines.
        if pretty {
            bytes.append(0x0A)
            indent()
        }
        bytes.append(bracket)
    }

    private mutating func separate() {
        if hasElement[hasElement.count - 1] {
            bytes.append(0x2C)
            if pretty { bytes.append(0x0A) }
        } else {
            hasElement[hasElement.count - 1] = true
        }
        if pretty { indent() }
    }

    private mutating func indent() {
        for _ in 0..<depth { bytes.append(contentsOf: [0x20, 0x20]) }
    }

    // MARK: Values

    mutating func null() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    mutating func bool(_ value: Bool) {
        if value {
            bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65])
        } else {
            bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])
        }
    }

    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    /// A double as `JSONEncoder` writes it: Swift's shortest round-trip form, without a trailing ".0".
    mutating func double(_ value: Double, key: String) throws(InvalidNumber) {
        guard value.isFinite else { throw InvalidNumber(key: key) }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func double(_ value: Double?, key: String) throws(InvalidNumber) {
        if let value { try double(value, key: key) } else { null() }
    }

    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// A quoted string with JSONEncoder's escapes: quote, backslash, the named control characters,
    /// and `\u00XX` (lowercase hex) for the other C0 controls. Slashes and non-ASCII stay as they are.
    mutating func string(_ value: String) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { utf8 in
            var mark = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                if index > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index])) }
                mark = index + 1
                escape(byte)
            }
            if utf8.count > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<utf8.count])) }
        }
        bytes.append(0x22)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func escape(_ byte: UInt8) {
        bytes.append(0x5C)
        switch byte {
        case 0x22, 0x5C: bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)]])
        }
    }

    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values {
            element()
            string(value)
        }
        endArray()
    }
}
