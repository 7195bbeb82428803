import AssayCore
import AssayStore
import ServiceLifecycle
import Synchronization

/// The workers, the sequencer and the committer: takes inputs from the queue until it closes, runs
/// the pure pipeline on `workers` tasks (on threads of their own, so the heartbeat and signals are
/// never starved), and commits the results in discovery order. On graceful
/// shutdown (after the intake and fetchers have stopped) it closes the queue, finishes what is in
/// flight and returns; what was still waiting stays where it was for the next start.
public struct PipelineService: Service {
    let runtime: DaemonRuntime
    let committer: Committer
    /// What each worker reads, for the start after a crash; nil for `ingest`, which reads in place once.
    let journal: ReadingJournal?

    public init(runtime: DaemonRuntime, folders: Committer.Folders, journal: ReadingJournal? = nil) {
        self.runtime = runtime
        committer = Committer(ledger: runtime.store, fetchState: runtime.store, folders: folders, mover: InputMover())
        self.journal = journal
    }

    /// Past the grace period the group cancels this service, but a worker deep in a page cannot be
    /// interrupted: the service returns at once (exit 0) and leaves that input in the inbox, not
    /// committed, for the next start. The work runs in a task of its own so that return is possible.
    public func run() async {
        let work = Task { await drain() }
        let end = FirstEnd()
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                end.wait(continuation)
                Task {
                    await work.value
                    end.finish()
                }
            }
        } onCancel: {
            runtime.logger.notice("grace period over; inputs still being processed stay in the inbox for the next start")
            end.finish()
        }
    }

    private func drain() async {
        let queue = runtime.queue
        let journal = journal
        let sequencer = ResultSequencer()
        let workers = runtime.config.workers
        await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    await withTaskGroup(of: Void.self) { workerGroup in
                        for worker in 0..<workers {
                            workerGroup.addTask(executorPreference: runtime.extraction) {
                                while let items = await queue.next(upTo: ArticlePipeline.batchLimit, sharedBy: workers) {
                                    // Chunk by chunk: each chunk's results go to the committer as soon as they are ready.
                                    var left = items[...]
                                    while !left.isEmpty {
                                        let clock = runtime.clock
                                        let processed = runtime.processor.process(
                                            left, now: clock.timestamp, clock: clock.instant, reading: journal.map { ($0, worker) }
                                        ) {
                                            runtime.progress.add(1, ordering: .relaxed)
                                        }
                                        runtime.progress.add(1, ordering: .relaxed)
                                        for input in processed { await sequencer.submit(input) }
                                        left = left.dropFirst(processed.count)
                                    }
                                }
                            }
                        }
                    }
                    await sequencer.finish()
                }
                group.addTask { await commitLoop(sequencer) }
            }
        } onGracefulShutdown: {
            runtime.stopping.store(true, ordering: .relaxed)
            runtime.notifier.stopping()
            runtime.logger.info("stopping: intake closed, finishing inputs in flight")
            Task { await queue.close() }
        }
    }

    private func commitLoop(_ sequencer: ResultSequencer) async {
        while var batch = await sequencer.nextBatch(limit: 256) {
            if let claims = runtime.claims { batch = await keepClaimed(batch, claims) }
            let clock = runtime.clock
            let result = committer.commit(batch, handling: runtime.config.duplicateHandling, now: clock.timestamp, instant: clock.instant())
            runtime.progress.add(1, ordering: .relaxed)
            for report in result.reports { runtime.outcomes.record(report) }
            if !result.reports.isEmpty {
                runtime.lastCommitFailure = result.reports.first { $0.outcome == .failed }.map { $0.detail ?? $0.reason ?? "unknown" }
            }
            for (key, committed) in result.finished { await runtime.queue.finished(key, committed: committed) }
            for path in result.putBack {
                runtime.logger.debug("input still being written; looked at again later", metadata: ["input": .string(path.description)])
                await runtime.queue.putBack(path)
            }
            runtime.claims?.settle(
                done: result.finished.compactMap { $0.committed ? $0.key.file : nil },
                released: result.finished.compactMap { $0.committed ? nil : $0.key.file })
        }
    }

    /// The inputs of a batch whose files this daemon still holds (their claims renewed): one whose
    /// claim lapsed (the daemon stalled past the lease) may be another daemon's now, so it is left
    /// to that one, untouched and without an outcome here.
    private func keepClaimed(_ batch: [ProcessedInput], _ claims: InboxClaims) async -> [ProcessedInput] {
        let held = claims.hold(batch.compactMap { $0.item.key.file })
        var kept: [ProcessedInput] = []
        for input in batch {
            guard let path = input.item.key.file, !held.contains(path) else {
                kept.append(input)
                continue
            }
            runtime.logger.warning(
                "claim on the input lost before its decision; left to the daemon that holds it now",
                metadata: ["input": .string(input.item.name)])
            await runtime.queue.finished(input.item.key, committed: false)
        }
        return kept
    }
}

/// Resumes one waiter once, on whichever comes first: the work ending or the wait being cancelled
/// (which may come before the waiter is even registered).
private final class FirstEnd: Sendable {
    private enum State {
        case idle
        case waiting(CheckedContinuation<Void, Never>)
        case ended
    }

    private let state = Mutex(State.idle)

    func wait(_ continuation: CheckedContinuation<Void, Never>) {
        let endedAlready = state.withLock { state -> Bool in
            if case .ended = state { return true }
            state = .waiting(continuation)
            return false
        }
        if endedAlready { continuation.resume() }
    }

    func finish() {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            defer { state = .ended }
            if case .waiting(let continuation) = state { return continuation }
            return nil
        }
        waiter?.resume()
    }
}
