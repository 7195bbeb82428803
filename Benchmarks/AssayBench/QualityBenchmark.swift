import AssayCore
import Foundation

/// Body extraction quality on the article-extraction benchmark (181 real pages with true bodies).
enum QualityBenchmark {
    static func run(directory: String, verbose: Bool) {
        let truthURL = URL(fileURLWithPath: directory).appendingPathComponent("ground-truth.json")
        guard let data = try? Data(contentsOf: truthURL),
            let truth = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Any]]
        else {
            print("cannot read \(truthURL.path): pass the extraction-benchmark folder")
            return
        }
        let pipeline = ArticlePipeline()
        var pages: [(id: String, html: [UInt8], expected: String)] = []
        for (id, entry) in truth.sorted(by: { $0.key < $1.key }) {
            let path = URL(fileURLWithPath: directory).appendingPathComponent("html/\(id).html.gz").path
            guard let html = Gunzip.read(path) else {
                print("skipping \(id): cannot read \(path)")
                continue
            }
            pages.append((id, html, entry["articleBody"] as? String ?? ""))
        }
        var precisions: [Double] = []
        var recalls: [Double] = []
        var seconds: [Double] = []
        for page in pages {
            let input = InputDocument(bytes: page.html, path: "\(page.id).html", receivedAt: "2026-01-01T00:00:00Z")
            let start = ContinuousClock.now
            let outcome = pipeline.process(input, ingestedAt: "2026-01-01T00:00:00Z").first
            seconds.append((ContinuousClock.now - start).seconds)
            let body = outcome?.article?.body ?? ""
            let score = ShingleMetric.score(expected: page.expected, got: body)
            precisions.append(score.precision)
            recalls.append(score.recall)
            if verbose {
                print(String(format: "%@ P=%.3f R=%.3f", page.id, score.precision, score.recall))
            }
        }
        let p = precisions.reduce(0, +) / Double(max(1, precisions.count))
        let r = recalls.reduce(0, +) / Double(max(1, recalls.count))
        let f1 = p + r == 0 ? 0 : 2 * p * r / (p + r)
        let total = seconds.reduce(0, +)
        print(String(format: "pages %d  F1 %.3f  precision %.3f  recall %.3f  [issue 14: >= 0.96; trafilatura 0.958]", pages.count, f1, p, r))
        print(String(format: "speed %.1f docs/s single core  p50 %.2f ms  p99 %.2f ms  peak RSS %.1f MiB",
            Double(pages.count) / total, Stats.percentile(seconds, 0.5) * 1000, Stats.percentile(seconds, 0.99) * 1000,
            Stats.peakRSSMiB()))
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
