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
    /// articles); nil at any other character.
    private static func normalizeCommon(_ text: String) -> String? {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        let common = UTF8Scalars.walk(text) { value in
            switch CommonScalar.classify(value) {
            case .word(let lower):
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                UTF8Scalars.append(lower, to: &out)
            case .separator: pendingSpace = true
            case .other: return false
            }
            return true
        }
        guard common else { return nil }
        return String(decoding: out, as: UTF8.self)
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
