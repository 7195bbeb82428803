import Foundation

/// Generates a deterministic backlog of news files: distinct stories built from the dev corpus's
/// vocabulary (text and HTML), reprints of earlier ones (new headline, a paragraph dropped, an agency
/// line), and byte-for-byte copies under other names. The same seed gives the same files.
public struct CorpusGenerator {
    public struct File {
        public var name: String
        public var bytes: [UInt8]
    }

    private var random: SplitMix64
    private let vocabulary: [String]
    private let paragraphs: ClosedRange<Int>

    /// `paragraphs` per story: 4...7 gives ~1.5 KB files, 8...30 gives 2–8 KB.
    public init(seed: UInt64, paragraphs: ClosedRange<Int> = 4...7) throws {
        random = SplitMix64(seed: seed)
        self.paragraphs = paragraphs
        var words: Set<String> = []
        for article in try Fixtures.devCorpusArticles().values where article.lang == "en" {
            for word in article.text.split(whereSeparator: { !$0.isLetter }) where word.count > 2 {
                words.insert(word.lowercased())
            }
        }
        vocabulary = words.sorted()
    }

    /// `count` files; about 70% distinct stories, 20% reprints, 10% exact copies.
    public mutating func files(count: Int) -> [File] {
        var files: [File] = []
        var stories: [(title: String, paragraphs: [String])] = []
        for index in 0..<count {
            let name = String(format: "item-%05d", index)
            let roll = Int.random(in: 0..<10, using: &random)
            if roll == 0, let copy = files.randomElement(using: &random) {
                files.append(File(name: "\(name)-copy\((copy.name as NSString).pathExtension.isEmpty ? "" : "." + (copy.name as NSString).pathExtension)", bytes: copy.bytes))
            } else if roll <= 2, let story = stories.randomElement(using: &random) {
                var paragraphs = story.paragraphs
                paragraphs.remove(at: Int.random(in: 0..<paragraphs.count, using: &random))
                paragraphs.append("(Reporting by Staff Writer; Editing by Desk)")
                files.append(text(name: name, title: "Update: " + story.title, paragraphs: paragraphs))
            } else {
                let story = makeStory()
                stories.append(story)
                files.append(
                    roll == 9
                        ? html(name: name, title: story.title, paragraphs: story.paragraphs)
                        : text(name: name, title: story.title, paragraphs: story.paragraphs))
            }
        }
        return files
    }

    private mutating func makeStory() -> (title: String, paragraphs: [String]) {
        let title = (0..<8).map { _ in vocabulary.randomElement(using: &random)! }.joined(separator: " ").capitalized
        let paragraphs = (0..<Int.random(in: self.paragraphs, using: &random)).map { _ in
            let sentences = (0..<Int.random(in: 2...4, using: &random)).map { _ in
                let words = (0..<Int.random(in: 12...22, using: &random)).map { _ in vocabulary.randomElement(using: &random)! }
                return words.joined(separator: " ").prefix(1).uppercased() + words.joined(separator: " ").dropFirst() + "."
            }
            return sentences.joined(separator: " ")
        }
        return (title, paragraphs)
    }

    private func text(name: String, title: String, paragraphs: [String]) -> File {
        File(name: name + ".txt", bytes: Array((title + "\n\n" + paragraphs.joined(separator: "\n\n") + "\n").utf8))
    }

    private func html(name: String, title: String, paragraphs: [String]) -> File {
        let body = paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
        let page = """
            <!doctype html><html><head><meta charset="utf-8"><title>\(title) | Example News</title></head>
            <body><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
            <article><h1>\(title)</h1>\n\(body)</article>
            <footer>Copyright 2026 Example News. All rights reserved.</footer></body></html>
            """
        return File(name: name + ".html", bytes: Array(page.utf8))
    }
}

/// A small seeded generator, so generated corpora are the same on every machine.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
