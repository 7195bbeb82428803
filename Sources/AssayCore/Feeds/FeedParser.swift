import CLibXML2
import Foundation

/// Reads RSS 2.0 (and 1.0), Atom 1.0 and JSON Feed 1.x into items. Pure: bytes in, items out.
/// XML is parsed strictly (no recovery, no network, no entity expansion), so a broken feed is
/// reported with libxml2's line and message rather than half-read.
public enum FeedParser {
    /// Words of feed-carried content from which it counts as the whole article (shorter is a summary).
    public static let fullContentWords = 120

    public static func parse(_ bytes: [UInt8], feedURL: String) throws(FeedParseError) -> [FeedItem] {
        let start = bytes.firstIndex { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        if let start, bytes[start] == UInt8(ascii: "{") { return try JSONFeed.parse(bytes, feedURL: feedURL) }
        return try parseXML(bytes, feedURL: feedURL)
    }

    private static func parseXML(_ bytes: [UInt8], feedURL: String) throws(FeedParseError) -> [FeedItem] {
        guard !bytes.isEmpty else { throw FeedParseError("the feed is empty") }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue)
        xmlResetLastError()
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                xmlReadMemory(pointer, Int32(buffer.count), feedURL, nil, options)
            }
        }
        guard let document else {
            if let error = xmlGetLastError(), let message = error.pointee.message {
                let text = String(cString: message).trimmingWhitespaceAndNewlines()
                throw FeedParseError("malformed XML at line \(error.pointee.line): \(text)")
            }
            throw FeedParseError("malformed XML")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw FeedParseError("the XML has no root element") }
        let base = URL(string: feedURL)
        switch localName(root) {
        case "rss":
            guard let channel = children(root).first(where: { localName($0) == "channel" }) else {
                throw FeedParseError("an RSS feed without a <channel>")
            }
            return children(channel).filter { localName($0) == "item" }.compactMap { rssItem($0, base: base) }
        case "RDF":
            return children(root).filter { localName($0) == "item" }.compactMap { rssItem($0, base: base) }
        case "feed":
            return children(root).filter { localName($0) == "entry" }.compactMap { atomEntry($0, base: base) }
        case let other:
            throw FeedParseError("not a feed: the root element is <\(other)>, not <rss> or <feed>")
        }
    }

    private static func rssItem(_ item: xmlNodePtr, base: URL?) -> FeedItem? {
        var fields: [String: String] = [:]
        var authors: [String] = []
        for child in children(item) {
            let name = localName(child)
            let value = text(child).trimmingWhitespaceAndNewlines()
            guard !value.isEmpty else { continue }
            switch name {
            case "creator", "author": authors.append(value)
            case "encoded": fields["content"] = value
            case "date": if fields["pubDate"] == nil { fields["pubDate"] = value }  // dc:date (RSS 1.0)
            default: if fields[name] == nil { fields[name] = value }
            }
        }
        let link = fields["link"].flatMap { resolve($0, base: base) }
        guard let guid = fields["guid"] ?? link ?? fields["title"] else { return nil }
        return FeedItem(
            guid: guid, link: link, title: fields["title"], published: fields["pubDate"], authors: authors,
            content: fullContent(fields["content"]))
    }

    private static func atomEntry(_ entry: xmlNodePtr, base: URL?) -> FeedItem? {
        var id: String?
        var link: String?
        var title: String?
        var published: String?
        var updated: String?
        var content: String?
        var authors: [String] = []
        for child in children(entry) {
            switch localName(child) {
            case "id": id = text(child).trimmingWhitespaceAndNewlines()
            case "title": title = text(child).trimmingWhitespaceAndNewlines()
            case "published": published = text(child).trimmingWhitespaceAndNewlines()
            case "updated": updated = text(child).trimmingWhitespaceAndNewlines()
            case "link":
                let rel = attribute(child, "rel") ?? "alternate"
                if rel == "alternate", link == nil, let href = attribute(child, "href") { link = resolve(href, base: base) }
            case "author":
                if let name = children(child).first(where: { localName($0) == "name" }) {
                    authors.append(text(name).trimmingWhitespaceAndNewlines())
                }
            case "content":
                content = attribute(child, "type") == "xhtml" ? markup(children(child)) : text(child)
            default: break
            }
        }
        guard let identity = id ?? link ?? title else { return nil }
        return FeedItem(
            guid: identity, link: link, title: title, published: published ?? updated, authors: authors,
            content: fullContent(content))
    }

    /// The content when it is an article, not a teaser.
    static func fullContent(_ content: String?) -> String? {
        guard let content else { return nil }
        var words = 0
        var inTag = false
        var inWord = false
        for scalar in content.unicodeScalars {
            if scalar == "<" { inTag = true } else if scalar == ">" { inTag = false; inWord = false; continue }
            guard !inTag else { continue }
            if scalar.properties.isIdeographic {
                words += 1
                inWord = false
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return words >= fullContentWords ? content : nil
    }

    static func resolve(_ link: String, base: URL?) -> String? {
        let trimmed = link.trimmingWhitespaceAndNewlines()
        guard let url = URL(string: trimmed, relativeTo: base)?.absoluteURL, let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https"
        else { return nil }
        return url.absoluteString
    }

    // MARK: libxml2 tree access

    private static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { found.append(current) }
            child = current.pointee.next
        }
        return found
    }

    private static func localName(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if let raw = current.pointee.name, String(cString: raw) == name {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            property = current.pointee.next
        }
        return nil
    }

    /// All text below a node (CDATA merged into text by XML_PARSE_NOCDATA).
    private static func text(_ node: xmlNodePtr) -> String {
        var out = ""
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { out += String(cString: content) }
            case XML_ELEMENT_NODE:
                out += text(current)
            default:
                break
            }
            child = current.pointee.next
        }
        return out
    }

    /// Inline XHTML content back to markup: enough for the HTML extractor (tags and text).
    private static func markup(_ nodes: [xmlNodePtr]) -> String {
        nodes.map { node in
            let name = localName(node)
            var inner = ""
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE {
                    inner += markup([current])
                } else if let content = current.pointee.content {
                    inner += HTMLEscaping.escape(String(cString: content))
                }
                child = current.pointee.next
            }
            return "<\(name)>\(inner)</\(name)>"
        }.joined()
    }
}

/// Minimal escaping for text put back into markup.
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
