/// The publication date a script-built page keeps in its own data (Next.js state, app JSON,
/// analytics variables): `"datePublished":"2019-03-02T06:22:28+01:00"`, `publication_date = '…'`.
/// Read only when the page states no date anywhere a reader or a crawler would look.
enum ScriptDates {
    /// Keys that name a first publication in the apps and CMSs that embed one.
    private static let keys = [
        "datepublished", "publisheddate", "published_at", "publishdate", "publish_date", "publicationdate",
        "publication_date", "firstpublished", "first_publish_date", "pubdate", "createdat", "created_at", "datecreated",
    ]

    static func first(in scripts: [String], parser: DateParser) -> FoundDate? {
        for script in scripts {
            let bytes = Array(script.utf8)
            var index = 0
            while index < bytes.count {
                // A key is a run of letters and underscores right before a quote or `=`/`:`.
                guard let found = nextKey(bytes, from: index) else { break }
                index = found.valueStart
                guard keys.contains(found.key) else { continue }
                let value = String(decoding: bytes[found.valueStart..<min(bytes.count, found.valueStart + 40)], as: UTF8.self)
                if let date = parser.firstDate(in: value), date.rfc3339 != nil, date.range.lowerBound < 2 { return date }
            }
        }
        return nil
    }

    /// The next `key": "` / `key = '` / `key: "` shape at or after `start`: the lowercased key and where its quoted value starts.
    private static func nextKey(_ bytes: [UInt8], from start: Int) -> (key: String, valueStart: Int)? {
        var i = start
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: ":") || bytes[i] == UInt8(ascii: "=") else {
                i += 1
                continue
            }
            // Back over an optional closing quote and spaces to the key's letters.
            var end = i
            while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            if end > 0, bytes[end - 1] == UInt8(ascii: "\"") || bytes[end - 1] == UInt8(ascii: "'") { end -= 1 }
            var keyStart = end
            while keyStart > 0, isKeyByte(bytes[keyStart - 1]) { keyStart -= 1 }
            // Forward over spaces to an opening quote.
            var value = i + 1
            while value < bytes.count, bytes[value] == UInt8(ascii: " ") { value += 1 }
            i += 1
            guard end - keyStart >= 6, end - keyStart <= 20, value < bytes.count,
                bytes[value] == UInt8(ascii: "\"") || bytes[value] == UInt8(ascii: "'")
            else { continue }
            let key = String(decoding: bytes[keyStart..<end], as: UTF8.self).lowercased()
            return (key, value + 1)
        }
        return nil
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || byte == UInt8(ascii: "_")
    }
}
