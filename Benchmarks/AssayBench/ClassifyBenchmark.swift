import AssayCore
import AssayDaemon
import Foundation

/// Single-core classification speed on 4 KB articles (the unit): the labelled dev-corpus
/// texts, each repeated or cut to 4,096 bytes. Docs/s and MB/s are medians over rounds; latency
/// percentiles are over every classification.
enum ClassifyBenchmark {
    static func run(labelsFile: String, rounds: Int = 7, passes: Int = 40) {
        guard let text = try? String(contentsOfFile: labelsFile, encoding: .utf8) else {
            print("cannot read \(labelsFile)")
            return
        }
        let documents: [(title: String, body: String)] = text.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let title = object["title"] as? String, let body = object["text"] as? String
            else { return nil }
            return (title, fourKilobytes(body))
        }
        let classifier: IndustryClassifier
        do { classifier = try IndustryClassifier(taxonomy: TaxonomyFile.builtIn) } catch {
            print("built-in taxonomy refused: \(error)")
            return
        }
        let bytesPerPass = documents.reduce(0) { $0 + $1.body.utf8.count + $1.title.utf8.count }
        var docsPerSecond: [Double] = []
        var megabytesPerSecond: [Double] = []
        var latencies: [Double] = []
        var labelled = 0
        for _ in 0..<rounds {
            let roundStart = ContinuousClock.now
            for _ in 0..<passes {
                for document in documents {
                    let start = ContinuousClock.now
                    let verdict = classifier.classify(title: document.title, body: document.body)
                    latencies.append((ContinuousClock.now - start).seconds)
                    labelled += verdict.labels.count
                }
            }
            let elapsed = (ContinuousClock.now - roundStart).seconds
            docsPerSecond.append(Double(documents.count * passes) / elapsed)
            megabytesPerSecond.append(Double(bytesPerPass * passes) / 1_048_576 / elapsed)
        }
        print("\(documents.count) articles of ~4 KB x \(passes) passes, \(rounds) rounds, single core (\(labelled) labels)")
        Stats.report(docsPerSecond: docsPerSecond, megabytesPerSecond: megabytesPerSecond, latencies: latencies, unit: .microseconds)
    }

    /// The text repeated until it reaches 4,096 bytes, then cut there on a character boundary.
    static func fourKilobytes(_ text: String) -> String {
        var result = text
        while result.utf8.count < 4096 { result += "\n\n" + text }
        var bytes = Array(result.utf8.prefix(4096))
        while let last = bytes.last, last & 0xC0 == 0x80 || last >= 0xC0 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
