import AssayCore
import AssayStore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Carries out the store's decisions for a batch of inputs, in an order that keeps the daemon's
/// promise across crashes: decide (one transaction) → stage each input's files (one flush for the
/// batch) → per input: check it is still there, publish its files, move it → mark done (one
/// transaction). A failure of one input touches that input alone; a crash anywhere leaves inputs
/// whose ledger rows say how to finish them, so each ends with exactly one outcome.
public struct Committer: Sendable {
    public struct Folders: Sendable {
        public var output: String
        public var duplicates: String
        /// Where finished inputs go; nil leaves them in place (`assay ingest`).
        public var archive: String?
        /// Where refused inputs go with their reason file; nil leaves them in place.
        public var quarantine: String?

        public init(output: String, duplicates: String, archive: String?, quarantine: String?) {
            self.output = output
            self.duplicates = duplicates
            self.archive = archive
            self.quarantine = quarantine
        }
    }

    /// What a batch did: each input's report, and what the queue must be told.
    public struct BatchResult: Sendable {
        public var reports: [InputReport] = []
        /// Inputs whose outcome is settled (committed or not), with whether it was committed.
        public var finished: [(key: InboxQueue.Key, committed: Bool)] = []
        /// Files still being written: put back for the intake to look at again.
        public var putBack: [InputPath] = []
    }

    private let ledger: any InputLedger
    /// Where recorded feed items are remembered, so they are not fetched again.
    private let fetchState: (any FetchStateStore)?
    private let folders: Folders
    private let mover: InputMover

    public init(ledger: any InputLedger, fetchState: (any FetchStateStore)? = nil, folders: Folders, mover: InputMover) {
        self.ledger = ledger
        self.fetchState = fetchState
        self.folders = folders
        self.mover = mover
    }

    public func commit(_ batch: [ProcessedInput], handling: DuplicateHandling, now: String, instant: ContinuousClock.Instant)
        -> BatchResult
    {
        var result = BatchResult()
        var inputs: [ProcessedInput] = []
        for input in batch {
            switch input.skipped {
            case nil: inputs.append(input)
            case .stillBeingWritten?:
                if case .file(let path, _, _) = input.item.origin { result.putBack.append(path) }
            case .vanished?:
                result.reports.append(InputReport(outcome: .vanished, input: input.item.name))
                result.finished.append((input.item.key, false))
            case .notRegularFile?:
                var report = InputReport(outcome: .ignored, input: input.item.name)
                report.detail = "not a regular file (a FIFO, device, socket or link); it is left where it is"
                result.reports.append(report)
                result.finished.append((input.item.key, false))
            }
        }
        guard !inputs.isEmpty else { return result }
        let decisions: [LedgerDecision]
        do {
            decisions = try ledger.decide(inputs.map(\.pending), rule: handling.rule, at: now)
        } catch {
            for input in inputs {
                result.reports.append(failed(input, "the state store could not record the decision (\(error))"))
                result.finished.append((input.item.key, false))
            }
            return result
        }
        var plans = zip(inputs, decisions).map { plan($0, $1, policy: handling.policy, now: now) }
        stage(&plans)
        var done: [(key: String, outcome: String?)] = []
        var seenItems: [SeenFeedItem] = []
        var touched: Set<String> = []
        for index in plans.indices {
            carryOut(&plans[index], touched: &touched)
            let plan = plans[index]
            if plan.withdrawn, case .file(let path, _, _) = plan.input.item.origin {
                result.putBack.append(path)
                continue
            }
            var report = plan.report
            report.latency = instant - plan.input.item.discoveredAt
            if let timing = plan.input.timing {
                report.wait = timing.started - plan.input.item.discoveredAt
                report.process = timing.finished - timing.started
            }
            result.reports.append(report)
            let committed = report.outcome != .failed && report.outcome != .vanished
            if plan.changedSinceRead, case .file(let path, _, _) = plan.input.item.origin {
                result.putBack.append(path)
            } else {
                result.finished.append((plan.input.item.key, committed))
            }
            if committed, !plan.isRepeat { done.append((plan.input.pending.key, report.outcome.rawValue)) }
            if committed, let document = plan.input.item.fetched, let feed = document.feedURL {
                seenItems.append(SeenFeedItem(source: feed, guid: document.guid ?? document.url, pageURL: document.url))
            }
        }
        for folder in touched { AtomicFileWriter.syncFolder(folder) }
        do {
            try ledger.markDone(done, at: now)
            try fetchState?.remember(seenItems, at: now)
        } catch {
            // The effects are durable; the rows stay `decided` and a restart finishes them as decided.
            for index in result.reports.indices where result.reports[index].outcome != .failed {
                result.reports[index].detail = "outcome durable; the ledger could not mark it done (\(error)): finished again at restart"
            }
        }
        return result
    }

