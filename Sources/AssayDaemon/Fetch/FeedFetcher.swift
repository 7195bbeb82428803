import AssayCore
import AssayStore
import Foundation
import Logging

/// Fetches one source on its schedule, for as long as it is configured: conditional GET with the
/// stored validators, the feed's new items (their pages fetched unless the feed carries the whole
/// article) handed to the inbox queue like dropped files, and the source's state saved after each
/// fetch. The feed's validators (`ETag`, `Last-Modified`) move on only once every new item is
/// committed, so items lost to a stop or a crash are fetched again. Failures back off and recover
/// by themselves; nothing disables a source.
public struct FeedFetcher: Sendable {
    let client: HTTPClient
    let store: any FetchStateStore
    let queue: InboxQueue
    let limiter: HostLimiter
    let backoffCap: Double
    let clock: DaemonClock
    let logger: Logger
    /// Each fetch is counted by its status, beside its log line.
    let metrics: DaemonMetrics?
    /// Who this daemon is to daemons sharing its store (host and config file): the holder of its claims.
    let claimant: String

    public init(
        client: HTTPClient, store: any FetchStateStore, queue: InboxQueue, limiter: HostLimiter, backoffCap: Double,
        clock: DaemonClock = .system, logger: Logger, metrics: DaemonMetrics? = nil, claimant: String = "assay"
    ) {
        self.metrics = metrics
        self.claimant = claimant
        self.clock = clock
        self.client = client
        self.store = store
        self.queue = queue
        self.limiter = limiter
        self.backoffCap = backoffCap
        self.logger = logger
    }

    /// The source's loop; returns when the task is cancelled (shutdown or a reload that changed sources).
    /// - Parameter fetched: called after each fetch (the daemon counts first fetches for `--exit-when-idle`).
    public func run(_ source: FeedSource, fetched: () -> Void = {}) async {
        var random = SystemRandomNumberGenerator()
        let schedule = FetchSchedule(interval: source.interval, backoffCap: backoffCap)
        var state = ((try? store.sourceStates()) ?? [:])[source.url] ?? SourceState(url: source.url)
        let now = clock.wallTime().timeIntervalSince1970
        // A stored time that is not a time (NaN, infinity, written by a bad build) is not trusted.
        var due = state.nextRun.flatMap { $0.isFinite ? $0 : nil } ?? 0
        if due <= now { due = now + schedule.startDelay(using: &random) }
        // A due time set under an older, longer interval or back-off is not waited out after a config change.
        due = min(due, now + max(source.interval, schedule.afterFailure(errors: state.errorCount, retryAfter: nil, using: &random)))
        // The due time is kept in the store: daemons sharing it take turns by it.
        if state.nextRun != due {
            state.nextRun = due
            try? store.save(state)
        }
        while !Task.isCancelled {
            let wait = due - clock.wallTime().timeIntervalSince1970
            if wait > 0 {
                do { try await Task.sleep(for: .seconds(wait)) } catch { return }
            }
            // Claimed for a minute: a daemon that dies holding it leaves the source to another once that
            // passes (or takes it back when restarted). Lost to another daemon: wait for the next turn.
            let claimedAt = clock.wallTime().timeIntervalSince1970
            let claimed = (try? store.claim(source.url, by: claimant, now: claimedAt, until: claimedAt + 60)) ?? true
            let latest = (try? store.sourceStates())?[source.url]
            guard claimed else {
                if let latest { state = latest }
                // The winner's next turn, or (while its fetch is under way) a look again shortly.
                due = min(max(state.nextRun ?? 0, claimedAt + min(source.interval, 1)), claimedAt + source.interval)
                continue
            }
            // Validators and counts as the last fetch left them, whichever daemon made it.
            if let latest { state = latest }
            state = await fetchOnce(source, state: state, schedule: schedule, random: &random)
            do { try store.save(state) } catch {
                logger.error("could not save the source's state", metadata: ["url": .string(source.url), "error": .string("\(error)")])
            }
            due = state.nextRun ?? (clock.wallTime().timeIntervalSince1970 + source.interval)
            fetched()
        }
    }

