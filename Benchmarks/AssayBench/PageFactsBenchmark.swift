import AssayCore
import Foundation

/// Dates, titles and authors on real pages: htmldate's public test pages (known publication dates,
/// `Benchmarks/data/htmldate-dates.tsv`) and a hand-annotated sample of them (titles and authors,
/// kept as SHA-256 of the normalized text in `Benchmarks/data/page-meta.jsonl`: no page text in
/// the repository). Each page goes through the pipeline with the address it was fetched from.
enum PageFactsBenchmark {
    static func run(pagesDirectory: String, dataDirectory: String = "Benchmarks/data") {
        guard let table = try? String(contentsOfFile: dataDirectory + "/htmldate-dates.tsv", encoding: .utf8) else {
            print("cannot read \(dataDirectory)/htmldate-dates.tsv")
            return
        }
        let rows = table.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let annotations = readAnnotations(dataDirectory + "/page-meta.jsonl")
        let pipeline = ArticlePipeline()
        var published = 0, either = 0, missing = 0, pages = 0
        var titles: [String: (right: Int, total: Int)] = [:]
        var authors: [String: (found: Int, withAuthor: Int, invented: Int, withoutAuthor: Int)] = [:]
        for row in rows where row.count >= 3 {
            guard let bytes = FileManager.default.contents(atPath: pagesDirectory + "/" + row[0]) else { continue }
            pages += 1
            let input = InputDocument(bytes: Array(bytes), path: row[0], url: row[1].isEmpty ? nil : row[1], receivedAt: "2026-11-29T00:00:00Z")
            let article = pipeline.process(input, ingestedAt: "2026-11-29T00:00:00Z").first?.article
            let day = article?.publishedAt.map { String($0.prefix(10)) }
            if day == row[2] { published += 1 }
            if day == row[2] || article?.updatedAt.map({ String($0.prefix(10)) }) == row[2] { either += 1 }
            if day == nil { missing += 1 }
            if day != row[2], CommandLine.arguments.contains("-v") {
                print("date miss \(row[0]) expected \(row[2]) got \(day ?? "-") \(article?.provenance.dateSource ?? "-")")
            }
            guard let truth = annotations[row[0]] else { continue }
            titles[truth.split, default: (0, 0)].total += 1
            if let title = article?.title, matchesTitle(title, truth.title) { titles[truth.split]!.right += 1 }
            let names = Set((article?.authors ?? []).map(digest))
            var tally = authors[truth.split] ?? (0, 0, 0, 0)
            if truth.authors.isEmpty {
                tally.withoutAuthor += 1
                if !names.isEmpty { tally.invented += 1 }
            } else {
                tally.withAuthor += 1
                if !names.isDisjoint(with: truth.authors) { tally.found += 1 }
            }
            authors[truth.split] = tally
        }
        guard pages > 0 else {
            print("no pages found in \(pagesDirectory): see Benchmarks/data/README.md for how to gather them")
            return
        }
        print(String(format: "dates: %d pages, published_at right %.3f (published or updated %.3f), no date %d  [issue 14: >= 0.90; trafilatura/htmldate 0.88 on unseen pages]", pages,
            Double(published) / Double(pages), Double(either) / Double(pages), missing))
        for split in titles.keys.sorted() {
            let title = titles[split]!, author = authors[split]!
            print(String(format: "titles (%@): %d annotated pages, right %.3f", split, title.total, Double(title.right) / Double(max(1, title.total))))
            print(String(format: "authors (%@): found on %.3f of %d pages with a byline; invented on %d of %d pages without one  [issue 14: >= 0.70; best tool 0.65]", split,
                Double(author.found) / Double(max(1, author.withAuthor)), author.withAuthor, author.invented, author.withoutAuthor))
        }
    }

    private static func readAnnotations(_ path: String) -> [String: (title: String, authors: Set<String>, split: String)] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        var annotations: [String: (title: String, authors: Set<String>, split: String)] = [:]
        for line in text.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let file = object["file"] as? String, let title = object["title_sha256"] as? String
            else { continue }
            annotations[file] = (title, Set(object["author_sha256"] as? [String] ?? []), object["split"] as? String ?? "all")
        }
        return annotations
    }

    /// The headline as annotated, or with a short kicker before it ("Klimaschutz: …").
    private static func matchesTitle(_ title: String, _ truth: String) -> Bool {
        let folded = Array(normalized(title))
        for start in 0...min(30, folded.count) where digestOfNormalized(String(folded[start...])) == truth { return true }
        return false
    }

    /// Lowercased letters and digits only: punctuation, spaces and quotes do not decide a match.
    static func normalized(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    static func digest(_ text: String) -> String { digestOfNormalized(normalized(text)) }

    static func digestOfNormalized(_ text: String) -> String {
        ContentFingerprint.sha256Hex(text)
    }
}
