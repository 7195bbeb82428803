/// Whitespace trimming without Foundation: `trimmingCharacters(in:)` bridges through NSString and
/// UTF-16 and was a third of text extraction's time. Unicode whitespace (including ideographic and
/// no-break spaces) is trimmed, as `CharacterSet.whitespaces` does.
extension StringProtocol {
    /// Trims spaces and tabs (Unicode `White_Space` minus line breaks), like `.whitespaces`.
    public func trimmingWhitespace() -> String {
        // ASCII answered directly (tab and space; the other ASCII white space breaks lines).
        trimming { $0.value < 0x80 ? $0.value == 0x20 || $0.value == 0x09 : $0.properties.isWhitespace && !isLineBreak($0) }
    }

    /// Trims every Unicode whitespace and line break, like `.whitespacesAndNewlines`.
    public func trimmingWhitespaceAndNewlines() -> String {
        trimming { $0.value < 0x80 ? $0.value == 0x20 || ($0.value >= 0x09 && $0.value <= 0x0D) : $0.properties.isWhitespace }
    }

    /// Trims scalars for which `shouldTrim` is true from both ends.
    public func trimming(_ shouldTrim: (Unicode.Scalar) -> Bool) -> String {
        let text = Substring(self)
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, shouldTrim(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard shouldTrim(scalars[before]) else { break }
            end = before
        }
        // Nothing to trim (most lines): the text itself, not a copy.
        if start == scalars.startIndex, end == scalars.endIndex { return String(self) }
        return String(text.unicodeScalars[start..<end])
    }
}

private func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
}