    func fetchOnce(_ source: FeedSource, state old: SourceState, schedule: FetchSchedule, random: inout SystemRandomNumberGenerator)
        async -> SourceState
    {
        var state = old
        let started = clock.instant()
        let host = URL(string: source.url)?.host ?? source.url
        var headers: [String: String] = [:]
        if let etag = state.etag { headers["If-None-Match"] = etag }
        if let lastModified = state.lastModified { headers["If-Modified-Since"] = lastModified }
        await limiter.acquire(host)
        let result: Result<HTTPResponse, FetchFailure>
        do { result = .success(try await client.get(source.url, headers: headers)) } catch { result = .failure(error) }
        await limiter.release(host)
        metrics?.fetched(kind: "source", status: Self.status(result))
        state.lastFetch = clock.timestamp
        var metadata: Logger.Metadata = ["url": .string(source.url)]
        if let name = source.name { metadata["source"] = .string(name) }
        switch result {
        case .failure(let failure):
            return failed(source, state, code: failure.code, detail: failure.description, retryAfter: nil, schedule: schedule,
                started: started, metadata: metadata, random: &random)
        case .success(let response) where response.status == 304:
            state.lastStatus = "304"
            state.lastError = nil
            state.errorCount = 0
            metadata["status"] = .stringConvertible(304)
            return succeeded(state, response, items: (0, 0), schedule: schedule, started: started, metadata: metadata)
        case .success(let response) where (200..<300).contains(response.status):
            let items: (new: Int, seen: Int, committed: Bool)
            switch source.kind {
            case .page:
                let committed = await queue.offerAndWait(
                    fetched: FetchedDocument(
                        url: response.finalURL.isEmpty ? source.url : response.finalURL, bytes: response.body,
                        charset: response.charset, formatHint: nil, feedURL: nil, guid: nil), now: clock.instant())
                items = (1, 0, committed)
            case .feed:
                let parsed: [FeedItem]
                do { parsed = try FeedParser.parse(response.body, feedURL: source.url) } catch {
                    return failed(source, state, code: "malformed_feed", detail: error.message, retryAfter: nil,
                        schedule: schedule, started: started, metadata: metadata, random: &random)
                }
                items = await offerNewItems(parsed, source: source)
            }
            // Validators move on only when every new item is durable: else the next poll must get the items again.
            if items.committed {
                state.etag = response.header("ETag")
                state.lastModified = response.header("Last-Modified")
            }
            state.lastStatus = "\(response.status)"
            state.lastError = nil
            state.errorCount = 0
            state.itemsSeen += items.new
            metadata["status"] = .stringConvertible(response.status)
            metadata["bytes"] = .stringConvertible(response.body.count)
            return succeeded(state, response, items: (items.new, items.seen), schedule: schedule, started: started, metadata: metadata)
        case .success(let response):
            let retryAfter = [429, 503].contains(response.status) ? FetchSchedule.retryAfter(response.header("Retry-After"), now: clock.wallTime()) : nil
            return failed(source, state, code: "\(response.status)", detail: "the server answered HTTP \(response.status)",
                retryAfter: retryAfter, schedule: schedule, started: started, metadata: metadata, random: &random)
        }
    }

    /// Hands the feed's unseen items to the queue: the feed's own content when it is the whole article,
    /// else the page at the item's link, fetched concurrently within the host limits. Pages that fail
    /// are retried at the next poll (they are remembered only once recorded). `committed`: every new
    /// item's outcome is durable.
    private func offerNewItems(_ items: [FeedItem], source: FeedSource) async -> (new: Int, seen: Int, committed: Bool) {
        let feed = source.url
        let candidates = items.map { SeenFeedItem(source: feed, guid: $0.guid, pageURL: $0.link) }
        let seen = (try? store.seen(candidates)) ?? []
        let fresh = items.filter { !seen.contains($0.guid) && ($0.content != nil || $0.link != nil) }
        let results = await withTaskGroup(of: Bool?.self) { group in
            for item in fresh {
                group.addTask {
                    guard let content = item.content else { return await self.fetchPage(item, source: source) }
                    var object: [String: Any] = ["html": content, "url": item.link ?? feed]
                    object["title"] = item.title
                    object["published"] = item.published
                    if !item.authors.isEmpty { object["author"] = item.authors.joined(separator: ", ") }
                    let bytes = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
                    return await queue.offerAndWait(
                        fetched: FetchedDocument(
                            url: item.link ?? feed, bytes: [UInt8](bytes), charset: "utf-8", formatHint: .json, feedURL: feed,
                            guid: item.guid), now: clock.instant())
                }
            }
            var results: [Bool?] = []
            for await result in group { results.append(result) }
            return results
        }
        let offered = results.filter { $0 != nil }.count
        return (offered, items.count - fresh.count, results.allSatisfy { $0 == true })
    }

