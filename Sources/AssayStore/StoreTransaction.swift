import AssayCore
import Foundation

/// The point lookups and inserts one store transaction offers the de-duplication and ledger
/// decisions. The decisions are written once (`StoreDecisions`) for every store (SQLite,
/// PostgreSQL), so the same inputs in the same order get the same outcome whichever keeps them.
package protocol StoreTransaction {
    /// The stored article with this id: its source, and the story it belongs to (its own id or its original's).
    func storedArticle(id: String) throws -> (source: String?, story: String)?
    /// Remembers the article as one more carrier of its story; false when its source was known already.
    func addCopy(_ article: StoredArticle) throws -> Bool
    /// Reads the stories indexed under each of the anchor keys that has any, as stored (8 bytes each,
    /// little-endian row ids), in place; keys with none are not read. One call for all of an
    /// article's keys: one round trip to a server.
    func postings(_ keys: [Int64], _ read: (Int64, UnsafeRawBufferPointer) -> Void) throws
    /// The first story stored with this normalized body, if any.
    func exactOriginal(contentHash: String) throws -> String?
    /// The stored stories with these row ids, in the order asked (ids no longer stored are left out).
    func candidates(_ rowIDs: [Int64]) throws -> [StoredCandidate]
    /// Inserts the article's row with its verdict; returns its row id.
    func insert(_ article: StoredArticle, verdict: DedupVerdict) throws -> Int64
    /// Indexes a canonical story under its uncommon anchor keys.
    func index(_ rowID: Int64, under keys: [Int64]) throws
    /// The ledger rows of these input keys, by key: one lookup for a whole batch.
    func ledgerRows(_ keys: [String]) throws -> [String: StoredLedgerRow]
    /// Records a batch's new inputs as `decided`, with the outcome and decision each leads to.
    func insertLedgerRows(_ rows: [NewLedgerRow], at time: String) throws
}

/// A ledger row as the decisions read it.
package struct StoredLedgerRow {
    package var path: String
    package var state: String
    package var decision: String?

    package init(path: String, state: String, decision: String?) {
        self.path = path
        self.state = state
        self.decision = decision
    }
}

/// A ledger row a batch adds.
package struct NewLedgerRow {
    package var key: String
    package var path: String
    package var outcome: String
    package var decision: String
}

/// A stored story offered as a near-duplicate candidate.
package struct StoredCandidate {
    package var id: String
    package var shingleCount: Int
    package var signature: [UInt8]
    package var publisher: String?
    package var source: String?
    package var storyKeys: StoryKeys
    /// The story it joined as another write-up, if it did.
    package var relatedTo: String?

    package init(
        id: String, shingleCount: Int, signature: [UInt8], publisher: String?, source: String?, storyKeys: StoryKeys,
        relatedTo: String?
    ) {
        self.id = id
        self.shingleCount = shingleCount
        self.signature = signature
        self.publisher = publisher
        self.source = source
        self.storyKeys = storyKeys
        self.relatedTo = relatedTo
    }
}

