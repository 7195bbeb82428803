/// The Unicode scalar values of a String, decoded straight from its UTF-8 bytes: the loop of the
/// text code on the hot path (no `Character` or `Unicode.Scalar` view, an ASCII byte costs a compare).
enum UTF8Scalars {
    /// Calls `body` with each scalar value of `text` in order, over its contiguous UTF-8 storage,
    /// until `body` returns false; returns whether it went through the whole text.
    @inline(__always)
    @discardableResult
    static func walk(_ text: String, _ body: (UInt32) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = bytes[index]
                if lead < 0x80 {
                    guard body(UInt32(lead)) else { return false }
                    index += 1
                    continue
                }
                let (value, next) = decode(bytes, at: index)
                guard body(value) else { return false }
                index = next
            }
            return true
        }
    }

    /// The scalar whose lead byte (0x80 or above) is at `index`, and the index after it. A String's
    /// bytes are valid UTF-8: the lead byte says how many follow.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, next: Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F))
        var next = index + 1
        while next < index + length, next < bytes.count {
            value = value << 6 | UInt32(bytes[next] & 0x3F)
            next += 1
        }
        return (value, next)
    }

    /// Writes the UTF-8 encoding of a scalar value at `index` (the caller made room); returns its length.
    @inline(__always)
    static func write(_ value: UInt32, to out: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        switch value {
        case ..<0x80:
            out[index] = UInt8(value)
            return 1
        case ..<0x800:
            out[index] = UInt8(0xC0 | value >> 6)
            out[index + 1] = UInt8(0x80 | value & 0x3F)
            return 2
        case ..<0x10000:
            out[index] = UInt8(0xE0 | value >> 12)
            out[index + 1] = UInt8(0x80 | value >> 6 & 0x3F)
            out[index + 2] = UInt8(0x80 | value & 0x3F)
            return 3
        default:
            out[index] = UInt8(0xF0 | value >> 18)
            out[index + 1] = UInt8(0x80 | value >> 12 & 0x3F)
            out[index + 2] = UInt8(0x80 | value >> 6 & 0x3F)
            out[index + 3] = UInt8(0x80 | value & 0x3F)
            return 4
        }
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
