import Crypto
import Foundation

/// Content fingerprints: the normalized form of a text and its SHA-256. Exact copies that differ
/// only in case, width, whitespace or punctuation get the same hash.
public enum ContentFingerprint {
    /// NFKC (folds full-width forms), lowercased, every run of non-letters/digits made one space.
    public static func normalize(_ text: String) -> String {
        if let fast = normalizeCommon(text) { return fast }
        // NFKC and full case mapping, for text with letters outside ASCII and common Han.
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if TextScript.isWordScalar(scalar) && scalar != "_" {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// The same result as the general path, on bytes, for text of `CommonScalar`s alone (most
    /// articles); nil at any other character. Written straight into the String's storage: the
    /// result is never longer than the text (ASCII and Latin-1 letters keep their length lowercased).
    private static func normalizeCommon(_ text: String) -> String? {
        var text = text
        // The table is fetched once: a static read in the loop costs a lazy-initialization check per byte.
        let asciiFolding = asciiFolding
        return text.withUTF8 { utf8 -> String? in
            var common = true
            let result = String(unsafeUninitializedCapacity: utf8.count, initializingUTF8With: { (out: UnsafeMutableBufferPointer<UInt8>) -> Int in
                var count = 0
                var pendingSpace = false
                var index = 0
                while index < utf8.count {
                    let byte = utf8[index]
                    if byte < 0x80 {
                        index += 1
                        let folded = asciiFolding[Int(byte)]
                        if folded == 0 {
                            pendingSpace = true
                            continue
                        }
                        if pendingSpace, count > 0 {
                            out[count] = 0x20
                            count += 1
                        }
                        pendingSpace = false
                        out[count] = folded
                        count += 1
                        continue
                    }
                    let (value, next) = UTF8Scalars.decode(utf8, at: index)
                    index = next
                    switch CommonScalar.classify(value) {
                    case .word(let lower):
                        if pendingSpace, count > 0 {
                            out[count] = 0x20
                            count += 1
                        }
                        pendingSpace = false
                        count += UTF8Scalars.write(lower, to: out, at: count)
                    case .separator: pendingSpace = true
                    case .other:
                        common = false
                        return 0
                    }
                }
                return count
            })
            return common ? result : nil
        }
    }

    /// For each ASCII byte, its lowercase form if it is a letter or digit, 0 if it separates words.
    private static let asciiFolding: [UInt8] = (0..<128).map { byte in
        if case .word(let lower) = CommonScalar.classify(UInt32(byte)) { UInt8(lower) } else { 0 }
    }

    public static func sha256Hex(_ text: String) -> String {
        hex(SHA256.hash(data: Data(text.utf8)))
    }

    /// SHA-256 of raw bytes: how the daemon's ledger knows an input whatever its name.
    public static func sha256Hex(bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// SHA-256 of the normalized body.
    public static func contentHash(body: String) -> String {
        contentHash(normalizedBody: normalize(body))
    }

    public static func contentHash(normalizedBody: String) -> String {
        sha256Hex(normalizedBody)
    }

    /// The record id: 16 hex digits of SHA-256 over the normalized title and body.
    public static func articleID(title: String, body: String) -> String {
        articleID(title: title, normalizedBody: normalize(body))
    }

    public static func articleID(title: String, normalizedBody: String) -> String {
        String(sha256Hex(normalize(title) + "\n" + normalizedBody).prefix(16))
    }
}
