import AssayCore
import AssayDaemon
import AssayTestSupport
import Foundation

/// The records of the benchmark's 181 real pages, compared byte for byte with the ones saved by
/// `--update` (in `.build/golden-bench`, never in the repository: they hold third-party text).
/// Guards extraction while the pipeline's internals change, beside the fixtures' golden test.
enum GoldenBenchmark {
    static let folder = URL(fileURLWithPath: ".build/golden-bench")

    static func run(directory: String, update: Bool) {
        let pipeline: ArticlePipeline
        do { pipeline = ArticlePipeline(classifier: try IndustryClassifier(taxonomy: TaxonomyFile.builtIn)) } catch {
            print("the built-in taxonomy does not load: \(error)")
            return
        }
        let pages = URL(fileURLWithPath: directory).appendingPathComponent("html")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: pages.path).filter({ $0.hasSuffix(".html.gz") }).sorted(),
            !names.isEmpty
        else {
            print("golden: no pages in \(pages.path)")
            return
        }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var same = 0
        var changed: [String] = []
        var missing = 0
        for name in names {
            guard let html = Gunzip.read(pages.appendingPathComponent(name).path) else { continue }
            let id = String(name.dropLast(".html.gz".count))
            guard let records = try? GoldenRecords.text(of: html, path: "\(id).html", pipeline: pipeline) else {
                changed.append(id)
                continue
            }
            let file = folder.appendingPathComponent("\(id).json")
            if update {
                try? Data(records.utf8).write(to: file)
            } else if let saved = try? String(contentsOf: file, encoding: .utf8) {
                if saved == records { same += 1 } else { changed.append(id) }
            } else {
                missing += 1
            }
        }
        if update {
            print("golden: saved the records of \(names.count) pages in \(folder.path)")
        } else {
            print("golden: \(same) of \(names.count) pages give the saved records; changed \(changed.count)\(changed.isEmpty ? "" : " (\(changed.prefix(10).joined(separator: ", ")))"); not saved \(missing)")
        }
    }
}
