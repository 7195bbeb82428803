/// Table headers the TOML parser (toml++ inside TOMLKit) cannot be given: a header whose name does
/// not start with a key character (`[#`, `[[ !x]]`) trips an assertion in it and aborts the whole
/// process, so `check-config` or a reload would crash instead of naming the line. Found by the
/// taxonomy fuzz target. This scan finds such headers first, tracking strings, comments and arrays
/// that span lines, so a nested array on a line of its own is not taken for a header.
enum TOMLHeaderCheck {
    /// The 1-based line of the first header with no name, if any.
    static func namelessHeader(in text: String) -> Int? {
        let characters = Array(text.unicodeScalars)
        var index = 0
        var line = 1
        var depth = 0
        var atLineStart = true
        func peek(_ offset: Int) -> Unicode.Scalar? { index + offset < characters.count ? characters[index + offset] : nil }
        func isKeyStart(_ c: Unicode.Scalar?) -> Bool {
            guard let c else { return true }  // end of text: the parser reports it
            return c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "-" || c == "\"" || c == "'" || c == "]"
                || c.value > 0x7F
        }
        while index < characters.count {
            let c = characters[index]
            if c == "\n" {
                line += 1
                atLineStart = true
                index += 1
                continue
            }
            if atLineStart, c == " " || c == "\t" || c == "\r" {
                index += 1
                continue
            }
            if atLineStart, depth == 0, c == "[" {
                var next = 1
                if peek(next) == "[" { next += 1 }
                while peek(next) == " " || peek(next) == "\t" { next += 1 }
                if !isKeyStart(peek(next)) { return line }
            }
            atLineStart = false
            switch c {
            case "#":
                while index < characters.count, characters[index] != "\n" { index += 1 }
                continue
            case "\"", "'":
                let triple = peek(1) == c && peek(2) == c
                let length = triple ? 3 : 1
                index += length
                while index < characters.count {
                    let d = characters[index]
                    if d == "\\", c == "\"" {
                        index += 2
                        continue
                    }
                    if d == "\n" {
                        if !triple { break }
                        line += 1
                    }
                    if d == c, !triple || (peek(1) == c && peek(2) == c) {
                        index += length
                        break
                    }
                    index += 1
                }
                continue
            case "[" where depth > 0 || !isHeaderStart(characters, index):
                depth += 1
            case "]" where depth > 0:
                depth -= 1
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// A `[` is a value's array (not a header) when a `=` came before it on its line.
    private static func isHeaderStart(_ characters: [Unicode.Scalar], _ index: Int) -> Bool {
        var position = index - 1
        while position >= 0, characters[position] != "\n" {
            if characters[position] == "=" { return false }
            position -= 1
        }
        return true
    }
}
