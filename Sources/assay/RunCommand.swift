import ArgumentParser
import AssayDaemon
import AssayListener
import AssayPostgres
import AssayStore
import Foundation
import Logging

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon: take the inbox's backlog, then watch it and turn every dropped file into records.",
        discussion: """
            Each input ends with exactly one outcome, even across crashes: its records written (duplicates into \
            output/duplicates/), or the input moved to the quarantine with NAME.reason.json; processed inputs \
            are moved to the archive. Logs are one JSON object per line on stdout (text on a terminal). \
            SIGTERM/SIGINT stop intake and finish what is in flight; SIGHUP reloads the config and taxonomy. \
            One daemon per state store: a second exits at once naming the first. \
            Exits 78 when the config or the state store cannot be used.
            """)

    @OptionGroup var location: ConfigLocation

    @Flag(name: .customLong("exit-when-idle"), help: "Stop once the backlog is processed (for one-off runs and demos).")
    var exitWhenIdle = false

    func run() async throws {
        let config = try location.load()
        let level = SharedLogLevel(config.logLevel)
        let format: DaemonLogHandler.Format =
            switch config.logFormat {
            case .json: .json
            case .text: .text
            case .auto: isatty(STDOUT_FILENO) == 1 ? .text : .json
            }
        LoggingSystem.bootstrap { _ in DaemonLogHandler(format: format, level: level) }
        let logger = Logger(label: "assay")
        let (lock, store) = try StateStoreOpening.open(config.state, settings: config.store, file: config.file, logger: logger) { pending in
            // Rebuilding the index of a large store can outlast systemd's start timeout: extend it.
            let notifier = SystemdNotifier()
            notifier.status("upgrading the state store (one time)")
            notifier.send("EXTEND_TIMEOUT_USEC=3600000000")
            logger.notice(
                "upgrading the state store; this runs once and can take minutes for a large store",
                metadata: ["state": .string(config.state), "migrations": .array(pending.map { .string($0) })])
        }
        let path = location.path
        let runtime: DaemonRuntime
        do {
            runtime = try DaemonRuntime(
                config: config, store: store, logger: logger, logLevel: level, notifier: SystemdNotifier(), clock: .system)
        } catch {
            for problem in error.errors { Console.error(problem.description) }
            throw ExitCode(DaemonConfigFile.exitCode)
        }
        let listener = ListenAddress(config.metricsListen).map { MetricsListener(runtime: runtime, host: $0.host, port: $0.port) }
        let group = await AssayServices.daemon(runtime: runtime, exitWhenIdle: exitWhenIdle, listener: listener) { () throws(ConfigFileErrors) in
            try DaemonConfigFile.load(path: path)
        }
        try await group.run()
        runtime.notifier.stopping()
        logger.info("assay stopped", metadata: OutcomeLog.summary(runtime.outcomes.counters.snapshot))
        withExtendedLifetime(lock) {}
    }
}

/// Opens the state store for one process: a SQLite file with its lock first (a second process is
/// refused, naming the first), or a PostgreSQL server, which several daemons share (no lock). An
/// empty or foreign file, or a server that cannot be reached, exits 78 with the message.
enum StateStoreOpening {
    static func open(
        _ state: String, settings: StoreSettings = StoreSettings(), file: String, logger: Logger? = nil,
        beforeUpgrade: (([String]) -> Void)? = nil
    ) throws
        -> (StateLock?, any StateStore)
    {
        do throws(StoreError) {
            if DaemonConfig.isPostgres(state) {
                return (nil, try PostgresArticleStore(url: state, settings: settings, logger: logger ?? Logger(label: "assay.postgres")))
            }
            let lock = try StateLock(state: state)
            return (lock, try SQLiteArticleStore(path: state, beforeUpgrade: beforeUpgrade))
        } catch {
            Console.error("\(file): state: \(error)")
            throw ExitCode(DaemonConfigFile.exitCode)
        }
    }
}
