import AssayCore
import AssayStore
import Foundation
import Logging

/// Carries out the store's decisions for a batch of inputs, in an order that keeps the daemon's
/// promise across crashes: decide (one transaction) → write records (one flush) → move inputs out
/// of the inbox → mark done (one transaction). A crash anywhere leaves inputs in the inbox whose
/// ledger rows say how to finish them, so each ends with exactly one outcome.
public struct Committer: Sendable {
    public struct Folders: Sendable {
        public var output: String
        public var duplicates: String
        public var archive: String
        public var quarantine: String
    }

    /// What a batch did, for the queue (paths to release) and the latency figures.
    public struct BatchResult: Sendable {
        public var finishedPaths: [String] = []
        public var latencies: [Duration] = []
    }

    private let ledger: any InputLedger
    /// Where recorded feed items are remembered, so they are not fetched again.
    private let fetchState: (any FetchStateStore)?
    private let folders: Folders
    private let mover: InputMover
    private let counters: DaemonCounters
    private let logger: Logger

    public init(
        ledger: any InputLedger, fetchState: (any FetchStateStore)? = nil, folders: Folders, mover: InputMover,
        counters: DaemonCounters, logger: Logger
    ) {
        self.ledger = ledger
        self.fetchState = fetchState
        self.folders = folders
        self.mover = mover
        self.counters = counters
        self.logger = logger
    }

    public func commit(_ batch: [ProcessedInput], handling: DuplicateHandling) -> BatchResult {
        var result = BatchResult()
        let inputs = batch.filter { $0.skipped == nil }
        for skipped in batch where skipped.skipped != nil {
            if skipped.skipped == .vanished {
                logger.notice("input vanished before it was read", metadata: ["input": .string(skipped.item.path)])
                counters.update { $0.vanished += 1 }
            } else {
                logger.debug("input still being written; waiting for it to be closed", metadata: ["input": .string(skipped.item.path)])
            }
            result.finishedPaths.append(skipped.item.path)
        }
        guard !inputs.isEmpty else { return result }
        let now = Date().formatted(.iso8601)
        do {
            let decisions = try ledger.decide(inputs.map(\.pending), rule: handling.rule, at: now)
            let plans = zip(inputs, decisions).map { plan($0, $1, policy: handling.policy) }
            try AtomicFileWriter.writeAll(plans.flatMap(\.files))
            var touched: Set<String> = []
            for plan in plans where plan.input.item.fetched == nil {
                try mover.move(plan.input.item.path, to: plan.destination)
                touched.insert((plan.input.item.path as NSString).deletingLastPathComponent)
                touched.insert((plan.destination as NSString).deletingLastPathComponent)
            }
            for folder in touched { AtomicFileWriter.syncFolder(folder) }
            try ledger.markDone(plans.filter { !$0.isRepeat }.map(\.input.pending.key), at: now)
            try fetchState?.remember(
                plans.compactMap { plan in
                    plan.input.item.fetched.flatMap { document in
                        document.feedURL.map { SeenFeedItem(source: $0, guid: document.guid ?? document.url, pageURL: document.url) }
                    }
                }, at: now)
            for plan in plans {
                let latency = ContinuousClock.now - plan.input.item.discoveredAt
                result.latencies.append(latency)
                report(plan, latency: latency)
            }
        } catch {
            // Nothing is lost: the inputs stay in the inbox (decided ones resume from the ledger) and the
            // next rescan offers them again.
            logger.error(
                "batch not committed; its inputs stay in the inbox and are retried at the next rescan",
                metadata: ["inputs": .stringConvertible(inputs.count), "error": .string("\(error)")])
            counters.update { $0.failures += inputs.count }
        }
        result.finishedPaths += inputs.map(\.item.path)
        return result
    }

    /// The files and the move one input's decision calls for.
    private struct Plan {
        var input: ProcessedInput
        var decision: LedgerDecision
        var files: [(data: Data, path: String)] = []
        var destination = ""
        var written: [(id: String, industry: String?)] = []
        var duplicates: [(id: String, of: String, similarity: Double?, match: String?)] = []
        var alreadyStored: [String] = []
        var isRepeat: Bool { if case .repeated = decision { true } else { false } }
    }

