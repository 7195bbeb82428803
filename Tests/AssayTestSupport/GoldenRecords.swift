import AssayCore
import Foundation

/// An input's records as the daemon writes them (with the near-duplicate signature), or its
/// refusal, at fixed times: the text the golden records of the fixtures and of the benchmark pages hold.
public enum GoldenRecords {
    public static let time = "2026-01-01T00:00:00Z"

    public static func text(of bytes: [UInt8], path: String, pipeline: ArticlePipeline) throws -> String {
        let outcomes = pipeline.process(InputDocument(bytes: bytes, path: path, receivedAt: time), ingestedAt: time)
        return try outcomes.map { outcome in
            switch outcome {
            case .article(var article):
                article.dedup.signature = NearDuplicateSignature(body: article.body).hex
                return String(decoding: try article.json(pretty: true), as: UTF8.self)
            case .rejected(let rejection, let index):
                return "rejected \(index.map(String.init) ?? "-"): \(rejection)"
            }
        }.joined(separator: "\n") + "\n"
    }
}
