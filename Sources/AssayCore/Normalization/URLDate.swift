import Foundation

/// A publication day written into an article's address, as many sites do: `/2024/10/28/`,
/// `/2024-10-28-title`, `/20241028/`, `/2024/1028/`. Only a full, plausible date counts (a year
/// from 1995 to 2099, a real month and day); the record gets the day, with no time.
enum URLDate {
    static func find(in url: String, parser: DateParser) -> FoundDate? {
        // The path only: a query or fragment often holds unrelated numbers.
        let path = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
        let digits = Array(path.utf8)
        var index = 0
        while index < digits.count {
            guard isDigit(digits[index]), index == 0 || !isDigit(digits[index - 1]) else {
                index += 1
                continue
            }
            if let date = read(digits, from: index), let found = parser.parse(date) { return found }
            index += 1
        }
        return nil
    }

    /// YYYY/MM/DD, YYYY-MM-DD, YYYY_MM_DD, YYYYMMDD or YYYY/MMDD starting at `start`, as `YYYY-MM-DD`.
    private static func read(_ bytes: [UInt8], from start: Int) -> String? {
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for position in from..<(from + count) {
                guard isDigit(bytes[position]) else { return nil }
                value = value * 10 + Int(bytes[position] - 0x30)
            }
            return value
        }
        func ends(_ position: Int) -> Bool { position >= bytes.count || !isDigit(bytes[position]) }
        guard let year = number(start, 4), (1995...2099).contains(year) else { return nil }
        var month: Int?
        var day: Int?
        let separator = start + 4 < bytes.count ? bytes[start + 4] : 0
        if [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_")].contains(separator) {
            if let m = number(start + 5, 2), start + 7 < bytes.count, bytes[start + 7] == separator, let d = number(start + 8, 2),
                ends(start + 10)
            {
                (month, day) = (m, d)
            } else if separator == UInt8(ascii: "/"), let m = number(start + 5, 2), let d = number(start + 7, 2), ends(start + 9) {
                (month, day) = (m, d)
            }
        } else if let m = number(start + 4, 2), let d = number(start + 6, 2), ends(start + 8) {
            (month, day) = (m, d)
        }
        guard let month, let day, (1...12).contains(month), (1...31).contains(day) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
