@testable import AssayCore
import AssayTestSupport
import Testing

/// The MinHash kernel (AVX-512 where the CPU has it, plain C otherwise) gives the values of the
/// definition: for each multiplier, the smallest bits 32–63 of mix(x)·m over the elements.
@Suite struct MinHashTests {
    static func reference(_ elements: [UInt64], _ multipliers: [UInt64]) -> [UInt32] {
        multipliers.map { multiplier in
            elements.reduce(UInt32.max) { minimum, element in
                min(minimum, UInt32(truncatingIfNeeded: (MinHash.mix(element) &* multiplier) >> 32))
            }
        }
    }

    @Test(arguments: [(0, 96), (1, 96), (3, 96), (1_000, 96), (257, 100), (50, 5), (20, 8), (40, 136)])
    func signatureIsTheDefinitionsMinimum(elements count: Int, hashes: Int) {
        var random = SplitMix64(seed: UInt64(count * 1_000 + hashes))
        let elements = (0..<count).map { _ in random.next() }
        let multipliers = MinHash.multipliers(count: hashes, seed: UInt64(hashes))
        #expect(MinHash.signature(of: elements, multipliers: multipliers) == Self.reference(elements, multipliers))
    }
}
