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

    /// Whether `text` starts with the bytes of `prefix` (String.hasPrefix compares characters,
    /// with Unicode normalization: costly for lists of plain markers tried on every line).
    static func hasPrefix(_ text: String, _ prefix: [UInt8]) -> Bool {
        var index = text.utf8.startIndex
        for byte in prefix {
            guard index != text.utf8.endIndex, text.utf8[index] == byte else { return false }
            index = text.utf8.index(after: index)
        }
        return true
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
