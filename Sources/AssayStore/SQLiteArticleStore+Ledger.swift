import AssayCore
import Foundation
import GRDB

extension SQLiteArticleStore: InputLedger {
    public func decide(_ inputs: [PendingInput], rule: DuplicateRule, at time: String) throws -> [LedgerDecision] {
        try write { db in
            var decisions: [LedgerDecision] = []
            decisions.reserveCapacity(inputs.count)
            // Keys decided earlier in this batch: a second copy of the same bytes is a repeat.
            var batchPaths: [String: (path: String, rejection: LedgerDecision.Rejection?)] = [:]
            for input in inputs {
                if let first = batchPaths[input.key] {
                    decisions.append(.repeated(firstPath: first.path, rejection: first.rejection))
                    continue
                }
                // Cached statements: prepared once per connection, not once per input.
                let lookup = try db.cachedStatement(sql: "SELECT path, state, decision FROM ledger WHERE key = ?")
                if let row = try Row.fetchOne(lookup, arguments: [input.key]) {
                    let path: String = row["path"]
                    let state: String = row["state"]
                    let decision = Self.decodeDecision(row["decision"])
                    if state == "decided", path == input.path, let decision {
                        decisions.append(.resumed(decision))
                    } else {
                        let rejection = decision?.rejection.map {
                            LedgerDecision.Rejection(code: $0, message: decision?.rejectionMessage ?? $0)
                        }
                        decisions.append(.repeated(firstPath: path, rejection: rejection))
                    }
                    continue
                }
                var placements: [InputDecision.Placement] = []
                for article in input.articles {
                    let verdict = try admit(db, article, rule: rule)
                    placements.append(
                        .init(
                            id: article.id, duplicateOf: verdict.canonicalID, similarity: verdict.similarity, match: verdict.match,
                            alreadyStored: verdict == .alreadySeen, copy: verdict.isCopy ? true : nil))
                }
                let decision = InputDecision(placements: placements, rejection: input.rejection, rejectionMessage: input.rejectionMessage)
                let insert = try db.cachedStatement(
                    sql: "INSERT INTO ledger (key, path, state, outcome, decision, updated_at) VALUES (?, ?, 'decided', ?, ?, ?)")
                try insert.execute(arguments: [input.key, input.path, decision.outcome, Self.encodeDecision(decision), time])
                batchPaths[input.key] = (
                    input.path, input.rejection.map { .init(code: $0, message: input.rejectionMessage ?? $0) }
                )
                decisions.append(.fresh(decision))
            }
            return decisions
        }
    }

    public func markDone(_ inputs: [(key: String, outcome: String?)], at time: String) throws {
        guard !inputs.isEmpty else { return }
        try write { db in
            let statement = try db.cachedStatement(
                sql: "UPDATE ledger SET state = 'done', outcome = COALESCE(?, outcome), updated_at = ? WHERE key = ?")
            for input in inputs { try statement.execute(arguments: [input.outcome, time, input.key]) }
        }
    }

    public func unfinishedInputs() throws -> [LedgerEntry] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT key, path, state, decision FROM ledger WHERE state = 'decided'").compactMap {
                row in
                guard let decision = Self.decodeDecision(row["decision"]) else { return nil }
                return LedgerEntry(key: row["key"], path: row["path"], state: row["state"], decision: decision)
            }
        }
    }

    public func ledgerCounts() throws -> [String: Int] {
        try database.read { db in
            var counts: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT state || ':' || outcome AS k, COUNT(*) AS n FROM ledger GROUP BY 1") {
                counts[row["k"]] = row["n"]
            }
            return counts
        }
    }

    private static func encodeDecision(_ decision: InputDecision) -> String {
        // Encoding a plain Codable struct of strings and numbers cannot fail.
        String(decoding: (try? JSONEncoder().encode(decision)) ?? Data("{}".utf8), as: UTF8.self)
    }

    private static func decodeDecision(_ text: String?) -> InputDecision? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(InputDecision.self, from: Data(text.utf8))
    }
}
