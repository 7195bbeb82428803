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
    /// When a worker began reading it and when the worker was done with its chunk, for the log's
    /// `wait_ms` and `process_ms`.
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

/// Reads an input and runs the pipeline on it. Runs on the workers, concurrently: the one state
/// they share is the daemon's `ReadingJournal`.
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

    /// Bytes a worker reads before it runs the pipeline on what it has read (the last file may take
    /// it past them): a batch of large files goes through a few at a time.
    public var chunkBytes = 4 << 20

    /// The first inputs of a batch a worker took, up to `chunkBytes` read: each file read, then the
    /// pipeline on them (each stage over all of them before the next:
    /// `ArticlePipeline.process(_:ingestedAt:budget:)`), the results in order. The caller hands them
    /// on and calls again with the inputs left, so results move on chunk by chunk.
    /// - Parameters:
    ///   - now: the wall time for the records' `received_at` and `ingested_at`.
    ///   - clock: the monotonic time, to tell whether a file has settled and how long each input took.
    ///   - progressed: called as each input enters a stage, for the stall watch.
    ///   - reading: the daemon's journal and this worker's number in it: an input read at an earlier
    ///     crash is read in a chunk of its own, one read at `ReadingJournal.crashLimit` crashes is refused.
    public func process(
        _ items: ArraySlice<InboxItem>, now: String, clock: @escaping @Sendable () -> ContinuousClock.Instant = { .now },
        reading: (journal: ReadingJournal, worker: Int)? = nil, progressed: () -> Void = {}
    ) -> [ProcessedInput] {
        var results: [ProcessedInput] = []
        var documents: [(input: Int, document: InputDocument)] = []
        var started: [ContinuousClock.Instant] = []
        var bytes = 0
        var alone = false
        for item in items where bytes < chunkBytes && !alone {
            var result = ProcessedInput(item: item)
            let readStart = clock()
            if let document = prepare(item, into: &result, now: now, instant: readStart) {
                let crashes = reading?.journal.crashes(of: result.pending.key) ?? 0
                if crashes >= ReadingJournal.crashLimit {
                    let rejection = InputRejection.crashedDaemon(times: crashes)
                    reject(&result, rejection)
                    // The ledger keeps this refusal for this version only: after an upgrade the same
                    // bytes are read again (their own key has no row).
                    result.pending.key = "\(rejection.code):\(AssayVersion.current):" + result.pending.key
                } else {
                    // Read at a crash: alone, in the next chunk if this one has inputs already.
                    if crashes > 0, !documents.isEmpty { break }
                    alone = crashes > 0
                    documents.append((results.count, document))
                    bytes += document.bytes.count
                }
            }
            results.append(result)
            started.append(readStart)
        }
        if !documents.isEmpty {
            let entries = documents.map { ReadingJournal.Entry(key: results[$0.input].pending.key, name: results[$0.input].item.name) }
            if let reading { reading.journal.begin(entries, worker: reading.worker, suspect: alone) }
            var stopwatch = BatchStopwatch(inputs: documents.count, allowanceSeconds: maxProcessSeconds, clock: clock)
            let outcomes = pipeline.process(documents.map(\.document), ingestedAt: now) { input in
                progressed()
                return stopwatch.enter(input)
            }
            for (position, entry) in documents.enumerated() { collect(outcomes[position], into: &results[entry.input]) }
            if let reading { reading.journal.end(entries, worker: reading.worker, suspect: alone) }
        }
        let finished = clock()
        for index in results.indices { results[index].timing = (started[index], finished) }
        return results
    }

    /// The input's bytes as a document for the pipeline, or nil with the reason in `result`.
    private func prepare(_ item: InboxItem, into result: inout ProcessedInput, now: String, instant: ContinuousClock.Instant) -> InputDocument? {
        switch item.origin {
        case .fetched(let fetched):
            return prepare(fetched, into: &result, now: now)
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
                return InputDocument(bytes: bytes, path: path.description, sourceKind: .file, receivedAt: now)
            }
            return nil
        }
    }

    /// A fetched page or feed item: its bytes are in hand; its key is their SHA-256 like a file's.
    private func prepare(_ fetched: FetchedDocument, into result: inout ProcessedInput, now: String) -> InputDocument? {
        result.pending.key = ContentFingerprint.sha256Hex(bytes: fetched.bytes)
        var document = InputDocument(
            bytes: fetched.bytes, url: fetched.url, sourceKind: fetched.feedURL == nil ? .url : .feed,
            declaredCharset: fetched.charset, receivedAt: now)
        document.feedURL = fetched.feedURL
        document.itemGUID = fetched.guid
        document.formatHint = fetched.formatHint
        guard fetched.bytes.count <= pipeline.settings.maxBytes else {
            reject(&result, .tooLarge(bytes: fetched.bytes.count, limit: pipeline.settings.maxBytes))
            return nil
        }
        return document
    }

    private func reject(_ result: inout ProcessedInput, _ rejection: InputRejection) {
        result.rejection = rejection
        result.pending.rejection = rejection.code
        result.pending.rejectionMessage = rejection.message
    }

    /// The pipeline's outcomes for one input: its records, or why it was refused.
    private func collect(_ outcomes: [ExtractionOutcome], into result: inout ProcessedInput) {
        for outcome in outcomes {
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
