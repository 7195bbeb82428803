import AssayCore
import GRDB

/// `StoreTransaction` on a SQLite write transaction: point queries through cached raw statements.
struct SQLiteTransaction: StoreTransaction {
    let db: Database

    func storedArticle(id: String) throws -> (source: String?, story: String)? {
        let known = try RawStatement(db, sql: "SELECT source, COALESCE(duplicate_of, id) FROM articles WHERE id = ?")
        defer { known.finish() }
        known.bind(id, at: 1)
        guard try known.step() else { return nil }
        return (known.string(0), known.string(1) ?? id)
    }

    func addCopy(_ article: StoredArticle) throws -> Bool {
        let insert = try RawStatement(
            db, sql: "INSERT OR IGNORE INTO copies (article_id, source, publisher, ingested_at) VALUES (?, ?, ?, ?)")
        defer { insert.finish() }
        for (index, text) in [article.id, article.source ?? "", article.publisher, article.ingestedAt].enumerated() {
            insert.bind(text, at: index + 1)
        }
        _ = try insert.step()
        return db.changesCount > 0
    }

    func postings(_ keys: [Int64], _ read: (Int64, UnsafeRawBufferPointer) -> Void) throws {
        for key in keys {
            let probe = try RawStatement(db, sql: "SELECT articles FROM anchors WHERE key = ?")
            defer { probe.finish() }
            probe.bind(key, at: 1)
            if try probe.step() { read(key, probe.bytes(0)) }
        }
    }

    func exactOriginal(contentHash: String) throws -> String? {
        let lookup = try RawStatement(db, sql: "SELECT id FROM articles WHERE content_hash = ? AND duplicate_of IS NULL LIMIT 1")
        defer { lookup.finish() }
        lookup.bind(contentHash, at: 1)
        return try lookup.step() ? lookup.string(0) : nil
    }

    func candidates(_ rowIDs: [Int64]) throws -> [StoredCandidate] {
        try rowIDs.compactMap { rowID in
            let fetch = try RawStatement(
                db, sql: "SELECT id, shingle_count, signature, publisher, source, story_keys, related_to FROM articles WHERE rowid = ?")
            defer { fetch.finish() }
            fetch.bind(rowID, at: 1)
            guard try fetch.step() else { return nil }
            return StoredCandidate(
                id: fetch.string(0) ?? "", shingleCount: Int(fetch.int64(1)), signature: Array(fetch.bytes(2)), publisher: fetch.string(3),
                source: fetch.string(4), storyKeys: StoredSignatureCoding.decodeStoryKeys(fetch.bytes(5)), relatedTo: fetch.string(6))
        }
    }

    func insert(_ article: StoredArticle, verdict: DedupVerdict) throws -> Int64 {
        let insert = try RawStatement(
            db,
            sql: """
                INSERT INTO articles (id, content_hash, title, primary_industry, source, publisher, ingested_at, duplicate_of,
                    duplicate_kind, match, similarity, shingle_count, fact_count, signature, published_at, industries, related_to,
                    story_keys)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        defer { insert.finish() }
        let texts = [
            article.id, article.contentHash, article.title, article.primaryIndustry, article.source, article.publisher, article.ingestedAt,
            verdict.canonicalID, StoreDecisions.kind(verdict), StoreDecisions.storedMatch(verdict),
        ]
        for (index, text) in texts.enumerated() { insert.bind(text, at: index + 1) }
        insert.bind(verdict.similarity, at: 11)
        insert.bind(article.signature.shingleCount, at: 12)
        insert.bind(article.signature.facts.count, at: 13)
        StoredSignatureCoding.encode(article.signature).withUnsafeBytes { insert.bind(bytes: $0, at: 14) }
        insert.bind(article.publishedAt, at: 15)
        insert.bind(RecordQuery.joined(article.industries), at: 16)
        insert.bind(verdict.relatedStory, at: 17)
        StoredSignatureCoding.encode(article.storyKeys).withUnsafeBytes { insert.bind(bytes: $0, at: 18) }
        _ = try insert.step()
        return db.lastInsertedRowID
    }

    /// One statement for all keys. (`||` makes text of two blobs; the cast keeps the column a blob,
    /// so `length()` counts its bytes.)
    func index(_ rowID: Int64, under keys: [Int64]) throws {
        guard !keys.isEmpty else { return }
        let rows = Array(repeating: "(?, ?)", count: keys.count).joined(separator: ", ")
        let insert = try RawStatement(
            db, sql: "INSERT INTO anchors (key, articles) VALUES \(rows) ON CONFLICT (key) DO UPDATE SET articles = CAST(articles || excluded.articles AS BLOB)")
        defer { insert.finish() }
        withUnsafeBytes(of: rowID.littleEndian) { posting in
            for (index, key) in keys.enumerated() {
                insert.bind(key, at: index * 2 + 1)
                insert.bind(bytes: posting, at: index * 2 + 2)
            }
        }
        _ = try insert.step()
    }

    func ledgerRows(_ keys: [String]) throws -> [String: StoredLedgerRow] {
        // Cached statements: prepared once per connection, not once per input.
        let lookup = try db.cachedStatement(sql: "SELECT path, state, decision FROM ledger WHERE key = ?")
        var rows: [String: StoredLedgerRow] = [:]
        for key in keys {
            guard let row = try Row.fetchOne(lookup, arguments: [key]) else { continue }
            rows[key] = StoredLedgerRow(path: row["path"], state: row["state"], decision: row["decision"])
        }
        return rows
    }

    func insertLedgerRows(_ rows: [NewLedgerRow], at time: String) throws {
        let insert = try db.cachedStatement(
            sql: "INSERT INTO ledger (key, path, state, outcome, decision, updated_at) VALUES (?, ?, 'decided', ?, ?, ?)")
        for row in rows { try insert.execute(arguments: [row.key, row.path, row.outcome, row.decision, time]) }
    }
}
