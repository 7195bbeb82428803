import AssayCore
import AssayStore
import NIOCore
import PostgresNIO

/// One decision's reads and writes of the articles and the anchor index, batched so that a batch
/// costs a dozen round trips whatever its size: what its articles can look up (their ids, bodies and
/// anchor keys) is read in three queries first, the rows they add are kept here (later articles of
/// the batch see them) and written in two statements at the end. Sound only under the decision
/// lock, which every writer of these tables holds: nothing else changes them meanwhile.
final class PostgresDecisionBatch: StoreTransaction {
    private let tx: PostgresTransaction
    /// Stored articles by id: their source and story.
    private var stored: [String: (source: String?, story: String)] = [:]
    /// The first canonical article of each body.
    private var firstWithBody: [String: String] = [:]
    /// Each anchor key's posting list as it stands (stored, then extended by this batch).
    private var postingLists: [Int64: [UInt8]] = [:]
    /// Keys whose list this batch extended, in the order first extended.
    private var extendedKeys: [Int64] = []
    private var extended: Set<Int64> = []
    /// Articles added by this batch, as candidates for its later articles.
    private var added: [Int64: StoredCandidate] = [:]
    private var newRows: [(rowID: Int64, article: StoredArticle, verdict: DedupVerdict)] = []
    /// Row ids taken from the sequence for this batch, in increasing order.
    private var reserved: [Int64] = []

    init(_ tx: PostgresTransaction, articles: [StoredArticle]) throws {
        self.tx = tx
        guard !articles.isEmpty else { return }
        let ids = articles.map(\.id)
        for row in try tx.run("SELECT id, source, COALESCE(duplicate_of, id) FROM articles WHERE id = ANY(\(ids)::text[])") {
            let (id, source, story) = try row.decode((String, String?, String).self)
            stored[id] = (source, story)
        }
        let bodies = Array(Set(articles.map(\.contentHash)))
        for row in try tx.run(
            """
            SELECT DISTINCT ON (content_hash) content_hash, id FROM articles
            WHERE content_hash = ANY(\(bodies)::text[]) AND duplicate_of IS NULL ORDER BY content_hash, rowid
            """)
        {
            let (hash, id) = try row.decode((String, String).self)
            firstWithBody[hash] = id
        }
        let keys = Array(Set(articles.flatMap { $0.signature.anchorKeys + $0.storyKeys.anchorKeys }))
        for row in try tx.run("SELECT key, articles FROM anchors WHERE key = ANY(\(keys)::int8[])") {
            let (key, list) = try row.decode((Int64, ByteBuffer).self)
            postingLists[key] = Array(list.readableBytesView)
        }
        let count = articles.count
        reserved = try tx.run("SELECT nextval(pg_get_serial_sequence('articles', 'rowid')) FROM generate_series(1, \(count))")
            .map { try $0.decode(Int64.self) }
        reserved.reverse()
    }

    func storedArticle(id: String) throws -> (source: String?, story: String)? { stored[id] }

    func addCopy(_ article: StoredArticle) throws -> Bool { try tx.addCopy(article) }

    func postings(_ keys: [Int64], _ read: (Int64, UnsafeRawBufferPointer) -> Void) throws {
        for key in keys {
            guard let list = postingLists[key] else { continue }
            list.withUnsafeBytes { read(key, $0) }
        }
    }

    func exactOriginal(contentHash: String) throws -> String? { firstWithBody[contentHash] }

    func candidates(_ rowIDs: [Int64]) throws -> [StoredCandidate] {
        let older = try tx.candidates(rowIDs.filter { added[$0] == nil })
        // Keep the order asked (earliest first): stored rows come back in it, this batch's rows are later.
        return older + rowIDs.compactMap { added[$0] }
    }

    func insert(_ article: StoredArticle, verdict: DedupVerdict) throws -> Int64 {
        guard let rowID = reserved.popLast() else { throw BatchOverflow() }
        newRows.append((rowID, article, verdict))
        stored[article.id] = (article.source, verdict.canonicalID ?? article.id)
        if verdict.canonicalID == nil, firstWithBody[article.contentHash] == nil { firstWithBody[article.contentHash] = article.id }
        added[rowID] = StoredCandidate(
            id: article.id, shingleCount: article.signature.shingleCount,
            signature: Array(StoredSignatureCoding.encode(article.signature)), publisher: article.publisher, source: article.source,
            storyKeys: article.storyKeys, relatedTo: verdict.relatedStory)
        return rowID
    }

    func index(_ rowID: Int64, under keys: [Int64]) throws {
        for key in keys {
            if extended.insert(key).inserted { extendedKeys.append(key) }
            withUnsafeBytes(of: rowID.littleEndian) { postingLists[key, default: []].append(contentsOf: $0) }
        }
    }

    func ledgerRows(_ keys: [String]) throws -> [String: StoredLedgerRow] { try tx.ledgerRows(keys) }

    func insertLedgerRows(_ rows: [NewLedgerRow], at time: String) throws { try tx.insertLedgerRows(rows, at: time) }

    /// Writes the batch's articles and extended posting lists: a statement each (the articles of a
    /// very large batch in several).
    func flush() throws {
        // At most 2,000 rows a statement: 19 values each stays under PostgreSQL's 65,535 parameters.
        for start in stride(from: 0, to: newRows.count, by: 2000) {
            var binds = PostgresBindings()
            var rows: [String] = []
            for (rowID, article, verdict) in newRows[start..<min(newRows.count, start + 2000)] {
                let first = binds.count + 1
                rows.append("(" + (first..<(first + 19)).map { "$\($0)" }.joined(separator: ", ") + ")")
                binds.append(rowID)
                binds.append(article.id)
                binds.append(article.contentHash)
                binds.append(article.title)
                binds.append(article.primaryIndustry)
                binds.append(article.source)
                binds.append(article.publisher)
                binds.append(article.ingestedAt)
                binds.append(verdict.canonicalID)
                binds.append(StoreDecisions.kind(verdict))
                binds.append(StoreDecisions.storedMatch(verdict))
                binds.append(verdict.similarity)
                binds.append(Int32(article.signature.shingleCount))
                binds.append(Int32(article.signature.facts.count))
                binds.append(ByteBuffer(data: StoredSignatureCoding.encode(article.signature)))
                binds.append(article.publishedAt)
                binds.append(RecordQuery.joined(article.industries))
                binds.append(verdict.relatedStory)
                binds.append(ByteBuffer(data: StoredSignatureCoding.encode(article.storyKeys)))
            }
            try tx.run(
                PostgresQuery(
                    unsafeSQL: """
                        INSERT INTO articles (rowid, id, content_hash, title, primary_industry, source, publisher, ingested_at,
                            duplicate_of, duplicate_kind, match, similarity, shingle_count, fact_count, signature, published_at, industries,
                            related_to, story_keys)
                        VALUES \(rows.joined(separator: ", "))
                        """, binds: binds))
        }
        if !extendedKeys.isEmpty {
            let lists = extendedKeys.map { ByteBuffer(bytes: postingLists[$0] ?? []) }
            try tx.run(
                """
                INSERT INTO anchors (key, articles) SELECT key, list FROM unnest(\(extendedKeys)::int8[], \(lists)::bytea[]) AS extended (key, list)
                ON CONFLICT (key) DO UPDATE SET articles = excluded.articles
                """)
        }
    }

    /// More articles inserted than the batch reserved row ids for: a bug, never a user's doing.
    struct BatchOverflow: Error, CustomStringConvertible {
        var description: String { "a decision inserted more articles than it reserved row ids for" }
    }
}
