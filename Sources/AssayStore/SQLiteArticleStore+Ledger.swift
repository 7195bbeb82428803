import AssayCore
import Foundation
import GRDB

extension SQLiteArticleStore: InputLedger {
    public func decide(_ inputs: [PendingInput], rule: DuplicateRule, at time: String) throws -> [LedgerDecision] {
        try write { db in try StoreDecisions.decide(SQLiteTransaction(db: db), inputs, rule: rule, at: time) }
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
                guard let decision = StoreDecisions.decodeDecision(row["decision"]) else { return nil }
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
}
