/// A set of keys (code points) as a bit each, by the low 16 bits of its value: asking it is a shift
/// and a load, where a `Set` hashes and an array compares each member. Code points beyond the
/// first plane share bits with those of it, so a yes is confirmed by comparing the keys themselves.
struct KeyBits: Sendable {
    private var words = [UInt64](repeating: 0, count: 1024)

    init<Keys: Sequence>(_ keys: Keys) where Keys.Element == Unicode.Scalar {
        for key in keys { insert(key) }
    }

    private mutating func insert(_ key: Unicode.Scalar) {
        let bit = Int(key.value & 0xFFFF)
        words[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always)
    func contains(_ key: Unicode.Scalar) -> Bool {
        let bit = Int(key.value & 0xFFFF)
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
