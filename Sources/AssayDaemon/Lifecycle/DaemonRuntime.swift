import AssayStore
import Logging
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// What the daemon's services share: the configuration in force and its processor (a reload swaps
/// both), the queue between intake and pipeline, the outcome log, systemd and the clock.
public final class DaemonRuntime: Sendable {
    public struct Current: Sendable {
        public var config: DaemonConfig
        public var processor: InputProcessor
    }

    private let current: Mutex<Current>
    public let queue: InboxQueue
    public let store: any StateStore
    /// This daemon's claims on the files of a shared inbox; nil when the inbox is its own.
    public let claims: InboxClaims?
    public let outcomes: OutcomeLog
    public let notifier: SystemdNotifier
    public let clock: DaemonClock
    public let logLevel: SharedLogLevel
    /// Where the workers run the pipeline, off the cooperative pool (see `ExtractionThreads`).
    let extraction: ExtractionThreads
    /// Sources not yet fetched (and their items committed) once since start: an idle exit waits for them.
    let unfetchedSources = Atomic<Int>(0)
    /// Inputs processed by a worker or committed: the heartbeat feeds the watchdog only while it moves.
    let progress = Atomic<Int>(0)
    /// The intake has offered what it found at start: before that an empty queue does not mean idle.
    let intakeStarted = Atomic<Bool>(false)
    /// A graceful stop has begun: `/health` answers 503.
    let stopping = Atomic<Bool>(false)
    /// Why the last batch was not committed (a folder taken by a file, a full disk); nil once one is.
    var lastCommitFailure: String? {
        get { commitFailure.withLock { $0 } }
        set { commitFailure.withLock { $0 = newValue } }
    }
    private let commitFailure = Mutex<String?>(nil)
    /// The state file as opened: `/health` tells when it was deleted or replaced under the daemon.
    let storeIdentity: FileIdentity?
    /// Told when a reload changed the sources or fetch settings: the fetch loops restart with them.
    let sourceChanges: AsyncStream<Void>
    let sourceChangesContinuation: AsyncStream<Void>.Continuation

    public init(
        config: DaemonConfig, store: any StateStore, logger: Logger, logLevel: SharedLogLevel, notifier: SystemdNotifier,
        clock: DaemonClock, observer: (@Sendable (InputReport) -> Void)? = nil
    ) throws(ConfigFileErrors) {
        current = Mutex(Current(config: config, processor: try Self.processor(for: config)))
        queue = InboxQueue(limit: config.queueSize)
        self.store = store
        claims = config.sharedInbox ? (store as? any InputClaims).map {
            InboxClaims(store: $0, claimant: config.claimant, lease: config.claimLease, logger: logger)
        } : nil
        var info = stat()
        storeIdentity = !config.storeIsPostgres && stat(config.state, &info) == 0 ? FileIdentity(info) : nil
        outcomes = OutcomeLog(logger: logger, counters: DaemonCounters(), observer: observer)
        self.notifier = notifier
        self.clock = clock
        self.logLevel = logLevel
        extraction = ExtractionThreads(count: config.workers)
        (sourceChanges, sourceChangesContinuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    public var logger: Logger { outcomes.logger }

    /// The daemon's log at warning and above only, with a level of its own: for libraries (the HTTP
    /// listener) whose info lines would repeat the daemon's own.
    public var quietLogger: Logger {
        var quiet = logger
        if let handler = logger.handler as? DaemonLogHandler { quiet.handler = handler.withOwnLevel(.warning) }
        return quiet
    }
    public var config: DaemonConfig { current.withLock { $0.config } }
    public var processor: InputProcessor { current.withLock { $0.processor } }

    /// Puts a reloaded configuration in force; returns the one it replaces.
    func replace(with config: DaemonConfig) throws(ConfigFileErrors) -> DaemonConfig {
        let processor = try Self.processor(for: config)
        return current.withLock { current in
            defer { current = Current(config: config, processor: processor) }
            return current.config
        }
    }

    static func processor(for config: DaemonConfig) throws(ConfigFileErrors) -> InputProcessor {
        let pipeline = try config.pipeline()
        pipeline.warmUp()
        return InputProcessor(
            pipeline: pipeline, settle: .milliseconds(Int64(config.settleSeconds * 1000)), maxProcessSeconds: config.maxProcessSeconds)
    }
}
