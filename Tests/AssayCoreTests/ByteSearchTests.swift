@testable import AssayCore
import Foundation
import Testing

/// The byte searches find what the String and Foundation calls they replace find.
@Suite struct ByteSearchTests {
    static let lines = [
        "Tags: lithium, batteries", "TAGS: Lithium", "© 2026 Example Media. ALL RIGHTS RESERVED.",
        "İstanbul TAGS: x", "K\u{212A} Kelvin Tags:", "Ünïcödé Ärticle ÉDITED BY someone", "责任编辑：王",
        "", "   ", "Photo: Getty Images", "e\u{301}dited by",
    ]
    static let markers = ["tags:", "all rights reserved", "edited by", "责任编辑", "photo:", "getty images", "kelvin", "istanbul"]

    @Test(arguments: lines)
    func loweredBytesFindWhatLowercasedFinds(line: String) {
        let lowered = ByteSearch.lowered(line)
        for marker in Self.markers {
            #expect(ByteSearch.contains(lowered, marker) == line.lowercased().contains(marker), "\(line.debugDescription) / \(marker)")
            #expect(ByteSearch.hasPrefix(lowered, Array(marker.utf8)) == line.lowercased().hasPrefix(marker), "\(line.debugDescription) / \(marker)")
        }
    }

    @Test(arguments: [
        "Police said on Tuesday. — AFP", "… wurde festgenommen./dpa", "a - b - c", "no mark here", "—", "a—\u{301}b — AFP",
        "x/\u{308}y / dpa", "ends with a dash —", "– en – dash", "",
    ])
    func lastRangeIsFoundationsBackwardsSearch(text: String) {
        for mark in ["—", "–", "/", " - "] {
            let bytes = ByteSearch.lastRange(of: mark, in: text)
            let foundation = text.range(of: mark, options: .backwards)
            #expect(bytes == foundation, "\(text.debugDescription) / \(mark.debugDescription)")
        }
    }
}
