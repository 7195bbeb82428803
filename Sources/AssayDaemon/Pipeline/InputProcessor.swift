import AssayCore
import AssayStore

/// One input after reading and the pure pipeline, waiting for the store's decision.
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
    /// The file as it was read, to check that it is still there before its records are published.
    public var identity: FileIdentity?
    /// When a worker took it and finished with it, for the log's `wait_ms` and `process_ms`.
    public var timing: (started: ContinuousClock.Instant, finished: ContinuousClock.Instant)?

    public enum Skip: Sendable, Equatable {
        /// Deleted or moved away before it was read.
        case vanished
        /// A FIFO, device, socket, link or folder has its name: never read, left where it is.
        case notRegularFile
        /// Still being written, or replaced by another file: the intake looks at it again.
        case stillBeingWritten
    }

    init(item: InboxItem) {
        self.item = item
        pending = PendingInput(key: "", path: item.name, articles: [], rejection: nil)
        articles = [:]
        partialRejections = []
    }
}

/// Reads an input and runs the pipeline on it. Runs on the workers, concurrently: no shared state.
public struct InputProcessor: Sendable {
    public var pipeline: ArticlePipeline
    public var reader: InputFileReader
    /// Seconds the pipeline may spend on one input (reading the file not included).
    public var maxProcessSeconds: Double

    public init(pipeline: ArticlePipeline, settle: Duration, maxProcessSeconds: Double) {
        self.pipeline = pipeline
        self.maxProcessSeconds = maxProcessSeconds
        reader = InputFileReader(maxBytes: pipeline.settings.maxBytes, settle: settle)
    }

    /// - Parameters:
    ///   - now: the wall time for the record's `received_at` and `ingested_at`.
    ///   - instant: the monotonic time, to tell whether a file has settled.
    public func process(_ item: InboxItem, now: String, instant: ContinuousClock.Instant) -> ProcessedInput {
        var result = ProcessedInput(item: item)
        switch item.origin {
        case .fetched(let fetched):
            process(fetched, into: &result, now: now)
        case .file(let path, let listed, let since):
            switch reader.read(path, listed: listed, unchangedSince: since, now: instant) {
            case .vanished: result.skipped = .vanished
            case .notRegularFile: result.skipped = .notRegularFile
            case .replaced, .stillBeingWritten: result.skipped = .stillBeingWritten
            case .refused(let rejection, let key):
                result.pending.key = key
                reject(&result, rejection)
            case .bytes(let bytes, let identity):
                result.identity = identity
                result.pending.key = ContentFingerprint.sha256Hex(bytes: bytes)
                run(InputDocument(bytes: bytes, path: path.description, sourceKind: .file, receivedAt: now), into: &result)
            }
        }
        return result
    }

    /// A fetched page or feed item: its bytes are in hand; its key is their SHA-256 like a file's.
    private func process(_ fetched: FetchedDocument, into result: inout ProcessedInput, now: String) {
        result.pending.key = ContentFingerprint.sha256Hex(bytes: fetched.bytes)
        var document = InputDocument(
            bytes: fetched.bytes, url: fetched.url, sourceKind: fetched.feedURL == nil ? .url : .feed,
            declaredCharset: fetched.charset, receivedAt: now)
        document.feedURL = fetched.feedURL
        document.itemGUID = fetched.guid
        document.formatHint = fetched.formatHint
        guard fetched.bytes.count <= pipeline.settings.maxBytes else {
            return reject(&result, .tooLarge(bytes: fetched.bytes.count, limit: pipeline.settings.maxBytes))
        }
        run(document, into: &result)
    }

    private func reject(_ result: inout ProcessedInput, _ rejection: InputRejection) {
        result.rejection = rejection
        result.pending.rejection = rejection.code
        result.pending.rejectionMessage = rejection.message
    }

    private func run(_ document: InputDocument, into result: inout ProcessedInput) {
        let deadline = ContinuousClock.now.advanced(by: .milliseconds(Int64(maxProcessSeconds * 1000)))
        let budget = WorkBudget(seconds: maxProcessSeconds) { ContinuousClock.now >= deadline }
        for outcome in pipeline.process(document, ingestedAt: document.receivedAt, budget: budget) {
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
            reject(&result, result.partialRejections.first?.rejection ?? .noArticleText)
            result.partialRejections.removeAll()
        }
    }
}
