#if canImport(Glibc)
    import Glibc
#endif

/// Text decoded from an input's bytes, with the encoding and how it was chosen.
public struct DecodedText: Sendable, Equatable {
    /// The text with line ends normalized to LF and any byte-order mark removed.
    public var text: String
    public var encoding: TextEncoding
    /// `bom`, `declared`, `meta`, `valid-utf8`, `utf8`, `detected` or `fallback`.
    public var encodingSource: String
    /// Invalid byte sequences read as U+FFFD; 0 when every byte was valid in the encoding.
    public var repairs: Int = 0
}

/// Turns raw bytes into text, or refuses them with a specific reason.
///
/// Order: size and emptiness, byte-order mark, binary signatures, a declared or `<meta>` charset,
/// valid UTF-8, UTF-8 with a few broken sequences, GB18030 or Big5 by byte statistics, then
/// Windows-1252 if the bytes look like Latin text. A wrong encoding can decode "successfully" into
/// garbage, so guesses are checked statistically. Like a browser, a page that is overwhelmingly
/// valid in its encoding is read with the few broken sequences as U+FFFD (counted in `repairs`).
public struct TextDecoder: Sendable {
    public var maxBytes: Int

    public init(maxBytes: Int = 15 * 1024 * 1024) {
        self.maxBytes = maxBytes
    }

    public func decode(_ bytes: [UInt8], declaredCharset: String? = nil) throws(InputRejection) -> DecodedText {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= maxBytes else { throw .tooLarge(bytes: bytes.count, limit: maxBytes) }

        let decoded = try decodeUnchecked(bytes, declaredCharset: declaredCharset)
        let text = Self.normalizeLineEnds(decoded.text)
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw .whitespaceOnly
        }
        if Self.controlShare(text) > 0.05 { throw .binary(kind: nil) }
        return DecodedText(text: text, encoding: decoded.encoding, encodingSource: decoded.encodingSource, repairs: decoded.repairs)
    }

    private func decodeUnchecked(_ bytes: [UInt8], declaredCharset: String?) throws(InputRejection) -> DecodedText {
        if let (encoding, bomLength) = Self.byteOrderMark(bytes) {
            guard let text = encoding.decode(Array(bytes.dropFirst(bomLength))) else {
                throw .undecodable(detail: "invalid \(encoding.rawValue) after its byte-order mark")
            }
            return DecodedText(text: text, encoding: encoding, encodingSource: "bom")
        }
        if let kind = BinarySniffer.signature(of: bytes) { throw .binary(kind: kind) }
        if let encoding = BinarySniffer.utf16WithoutBOM(bytes), let text = encoding.decode(bytes) {
            return DecodedText(text: text, encoding: encoding, encodingSource: "nul-pattern")
        }
        if BinarySniffer.looksBinary(bytes) { throw .binary(kind: nil) }

        let declared = declaredCharset.flatMap(TextEncoding.init(label:)).map { ($0, "declared") }
            ?? CharsetSniffer.metaCharset(in: bytes).map { ($0, "meta") }
        if let (encoding, source) = declared, let decoded = encoding.decodeRepairing(bytes) {
            return DecodedText(text: decoded.text, encoding: encoding, encodingSource: source, repairs: decoded.repairs)
        }
        if let text = TextEncoding.utf8.decode(bytes) {
            return DecodedText(text: text, encoding: .utf8, encodingSource: "valid-utf8")
        }
        if let repaired = LossyDecoding.utf8(bytes) {
            return DecodedText(text: repaired.text, encoding: .utf8, encodingSource: "utf8", repairs: repaired.repairs)
        }
        let stats = ByteStatistics(bytes)
        for (looksLike, encoding) in [(stats.looksLikeGB18030, TextEncoding.gb18030), (stats.looksLikeBig5, .big5)] where looksLike {
            if let decoded = encoding.decodeRepairing(bytes) {
                return DecodedText(text: decoded.text, encoding: encoding, encodingSource: "detected", repairs: decoded.repairs)
            }
        }
        if stats.looksLikeLatinText {
            return DecodedText(text: Windows1252.decode(bytes), encoding: .windows1252, encodingSource: "fallback")
        }
        throw .undecodable(detail: "not UTF-8, and no GB18030, Big5 or Windows-1252 reading looks like text")
    }

    static func byteOrderMark(_ bytes: [UInt8]) -> (TextEncoding, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }

    static func normalizeLineEnds(_ text: String) -> String {
        var text = text
        guard text.withUTF8({ bytes in bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false }) else { return text }
        return text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
    }

    /// Share of C0/C1 control characters other than tab, line feed, form feed and carriage return.
    static func controlShare(_ text: String) -> Double {
        var total = 0
        var control = 0
        var text = text
        // On the UTF-8 bytes: a character starts at every byte that is not a continuation byte;
        // C1 controls (U+0080–U+009F) are C2 80–C2 9F.
        text.withUTF8 { bytes in
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte & 0xC0 != 0x80 { total += 1 }
                if (byte < 0x20 && byte != 9 && byte != 10 && byte != 12 && byte != 13) || byte == 0x7F
                    || (byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] & 0xE0 == 0x80)
                {
                    control += 1
                }
            }
        }
        return total == 0 ? 0 : Double(control) / Double(total)
    }
}
