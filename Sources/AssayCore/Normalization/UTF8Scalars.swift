/// The Unicode scalar values of a String, decoded straight from its UTF-8 bytes: the loop of the
/// text code on the hot path (no `Character` or `Unicode.Scalar` view, an ASCII byte costs a compare).
struct UTF8Scalars: Sequence, IteratorProtocol {
    private var bytes: String.UTF8View.Iterator
    private var lead: UInt8?

    init(_ text: String) {
        bytes = text.utf8.makeIterator()
        lead = bytes.next()
    }

    /// The next scalar value (a String's bytes are valid UTF-8, so every value is a scalar).
    mutating func next() -> UInt32? {
        guard let byte = lead else { return nil }
        lead = bytes.next()
        if byte < 0x80 { return UInt32(byte) }
        var value = UInt32(byte & (byte >= 0xF0 ? 0x07 : byte >= 0xE0 ? 0x0F : 0x1F))
        while let next = lead, next & 0xC0 == 0x80 {
            value = value << 6 | UInt32(next & 0x3F)
            lead = bytes.next()
        }
        return value
    }

    /// Appends the UTF-8 encoding of a scalar value.
    @inline(__always)
    static func append(_ value: UInt32, to out: inout [UInt8]) {
        switch value {
        case ..<0x80:
            out.append(UInt8(value))
        case ..<0x800:
            out.append(UInt8(0xC0 | value >> 6))
            out.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | value >> 12))
            out.append(UInt8(0x80 | value >> 6 & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        default:
            out.append(UInt8(0xF0 | value >> 18))
            out.append(UInt8(0x80 | value >> 12 & 0x3F))
            out.append(UInt8(0x80 | value >> 6 & 0x3F))
            out.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
