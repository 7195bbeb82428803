import CAssayKernels

/// MinHash: for each of `count` hash functions, the smallest hash over a set. The share of equal
/// positions in two signatures estimates the sets' Jaccard similarity.
public enum MinHash {
    /// Jaccard and containment (share of the smaller set found in the larger) estimates.
    public struct Overlap: Sendable, Equatable {
        public var jaccard: Double
        public var containment: Double
    }

    /// The odd multipliers that stand for `count` hash functions; derived from `seed`, so fixed forever
    /// (stored signatures depend on them). Computed once per signature kind, not per article.
    static func multipliers(count: Int, seed: UInt64) -> [UInt64] {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in splitMix(&state) | 1 }
    }

    /// The minimum of each hash function over the distinct elements (the caller deduplicates).
    /// The loop over hash functions runs in C (`assay_minhash`), on AVX-512 where the CPU has it.
    static func signature(of elements: [UInt64], multipliers: [UInt64]) -> [UInt32] {
        var minimums = [UInt32](repeating: .max, count: multipliers.count)
        let mixed = elements.map(mix)
        minimums.withUnsafeMutableBufferPointer { minimums in
            multipliers.withUnsafeBufferPointer { multipliers in
                mixed.withUnsafeBufferPointer { mixed in
                    assay_minhash(mixed.baseAddress, mixed.count, multipliers.baseAddress, multipliers.count, minimums.baseAddress)
                }
            }
        }
        return minimums
    }

    static func overlap(_ a: [UInt32], _ sizeA: Int, _ b: [UInt32], _ sizeB: Int) -> Overlap {
        guard sizeA > 0, sizeB > 0, a.count == b.count, !a.isEmpty else { return Overlap(jaccard: 0, containment: 0) }
        var equal = 0
        for index in a.indices where a[index] == b[index] { equal += 1 }
        let jaccard = Double(equal) / Double(a.count)
        // |A ∩ B| = J·|A ∪ B| and |A ∪ B| = (|A| + |B|) / (1 + J).
        let intersection = jaccard * Double(sizeA + sizeB) / (1 + jaccard)
        return Overlap(jaccard: jaccard, containment: min(1, intersection / Double(min(sizeA, sizeB))))
    }

    static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var state = value
        return splitMix(&state)
    }
}