    private func plan(_ input: ProcessedInput, _ decision: LedgerDecision, policy: DuplicateHandling.Policy) -> Plan {
        var plan = Plan(input: input, decision: decision)
        guard let chosen = decision.decision else {
            plan.destination = destination(input, in: folders.archive)
            return plan
        }
        if let code = chosen.rejection {
            plan.destination = destination(input, in: folders.quarantine)
            plan.files.append((reasonFile(input, code: code), plan.destination + ".reason.json"))
            // A fetched input has no file to move: its bytes are kept beside the reason.
            if let fetched = input.item.fetched { plan.files.append((Data(fetched.bytes), plan.destination)) }
            return plan
        }
        for placement in chosen.placements {
            guard !placement.alreadyStored else {
                plan.alreadyStored.append(placement.id)
                continue
            }
            guard var article = input.articles[placement.id] else { continue }
            if let original = placement.duplicateOf {
                plan.duplicates.append((placement.id, original, placement.similarity, placement.match))
                guard policy == .mark else { continue }
                article.dedup.markDuplicate(of: original, similarity: placement.similarity, match: placement.match)
                if let marked = try? article.jsonData() {
                    plan.files.append((marked, (folders.duplicates as NSString).appendingPathComponent("\(article.id).json")))
                }
            } else if let data = try? article.jsonData() {
                plan.written.append((article.id, article.primaryIndustry))
                plan.files.append((data, (folders.output as NSString).appendingPathComponent("\(article.id).json")))
            }
        }
        plan.destination = destination(input, in: folders.archive)
        return plan
    }

    /// Where an input goes: its inbox path under `folder`; a fetched one is named after its key.
    private func destination(_ input: ProcessedInput, in folder: String) -> String {
        guard input.item.fetched != nil else {
            return mover.destination(of: input.item.path, in: folder, key: input.pending.key)
        }
        return (folder as NSString).appendingPathComponent("fetched-\(input.pending.key.prefix(16))")
    }

    private func reasonFile(_ input: ProcessedInput, code: String) -> Data {
        let reason: [String: String] = [
            "input": input.item.fetched?.url ?? input.item.path, "reason": code, "message": input.rejection?.message ?? code,
            "key": input.pending.key, "quarantined_at": Date().formatted(.iso8601), "assay_version": AssayVersion.current,
        ]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return (try? encoder.encode(reason)) ?? Data()
    }

    /// One log line per input outcome, and its counters.
    private func report(_ plan: Plan, latency: Duration) {
        var metadata: Logger.Metadata = [
            "input": .string(plan.input.item.fetched?.url ?? plan.input.item.path),
            "duration_ms": .stringConvertible((latency.seconds * 1000 * 10).rounded() / 10),
        ]
        if case .repeated(let firstPath) = plan.decision {
            metadata["first_input"] = .string(firstPath)
            if plan.input.item.fetched == nil { metadata["moved_to"] = .string(plan.destination) }
            logger.info("input already processed; not written again", metadata: metadata)
            counters.update {
                $0.inputs += 1
                $0.repeated += 1
            }
            return
        }
        if case .resumed = plan.decision { metadata["resumed"] = .stringConvertible(true) }
        if let rejection = plan.input.rejection {
            metadata["reason"] = .string(rejection.code)
            metadata["detail"] = .string(rejection.message)
            metadata["moved_to"] = .string(plan.destination)
            if let feed = plan.input.item.fetched?.feedURL { metadata["feed"] = .string(feed) }
            logger.warning("input quarantined", metadata: metadata)
            counters.update {
                $0.inputs += 1
                $0.quarantined += 1
            }
            return
        }
        for (index, rejection) in plan.input.partialRejections {
            logger.warning(
                "article in input refused",
                metadata: [
                    "input": .string(plan.input.item.path), "index": .string(index.map(String.init) ?? "-"),
                    "reason": .string(rejection.code), "detail": .string(rejection.message),
                ])
        }
        let message: Logger.Message
        if plan.written.count + plan.duplicates.count + plan.alreadyStored.count > 1 {
            metadata["records"] = .stringConvertible(plan.written.count)
            metadata["duplicates"] = .stringConvertible(plan.duplicates.count)
            metadata["article_ids"] = .array((plan.written.map(\.id) + plan.duplicates.map(\.id)).map { .string($0) })
            message = "input processed"
        } else if let written = plan.written.first {
            metadata["article_id"] = .string(written.id)
            metadata["industry"] = .string(written.industry ?? "none")
            message = "record written"
        } else if let duplicate = plan.duplicates.first {
            metadata["article_id"] = .string(duplicate.id)
            metadata["duplicate_of"] = .string(duplicate.of)
            if let similarity = duplicate.similarity { metadata["similarity"] = .stringConvertible(similarity) }
            if let match = duplicate.match { metadata["match"] = .string(match) }
            message = "duplicate"
        } else {
            metadata["article_id"] = .string(plan.alreadyStored.first ?? "")
            message = "article already stored; not written again"
        }
        logger.info(message, metadata: metadata)
        counters.update { counts in
            counts.inputs += 1
            counts.records += plan.written.count
            counts.duplicates += plan.duplicates.count
            counts.alreadyStored += plan.alreadyStored.count
            for written in plan.written { counts.perIndustry[written.industry ?? "none", default: 0] += 1 }
        }
    }
}

extension Duration {
    /// The duration in seconds, as a Double.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
