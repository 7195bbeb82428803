#if canImport(Glibc)
    import Glibc
#endif

/// Decoding that replaces what it cannot read with U+FFFD, as browsers do, and counts the
/// replacements: a GB2312 page with a few GBK characters, or a UTF-8 page with a handful of broken
/// bytes, is still the article it was meant to be. The caller decides how many repairs are too many.
enum LossyDecoding {
    /// At most one repair per this many decoded characters; past that the guess is wrong, not the page.
    static let charactersPerRepair = 100

    /// UTF-8 with invalid sequences replaced; nil when the bytes do not look like UTF-8 at all
    /// (too few valid multi-byte sequences beside the broken ones, as in Latin-1 text).
    static func utf8(_ bytes: [UInt8]) -> (text: String, repairs: Int)? {
        var valid = 0
        var invalid = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0
            var ok = length > 0 && index + length <= bytes.count
            if ok { for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { ok = false } }
            if ok {
                valid += 1
                index += length
            } else {
                invalid += 1
                index += 1
            }
        }
        guard invalid > 0, valid >= invalid * 8 else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard invalid * charactersPerRepair <= text.unicodeScalars.count else { return nil }
        return (text, invalid)
    }

    /// The bytes in `encoding` through iconv, skipping one byte at each invalid sequence; nil when
    /// iconv does not know the encoding or the repairs are too many.
    static func decode(_ bytes: [UInt8], iconvName: String) -> (text: String, repairs: Int)? {
        let converter = iconv_open("UTF-8", iconvName)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2 + 16)
        var repairs = 0
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var input = bytes
        input.withUnsafeMutableBufferPointer { source in
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(source.baseAddress!).assumingMemoryBound(to: CChar.self)
            var inLeft = source.count
            while inLeft > 0 {
                buffer.withUnsafeMutableBufferPointer { target in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var outLeft = target.count
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    output.append(contentsOf: target[0..<(target.count - outLeft)])
                    if result == -1 && errno != E2BIG {
                        // An invalid or cut-off sequence: one byte becomes U+FFFD.
                        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                        repairs += 1
                        inPointer = inPointer.map { $0 + 1 }
                        inLeft -= 1
                    }
                }
            }
        }
        let text = String(decoding: output, as: UTF8.self)
        guard repairs * charactersPerRepair <= text.unicodeScalars.count else { return nil }
        return (text, repairs)
    }
}
