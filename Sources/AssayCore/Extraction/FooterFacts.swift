/// Facts that page furniture gives away before it is removed: the publisher named in a copyright
/// line ("© 2024 Asia Tech Ledger"), a reprint statement ("…source for reprinting:Alloy Wiki,thanks")
/// or a source credit ("Source: Jiangsu Industry Net", "来源：锂电材料观察").
import Foundation

enum FooterFacts {
    static func publisher(in line: String) -> (name: String, source: String)? {
        let lower = line.lowercased()
        if let range = line.range(of: "source for reprinting:", options: .caseInsensitive)
            ?? line.range(of: "source for reprinting：", options: .caseInsensitive)
        {
            let rest = line[range.upperBound...]
            let name = rest.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "." }).first
                .map { $0.trimmingWhitespace() }
            if let name, MetaLine.isNameLike(name) { return (name, "text:reprint-statement") }
        }
        if lower.hasPrefix("©") || lower.hasPrefix("copyright") || lower.hasPrefix("(c) ") || line.hasPrefix("版权所有") {
            if let name = copyrightHolder(line) { return (name, "text:copyright") }
        }
        for prefix in ["source:", "来源：", "来源:"] where lower.hasPrefix(prefix) {
            let name = String(line.dropFirst(prefix.count)).trimmingWhitespace()
            if MetaLine.isNameLike(name), TextScript.wordCount(name) <= 8 { return (name, "text:source-credit") }
        }
        return nil
    }

    /// "Copyright © 2024 Nippon Business Observer" → "Nippon Business Observer".
    static func copyrightHolder(_ line: String) -> String? {
        var text = line
        for marker in ["Copyright", "copyright", "COPYRIGHT", "©", "(c)", "(C)", "版权所有"] {
            text = text.replacing(marker, with: " ")
        }
        let cut = text.split(whereSeparator: { ".。|　".contains($0) }).first.map(String.init) ?? text
        let words = cut.split(separator: " ").filter { word in
            !(word.allSatisfy { $0.isNumber || $0 == "-" || $0 == "–" || $0 == "," })
        }
        let name = words.joined(separator: " ").trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        guard !name.isEmpty, !name.lowercased().contains("all rights"), MetaLine.isNameLike(name) else { return nil }
        return name
    }
}
