/// Recognizes binary inputs before any attempt to read them as text.
enum BinarySniffer {
    private static let signatures: [(prefix: [UInt8], kind: String)] = [
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or an Office document)"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ([0x42, 0x5A, 0x68], "a bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "an xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "a zstd archive"),
        ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65, 0x20, 0x66], "an SQLite database"),
    ]

    static func signature(of bytes: [UInt8]) -> String? {
        signatures.first { bytes.starts(with: $0.prefix) }?.kind
    }

    /// UTF-16 written without a byte-order mark, by its NUL pattern: the high byte of every ASCII
    /// character (spaces, line ends, digits, Latin text) is 0, so NULs fall on one parity only.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> TextEncoding? {
        let sample = bytes.prefix(8192)
        guard sample.count >= 8, bytes.count % 2 == 0 else { return nil }
        var evenNULs = 0
        var oddNULs = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { evenNULs += 1 } else { oddNULs += 1 }
        }
        let pairs = sample.count / 2
        // A Han character can end in a 0 byte too (一 is U+4E00), so the other parity may hold a few.
        if oddNULs * 10 >= pairs, evenNULs * 10 <= oddNULs { return .utf16LE }
        if evenNULs * 10 >= pairs, oddNULs * 10 <= evenNULs { return .utf16BE }
        return nil
    }

    /// A NUL byte, or more than 5% control bytes in the first 8 KiB, marks a file as binary.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        var control = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 9 && byte != 10 && byte != 12 && byte != 13 && byte != 0x1B { control += 1 }
        }
        return control * 20 > sample.count
    }
}
