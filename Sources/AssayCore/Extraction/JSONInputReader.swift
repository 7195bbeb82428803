import Foundation

/// One article object as a scraper drops it in `.json` / `.jsonl`: `url`, `title`, `text` or `html`,
/// optional `published`, `author`, `source` (common synonyms accepted).
struct JSONArticleObject {
    var url: String?
    var title: String?
    var text: String?
    var html: String?
    var published: String?
    var authors: [String] = []
    var source: String?
    var language: String?

    init(_ object: [String: Any]) {
        func string(_ keys: String...) -> String? {
            for key in keys {
                if let value = object[key] as? String, !value.trimmingWhitespaceAndNewlines().isEmpty {
                    return value
                }
            }
            return nil
        }
        url = string("url", "link", "href")
        title = string("title", "headline")
        text = string("text", "body", "content", "articleBody")
        html = string("html", "raw_html", "page")
        published = string("published", "published_at", "date", "datePublished", "pubDate", "time")
        source = string("source", "publisher", "site", "site_name")
        language = string("language", "lang")
        for key in ["author", "authors", "byline"] {
            if let value = object[key] as? String { authors = [value] }
            if let values = object[key] as? [String] { authors = values }
            if let values = object[key] as? [[String: Any]] { authors = values.compactMap { $0["name"] as? String } }
            if !authors.isEmpty { break }
        }
    }

    var hasContent: Bool { text != nil || html != nil }
}

/// Reads a JSON array or object, or JSON Lines, into article objects; a line that fails is its own rejection.
enum JSONInputReader {
    static func read(_ text: String) -> [Result<JSONArticleObject, InputRejection>] {
        let trimmed = text.trimmingWhitespaceAndNewlines()
        if let whole = parse(trimmed) {
            let objects = (whole as? [Any]) ?? [whole]
            return objects.enumerated().map { index, value in
                guard let object = value as? [String: Any] else {
                    return .failure(.malformedJSON(detail: "item \(index) is not an object"))
                }
                return validated(JSONArticleObject(object), label: "item \(index)")
            }
        }
        let lines = trimmed.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.count > 1 || trimmed.hasPrefix("{") else {
            return [.failure(.malformedJSON(detail: "not JSON or JSON Lines"))]
        }
        return lines.enumerated().map { index, line in
            guard let object = parse(String(line)) as? [String: Any] else {
                return .failure(.malformedJSON(detail: "line \(index + 1) is not a JSON object"))
            }
            return validated(JSONArticleObject(object), label: "line \(index + 1)")
        }
    }

    private static func validated(_ object: JSONArticleObject, label: String) -> Result<JSONArticleObject, InputRejection> {
        object.hasContent ? .success(object) : .failure(.malformedJSON(detail: "\(label) has no \"text\" or \"html\""))
    }

    private static func parse(_ text: String) -> Any? {
        guard let data = text.data(using: .utf8) else { return nil }
        return try? JSONSerialization.jsonObject(with: data, options: [])
    }
}
