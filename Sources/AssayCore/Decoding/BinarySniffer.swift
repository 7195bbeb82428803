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
