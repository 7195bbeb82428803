/// Malformed TOML the parser (toml++ inside TOMLKit) cannot be given: it trips an assertion and
/// aborts the whole process, so `check-config` or a reload would crash instead of naming the line.
/// Both were found by the taxonomy fuzz target:
/// - a table header whose name does not start with a key character (`[#`, `[[ !x]]`, `[é]`);
/// - a `}` where an array expects a value (`x = [ "a", } ]`).
/// This scan finds them first, tracking strings, comments and arrays that span lines.
enum TOMLParserTraps {
    /// The first trap: its 1-based line and what is wrong.
    static func first(in text: String) -> (line: Int, message: String)? {
        let characters = Array(text.unicodeScalars)
        var index = 0
        var line = 1
        var depth = 0
        var atLineStart = true
        // After an array's `[` or a `,` inside an array, until the next value begins.
        var expectingArrayValue = false
        func peek(_ offset: Int) -> Unicode.Scalar? { index + offset < characters.count ? characters[index + offset] : nil }
        func isKeyStart(_ c: Unicode.Scalar?) -> Bool {
            guard let c else { return true }  // end of text: the parser reports it
            // Bare keys are ASCII letters, digits, `_` and `-` (TOML 1.0); quoted keys open with a quote.
            return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-" || c == "\""
                || c == "'" || c == "]"
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
                if !isKeyStart(peek(next)) { return (line, "a table header must name its table, like [fetch] or [[sources]]") }
            }
            atLineStart = false
            if c == " " || c == "\t" || c == "\r" {
                index += 1
                continue
            }
            if expectingArrayValue, c == "}" { return (line, "a '}' where the array expects a value or ']'") }
            if c != "#" { expectingArrayValue = false }
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
                expectingArrayValue = true
            case "]" where depth > 0:
                depth -= 1
            case "," where depth > 0:
                expectingArrayValue = true
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
