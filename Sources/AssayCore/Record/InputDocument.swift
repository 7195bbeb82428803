/// One input to the pipeline: its bytes and where they came from. Time comes in as a value.
public struct InputDocument: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, html, json
    }

    public var bytes: [UInt8]
    /// The file name or path, used to pick the format and shown in the record's `source`.
    public var path: String?
    public var url: String?
    public var sourceKind: SourceInfo.Kind
    /// A charset declared outside the bytes (an HTTP `Content-Type`), which wins over detection.
    public var declaredCharset: String?
    /// RFC 3339 time the input was received or fetched.
    public var receivedAt: String
    /// For an article listed by a feed: the feed and the item's GUID.
    public var feedURL: String?
    public var itemGUID: String?
    /// The format when it is known from elsewhere (a feed item's content is JSON made by Assay).
    public var formatHint: Format?

    public init(
        bytes: [UInt8], path: String? = nil, url: String? = nil, sourceKind: SourceInfo.Kind = .file,
        declaredCharset: String? = nil, receivedAt: String
    ) {
        self.bytes = bytes
        self.path = path
        self.url = url
        self.sourceKind = sourceKind
        self.declaredCharset = declaredCharset
        self.receivedAt = receivedAt
    }

    /// The format by file extension, else by a look at the first characters.
    func format(of text: String) -> Format {
        if let formatHint { return formatHint }
        let name = (path ?? url ?? "").lowercased()
        if let dot = name.lastIndex(of: ".") {
            switch name[name.index(after: dot)...] {
            case "html", "htm", "xhtml", "shtml": return .html
            case "json", "jsonl", "ndjson": return .json
            case "txt", "md", "markdown", "text": return .text
            default: break
            }
        }
        let head = text.prefix(4096).drop(while: { $0.isWhitespace }).lowercased()
        if head.hasPrefix("{") || head.hasPrefix("[") { return .json }
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.contains("<body") || head.contains("<p>") {
            return .html
        }
        // A page whose server printed warnings before the doctype still opens with markup.
        if head.hasPrefix("<"), ["<!doctype html", "<html", "<head", "<div", "<br"].contains(where: head.contains) {
            return .html
        }
        return .text
    }
}