/// The store's decisions, on any store's transaction.
package enum StoreDecisions {
    /// A key shared by more than this many stories is a stock phrase or a common name, not evidence:
    /// it is neither followed nor extended, so no lookup reads a long list.
    package static let commonLimit = 16

    /// Looks the article up against everything stored and records it.
    package static func admit<T: StoreTransaction>(_ tx: T, _ article: StoredArticle, rule: DuplicateRule) throws -> DedupVerdict {
        if let known = try tx.storedArticle(id: article.id) {
            // The same article again: from its stored source it is seen already; from another, a copy.
            if known.source == article.source { return .alreadySeen }
            return try tx.addCopy(article) ? .copy(of: known.story) : .alreadySeen
        }
        let (candidates, uncommonKeys) = try anchorCandidates(tx, keys: article.signature.anchorKeys + article.storyKeys.anchorKeys)
        let verdict: DedupVerdict
        if let original = try tx.exactOriginal(contentHash: article.contentHash) {
            verdict = .exactDuplicate(of: original)
        } else {
            verdict = try nearestDuplicate(tx, article, candidates: candidates, rule: rule)
        }
        let rowID = try tx.insert(article, verdict: verdict)
        // Only first write-ups are indexed (a new story, or another write-up of one): a reprint is
        // matched through its original.
        if verdict == .new || verdict.relatedStory != nil, !uncommonKeys.isEmpty { try tx.index(rowID, under: uncommonKeys) }
        return verdict
    }

    /// Stored stories sharing at least one uncommon key, and the keys that are not common.
    package static func anchorCandidates<T: StoreTransaction>(_ tx: T, keys: [Int64]) throws -> ([Int64], [Int64]) {
        var candidates: [Int64] = []
        var common: Set<Int64> = []
        try tx.postings(keys) { key, bytes in
            let count = bytes.count / 8
            guard count <= commonLimit else {
                common.insert(key)
                return
            }
            for index in 0..<count {
                let article = Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: Int64.self))
                if !candidates.contains(article) { candidates.append(article) }
            }
        }
        return (candidates, keys.filter { !common.contains($0) })
    }

    /// The best-matching stored story among the candidates, earliest first so ties go to the first seen.
    private static func nearestDuplicate<T: StoreTransaction>(
        _ tx: T, _ article: StoredArticle, candidates: [Int64], rule: DuplicateRule
    ) throws -> DedupVerdict {
        let outlet = Outlet.name(publisher: article.publisher, source: article.source)
        var best: (id: String, match: DuplicateRule.Match)?
        var related: (story: String, similarity: Double)?
        for stored in try tx.candidates(candidates.sorted()) {
            let sameOutlet = outlet != nil && outlet == Outlet.name(publisher: stored.publisher, source: stored.source)
            guard let signature = stored.signature.withUnsafeBytes({ StoredSignatureCoding.decode($0, shingleCount: stored.shingleCount) })
            else { continue }
            if let match = rule.match(article.signature, signature, sameOutlet: sameOutlet) {
                if best == nil || match.outranks(best!.match) { best = (stored.id, match) }
            } else if !sameOutlet, let similarity = StoryLink.match(article.storyKeys, stored.storyKeys),
                related == nil || similarity > related!.similarity
            {
                // A write-up of a write-up joins the story both tell.
                related = (stored.relatedTo ?? stored.id, similarity)
            }
        }
        guard let best else {
            guard let related else { return .new }
            return .related(to: related.story, similarity: (related.similarity * 1000).rounded() / 1000)
        }
        let similarity = (best.match.similarity * 1000).rounded() / 1000
        switch best.match {
        case .reprint: return .nearDuplicate(of: best.id, similarity: similarity)
        case .rewrite: return .rewrite(of: best.id, similarity: similarity)
        }
    }

    /// Decides a batch of inputs in order (earlier inputs are canonical for later ones).
    package static func decide<T: StoreTransaction>(_ tx: T, _ inputs: [PendingInput], rule: DuplicateRule, at time: String) throws
        -> [LedgerDecision]
    {
        var decisions: [LedgerDecision] = []
        decisions.reserveCapacity(inputs.count)
        // Keys decided earlier in this batch: a second copy of the same bytes is a repeat.
        var batchPaths: [String: (path: String, rejection: LedgerDecision.Rejection?)] = [:]
        let rows = try tx.ledgerRows(inputs.map(\.key))
        var newRows: [NewLedgerRow] = []
        for input in inputs {
            if let first = batchPaths[input.key] {
                decisions.append(.repeated(firstPath: first.path, rejection: first.rejection))
                continue
            }
            if let row = rows[input.key] {
                let decision = decodeDecision(row.decision)
                if row.state == "decided", row.path == input.path, let decision {
                    decisions.append(.resumed(decision))
                } else {
                    let rejection = decision?.rejection.map {
                        LedgerDecision.Rejection(code: $0, message: decision?.rejectionMessage ?? $0)
                    }
                    decisions.append(.repeated(firstPath: row.path, rejection: rejection))
                }
                continue
            }
            var placements: [InputDecision.Placement] = []
            for article in input.articles {
                let verdict = try admit(tx, article, rule: rule)
                placements.append(
                    .init(
                        id: article.id, duplicateOf: verdict.canonicalID, similarity: verdict.similarity, match: verdict.match,
                        alreadyStored: verdict == .alreadySeen, copy: verdict.isCopy ? true : nil, related: verdict.relatedStory))
            }
            let decision = InputDecision(placements: placements, rejection: input.rejection, rejectionMessage: input.rejectionMessage)
            newRows.append(NewLedgerRow(key: input.key, path: input.path, outcome: decision.outcome, decision: encodeDecision(decision)))
            batchPaths[input.key] = (input.path, input.rejection.map { .init(code: $0, message: input.rejectionMessage ?? $0) })
            decisions.append(.fresh(decision))
        }
        try tx.insertLedgerRows(newRows, at: time)
        return decisions
    }

    /// How the duplicate is stored: `canonical`, `exact` (a copy of the body) or `near`.
    package static func kind(_ verdict: DedupVerdict) -> String {
        switch verdict {
        case .exactDuplicate, .copy: "exact"
        case .nearDuplicate, .rewrite: "near"
        case .new, .alreadySeen, .related: "canonical"
        }
    }

    /// What the store's `match` column holds: how a duplicate matched, or `related` for another
    /// write-up of a story (which the record shows as `dedup.related`, not as a match).
    package static func storedMatch(_ verdict: DedupVerdict) -> String? {
        verdict.match ?? (verdict.relatedStory != nil ? "related" : nil)
    }

    package static func encodeDecision(_ decision: InputDecision) -> String {
        // Encoding a plain Codable struct of strings and numbers cannot fail.
        String(decoding: (try? JSONEncoder().encode(decision)) ?? Data("{}".utf8), as: UTF8.self)
    }

    package static func decodeDecision(_ text: String?) -> InputDecision? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(InputDecision.self, from: Data(text.utf8))
    }
}
