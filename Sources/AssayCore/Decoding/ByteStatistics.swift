/// Byte-level statistics used to judge an encoding guess when the bytes are not valid UTF-8.
struct ByteStatistics {
    private(set) var highBytes = 0
    private(set) var total = 0
    /// Two-byte GBK sequences, and those inside GB2312's common range (lead A1–F7, trail A1–FE).
    private(set) var gbkPairs = 0
    private(set) var gb2312Pairs = 0
    private(set) var invalidGBKLeads = 0
    private(set) var undefinedWindows1252 = 0
    /// High bytes with an ASCII letter on at least one side, as accented letters in Latin words have.
    private(set) var highBytesBesideLetters = 0

    init(_ bytes: [UInt8]) {
        total = bytes.count
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            highBytes += 1
            if Windows1252.undefinedBytes.contains(b) { undefinedWindows1252 += 1 }
            let before = i > 0 ? bytes[i - 1] : 0
            let after = i + 1 < bytes.count ? bytes[i + 1] : 0
            if Self.isASCIILetter(before) || Self.isASCIILetter(after) { highBytesBesideLetters += 1 }
            // GBK pairing: lead 81–FE, trail 40–FE except 7F (4-byte GB18030 forms are rare in news).
            if b >= 0x81 && b <= 0xFE && i + 1 < bytes.count {
                let trail = bytes[i + 1]
                if trail >= 0x40 && trail <= 0xFE && trail != 0x7F {
                    gbkPairs += 1
                    if b >= 0xA1 && b <= 0xF7 && trail >= 0xA1 { gb2312Pairs += 1 }
                    highBytes += trail >= 0x80 ? 1 : 0
                    i += 2
                    continue
                }
                if trail >= 0x30 && trail <= 0x39 {  // four-byte GB18030 sequence
                    i += 4
                    continue
                }
            }
            invalidGBKLeads += 1
            i += 1
        }
        countBig5(bytes)
    }

    /// Big5 pairs (lead A1–F9, trail 40–7E or A1–FE), those with a low trail (40–7E, which
    /// GB2312 text never has), and high bytes that start no Big5 pair.
    private(set) var big5Pairs = 0
    private(set) var big5LowTrails = 0
    private(set) var invalidBig5Leads = 0

    private mutating func countBig5(_ bytes: [UInt8]) {
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            guard lead >= 0x80 else {
                i += 1
                continue
            }
            if lead >= 0xA1 && lead <= 0xF9 && i + 1 < bytes.count {
                let trail = bytes[i + 1]
                if (trail >= 0x40 && trail <= 0x7E) || (trail >= 0xA1 && trail <= 0xFE) {
                    big5Pairs += 1
                    if trail <= 0x7E { big5LowTrails += 1 }
                    i += 2
                    continue
                }
            }
            invalidBig5Leads += 1
            i += 1
        }
    }

    /// Traditional Chinese in Big5: valid pairs almost throughout, and a good share of trails in
    /// 40–7E (about two in five in running text; GB2312 text has none).
    var looksLikeBig5: Bool {
        big5Pairs >= 2 && invalidBig5Leads * 20 <= big5Pairs && big5LowTrails * 10 >= big5Pairs * 2
    }

    private static func isASCIILetter(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// Chinese text in GB18030 is mostly common characters from GB2312's range; random high bytes
    /// fall there only about a third of the time.
    var looksLikeGB18030: Bool {
        gbkPairs >= 2 && invalidGBKLeads * 20 <= gbkPairs && gb2312Pairs * 10 >= gbkPairs * 8
    }

    /// Latin text in Windows-1252: few high bytes, none undefined, and most of them inside words.
    var looksLikeLatinText: Bool {
        guard highBytes > 0 else { return true }
        return undefinedWindows1252 == 0 && highBytes * 5 <= total && highBytesBesideLetters * 10 >= highBytes * 6
    }
}
