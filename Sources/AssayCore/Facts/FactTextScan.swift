/// Finding the next position of one key or of a digit, eight code points compared at once: the
/// finders that look only at figures, years or one rare word would otherwise step through every
/// code point of the body, each a pass of its own.
extension FactText {
    /// The first position from `start` whose key is `key`, or `count`.
    func nextPosition(ofKey key: Unicode.Scalar, from start: Int) -> Int {
        let value = key.value
        let wanted = SIMD8<UInt32>(repeating: value)
        return keys.withUnsafeBufferPointer { keys in
            Self.firstIndex(in: keys, from: start, block: { any($0 .== wanted) }, one: { $0 == value })
        }
    }

    /// The first position from `start` that holds a digit (ASCII or full-width, as `isDigit`), or `count`.
    func nextDigit(from start: Int) -> Int {
        let ten = SIMD8<UInt32>(repeating: 10)
        let zero = SIMD8<UInt32>(repeating: 0x30)
        let fullWidthZero = SIMD8<UInt32>(repeating: 0xFF10)
        return scalars.withUnsafeBufferPointer { scalars in
            Self.firstIndex(
                in: scalars, from: start, block: { any(($0 &- zero) .< ten .| ($0 &- fullWidthZero) .< ten) },
                one: { $0 &- 0x30 < 10 || $0 &- 0xFF10 < 10 })
        }
    }

    @inline(__always)
    private static func firstIndex(
        in buffer: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, block: (SIMD8<UInt32>) -> Bool, one: (UInt32) -> Bool
    ) -> Int {
        var index = max(0, start)
        guard index < buffer.count, let base = buffer.baseAddress else { return buffer.count }
        let raw = UnsafeRawPointer(base)
        // Whole blocks without a match are passed over; the one with a match is searched below.
        while index + 8 <= buffer.count, !block(raw.loadUnaligned(fromByteOffset: index &* 4, as: SIMD8<UInt32>.self)) {
            index += 8
        }
        while index < buffer.count, !one(buffer[index].value) { index += 1 }
        return index
    }
}
