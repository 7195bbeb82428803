import CLibXML2

/// Parses HTML with libxml2's forgiving HTML parser and converts the tree into `HTMLNode`s.
/// Comments, processing instructions and the contents of script-like elements are not kept.
enum HTMLDocument {
    /// Attributes the extractor reads; the others are not copied.
    private static let keptAttributes: Set<String> = [
        "id", "class", "role", "itemprop", "itemtype", "property", "name", "content", "href", "datetime", "lang",
        "type", "rel", "hidden", "style", "aria-hidden", "charset", "http-equiv", "itemscope",
        "title",  // a date line's machine-readable date often sits in its title ("3 hours ago")
    ]
    // `noscript` is kept: the cleaner drops it, unless the whole page sits inside it (a script-only site).
    private static let droppedContent: Set<String> = ["script", "style", "template", "svg", "math"]

    /// Returns the root, or nil when libxml2 gives no document. JSON-LD scripts are returned separately
    /// because they are dropped from the tree but hold metadata; so are other scripts' texts, where
    /// script-built pages keep their article's data ("datePublished": …).
    static func parse(_ text: String) -> (root: HTMLNode, jsonLD: [String], scripts: [String])? {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        var utf8 = Array(text.utf8)
        if utf8.isEmpty { utf8 = [0x20] }
        let doc = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let rootElement = xmlDocGetRootElement(doc) else { return nil }
        var scripts = Scripts()
        let root = convert(rootElement, scripts: &scripts)
        return (root, scripts.jsonLD, scripts.data)
    }

    private struct Scripts {
        var jsonLD: [String] = []
        var data: [String] = []
        /// Bytes of script text kept: a page's data sits in its first scripts, bundles come later.
        var dataBytes = 0
    }

    private static func convert(_ pointer: xmlNodePtr, scripts: inout Scripts) -> HTMLNode {
        let name = pointer.pointee.name.map { String(cString: $0).lowercased() } ?? ""
        var attributes: [String: String] = [:]
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let rawName = current.pointee.name {
                let key = String(cString: rawName).lowercased()
                if keptAttributes.contains(key) {
                    attributes[key] = textOfChildren(current.pointee.children)
                }
            }
            attribute = current.pointee.next
        }
        let node = HTMLNode(tag: name, attributes: attributes)
        if name == "script", attributes["type"]?.lowercased().contains("ld+json") == true {
            scripts.jsonLD.append(textOfChildren(pointer.pointee.children))
            return node
        }
        if name == "script" {
            // At most 1 MiB of script text in all; a page's data sits in small scripts, not in bundles.
            let text = textOfChildren(pointer.pointee.children)
            let room = (1 << 20) - scripts.dataBytes
            if !text.isEmpty, room > 0 {
                let kept = text.utf8.count <= room ? text : String(decoding: text.utf8.prefix(room), as: UTF8.self)
                scripts.dataBytes += kept.utf8.count
                scripts.data.append(kept)
            }
            return node
        }
        if droppedContent.contains(name) { return node }
        var child = pointer.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let converted = convert(current, scripts: &scripts)
                converted.parent = node
                node.children.append(converted)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    let textNode = HTMLNode(tag: "", text: String(cString: content))
                    textNode.parent = node
                    node.children.append(textNode)
                }
            default:
                break
            }
            child = current.pointee.next
        }
        return node
    }

    private static func textOfChildren(_ first: xmlNodePtr?) -> String {
        var out = ""
        var child = first
        while let current = child {
            if let content = current.pointee.content { out += String(cString: content) }
            child = current.pointee.next
        }
        return out
    }
}
