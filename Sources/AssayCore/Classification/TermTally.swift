import Foundation

/// How often one term counted in an article, and where it was first seen.
struct TermTally {
    private(set) var titleCount = 0
    private(set) var bodyCount = 0
    private var firstTitle: Int?
    private var firstBody: Int?

    var count: Int { titleCount + bodyCount }

    mutating func add(_ occurrence: TermScan.Occurrence, inTitle: Bool) {
        if inTitle {
            titleCount += 1
            if firstTitle == nil { firstTitle = occurrence.sourceOffset }
        } else {
            bodyCount += 1
            if firstBody == nil { firstBody = occurrence.sourceOffset }
        }
    }

    /// A title mention weighs `titleWeight` times the term; body mentions grow with the log of
    /// their count, so repetition helps but cannot swamp breadth of vocabulary.
    func contribution(weight: Double, titleWeight: Double) -> Double {
        let title = titleCount > 0 ? weight * titleWeight : 0
        let body = bodyCount > 0 ? weight * (1 + log(Double(bodyCount))) : 0
        return title + body
    }

    func evidence(term: String, body: TextOffsets, title: TextOffsets) -> IndustryLabel.Evidence {
        let snippet = firstBody.map { body.snippet(around: $0) } ?? firstTitle.map { title.snippet(around: $0) } ?? ""
        return IndustryLabel.Evidence(
            term: term, count: count, inTitle: titleCount > 0, firstOffset: firstBody.map(body.codePointOffset),
            snippet: snippet)
    }
}

/// A field's UTF-8 bytes, for turning match offsets into code-point offsets and snippets.
struct TextOffsets {
    private let bytes: [UInt8]
    /// Code points before each 256-byte block: an offset is turned into code points by counting
    /// within its block only, however many terms ask.
    private let blockStarts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts: [Int] = []
        starts.reserveCapacity(bytes.count / 256 + 1)
        var count = 0
        bytes.withUnsafeBufferPointer { bytes in
            for position in 0..<bytes.count {
                if position & 255 == 0 { starts.append(count) }
                if bytes[position] & 0xC0 != 0x80 { count += 1 }
            }
        }
        blockStarts = starts
    }

    /// Code points before the UTF-8 offset: what `first_offset` reports (Python and JSON readers count so).
    func codePointOffset(_ utf8Offset: Int) -> Int {
        let end = min(utf8Offset, bytes.count)
        guard end > 0 else { return 0 }
        let block = (end - 1) >> 8
        var count = blockStarts[block]
        for position in (block << 8)..<end where bytes[position] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// About `radius` bytes either side of `offset`, cut at spaces and character boundaries, on one line.
    func snippet(around offset: Int, radius: Int = 60) -> String {
        guard offset < bytes.count else { return "" }
        var start = max(0, offset - radius)
        var end = min(bytes.count, offset + radius)
        if start > 0, let space = bytes[start..<offset].firstIndex(of: 0x20) { start = space + 1 }
        if end < bytes.count, let space = bytes[offset..<end].lastIndex(of: 0x20), space > offset { end = space }
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        let line = bytes[start..<end].map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
        let text = String(decoding: line, as: UTF8.self)
        return (start > 0 ? "…" : "") + text + (end < bytes.count ? "…" : "")
    }
}