    /// The files and the move one input's decision calls for.
    private struct Plan {
        var input: ProcessedInput
        var decision: LedgerDecision
        var files: [(data: Data, path: String)] = []
        /// The files written to hidden temp names, waiting to be published.
        var staged: [(temporary: String, path: String)] = []
        var destination: InputPath?
        var report: InputReport
        /// The file's size or mtime moved between reading and publishing: it is read again.
        var changedSinceRead = false
        /// Nothing of it was published and it has no outcome yet (a refusal of a file still being written).
        var withdrawn = false
        var isRepeat: Bool { if case .repeated = decision { true } else { false } }
    }

    private func plan(_ input: ProcessedInput, _ decision: LedgerDecision, policy: DuplicateHandling.Policy, now: String) -> Plan {
        var plan = Plan(input: input, decision: decision, report: InputReport(outcome: .recorded, input: input.item.name))
        plan.report.feed = input.item.fetched?.feedURL
        let chosen: InputDecision
        switch decision {
        case .repeated(let firstPath, let rejection):
            plan.report.firstInput = firstPath
            guard let rejection else {
                plan.report.outcome = .repeated
                plan.destination = destination(input, in: folders.archive)
                return plan
            }
            // The same bad bytes again are refused again, with the first one's reason.
            chosen = InputDecision(placements: [], rejection: rejection.code, rejectionMessage: rejection.message)
        case .fresh(let decision):
            chosen = decision
        case .resumed(let decision):
            chosen = decision
            plan.report.resumed = true
        }
        if let code = chosen.rejection {
            plan.report.outcome = .quarantined
            plan.report.reason = code
            plan.report.detail = input.rejection?.message ?? chosen.rejectionMessage ?? code
            plan.destination = destination(input, in: folders.quarantine)
            if let target = plan.destination?.description {
                plan.files.append((reasonFile(input, code: code, message: plan.report.detail ?? code, now: now), target + ".reason.json"))
                // A fetched input has no file to move: its bytes are kept beside the reason.
                if let fetched = input.item.fetched { plan.files.append((Data(fetched.bytes), target)) }
            }
            return plan
        }
        plan.report.partialRejections = input.partialRejections.map { ($0.index, $0.rejection.code, $0.rejection.message) }
        for placement in chosen.placements {
            guard !placement.alreadyStored else {
                plan.report.repeatedArticles.append(placement.id)
                continue
            }
            guard var article = input.articles[placement.id] else { continue }
            article.dedup.related = placement.related
            var note = RecordNote(
                id: article.id, title: article.title, industries: article.industries.map(\.label), path: nil,
                events: article.facts?.eventTypes ?? [], related: placement.related)
            if let original = placement.duplicateOf {
                defer { plan.report.duplicates.append(DuplicateNote(record: note, of: original, similarity: placement.similarity, match: placement.match)) }
                guard policy == .mark else { continue }
                article.dedup.markDuplicate(of: original, similarity: placement.similarity, match: placement.match)
                // A copy has the stored article's id: its own source names its file.
                let name = placement.copy == true ? "\(article.id).\(Self.sourceTag(article.source.url ?? article.source.path ?? ""))" : article.id
                if let marked = try? article.jsonData() {
                    note.path = (folders.duplicates as NSString).appendingPathComponent("\(name).json")
                    plan.files.append((marked, note.path!))
                }
            } else if let data = try? article.jsonData() {
                note.path = (folders.output as NSString).appendingPathComponent("\(article.id).json")
                plan.report.written.append(note)
                plan.files.append((data, note.path!))
            }
        }
        plan.report.outcome =
            !plan.report.written.isEmpty ? .recorded : !plan.report.duplicates.isEmpty ? .duplicate : .repeated
        plan.destination = destination(input, in: folders.archive)
        return plan
    }

