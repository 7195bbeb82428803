/// Finds every pattern in folded text, as one Aho–Corasick automaton over all of them would, with
/// two: one for the patterns written in ASCII and one for the rest (Chinese terms, accented words).
///
/// Each step of an automaton waits on a table load; the table of one automaton over every byte
/// the patterns use (a hundred byte classes, thousands of states: 2 MB) does not fit a core's
/// cache, and on a shared machine those loads go to memory. The ASCII automaton's table is a
/// fraction of that size. The other runs only near bytes outside ASCII: each of its patterns holds
/// one, so a match lies within the longest pattern's length of it. English text costs one walk of
/// the small automaton; Chinese text, a walk of each.
struct PatternMatcher: Sendable {
    private let ascii: AhoCorasick
    private let other: AhoCorasick
    /// The taxonomy-wide pattern index of each automaton's patterns.
    private let asciiIndexes: [Int32]
    private let otherIndexes: [Int32]
    private let patternLengths: [Int]
    private let longestOther: Int

    init(patterns: [[UInt8]]) {
        var asciiIndexes: [Int32] = []
        var otherIndexes: [Int32] = []
        for (index, pattern) in patterns.enumerated() {
            if pattern.allSatisfy({ $0 < 0x80 }) { asciiIndexes.append(Int32(index)) } else { otherIndexes.append(Int32(index)) }
        }
        ascii = AhoCorasick(patterns: asciiIndexes.map { patterns[Int($0)] })
        other = AhoCorasick(patterns: otherIndexes.map { patterns[Int($0)] })
        self.asciiIndexes = asciiIndexes
        self.otherIndexes = otherIndexes
        patternLengths = patterns.map(\.count)
        longestOther = otherIndexes.map { patterns[Int($0)].count }.max() ?? 0
    }

    /// Every occurrence of every pattern, by end offset, the longest first among those ending
    /// together: the order of a single automaton's outputs.
    func matches(in text: [UInt8]) -> [AhoCorasick.Match] {
        var fromASCII: [AhoCorasick.Match] = []
        ascii.scan(text) { fromASCII.append(AhoCorasick.Match(pattern: asciiIndexes[Int($0.pattern)], end: $0.end)) }
        var fromOther: [AhoCorasick.Match] = []
        for window in windowsOutsideASCII(text) {
            let offset = window.lowerBound
            let part = window.count == text.count ? text : Array(text[window])
            other.scan(part) { fromOther.append(AhoCorasick.Match(pattern: otherIndexes[Int($0.pattern)], end: $0.end + offset)) }
        }
        guard !fromOther.isEmpty else { return fromASCII }
        return merge(fromASCII, fromOther)
    }

    /// The stretches within `longestOther` bytes of a byte outside ASCII, merged where they touch.
    private func windowsOutsideASCII(_ text: [UInt8]) -> [Range<Int>] {
        guard longestOther > 0 else { return [] }
        return text.withUnsafeBufferPointer { text in
            var windows: [Range<Int>] = []
            var position = 0
            while let found = Self.firstNonASCII(text, from: position) {
                // A run of such bytes at once (Chinese text is one run a sentence): the windows of
                // its bytes overlap, so their union reaches from the first's start to the last's end.
                let runEnd = Self.firstASCII(text, from: found + 1)
                let start = max(0, found - longestOther + 1)
                let end = min(text.count, runEnd - 1 + longestOther)
                if let last = windows.last, start <= last.upperBound {
                    windows[windows.count - 1] = last.lowerBound..<end
                } else {
                    windows.append(start..<end)
                }
                position = runEnd
            }
            return windows
        }
    }

    /// The next byte below 0x80 at or after `from` (the text's end when there is none), eight bytes at a time.
    private static func firstASCII(_ text: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        guard let base = text.baseAddress else { return from }
        var position = from
        while position + 8 <= text.count {
            if UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0x8080_8080_8080_8080 { break }
            position += 8
        }
        while position < text.count, text[position] >= 0x80 { position += 1 }
        return position
    }

    /// The next byte of 0x80 or above at or after `from`, eight bytes at a time.
    private static func firstNonASCII(_ text: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = text.baseAddress else { return nil }
        var position = from
        while position + 8 <= text.count {
            if UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { break }
            position += 8
        }
        while position < text.count {
            if text[position] >= 0x80 { return position }
            position += 1
        }
        return nil
    }

    /// The two lists in one order: by end, the longer pattern first (two patterns of one length
    /// ending together are the same bytes, so in the same automaton).
    private func merge(_ a: [AhoCorasick.Match], _ b: [AhoCorasick.Match]) -> [AhoCorasick.Match] {
        var merged: [AhoCorasick.Match] = []
        merged.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            let takeA = j == b.count
                || (i < a.count
                    && (a[i].end != b[j].end
                        ? a[i].end < b[j].end : patternLengths[Int(a[i].pattern)] >= patternLengths[Int(b[j].pattern)]))
            if takeA {
                merged.append(a[i])
                i += 1
            } else {
                merged.append(b[j])
                j += 1
            }
        }
        return merged
    }
}