    /// Fetches one item's page and offers it: whether it was committed (or refused for good), or nil
    /// when the fetch failed and is worth retrying at the next poll (logged).
    private func fetchPage(_ item: FeedItem, source: FeedSource) async -> Bool? {
        let feed = source.url
        guard let link = item.link else { return nil }
        guard source.mayFollow(link) else {
            return refuse(item, link: link, feed: feed, reason: "foreign_host",
                detail: "the link leaves the feed's host; list its host in the source's follow_hosts to fetch it")
        }
        let host = URL(string: link)?.host ?? link
        await limiter.acquire(host)
        let started = clock.instant()
        let page: Result<HTTPResponse, FetchFailure>
        do { page = .success(try await client.get(link)) } catch { page = .failure(error) }
        await limiter.release(host)
        metrics?.fetched(kind: "page", status: Self.status(page))
        switch page {
        case .success(let response) where (200..<300).contains(response.status):
            logger.debug("page fetched", metadata: [
                "url": .string(link), "bytes": .stringConvertible(response.body.count),
                "duration_ms": .stringConvertible(((clock.instant() - started).seconds * 10_000).rounded() / 10),
            ])
            return await queue.offerAndWait(
                fetched: FetchedDocument(
                    url: response.finalURL.isEmpty ? link : response.finalURL, bytes: response.body, charset: response.charset,
                    formatHint: nil, feedURL: feed, guid: item.guid), now: clock.instant())
        case .success(let response):
            logger.warning("page fetch failed; retried at the next poll",
                metadata: ["url": .string(link), "feed": .string(feed), "status": .stringConvertible(response.status)])
        case .failure(let failure) where failure.isFinal:
            return refuse(item, link: link, feed: feed, reason: failure.code, detail: failure.description)
        case .failure(let failure):
            logger.warning("page fetch failed; retried at the next poll",
                metadata: ["url": .string(link), "feed": .string(feed), "reason": .string(failure.code), "detail": .string(failure.description)])
        }
        return nil
    }

    /// The HTTP status, or the failure's code: the `status` label of the fetch counter.
    private static func status(_ result: Result<HTTPResponse, FetchFailure>) -> String {
        switch result {
        case .success(let response): "\(response.status)"
        case .failure(let failure): failure.code
        }
    }

    /// An item whose page will never be fetched (another host, an internal address, over the size
    /// cap): remembered as seen, so no later poll asks again.
    private func refuse(_ item: FeedItem, link: String, feed: String, reason: String, detail: String) -> Bool {
        logger.warning("page not fetched", metadata: ["url": .string(link), "feed": .string(feed), "reason": .string(reason), "detail": .string(detail)])
        do {
            try store.remember([SeenFeedItem(source: feed, guid: item.guid, pageURL: link)], at: clock.timestamp)
            return true
        } catch {
            return false
        }
    }

    private func succeeded(
        _ state: SourceState, _ response: HTTPResponse, items: (new: Int, seen: Int), schedule: FetchSchedule,
        started: ContinuousClock.Instant, metadata: Logger.Metadata
    ) -> SourceState {
        var state = state
        let freshness = FetchSchedule.freshness(
            cacheControl: response.header("Cache-Control"), expires: response.header("Expires"), date: response.header("Date"),
            now: clock.wallTime())
        let delay = schedule.afterSuccess(freshFor: freshness)
        state.nextRun = clock.wallTime().timeIntervalSince1970 + delay
        var metadata = metadata
        metadata["items_new"] = .stringConvertible(items.new)
        metadata["items_seen"] = .stringConvertible(items.seen)
        metadata["duration_ms"] = .stringConvertible(((clock.instant() - started).seconds * 10_000).rounded() / 10)
        metadata["next_in_s"] = .stringConvertible((delay * 10).rounded() / 10)
        logger.info("fetched", metadata: metadata)
        return state
    }

    private func failed(
        _ source: FeedSource, _ state: SourceState, code: String, detail: String, retryAfter: Double?, schedule: FetchSchedule,
        started: ContinuousClock.Instant, metadata: Logger.Metadata, random: inout SystemRandomNumberGenerator
    ) -> SourceState {
        var state = state
        state.errorCount += 1
        state.lastStatus = code
        state.lastError = detail
        let delay = schedule.afterFailure(errors: state.errorCount, retryAfter: retryAfter, using: &random)
        state.nextRun = clock.wallTime().timeIntervalSince1970 + delay
        var metadata = metadata
        metadata["reason"] = .string(code)
        metadata["detail"] = .string(detail)
        metadata["errors"] = .stringConvertible(state.errorCount)
        metadata["duration_ms"] = .stringConvertible(((clock.instant() - started).seconds * 10_000).rounded() / 10)
        metadata["next_in_s"] = .stringConvertible((delay * 10).rounded() / 10)
        if let retryAfter { metadata["retry_after_s"] = .stringConvertible(retryAfter) }
        logger.warning("fetch failed", metadata: metadata)
        return state
    }
}
