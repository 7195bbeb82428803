import AssayCore
import AssayStore
import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import UnixSignals

/// `assay run`: the inbox watcher, the bounded queue, the workers and the committer, as one
/// `Service`. On start it finishes what a crash interrupted, takes the backlog, then follows
/// inotify (and periodic rescans as a safety net). A graceful shutdown stops intake first, lets the
/// workers finish what they hold, then the committer drains; what was still waiting stays in the
/// inbox for the next start.
public final class IngestService: Service, Sendable {
    /// What SIGHUP may change while the daemon runs.
    struct Runtime: Sendable {
        var config: DaemonConfig
        var processor: InputProcessor
    }

    private let runtime: Mutex<Runtime>
    private let store: SQLiteArticleStore
    private let logger: Logger
    private let logLevel: SharedLogLevel
    private let notifier: SystemdNotifier
    private let exitWhenIdle: Bool
    private let reload: @Sendable () throws(ConfigFileErrors) -> DaemonConfig
    public let counters = DaemonCounters()
    /// Files the last scan left because they were still being written.
    private let unsettled = Atomic<Int>(0)
    /// Sources not yet fetched once since start: `--exit-when-idle` waits for them.
    private let unfetchedSources = Atomic<Int>(0)
    /// Told when a reload changed the sources or fetch settings: the fetch loops restart with them.
    private let sourceChanges: AsyncStream<Void>
    private let sourceChangesContinuation: AsyncStream<Void>.Continuation

