import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Substring search on UTF-8 bytes. Foundation's `String.contains(_:)` goes through CFStringFind
/// with Unicode folding and dominated text extraction; furniture markers are plain lowercase text,
/// so a byte comparison finds the same occurrences for a fraction of the cost.
enum ByteSearch {
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { text in needle.withUTF8 { pattern in search(text, pattern) } }
    }

    /// The last occurrence of `needle` in `text`, found on bytes: what `range(of:options: .backwards)`
    /// finds for text that has no canonical equivalents (punctuation marks), unless the bytes found
    /// cut through a character, when Foundation is asked.
    static func lastRange(of needle: String, in text: String) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        let bytes = text.utf8
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        var copy = text
        let offset: Int? = copy.withUTF8 { utf8 in
            var start = utf8.count - pattern.count
            while start >= 0 {
                if utf8[start] == pattern[0], memcmp(utf8.baseAddress! + start, pattern, pattern.count) == 0 { return start }
                start -= 1
            }
            return nil
        }
        guard let offset else { return nil }
        let lower = bytes.index(bytes.startIndex, offsetBy: offset)
        let upper = bytes.index(lower, offsetBy: pattern.count)
        guard lower.samePosition(in: text) != nil, upper.samePosition(in: text) != nil else {
            return text.range(of: needle, options: .backwards)
        }
        return lower..<upper
    }

    /// Whether the bytes `text` contain `needle`'s bytes.
    static func contains(_ text: [UInt8], _ needle: String) -> Bool {
        var needle = needle
        return text.withUnsafeBufferPointer { text in needle.withUTF8 { pattern in search(text, pattern) } }
    }

    /// Whether the bytes `text` start with `prefix`.
    static func hasPrefix(_ text: [UInt8], _ prefix: [UInt8]) -> Bool {
        text.count >= prefix.count && text.withUnsafeBufferPointer { text in
            prefix.withUnsafeBufferPointer { memcmp(text.baseAddress!, $0.baseAddress!, prefix.count) == 0 }
        }
    }

    /// The text's UTF-8 with ASCII letters lowered. Matched against lowercase ASCII and caseless
    /// (CJK, symbol) markers it finds what `lowercased()` would, without building a String: no other
    /// character lowercases into ASCII, except İ and the Kelvin sign, for which it is `lowercased()`.
    static func lowered(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        var mayHaveSpecial = false
        bytes.withUnsafeMutableBufferPointer { bytes in
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte &- 0x41 < 26 { bytes[index] = byte | 0x20 }
                // İ is C4 B0, the Kelvin sign E2 84 AA.
                if byte == 0xC4 || byte == 0xE2 { mayHaveSpecial = true }
            }
        }
        if mayHaveSpecial, text.unicodeScalars.contains(where: { $0 == "\u{130}" || $0 == "\u{212A}" }) {
            return Array(text.lowercased().utf8)
        }
        return bytes
    }

    private static func search(_ text: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pattern.first else { return true }
        guard text.count >= pattern.count, let start = text.baseAddress, let needle = pattern.baseAddress else { return false }
        // memchr (vectorised in glibc) finds each candidate for the first byte; memcmp checks the rest.
        var from = start
        let last = start + (text.count - pattern.count)
        while from <= last {
            guard let found = memchr(from, Int32(first), last - from + 1) else { return false }
            let candidate = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
            if memcmp(candidate, needle, pattern.count) == 0 { return true }
            from = candidate + 1
        }
        return false
    }
}
