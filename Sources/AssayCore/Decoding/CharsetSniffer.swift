/// Finds a charset declared inside the document: `<meta charset>`, `<meta http-equiv … charset=>`
/// or an XML declaration's `encoding=`, within the first 4 KiB, as a browser's pre-scan does.
enum CharsetSniffer {
    static func metaCharset(in bytes: [UInt8]) -> TextEncoding? {
        let head = bytes.prefix(4096)
        guard head.contains(UInt8(ascii: "<")) else { return nil }
        let lowered = head.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for key in ["charset=", "encoding="] {
            var searchStart = lowered.startIndex
            while let range = firstRange(of: Array(key.utf8), in: lowered, from: searchStart) {
                searchStart = range.upperBound
                if let encoding = label(after: range.upperBound, in: lowered) { return encoding }
            }
        }
        return nil
    }

    private static func firstRange(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Range<Int>? {
        guard needle.count <= haystack.count - start else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && haystack[i..<(i + needle.count)].elementsEqual(needle) {
                return i..<(i + needle.count)
            }
            i += 1
        }
        return nil
    }

    private static func label(after index: Int, in bytes: [UInt8]) -> TextEncoding? {
        var i = index
        while i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") || bytes[i] == 32 {
            i += 1
        }
        var label: [UInt8] = []
        while i < bytes.count, label.count < 40 {
            let b = bytes[i]
            let isLabelByte = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F
                || b == 0x2E || b == 0x3A
            guard isLabelByte else { break }
            label.append(b)
            i += 1
        }
        guard !label.isEmpty else { return nil }
        return TextEncoding(label: String(decoding: label, as: UTF8.self))
    }
}
