import AssayCore
import AssayStore
import Foundation
import Logging

/// What one `assay ingest` run did.
public struct IngestReport: Sendable {
    public struct Refusal: Sendable {
        public var path: String
        /// Position inside a JSON/JSONL input, nil for the whole file.
        public var index: Int?
        public var rejection: InputRejection
    }

    public var inputs = 0
    public var written = 0
    /// Articles seen before (same id): nothing new to write.
    public var unchanged = 0
    /// Reprints and copies of stories already stored (marked into `duplicates/` or dropped).
    public var duplicates = 0
    public var refusals: [Refusal] = []

    public var summary: String {
        "\(inputs) input\(inputs == 1 ? "" : "s"): \(written) record\(written == 1 ? "" : "s") written, "
            + "\(duplicates) duplicate\(duplicates == 1 ? "" : "s"), \(unchanged) already present, \(refusals.count) rejected"
    }
}

/// Processes a fixed list of files once: read, run the pure pipeline, write each record atomically
/// as `<id>.json` into the output folder. Files are processed concurrently, `workers` at a time.
public struct IngestRunner: Sendable {
    public var pipeline: ArticlePipeline
    public var outputFolder: String
    public var workers: Int
    /// Remembers every article across runs for de-duplication; without it only the output folder is checked.
    public var store: (any ArticleStore)?
    public var duplicates: DuplicateHandling
    private let reader: InputReader
    private let logger: Logger

    public init(
        pipeline: ArticlePipeline, outputFolder: String, workers: Int, store: (any ArticleStore)? = nil,
        duplicates: DuplicateHandling = DuplicateHandling(), logger: Logger
    ) {
        self.pipeline = pipeline
        self.outputFolder = outputFolder
        self.workers = max(1, workers)
        self.store = store
        self.duplicates = duplicates
        self.reader = InputReader(maxBytes: pipeline.settings.maxBytes)
        self.logger = logger
    }

    private enum FileResult: Sendable {
        case written(path: String, id: String)
        case unchanged(path: String, id: String)
        case duplicate(path: String, id: String, of: String)
        case refused(IngestReport.Refusal)
    }

    public func run(files: [String], progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) async throws
        -> IngestReport
    {
        try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
        AtomicFileWriter.removeLeftovers(in: outputFolder)
        var report = IngestReport()
        report.inputs = files.count
        try await withThrowingTaskGroup(of: [FileResult].self) { group in
            var next = 0
            var done = 0
            while next < min(workers, files.count) {
                let path = files[next]
                group.addTask { try self.process(path) }
                next += 1
            }
            while let results = try await group.next() {
                done += 1
                progress(done, files.count)
                for result in results { record(result, into: &report) }
                if next < files.count {
                    let path = files[next]
                    group.addTask { try self.process(path) }
                    next += 1
                }
            }
        }
        return report
    }

    private func record(_ result: FileResult, into report: inout IngestReport) {
        switch result {
        case .written(let path, let id):
            report.written += 1
            logger.debug("record written", metadata: ["input": "\(path)", "article_id": "\(id)"])
        case .duplicate(let path, let id, let original):
            report.duplicates += 1
            logger.info(
                "duplicate", metadata: ["input": "\(path)", "article_id": "\(id)", "duplicate_of": "\(original)"])
        case .unchanged(let path, let id):
            report.unchanged += 1
            logger.debug("record already present", metadata: ["input": "\(path)", "article_id": "\(id)"])
        case .refused(let refusal):
            report.refusals.append(refusal)
            logger.debug(
                "input rejected",
                metadata: ["input": "\(refusal.path)", "reason": "\(refusal.rejection.code)"])
        }
    }

    private func process(_ path: String) throws -> [FileResult] {
        let bytes: [UInt8]
        do {
            bytes = try reader.read(path)
        } catch {
            return [.refused(.init(path: path, index: nil, rejection: error))]
        }
        let now = Date().formatted(.iso8601)
        let input = InputDocument(bytes: bytes, path: path, sourceKind: .file, receivedAt: now)
        return try pipeline.process(input, ingestedAt: now).map { outcome in
            switch outcome {
            case .rejected(let rejection, let index):
                return .refused(.init(path: path, index: index, rejection: rejection))
            case .article(var article):
                let signature = NearDuplicateSignature(body: article.body)
                article.dedup.signature = signature.hex
                var folder = outputFolder
                if let store {
                    let verdict = try store.admit(StoredArticle(article, signature: signature), rule: duplicates.rule)
                    switch verdict {
                    case .alreadySeen:
                        return .unchanged(path: path, id: article.id)
                    case .exactDuplicate(let original), .nearDuplicate(let original, _), .rewrite(let original, _):
                        article.dedup.markDuplicate(of: original, similarity: verdict.similarity, match: verdict.match)
                        guard duplicates.policy == .mark else { return .duplicate(path: path, id: article.id, of: original) }
                        folder = (outputFolder as NSString).appendingPathComponent("duplicates")
                        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                        try AtomicFileWriter.write(
                            try article.jsonData(), to: (folder as NSString).appendingPathComponent("\(article.id).json"))
                        return .duplicate(path: path, id: article.id, of: original)
                    case .new:
                        break
                    }
                }
                let target = (folder as NSString).appendingPathComponent("\(article.id).json")
                if store == nil && FileManager.default.fileExists(atPath: target) { return .unchanged(path: path, id: article.id) }
                try AtomicFileWriter.write(try article.jsonData(), to: target)
                return .written(path: path, id: article.id)
            }
        }
    }
}
