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

    /// The same result as the general path, on bytes, for the text most articles are: ASCII, Latin-1
    /// letters, common Han (U+4E00–U+9FA5: no case, unchanged by NFKC) and punctuation whose NFKC form holds no letter
    /// or digit (quotes, dashes, ideographic and full-width punctuation). Nil at anything else.
    private static func normalizeCommon(_ text: String) -> String? {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        let common = UTF8Scalars.walk(text) { value in
            var word = value
            switch value {
            case 0x61...0x7A, 0x30...0x39, 0xDF...0xF6, 0xF8...0xFF, 0x4E00...0x9FA5: break
            case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: word = value + 0x20  // ASCII and Latin-1 capitals
            default:
                guard value < 0x80 || isSeparator(value) else { return false }
                pendingSpace = true
                return true
            }
            if pendingSpace, !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            UTF8Scalars.append(word, to: &out)
            return true
        }
        guard common else { return nil }
        return String(decoding: out, as: UTF8.self)
    }

    /// Punctuation and spaces whose NFKC form holds no letter or digit, checked against Unicode's
    /// tables for these ranges (¨ ¯ ´ ¸ ‗ ‾ are left out: NFKC gives them combining marks).
    @inline(__always)
    private static func isSeparator(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0xA0...0xA7, 0xA9, 0xAB...0xAE, 0xB0, 0xB1, 0xB6, 0xB7, 0xBB, 0xBF: true
        case 0x2017, 0x203E: false  // ‗ ‾: NFKC gives a combining mark
        case 0x2000...0x206F: true  // general punctuation: spaces, dashes, quotes, bullets, ellipsis
        case 0x3000...0x3004, 0x3008...0x3020: true  // ideographic space, 、。, brackets 「」《》【】
        case 0xFF01...0xFF0F, 0xFF1A...0xFF1F: true  // full-width ！＂＃…／ and ：；＜＝＞？
        default: false
        }
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
