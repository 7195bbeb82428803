import Foundation
import GRDB

/// What the fetcher remembers of a source between fetches and restarts.
public struct SourceState: Sendable, Equatable {
    public var url: String
    public var etag: String?
    public var lastModified: String?
    public var lastFetch: String?
    /// `200`, `304`, `429`, or a failure code (`timeout`, `malformed_feed`, …).
    public var lastStatus: String?
    public var lastError: String?
    /// Failures in a row; 0 once a fetch works again.
    public var errorCount: Int
    /// When the next fetch is due, in seconds since 1970.
    public var nextRun: Double?
    public var itemsSeen: Int

    public init(url: String) {
        self.url = url
        errorCount = 0
        itemsSeen = 0
    }
}

/// A feed item whose article has been recorded.
public struct SeenFeedItem: Sendable, Equatable {
    public var source: String
    public var guid: String
    public var pageURL: String?

    public init(source: String, guid: String, pageURL: String?) {
        self.source = source
        self.guid = guid
        self.pageURL = pageURL
    }
}

/// The fetcher's state: conditional-GET validators, health and schedule per source, and the items seen.
public protocol FetchStateStore: Sendable {
    func sourceStates() throws -> [String: SourceState]
    func save(_ state: SourceState) throws
    /// Which of `items` were recorded before (same source and GUID, or the same page from any feed).
    func seen(_ items: [SeenFeedItem]) throws -> Set<String>
    func remember(_ items: [SeenFeedItem], at time: String) throws
    /// Takes the source's due fetch for `claimant` (one daemon): true when it is due at `now` (or
    /// never fetched) and no other daemon holds it; then no other takes it before `until`. A daemon
    /// restarted after a crash (the same claimant) takes back its own claim at once.
    func claim(_ url: String, by claimant: String, now: Double, until: Double) throws -> Bool
}

extension SQLiteArticleStore: FetchStateStore {
    public func sourceStates() throws -> [String: SourceState] {
        try database.read { db in
            var states: [String: SourceState] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM sources") {
                var state = SourceState(url: row["url"])
                state.etag = row["etag"]
                state.lastModified = row["last_modified"]
                state.lastFetch = row["last_fetch"]
                state.lastStatus = row["last_status"]
                state.lastError = row["last_error"]
                state.errorCount = row["error_count"]
                state.nextRun = row["next_run"]
                state.itemsSeen = row["items_seen"]
                states[state.url] = state
            }
            return states
        }
    }

    /// Saving a fetch's outcome ends its claim (the row is replaced).
    public func save(_ state: SourceState) throws {
        try write { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO sources (url, etag, last_modified, last_fetch, last_status, last_error,
                        error_count, next_run, items_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    state.url, state.etag, state.lastModified, state.lastFetch, state.lastStatus, state.lastError,
                    state.errorCount, state.nextRun, state.itemsSeen,
                ])
        }
    }

    public func seen(_ items: [SeenFeedItem]) throws -> Set<String> {
        try database.read { db in
            var seen: Set<String> = []
            for item in items {
                let byGUID = try Int.fetchOne(
                    db, sql: "SELECT 1 FROM feed_items WHERE source = ? AND guid = ?", arguments: [item.source, item.guid])
                var byPage: Int?
                if byGUID == nil, let page = item.pageURL {
                    byPage = try Int.fetchOne(db, sql: "SELECT 1 FROM feed_items WHERE page_url = ? LIMIT 1", arguments: [page])
                }
                if byGUID != nil || byPage != nil { seen.insert(item.guid) }
            }
            return seen
        }
    }

    public func claim(_ url: String, by claimant: String, now: Double, until: Double) throws -> Bool {
        try write { db in
            try db.execute(sql: "INSERT OR IGNORE INTO sources (url, error_count, items_seen) VALUES (?, 0, 0)", arguments: [url])
            try db.execute(
                sql: """
                    UPDATE sources SET claimed_by = ?, claimed_until = ?
                    WHERE url = ? AND (next_run IS NULL OR next_run <= ?)
                        AND (claimed_until IS NULL OR claimed_until <= ? OR claimed_by = ?)
                    """, arguments: [claimant, until, url, now, now, claimant])
            return db.changesCount > 0
        }
    }

    public func remember(_ items: [SeenFeedItem], at time: String) throws {
        guard !items.isEmpty else { return }
        try write { db in
            let statement = try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO feed_items (source, guid, page_url, seen_at) VALUES (?, ?, ?, ?)")
            for item in items { try statement.execute(arguments: [item.source, item.guid, item.pageURL, time]) }
        }
    }
}
