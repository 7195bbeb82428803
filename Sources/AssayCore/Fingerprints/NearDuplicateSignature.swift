/// A compact fingerprint for finding reprints: MinHash over word 3-shingles (Han characters count as
/// words) and MinHash over the article's names and figures (capitalized words and numbers), with
/// the sizes of both sets so containment can be estimated, not only Jaccard.
///
/// Reprints are often excerpts (containment matters) or rewrites that share few word runs but the
/// same names and figures (the second set catches those).
public struct NearDuplicateSignature: Sendable, Equatable {
    public static let shingleHashes = 96
    public static let salientHashes = 32
    /// LSH bands over the shingle MinHash: 32 bands of 3 rows find pairs from Jaccard ≈ 0.3 up.
    public static let bandRows = 3
    private static let shingleMultipliers = MinHash.multipliers(count: shingleHashes, seed: 1)
    private static let salientMultipliers = MinHash.multipliers(count: salientHashes, seed: 2)

    public var shingles: [UInt32]
    public var shingleCount: Int
    public var salient: [UInt32]
    public var salientCount: Int

    public init(shingles: [UInt32], shingleCount: Int, salient: [UInt32], salientCount: Int) {
        self.shingles = shingles
        self.shingleCount = shingleCount
        self.salient = salient
        self.salientCount = salientCount
    }

    public init(body: String) {
        let tokens = DedupTokens(body)
        var shingleSet: Set<UInt64> = []
        let words = tokens.words
        if words.count < 3 {
            if !words.isEmpty { shingleSet.insert(Self.combine(words)) }
        } else {
            for index in 0...(words.count - 3) { shingleSet.insert(Self.combine(words[index..<(index + 3)])) }
        }
        shingles = MinHash.signature(of: shingleSet, multipliers: Self.shingleMultipliers)
        shingleCount = shingleSet.count
        let salientSet = Set(tokens.salient)
        salient = MinHash.signature(of: salientSet, multipliers: Self.salientMultipliers)
        salientCount = salientSet.count
    }

    private static func combine<C: Collection>(_ hashes: C) -> UInt64 where C.Element == UInt64 {
        hashes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ $1) &* 0x100_0000_01b3 }
    }

    /// One key per band: the band number in the top byte, a hash of its rows below. Equal keys
    /// make two articles candidates.
    public var bandKeys: [Int64] {
        stride(from: 0, to: shingles.count, by: Self.bandRows).enumerated().map { band, start in
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
            for value in shingles[start..<min(start + Self.bandRows, shingles.count)] {
                hash = (hash ^ UInt64(value)) &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 31
            }
            return Int64(bitPattern: (UInt64(band) << 56) | (hash & 0x00FF_FFFF_FFFF_FFFF))
        }
    }

    /// The shingle MinHash as hex, for the record's `dedup.signature`.
    public var hex: String {
        shingles.map { value in
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 8 - digits.count) + digits
        }.joined()
    }

    /// Estimated overlap with another article.
    public func similarity(to other: NearDuplicateSignature) -> NearDuplicateSimilarity {
        NearDuplicateSimilarity(
            shingles: MinHash.overlap(shingles, shingleCount, other.shingles, other.shingleCount),
            salient: MinHash.overlap(salient, salientCount, other.salient, other.salientCount),
            smallerSalientCount: min(salientCount, other.salientCount))
    }
}

/// Jaccard and containment estimates for the two feature sets of a pair.
public struct NearDuplicateSimilarity: Sendable, Equatable {
    public var shingles: MinHash.Overlap
    public var salient: MinHash.Overlap
    public var smallerSalientCount: Int
}
