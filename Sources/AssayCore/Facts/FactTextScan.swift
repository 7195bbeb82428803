/// Finding the next position of a key, a pair of keys or a digit, eight code points compared at
/// once: the finders that look only at figures, years or one rare word would otherwise step through
/// every code point of the body, each a pass of its own.
extension FactText {
    /// The first position from `start` whose key is `first` (and the next key `second`, if given), or `count`.
    func nextPosition(ofKey first: Unicode.Scalar, _ second: Unicode.Scalar? = nil, from start: Int) -> Int {
        keys.withUnsafeBufferPointer { Self.firstIndex(of: first, second, in: $0, from: start) }
    }

    /// The first position from `start` holding `first` then `second`, as written (case kept), or `count`.
    func nextPosition(ofScalar first: Unicode.Scalar, _ second: Unicode.Scalar, from start: Int) -> Int {
        scalars.withUnsafeBufferPointer { Self.firstIndex(of: first, second, in: $0, from: start) }
    }

    /// The first position from `start` that holds a digit (ASCII or full-width, as `isDigit`), or `count`.
    func nextDigit(from start: Int) -> Int {
        let ten = SIMD8<UInt32>(repeating: 10)
        let zero = SIMD8<UInt32>(repeating: 0x30)
        let fullWidthZero = SIMD8<UInt32>(repeating: 0xFF10)
        return scalars.withUnsafeBufferPointer { scalars in
            var index = max(0, start)
            guard index < scalars.count, let base = scalars.baseAddress else { return scalars.count }
            let raw = UnsafeRawPointer(base)
            // Whole blocks without a digit are passed over; the one with a digit is searched below.
            while index + 8 <= scalars.count {
                let block = raw.loadUnaligned(fromByteOffset: index &* 4, as: SIMD8<UInt32>.self)
                if any((block &- zero) .< ten .| (block &- fullWidthZero) .< ten) { break }
                index += 8
            }
            while index < scalars.count, !FactText.isDigit(scalars[index]) { index += 1 }
            return index
        }
    }

    @inline(__always)
    private static func firstIndex(
        of first: Unicode.Scalar, _ second: Unicode.Scalar?, in buffer: UnsafeBufferPointer<Unicode.Scalar>, from start: Int
    ) -> Int {
        var index = max(0, start)
        guard index < buffer.count, let base = buffer.baseAddress else { return buffer.count }
        let raw = UnsafeRawPointer(base)
        let firsts = SIMD8<UInt32>(repeating: first.value)
        // Whole blocks with no match are passed over (a pair looks at the block one further on for
        // its second key); the block with one is searched below.
        if let second {
            let seconds = SIMD8<UInt32>(repeating: second.value)
            while index + 9 <= buffer.count {
                let block = raw.loadUnaligned(fromByteOffset: index &* 4, as: SIMD8<UInt32>.self)
                let next = raw.loadUnaligned(fromByteOffset: (index &+ 1) &* 4, as: SIMD8<UInt32>.self)
                if any(block .== firsts .& next .== seconds) { break }
                index += 8
            }
            while index + 1 < buffer.count, !(buffer[index] == first && buffer[index + 1] == second) { index += 1 }
            return index + 1 < buffer.count ? index : buffer.count
        }
        while index + 8 <= buffer.count, !any(raw.loadUnaligned(fromByteOffset: index &* 4, as: SIMD8<UInt32>.self) .== firsts) {
            index += 8
        }
        while index < buffer.count, buffer[index] != first { index += 1 }
        return index
    }
}