    /// Writes every plan's files to temp names, then one flush per file system for the whole batch.
    /// A plan whose files cannot be written fails alone.
    private func stage(_ plans: inout [Plan]) {
        var folders: Set<String> = []
        for index in plans.indices {
            do {
                for file in plans[index].files {
                    let temporary = try AtomicFileWriter.writeTemporary(file.data, for: file.path, sync: false)
                    plans[index].staged.append((temporary, file.path))
                    folders.insert((file.path as NSString).deletingLastPathComponent)
                }
            } catch {
                discard(&plans[index])
                plans[index].report = failed(plans[index].input, error.description)
            }
        }
        AtomicFileWriter.syncFileSystems(of: folders)
    }

    /// Publishes one plan's files and moves its input, unless it vanished or failed meanwhile.
    private func carryOut(_ plan: inout Plan, touched: inout Set<String>) {
        guard plan.report.outcome != .failed else { return }
        let file: InputPath? = if case .file(let path, _, _) = plan.input.item.origin { path } else { nil }
        // The decision is durable and later inputs of the batch were decided against it, so the records
        // of what was read are published even when the input went away or changed since; a changed file
        // stays in the inbox and its new content is read again.
        var moveInput = true
        if let file, let identity = plan.input.identity {
            let current = file.status().map(FileIdentity.init)
            if current == nil {
                moveInput = false
                plan.report.detail = "the input was deleted after it was read; the records of what was read stand"
            } else if current != identity {
                moveInput = false
                plan.changedSinceRead = true
                // A refusal of what was read (an empty file about to be written) is not the file's
                // outcome: nothing is published and it is simply read again.
                if plan.report.outcome == .quarantined {
                    discard(&plan)
                    plan.withdrawn = true
                    return
                }
                plan.report.detail = "the input changed after it was read; its new content is read again"
            }
        }
        do {
            for (index, staged) in plan.staged.enumerated() {
                do { try AtomicFileWriter.publish(staged.temporary, as: staged.path) } catch {
                    for rest in plan.staged[(index + 1)...] { unlink(rest.temporary) }
                    throw error
                }
                touched.insert((staged.path as NSString).deletingLastPathComponent)
            }
            plan.staged = []
            if let file, let target = plan.destination, moveInput {
                try mover.move(file, to: target)
                plan.report.movedTo = target.description
                touched.insert((target.description as NSString).deletingLastPathComponent)
            }
        } catch let error as InputMover.MoveError where error.errno.code == ENOENT {
            // Gone after its records were published: they stand, and the input is done.
            plan.report.detail = "the input vanished after its records were written"
        } catch {
            discard(&plan)
            plan.report = failed(plan.input, "\(error)")
        }
    }

    private func discard(_ plan: inout Plan) {
        for staged in plan.staged { unlink(staged.temporary) }
        plan.staged = []
    }

    private func failed(_ input: ProcessedInput, _ detail: String) -> InputReport {
        var report = InputReport(outcome: .failed, input: input.item.name)
        report.reason = "commit_failed"
        report.detail = detail + (input.item.fetched == nil ? "; the input stays and is retried" : "; fetched again at the next poll")
        return report
    }

    /// Where an input goes: its path below `folder`; a fetched one is named after its key. Nil: left in place.
    private func destination(_ input: ProcessedInput, in folder: String?) -> InputPath? {
        guard let folder else { return nil }
        switch input.item.origin {
        case .file(let path, _, _): return mover.destination(of: path, in: folder, key: input.pending.key)
        case .fetched: return InputPath(root: folder, components: [Array("fetched-\(input.pending.key.prefix(16))".utf8)])
        }
    }

    private func reasonFile(_ input: ProcessedInput, code: String, message: String, now: String) -> Data {
        let reason: [String: String] = [
            "input": input.item.name, "reason": code, "message": message,
            "key": input.pending.key, "quarantined_at": now, "assay_version": AssayVersion.current,
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return (try? encoder.encode(reason)) ?? Data()
    }

    /// Eight hex digits of the source's SHA-256: copies of one article from several sources get their own files.
    static func sourceTag(_ source: String) -> String {
        String(ContentFingerprint.sha256Hex(bytes: Array(source.utf8)).prefix(8))
    }
}

extension Duration {
    /// The duration in seconds, as a Double.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
