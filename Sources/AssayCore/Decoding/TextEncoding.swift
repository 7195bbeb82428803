import CoreFoundation
import Foundation

/// The character encodings Assay reads. Labels follow the WHATWG names browsers use.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case gb18030 = "gb18030"
    case big5 = "big5"
    case shiftJIS = "shift_jis"
    case eucJP = "euc-jp"
    case eucKR = "euc-kr"
    case windows1252 = "windows-1252"

    /// Maps a declared charset label to an encoding, as browsers do (`gbk`, `gb2312` → GB18030;
    /// `iso-8859-1`, `ascii` → Windows-1252). Returns nil for labels Assay does not support.
    public init?(label: String) {
        let normalized = label.trimmingCharacters(in: .whitespacesAndNewlines.union(["\"", "'"])).lowercased()
        switch normalized {
        case "utf-8", "utf8", "unicode-1-1-utf-8": self = .utf8
        case "utf-16le", "utf-16": self = .utf16LE
        case "utf-16be": self = .utf16BE
        case "gb18030", "gbk", "gb2312", "x-gbk", "euc-cn", "cp936", "csgb2312", "chinese", "gb_2312-80": self = .gb18030
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5": self = .big5
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "csshiftjis": self = .shiftJIS
        case "euc-jp", "x-euc-jp", "cseucpkdfmtjapanese": self = .eucJP
        case "euc-kr", "cseuckr", "ks_c_5601-1987", "windows-949", "korean": self = .eucKR
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "iso-8859-15",
            "us-ascii", "ascii", "ansi_x3.4-1968", "cp819":
            self = .windows1252
        default: return nil
        }
    }

    /// Decodes strictly: nil when any byte sequence is invalid in this encoding.
    func decode(_ bytes: [UInt8]) -> String? {
        switch self {
        case .utf8: return String(validating: bytes, as: UTF8.self)
        case .windows1252: return Windows1252.decode(bytes)
        default:
            guard let encoding = foundationEncoding else { return nil }
            return String(data: Data(bytes), encoding: encoding)
        }
    }

    /// Decodes with replacement: invalid sequences become U+FFFD, counted as repairs; nil when the
    /// repairs are too many for these bytes to be text in this encoding.
    func decodeRepairing(_ bytes: [UInt8]) -> (text: String, repairs: Int)? {
        if let text = decode(bytes) { return (text, 0) }
        switch self {
        case .utf8: return LossyDecoding.utf8(bytes)
        case .windows1252: return (Windows1252.decode(bytes), 0)
        default: return LossyDecoding.decode(bytes, iconvName: iconvName)
        }
    }

    /// glibc's name for the encoding.
    private var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .gb18030: "GB18030"
        case .big5: "BIG5-HKSCS"
        case .shiftJIS: "SHIFT_JIS"
        case .eucJP: "EUC-JP"
        case .eucKR: "EUC-KR"
        case .windows1252: "WINDOWS-1252"
        }
    }

    private var foundationEncoding: String.Encoding? {
        switch self {
        case .utf8: return .utf8
        case .utf16LE: return .utf16LittleEndian
        case .utf16BE: return .utf16BigEndian
        case .shiftJIS: return .shiftJIS
        case .eucJP: return .japaneseEUC
        case .windows1252: return .windowsCP1252
        case .gb18030: return Self.coreFoundation(CFStringEncodings.GB_18030_2000)
        case .big5: return Self.coreFoundation(CFStringEncodings.big5_HKSCS_1999)
        case .eucKR: return Self.coreFoundation(CFStringEncodings.EUC_KR)
        }
    }

    private static func coreFoundation(_ encoding: CFStringEncodings) -> String.Encoding {
        String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(encoding.rawValue)))
    }
}

/// Windows-1252 is total (every byte maps to a character), so it is decoded by table, as WHATWG does.
enum Windows1252 {
    private static let high: [Unicode.Scalar] = [
        "\u{20AC}", "\u{81}", "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", "\u{8D}", "\u{017D}", "\u{8F}",
        "\u{90}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", "\u{9D}", "\u{017E}", "\u{0178}",
    ]

    /// Bytes that Windows-1252 leaves undefined: their presence argues against this encoding.
    static let undefinedBytes: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    static func decode(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= 0x80 && byte <= 0x9F {
                scalars.append(high[Int(byte - 0x80)])
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }
}
