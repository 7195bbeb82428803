/// Finds the line of a TOML path in the source text, so content errors can say "line 42" like
/// syntax errors do. It understands the shapes Assay's files use: `[table]`, `[[array]]`,
/// `[[array.sub]]` and `key = value` lines.
struct TOMLLineLocator {
    private let lines: [Substring]

    init(source: String) { lines = source.split(separator: "\n", omittingEmptySubsequences: false) }

    /// 1-based line of the deepest part of `path` that can be found.
    func line(of path: TOMLPath) -> Int? {
        var range = 0..<lines.count
        var tableName = ""
        var best: Int?
        for component in path.components {
            let name = tableName.isEmpty ? component.key : tableName + "." + component.key
            if let index = component.index {
                guard let header = nthHeader("[[\(name)]]", index, in: range) else { return best }
                best = header + 1
                range = (header + 1)..<nextHeader(after: header, sameOrAbove: name, in: range)
                tableName = name
            } else if let header = nthHeader("[\(name)]", 0, in: range) {
                best = header + 1
                range = (header + 1)..<nextHeader(after: header, sameOrAbove: name, in: range)
                tableName = name
            } else if let keyLine = keyLine(component.key, in: range) {
                return keyLine + 1
            } else {
                return best
            }
        }
        return best
    }

    private func stripped(_ line: Substring) -> Substring {
        line.drop(while: { $0 == " " || $0 == "\t" })
    }

    private func nthHeader(_ header: String, _ n: Int, in range: Range<Int>) -> Int? {
        var seen = 0
        for index in range {
            let text = stripped(lines[index])
            guard text.hasPrefix(header) else { continue }
            if seen == n { return index }
            seen += 1
        }
        return nil
    }

    /// The end of a table's lines: the next header that is not nested inside it.
    private func nextHeader(after header: Int, sameOrAbove name: String, in range: Range<Int>) -> Int {
        for index in (header + 1)..<range.upperBound {
            let text = stripped(lines[index])
            guard text.hasPrefix("[") else { continue }
            let inner = text.drop(while: { $0 == "[" })
            if !inner.hasPrefix(name + ".") { return index }
        }
        return range.upperBound
    }

    private func keyLine(_ key: String, in range: Range<Int>) -> Int? {
        for index in range {
            let text = stripped(lines[index])
            if text.hasPrefix("[") { break }
            guard text.hasPrefix(key) else { continue }
            let rest = text.dropFirst(key.count).drop(while: { $0 == " " || $0 == "\t" })
            if rest.hasPrefix("=") { return index }
        }
        return nil
    }
}
