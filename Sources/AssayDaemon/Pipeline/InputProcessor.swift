import AssayCore
import AssayStore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One inbox file after reading and the pure pipeline, waiting for the store's decision.
public struct ProcessedInput: Sendable {
    public var item: InboxItem
    public var pending: PendingInput
    /// The records, by article id, ready to be placed.
    public var articles: [String: Article]
    /// The full reason for a refused input (its code is in `pending.rejection`).
    public var rejection: InputRejection?
    /// Articles refused inside an input that holds others (a bad line of a JSONL file).
    public var partialRejections: [(index: Int?, rejection: InputRejection)]
    /// Why there is nothing to decide for this input now, if so.
    public var skipped: Skip?

    public enum Skip: Sendable {
        /// Deleted or moved away before it was read.
        case vanished
        /// Opened for writing again after it was announced: its next close announces it again.
        case stillBeingWritten
    }
}

/// Reads an inbox file and runs the pipeline on it. Runs on the workers, concurrently: no shared state.
public struct InputProcessor: Sendable {
    public var pipeline: ArticlePipeline

    public init(pipeline: ArticlePipeline) { self.pipeline = pipeline }

    public func process(_ item: InboxItem, now: String) -> ProcessedInput {
        if let document = item.fetched { return process(document, item: item, now: now) }
        var info = stat()
        let exists = lstat(item.path, &info) == 0
        var result = ProcessedInput(
            item: item, pending: PendingInput(key: "", path: item.path, articles: [], rejection: nil), articles: [:],
            rejection: nil, partialRejections: [], skipped: nil)
        guard exists, (info.st_mode & S_IFMT) == S_IFREG else {
            result.skipped = .vanished
            return result
        }
        if InboxScanner.isOpenForWriting(item.path) == true {
            result.skipped = .stillBeingWritten
            return result
        }
        let bytes: [UInt8]
        do {
            bytes = try InputReader(maxBytes: pipeline.settings.maxBytes).read(item.path)
        } catch {
            if case .unreadable = error, lstat(item.path, &info) != 0 {
                result.skipped = .vanished
                return result
            }
            // Unread bytes have no hash: the file's identity stands in, so a restart decides it the same way.
            result.pending.key = "stat:\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec)"
            result.rejection = error
            result.pending.rejection = error.code
            return result
        }
        result.pending.key = ContentFingerprint.sha256Hex(bytes: bytes)
        let document = InputDocument(bytes: bytes, path: item.path, sourceKind: .file, receivedAt: now)
        run(document, into: &result)
        return result
    }

    /// A fetched page or feed item: its bytes are in hand; its key is their SHA-256 like a file's.
    private func process(_ fetched: FetchedDocument, item: InboxItem, now: String) -> ProcessedInput {
        var result = ProcessedInput(
            item: item, pending: PendingInput(key: "", path: item.path, articles: [], rejection: nil), articles: [:],
            rejection: nil, partialRejections: [], skipped: nil)
        result.pending.key = ContentFingerprint.sha256Hex(bytes: fetched.bytes)
        var document = InputDocument(
            bytes: fetched.bytes, url: fetched.url, sourceKind: fetched.feedURL == nil ? .url : .feed,
            declaredCharset: fetched.charset, receivedAt: now)
        document.feedURL = fetched.feedURL
        document.itemGUID = fetched.guid
        document.formatHint = fetched.formatHint
        if fetched.bytes.count > pipeline.settings.maxBytes {
            let rejection = InputRejection.tooLarge(bytes: fetched.bytes.count, limit: pipeline.settings.maxBytes)
            result.rejection = rejection
            result.pending.rejection = rejection.code
            return result
        }
        run(document, into: &result)
        return result
    }

    private func run(_ document: InputDocument, into result: inout ProcessedInput) {
        for outcome in pipeline.process(document, ingestedAt: document.receivedAt) {
            switch outcome {
            case .rejected(let rejection, let index):
                result.partialRejections.append((index, rejection))
            case .article(var article):
                let signature = NearDuplicateSignature(body: article.body)
                article.dedup.signature = signature.hex
                // Two objects of one JSON file with the same content are one article.
                guard result.articles[article.id] == nil else { continue }
                result.articles[article.id] = article
                result.pending.articles.append(StoredArticle(article, signature: signature))
            }
        }
        if result.articles.isEmpty {
            let rejection = result.partialRejections.first?.rejection ?? .noArticleText
            result.rejection = rejection
            result.pending.rejection = rejection.code
            result.partialRejections.removeAll()
        }
    }
}
