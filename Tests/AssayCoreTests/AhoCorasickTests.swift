@testable import AssayCore
import AssayTestSupport
import Testing

/// The automaton reports exactly what a naive search finds, in the order the classifier relies on
/// (by end, the longest first), for short texts (one walk) and long ones (two walks over the halves,
/// with matches planted across the middle), over ASCII and Chinese patterns.
@Suite struct AhoCorasickTests {
    static let alphabet: [[UInt8]] = ["a", "b", "c", " ", "锂", "电"].map { Array($0.utf8) }

    static func text(_ pieces: Int, _ random: inout SplitMix64) -> [UInt8] {
        (0..<pieces).flatMap { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
    }

    /// Every (end, pattern) a naive search finds, by end and then the longest first.
    static func naive(_ patterns: [[UInt8]], _ text: [UInt8]) -> [[Int]] {
        var found: [[Int]] = []
        for end in 0...text.count {
            let here = patterns.indices.filter { index in
                let pattern = patterns[index]
                return pattern.count <= end && Array(text[(end - pattern.count)..<end]) == pattern
            }
            found += here.sorted { patterns[$0].count > patterns[$1].count }.map { [end, $0] }
        }
        return found
    }

    @Test(arguments: [1, 40, 300, 2_000])
    func reportsWhatANaiveSearchFindsInOrder(pieces: Int) {
        var random = SplitMix64(seed: UInt64(pieces))
        for _ in 0..<20 {
            // Distinct patterns of 1 to 12 pieces: short ones match often, long ones span the middle.
            var patterns: [[UInt8]] = []
            while patterns.count < 25 {
                let pattern = Self.text(1 + Int(random.next() % 12), &random)
                if !patterns.contains(pattern) { patterns.append(pattern) }
            }
            var text = Self.text(pieces, &random)
            if text.count > 200 {
                // The longest pattern ending just after the middle byte (it starts where the second
                // walk starts), and again across the middle.
                let longest = patterns.max { $0.count < $1.count }!
                let middle = text.count / 2
                text.replaceSubrange((middle + 1 - longest.count)...middle, with: longest)
                let across = middle - longest.count / 2 + 40
                text.replaceSubrange(across..<(across + longest.count), with: longest)
            }
            let automaton = AhoCorasick(patterns: patterns)
            var reported: [[Int]] = []
            automaton.scan(text) { reported.append([$0.end, Int($0.pattern)]) }
            #expect(reported == Self.naive(patterns, text), "\(pieces) pieces")
        }
    }

    /// The split matcher (an ASCII automaton over the text, another near bytes outside ASCII)
    /// reports what one automaton over every pattern does, in the same order, with mixed patterns
    /// (ASCII runs before and after a Chinese character) planted in mostly ASCII text.
    @Test(arguments: [1, 40, 300, 2_000])
    func theSplitMatcherReportsWhatOneAutomatonDoes(pieces: Int) {
        var random = SplitMix64(seed: UInt64(pieces) + 99)
        func ascii(_ count: Int) -> [UInt8] { (0..<count).flatMap { _ in Self.alphabet[Int(random.next() % 4)] } }
        for _ in 0..<20 {
            var patterns: [[UInt8]] = []
            while patterns.count < 25 {
                let pattern = patterns.count < 12
                    ? ascii(1 + Int(random.next() % 6))
                    : ascii(Int(random.next() % 9)) + Self.alphabet[4 + Int(random.next() % 2)] + ascii(Int(random.next() % 9))
                if !patterns.contains(pattern) { patterns.append(pattern) }
            }
            var text = ascii(pieces)
            for pattern in patterns.suffix(13) where text.count > pattern.count {
                let at = Int(random.next() % UInt64(text.count - pattern.count))
                text.replaceSubrange(at..<(at + pattern.count), with: pattern)
            }
            let matched = PatternMatcher(patterns: patterns).matches(in: text).map { [$0.end, Int($0.pattern)] }
            #expect(matched == Self.naive(patterns, text), "\(pieces) pieces")
        }
    }
}