    /// - Parameters:
    ///   - reload: reads the configuration again (on SIGHUP); a failure keeps the running one.
    ///   - exitWhenIdle: stop by itself once the backlog is done (for one-shot runs and demos).
    public init(
        config: DaemonConfig, store: SQLiteArticleStore, logger: Logger, logLevel: SharedLogLevel,
        notifier: SystemdNotifier = SystemdNotifier(), exitWhenIdle: Bool = false,
        reload: @escaping @Sendable () throws(ConfigFileErrors) -> DaemonConfig
    ) throws(ConfigFileErrors) {
        runtime = Mutex(Runtime(config: config, processor: InputProcessor(pipeline: try config.pipeline())))
        self.store = store
        self.logger = logger
        self.logLevel = logLevel
        self.notifier = notifier
        self.exitWhenIdle = exitWhenIdle
        self.reload = reload
        (sourceChanges, sourceChangesContinuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    private var config: DaemonConfig { runtime.withLock { $0.config } }

    public func run() async throws {
        let config = self.config
        let queue = InboxQueue(limit: config.queueSize)
        let sequencer = ResultSequencer()
        let (stopRequests, requestStop) = AsyncStream.makeStream(of: Void.self)
        // Trap SIGHUP before announcing readiness: its default action would end the process.
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        prepareFolders(config)
        finishInterruptedWork()
        let scanner = InboxScanner(inbox: config.inbox)
        let watcher = startWatcher(scanner, poll: config.poll)
        unfetchedSources.store(config.sources.count, ordering: .relaxed)
        let backlog = await offerScan(scanner, to: queue)
        unsettled.store(backlog.deferred, ordering: .relaxed)
        logger.info(
            "assay started",
            metadata: [
                "version": .string(AssayVersion.current), "inbox": .string(config.inbox), "output": .string(config.output),
                "workers": .stringConvertible(config.workers), "backlog": .stringConvertible(backlog.offered),
                "watch": .string(watcher == nil ? "poll" : "inotify"), "sources": .stringConvertible(config.sources.count),
            ])
        notifier.ready()
        notifier.status("started; backlog \(backlog.offered)")

        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await self.process(queue: queue, sequencer: sequencer, workers: config.workers) }
                group.addTask {
                    await withTaskGroup(of: Void.self) { intake in
                        if let watcher {
                            intake.addTask { await self.follow(watcher, scanner: scanner, queue: queue) }
                        }
                        intake.addTask {
                            await self.rescanLoop(scanner, queue: queue, recheckSoon: backlog.deferred > 0)
                        }
                        intake.addTask { await self.heartbeatLoop(queue: queue) }
                        intake.addTask { await self.fetchLoop(queue: queue) }
                        intake.addTask { await self.reloadLoop(hangups) }
                        if self.exitWhenIdle {
                            intake.addTask {
                                await self.waitUntilIdle(queue)
                                requestStop.yield()
                            }
                        }
                        for await _ in stopRequests { break }
                        intake.cancelAll()
                    }
                    watcher?.stop()
                    await queue.close()
                }
            }
        } onGracefulShutdown: {
            self.notifier.stopping()
            self.logger.info("stopping: intake closed, finishing inputs in flight")
            requestStop.yield()
        }
        let totals = counters.snapshot
        logger.info("assay stopped", metadata: summaryMetadata(totals))
    }

    // MARK: Processing

    private func process(queue: InboxQueue, sequencer: ResultSequencer, workers: Int) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await withTaskGroup(of: Void.self) { workerGroup in
                    for _ in 0..<workers {
                        workerGroup.addTask {
                            while let item = await queue.next() {
                                let processor = self.runtime.withLock { $0.processor }
                                await sequencer.submit(processor.process(item, now: Date().formatted(.iso8601)))
                            }
                        }
                    }
                }
                await sequencer.finish()
            }
            group.addTask { await self.commitLoop(queue: queue, sequencer: sequencer) }
        }
    }

    private func commitLoop(queue: InboxQueue, sequencer: ResultSequencer) async {
        let config = self.config
        let committer = Committer(
            ledger: store, fetchState: store,
            folders: .init(
                output: config.output, duplicates: config.duplicatesFolder, archive: config.archive,
                quarantine: config.quarantine),
            mover: InputMover(inbox: config.inbox), counters: counters, logger: logger)
        while let batch = await sequencer.nextBatch(limit: 256) {
            let handling = self.config.duplicateHandling
            let result = committer.commit(batch, handling: handling)
            for path in result.finishedPaths { await queue.finished(path) }
        }
    }

    /// Makes the duplicates folder and removes the temp files a killed run left behind (they were
    /// never renamed into place, so no reader saw them).
    private func prepareFolders(_ config: DaemonConfig) {
        try? FileManager.default.createDirectory(atPath: config.duplicatesFolder, withIntermediateDirectories: true)
        var removed = 0
        for folder in [config.output, config.duplicatesFolder, config.quarantine, config.archive] {
            removed += AtomicFileWriter.removeLeftovers(in: folder)
        }
        if removed > 0 {
            logger.notice("removed temp files left by an interrupted run", metadata: ["files": .stringConvertible(removed)])
        }
    }

    /// Ledger rows decided before a crash whose input has already left the inbox: their effects are done.
    private func finishInterruptedWork() {
        do {
            let unfinished = try store.unfinishedInputs()
            let gone = unfinished.filter { !FileManager.default.fileExists(atPath: $0.path) }
            try store.markDone(gone.map(\.key), at: Date().formatted(.iso8601))
            if !unfinished.isEmpty {
                logger.notice(
                    "resuming work interrupted by a crash",
                    metadata: [
                        "inputs": .stringConvertible(unfinished.count),
                        "already_moved": .stringConvertible(gone.count),
                    ])
            }
        } catch {
            logger.error("could not read the ledger", metadata: ["error": .string("\(error)")])
        }
    }

    // MARK: Intake

    /// inotify on the inbox, set up before the backlog scan so nothing dropped in between is missed.
    private func startWatcher(_ scanner: InboxScanner, poll: Bool) -> InotifyWatcher? {
        guard !poll else { return nil }
        do {
            return try InotifyWatcher(folders: scanner.folders())
        } catch {
            logger.warning("inotify unavailable; rescanning on a timer only", metadata: ["error": .string("\(error)")])
            return nil
        }
    }

    /// Offers what a scan finds. A file still open for writing (or, where that cannot be told,
    /// changed within `settle_seconds`) is left for inotify's close event or a later scan.
    private func offerScan(_ scanner: InboxScanner, folder: String? = nil, to queue: InboxQueue) async
        -> (offered: Int, deferred: Int)
    {
        let settle = config.settleSeconds
        var offered = 0
        var deferred = 0
        for found in scanner.scan(folder) {
            let settled = InboxScanner.isOpenForWriting(found.path).map { !$0 } ?? (found.age >= settle)
            if !settled {
                deferred += 1
            } else if await queue.offer(found.path) {
                offered += 1
            }
        }
        return (offered, deferred)
    }

    private func follow(_ watcher: InotifyWatcher, scanner: InboxScanner, queue: InboxQueue) async {
        for await event in watcher.events {
            switch event {
            case .fileReady(let path):
                await queue.offer(path)
            case .folderAdded(let folder):
                _ = await offerScan(scanner, folder: folder, to: queue)
            case .overflow:
                logger.warning("inotify queue overflowed; rescanning the inbox")
                _ = await offerScan(scanner, to: queue)
            }
        }
    }

    private func rescanLoop(_ scanner: InboxScanner, queue: InboxQueue, recheckSoon: Bool) async {
        var soon = recheckSoon
        while !Task.isCancelled {
            let config = self.config
            let wait = soon ? min(config.pollInterval, config.settleSeconds + 0.1) : config.pollInterval
            do { try await Task.sleep(for: .seconds(wait)) } catch { return }
            let deferred = await offerScan(scanner, to: queue).deferred
            soon = deferred > 0
            unsettled.store(deferred, ordering: .relaxed)
        }
    }

    private func waitUntilIdle(_ queue: InboxQueue) async {
        while !Task.isCancelled {
            let counts = await queue.counts
            if counts.waiting == 0 && counts.inFlight == 0 && unsettled.load(ordering: .relaxed) == 0
                && unfetchedSources.load(ordering: .relaxed) <= 0
            {
                return
            }
            do { try await Task.sleep(for: .milliseconds(50)) } catch { return }
        }
    }

    // MARK: Fetching

    /// One loop per configured source; a reload that changes the sources restarts them (their
    /// schedules and validators are in the store, so nothing is fetched early or twice).
    private func fetchLoop(queue: InboxQueue) async {
        var changes = sourceChanges.makeAsyncIterator()
        while !Task.isCancelled {
            let config = self.config
            let fetcher = FeedFetcher(
                client: HTTPClient(settings: config.fetch.http), store: store, queue: queue,
                limiter: HostLimiter(total: config.fetch.concurrency, perHost: config.fetch.perHost),
                backoffCap: config.fetch.backoffCap, logger: logger)
            let loops = Task {
                await withTaskGroup(of: Void.self) { group in
                    for source in config.sources {
                        group.addTask {
                            var first = true
                            await fetcher.run(source) {
                                if first { self.unfetchedSources.subtract(1, ordering: .relaxed) }
                                first = false
                            }
                        }
                    }
                }
            }
            let changed = await changes.next() != nil
            loops.cancel()
            await loops.value
            if !changed { return }
        }
    }

    // MARK: Observability and reload

    /// The periodic summary line, `STATUS=` and watchdog keep-alives.
    private func heartbeatLoop(queue: InboxQueue) async {
        let tick = min(notifier.watchdogInterval?.seconds ?? 5, 5, config.summaryInterval)
        var sinceSummary = 0.0
        while !Task.isCancelled {
            do { try await Task.sleep(for: .seconds(tick)) } catch { return }
            notifier.watchdog()
            let totals = counters.snapshot
            notifier.status(totals.statusLine)
            sinceSummary += tick
            guard sinceSummary >= config.summaryInterval else { continue }
            sinceSummary = 0
            var metadata = summaryMetadata(totals)
            let counts = await queue.counts
            metadata["waiting"] = .stringConvertible(counts.waiting)
            metadata["in_flight"] = .stringConvertible(counts.inFlight)
            logger.info("summary", metadata: metadata)
        }
    }

    private func summaryMetadata(_ totals: DaemonCounters.Snapshot) -> Logger.Metadata {
        [
            "inputs": .stringConvertible(totals.inputs), "records": .stringConvertible(totals.records),
            "duplicates": .stringConvertible(totals.duplicates), "quarantined": .stringConvertible(totals.quarantined),
            "repeated": .stringConvertible(totals.repeated), "already_stored": .stringConvertible(totals.alreadyStored),
            "failures": .stringConvertible(totals.failures),
            "industries": .dictionary(totals.perIndustry.mapValues { .stringConvertible($0) }),
        ]
    }

    /// SIGHUP: read the config and taxonomy again; a bad one is refused and the running one stays.
    private func reloadLoop(_ hangups: UnixSignalsSequence) async {
        for await _ in hangups {
            notifier.reloading()
            do {
                let fresh = try reload()
                let processor = InputProcessor(pipeline: try fresh.pipeline())
                let old = runtime.withLock { runtime in
                    defer { runtime = Runtime(config: fresh, processor: processor) }
                    return runtime.config
                }
                logLevel.value = fresh.logLevel
                let needRestart = [
                    ("inbox", old.inbox != fresh.inbox), ("output", old.output != fresh.output),
                    ("archive", old.archive != fresh.archive), ("quarantine", old.quarantine != fresh.quarantine),
                    ("state", old.state != fresh.state), ("workers", old.workers != fresh.workers),
                    ("queue_size", old.queueSize != fresh.queueSize), ("poll", old.poll != fresh.poll),
                ].filter(\.1).map(\.0)
                if old.sources != fresh.sources || old.fetch != fresh.fetch { sourceChangesContinuation.yield() }
                if !needRestart.isEmpty {
                    logger.warning(
                        "these settings take effect at the next restart",
                        metadata: ["keys": .array(needRestart.map { .string($0) })])
                }
                logger.info("configuration reloaded", metadata: ["config": .string(fresh.file)])
            } catch {
                for problem in error.errors {
                    logger.error("configuration refused; keeping the running one", metadata: ["problem": .string(problem.description)])
                }
            }
            notifier.ready()
        }
    }
}
