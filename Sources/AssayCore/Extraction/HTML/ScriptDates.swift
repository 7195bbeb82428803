/// The publication date a script-built page keeps in its own data (Next.js state, app JSON,
/// analytics variables): `"datePublished":"2019-03-02T06:22:28+01:00"`, `publication_date = '…'`.
/// Read only when the page states no date anywhere a reader or a crawler would look.
enum ScriptDates {
    /// Keys that name a first publication in the apps and CMSs that embed one, by rank: a creation
    /// time may be a user's or a comment's, so it counts only when no publication key is there.
    private static let keys = [
        "datepublished": 0, "publisheddate": 0, "published_at": 0, "publishedat": 0, "publishdate": 0, "publish_date": 0,
        "publicationdate": 0, "publication_date": 0, "firstpublished": 0, "first_publish_date": 0, "pubdate": 0,
        "datecreated": 1, "createdat": 2, "created_at": 2,
    ]

    static func first(in scripts: [String], parser: DateParser) -> FoundDate? {
        var best: (rank: Int, date: FoundDate)?
        for script in scripts {
            let bytes = Array(script.utf8)
            var index = 0
            while index < bytes.count {
                // A key is a run of letters and underscores right before a quote or `=`/`:`.
                guard let found = nextKey(bytes, from: index) else { break }
                index = found.valueStart
                guard let rank = keys[found.key], rank < (best?.rank ?? Int.max) else { continue }
                let value = String(decoding: bytes[found.valueStart..<min(bytes.count, found.valueStart + 40)], as: UTF8.self)
                if let date = parser.firstDate(in: value), date.rfc3339 != nil, date.range.lowerBound < 2 {
                    best = (rank, date)
                    if rank == 0 { return date }
                }
            }
        }
        return best?.date
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
            // Part of a longer name ("comment.createdAt", "x-published_at"): not the page's own key.
            if keyStart > 0, bytes[keyStart - 1] == UInt8(ascii: ".") || bytes[keyStart - 1] == UInt8(ascii: "-")
                || (bytes[keyStart - 1] >= 48 && bytes[keyStart - 1] <= 57)
            {
                continue
            }
            let key = String(decoding: bytes[keyStart..<end], as: UTF8.self).lowercased()
            return (key, value + 1)
        }
        return nil
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || byte == UInt8(ascii: "_")
    }
}
