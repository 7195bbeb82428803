import Foundation

/// JSON Feed 1.0/1.1 (`version` `https://jsonfeed.org/version/1…`).
enum JSONFeed {
    static func parse(_ bytes: [UInt8], feedURL: String) throws(FeedParseError) -> [FeedItem] {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(bytes)) } catch {
            throw FeedParseError("malformed JSON feed: \((error as NSError).localizedDescription)")
        }
        guard let feed = object as? [String: Any], let version = feed["version"] as? String, version.contains("jsonfeed") else {
            throw FeedParseError("not a JSON Feed: no \"version\" naming jsonfeed")
        }
        guard let items = feed["items"] as? [[String: Any]] else { throw FeedParseError("a JSON Feed without \"items\"") }
        let base = URL(string: feedURL)
        return items.compactMap { item in
            let link = (item["url"] as? String ?? item["external_url"] as? String).flatMap { FeedParser.resolve($0, base: base) }
            let id = (item["id"] as? String) ?? (item["id"] as? NSNumber)?.stringValue
            guard let guid = id ?? link else { return nil }
            var authors = (item["authors"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            if authors.isEmpty, let author = (item["author"] as? [String: Any])?["name"] as? String { authors = [author] }
            // Plain-text content becomes paragraphs, so extraction sees the same structure as HTML.
            let content = item["content_html"] as? String
                ?? (item["content_text"] as? String).map { text in
                    text.components(separatedBy: "\n\n").map { "<p>\(HTMLEscaping.escape($0))</p>" }.joined()
                }
            return FeedItem(
                guid: guid, link: link, title: item["title"] as? String, published: item["date_published"] as? String,
                authors: authors, content: FeedParser.fullContent(content))
        }
    }
}
