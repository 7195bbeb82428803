/// A compact fingerprint for finding reprints: MinHash over word 3-shingles (Han characters count as
/// words), with the set's size so containment can be estimated, not only Jaccard; and the article's
/// facts (names and figures) as an exact set.
///
/// Reprints are often excerpts (containment matters) or rewrites that share few word runs but the
/// same names and figures (the facts catch those).
public struct NearDuplicateSignature: Sendable, Equatable {
    public static let shingleHashes = 96
    /// At most this many facts are kept: the ones with the smallest hashes, a uniform sample, so two
    /// long articles are compared on the same sample of their facts.
    public static let maximumFacts = 64
    /// How many MinHash values index an article (LSH with one row per band). Two articles become
    /// candidates when any of these is equal, which happens with probability 1 − (1 − J)^n: 0.97 at
    /// Jaccard 0.3, so excerpts are found. Few keys keep the store's cost per article low.
    public static let anchorCount = 10
    /// How many of the smallest facts index an article too, so rewrites (few shared word runs) are found.
    public static let factAnchorCount = 4
    private static let factAnchorPrefix: Int64 = 0x100
    private static let shingleMultipliers = MinHash.multipliers(count: shingleHashes, seed: 1)

    public var shingles: [UInt32]
    public var shingleCount: Int
    /// Sorted 32-bit hashes of the distinct names and figures; the low bit is 1 for a figure.
    public var facts: [UInt32]

    public init(shingles: [UInt32], shingleCount: Int, facts: [UInt32]) {
        self.shingles = shingles
        self.shingleCount = shingleCount
        self.facts = facts
    }

    public init(body: String) {
        let tokens = DedupTokens(body)
        // The distinct shingles: MinHash needs no order, only each shingle once and how many there are.
        var shingleHashes: [UInt64] = []
        let words = tokens.words
        if words.count < 3 {
            if !words.isEmpty { shingleHashes.append(Self.combine(words)) }
        } else {
            shingleHashes.reserveCapacity(words.count - 2)
            for index in 0...(words.count - 3) { shingleHashes.append(Self.combine(words[index..<(index + 3)])) }
        }
        shingleHashes = Self.distinct(shingleHashes)
        shingles = MinHash.signature(of: shingleHashes, multipliers: Self.shingleMultipliers)
        shingleCount = shingleHashes.count
        var facts = Set<UInt32>()
        for hash in tokens.names { facts.insert(UInt32(truncatingIfNeeded: MinHash.mix(hash)) & ~1) }
        for hash in tokens.figures { facts.insert(UInt32(truncatingIfNeeded: MinHash.mix(hash)) | 1) }
        self.facts = Array(facts.sorted().prefix(Self.maximumFacts))
    }

    /// The distinct values, in first-seen order, through an open-addressing table at most half full:
    /// a few probes per value, where sorting cost a comparison sort of the whole list.
    static func distinct(_ values: [UInt64]) -> [UInt64] {
        guard values.count > 1 else { return values }
        var capacity = 16
        while capacity < values.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        // Zero marks an empty slot; a zero value is remembered apart.
        var slots = [UInt64](repeating: 0, count: capacity)
        var result: [UInt64] = []
        result.reserveCapacity(values.count)
        var sawZero = false
        slots.withUnsafeMutableBufferPointer { slots in
            for value in values {
                if value == 0 {
                    if !sawZero { result.append(0) }
                    sawZero = true
                    continue
                }
                var slot = Int(truncatingIfNeeded: MinHash.mix(value)) & mask
                while true {
                    let held = slots[slot]
                    if held == value { break }
                    if held == 0 {
                        slots[slot] = value
                        result.append(value)
                        break
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
        return result
    }

    private static func combine<C: Collection>(_ hashes: C) -> UInt64 where C.Element == UInt64 {
        hashes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ $1) &* 0x100_0000_01b3 }
    }

    /// The index keys. Shingle anchors: hash function number in the high 32 bits, its minimum in the
    /// low 32. Fact anchors, for rewrites: the `factAnchorCount` smallest facts (a sample both sides
    /// draw alike), under their own prefix. A phrase or name common to many stories makes a common
    /// key; the store skips those.
    public var anchorKeys: [Int64] {
        var keys = (0..<min(Self.anchorCount, shingles.count)).map { Int64($0) << 32 | Int64(shingles[$0]) }
        if facts.count >= DuplicateRule.rewriteMinimumFacts {
            keys += facts.prefix(Self.factAnchorCount).map { Self.factAnchorPrefix << 32 | Int64($0) }
        }
        return keys
    }

    /// The shingle MinHash as hex, for the record's `dedup.signature`.
    public var hex: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var bytes = [UInt8]()
        bytes.reserveCapacity(shingles.count * 8)
        for value in shingles {
            for shift in stride(from: 28, through: 0, by: -4) { bytes.append(digits[Int(value >> UInt32(shift) & 0xF)]) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Estimated overlap with another article.
    public func similarity(to other: NearDuplicateSignature) -> NearDuplicateSimilarity {
        NearDuplicateSimilarity(
            shingles: MinHash.overlap(shingles, shingleCount, other.shingles, other.shingleCount),
            facts: FactOverlap(facts, other.facts))
    }
}

/// Jaccard and containment estimates of the shingles, and the facts shared, for a pair.
public struct NearDuplicateSimilarity: Sendable, Equatable {
    public var shingles: MinHash.Overlap
    public var facts: FactOverlap
}

/// How many names and figures two articles share, compared on the same hash range so that capped
/// samples stay comparable.
public struct FactOverlap: Sendable, Equatable {
    public var sharedNames = 0
    public var sharedFigures = 0
    /// Facts of the article with fewer, within the compared range.
    public var smallerCount = 0
    /// Figures of the article with fewer figures, within the compared range.
    public var smallerFigureCount = 0

    /// Share of the smaller fact set found in the other.
    public var containment: Double { smallerCount == 0 ? 0 : Double(sharedNames + sharedFigures) / Double(smallerCount) }
    /// Share of the smaller set of figures found in the other: the same event has the same numbers.
    public var figureContainment: Double { smallerFigureCount == 0 ? 0 : Double(sharedFigures) / Double(smallerFigureCount) }

    init(_ a: [UInt32], _ b: [UInt32]) {
        // A capped sample holds every fact below its largest hash: compare only below both limits.
        let limit = min(
            a.count < NearDuplicateSignature.maximumFacts ? UInt32.max : a.last ?? .max,
            b.count < NearDuplicateSignature.maximumFacts ? UInt32.max : b.last ?? .max)
        var i = 0
        var j = 0
        var countA = 0
        var countB = 0
        var figuresA = 0
        var figuresB = 0
        while i < a.count || j < b.count {
            let x = i < a.count ? a[i] : .max
            let y = j < b.count ? b[j] : .max
            if min(x, y) > limit { break }
            if x == y {
                if x & 1 == 1 {
                    sharedFigures += 1
                    figuresA += 1
                    figuresB += 1
                } else {
                    sharedNames += 1
                }
                countA += 1
                countB += 1
                i += 1
                j += 1
            } else if x < y {
                countA += 1
                figuresA += Int(x & 1)
                i += 1
            } else {
                countB += 1
                figuresB += Int(y & 1)
                j += 1
            }
        }
        smallerCount = min(countA, countB)
        smallerFigureCount = min(figuresA, figuresB)
    }
}
