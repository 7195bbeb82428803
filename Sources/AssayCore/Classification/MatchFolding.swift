/// Text folded for matching: lowercase, full-width letters narrowed, hyphens and dashes read as
/// spaces, runs of space collapsed, traditional Chinese read as simplified. "Li‑ion", "LI-ION" and
/// "li ion" all fold to `li ion`; 鋰電池 folds to 锂电池.
///
/// Folding works on UTF-8 bytes so the matcher runs over bytes; `origins` maps every folded byte
/// back to the UTF-8 offset of the source character it came from, for evidence offsets.
struct FoldedText {
    var bytes: [UInt8]
    /// UTF-8 offset in the source of the character each byte came from.
    var origins: [Int32]

    /// Characters (code points) in `bytes[range]`: the distance measure of context windows.
    func characterCount(_ range: Range<Int>) -> Int {
        var count = 0
        for position in range where bytes[position] & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

enum MatchFolding {
    /// Folds `text` for matching. Leading space is dropped and spaces collapse to one.
    static func fold(_ text: String) -> FoldedText {
        var copy = text
        return copy.withUTF8 { fold(utf8: $0) }
    }

    /// The folded form as a string, for comparing terms with each other.
    static func foldedString(_ text: String) -> String {
        var folded = fold(text).bytes
        while folded.last == space { folded.removeLast() }
        return String(decoding: folded, as: UTF8.self)
    }

    private static let space: UInt8 = 0x20

    private static func fold(utf8 source: UnsafeBufferPointer<UInt8>) -> FoldedText {
        // Folding never lengthens text, so both outputs fit in the source's size.
        var bytes = [UInt8](repeating: 0, count: source.count)
        var origins = [Int32](repeating: 0, count: source.count)
        var count = 0
        bytes.withUnsafeMutableBufferPointer { output in
            origins.withUnsafeMutableBufferPointer { originOutput in
                var writer = FoldWriter(output: output, origins: originOutput)
                writer.fold(source)
                count = writer.count
            }
        }
        bytes.removeSubrange(count...)
        origins.removeSubrange(count...)
        return FoldedText(bytes: bytes, origins: origins)
    }

    /// The folding loop, writing into preallocated buffers.
    private struct FoldWriter {
        let output: UnsafeMutableBufferPointer<UInt8>
        let origins: UnsafeMutableBufferPointer<Int32>
        var count = 0
        /// The traditional-to-simplified table, fetched at the first Han character (English text never builds it).
        var scriptTable: [UInt16]?

        @inline(__always) mutating func emit(_ byte: UInt8, _ origin: Int) {
            output[count] = byte
            origins[count] = Int32(origin)
            count += 1
        }

        @inline(__always) mutating func emitSpace(_ origin: Int) {
            if count > 0 && output[count - 1] != space { emit(space, origin) }
        }

        mutating func fold(_ source: UnsafeBufferPointer<UInt8>) {
            var index = 0
            while index < source.count {
                let byte = source[index]
                let origin = index
                if byte < 0x80 {
                    index += 1
                    switch byte {
                    case 0x41...0x5A: emit(byte | 0x20, origin)
                    case 0x2D, 0x5F, 0x09, 0x0A, 0x0D, 0x20: emitSpace(origin)  // - _ and whitespace
                    default: emit(byte, origin)
                    }
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                let end = min(index + length, source.count)
                index = end
                // CJK ideographs (lead bytes E4-E9), the common case in Chinese text: traditional forms
                // are read as simplified (same length), the rest pass through.
                if byte >= 0xE4 && byte <= 0xE9 {
                    if end - origin == 3 {
                        let table = scriptTable ?? ChineseScript.table
                        scriptTable = table
                        let scalar = ChineseScript.scalar(byte, source[origin + 1], source[origin + 2])
                        let folded = ChineseScript.utf8(ChineseScript.simplified(scalar, in: table))
                        emit(folded.0, origin)
                        emit(folded.1, origin)
                        emit(folded.2, origin)
                    } else {
                        for position in origin..<end { emit(source[position], origin) }
                    }
                    continue
                }
                let scalar = MatchFolding.decodeScalar(source, origin, end)
                switch scalar {
                case 0xFF01...0xFF5E:  // full-width ASCII
                    let ascii = UInt8(scalar - 0xFEE0)
                    if ascii == 0x2D || ascii == 0x5F {
                        emitSpace(origin)
                    } else {
                        emit(ascii >= 0x41 && ascii <= 0x5A ? ascii | 0x20 : ascii, origin)
                    }
                case 0x2010...0x2015, 0x2212, 0xFE63, 0x00A0, 0x2000...0x200B, 0x202F, 0x3000:  // dashes, spaces
                    emitSpace(origin)
                case 0x2018, 0x2019, 0x2032:  // curly apostrophes
                    emit(0x27, origin)
                case 0x00C0...0x00DE where scalar != 0x00D7:  // Latin-1 capitals: same length in lowercase
                    let lower = scalar + 0x20
                    emit(UInt8(0xC0 | (lower >> 6)), origin)
                    emit(UInt8(0x80 | (lower & 0x3F)), origin)
                default:
                    for position in origin..<end { emit(source[position], origin) }
                }
            }
        }
    }

    fileprivate static func decodeScalar(_ source: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt32 {
        let lead = UInt32(source[start])
        var value: UInt32 = end - start == 2 ? lead & 0x1F : end - start == 3 ? lead & 0x0F : lead & 0x07
        for position in (start + 1)..<end { value = (value << 6) | UInt32(source[position] & 0x3F) }
        return value
    }

    /// True for bytes that continue a Latin word: ASCII letters and digits, and the bytes of
    /// non-ASCII Latin letters (é, ü); CJK and punctuation are boundaries.
    static func isWordByte(in bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIIAlphanumeric(byte) }
        // Walk back to the lead byte and decode, so a continuation byte is judged by its character.
        var start = index
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let lead = bytes[start]
        guard lead >= 0xC3 && lead <= 0xC9 else { return false }  // U+00C0..U+027F: Latin letters
        return true
    }

    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
    }

    /// True when the folded term starts (or ends) with a Latin letter or digit, so its matches
    /// need a word boundary on that side. CJK terms match as plain substrings.
    static func needsBoundary(_ byte: UInt8) -> Bool { isASCIIAlphanumeric(byte) || (byte >= 0xC3 && byte <= 0xC9) }
}
