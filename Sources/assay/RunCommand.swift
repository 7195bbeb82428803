import ArgumentParser
import AssayDaemon
import AssayStore
import Foundation
import Logging
import ServiceLifecycle

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon: take the inbox's backlog, then watch it and turn every dropped file into records.",
        discussion: """
            Each input ends with exactly one outcome, even across crashes: its records written (duplicates into \
            output/duplicates/), or the input moved to the quarantine with NAME.reason.json; processed inputs \
            are moved to the archive. Logs are one JSON object per line on stdout (text on a terminal). \
            SIGTERM/SIGINT stop intake and finish what is in flight; SIGHUP reloads the config and taxonomy. \
            Exits 78 when the config cannot be used.
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
        let store: SQLiteArticleStore
        do {
            store = try SQLiteArticleStore(path: config.state) { pending in
                // Rebuilding the index of a large store can outlast systemd's start timeout: extend it.
                let notifier = SystemdNotifier()
                notifier.status("upgrading the state store (one time)")
                notifier.send("EXTEND_TIMEOUT_USEC=3600000000")
                logger.notice(
                    "upgrading the state store; this runs once and can take minutes for a large store",
                    metadata: ["state": .string(config.state), "migrations": .array(pending.map { .string($0) })])
            }
        } catch {
            Console.error("\(config.file): state: \(error)")
            throw ExitCode(DaemonConfigFile.exitCode)
        }
        let path = location.path
        let service: IngestService
        do {
            service = try IngestService(
                config: config, store: store, logger: logger, logLevel: level, exitWhenIdle: exitWhenIdle,
                reload: { () throws(ConfigFileErrors) in try DaemonConfigFile.load(path: path) })
        } catch {
            for problem in error.errors { Console.error(problem.description) }
            throw ExitCode(DaemonConfigFile.exitCode)
        }
        var groupConfiguration = ServiceGroupConfiguration(
            services: [.init(service: service, successTerminationBehavior: .gracefullyShutdownGroup)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = .milliseconds(Int64(config.gracePeriod * 1000))
        groupConfiguration.maximumCancellationDuration = .seconds(2)
        try await ServiceGroup(configuration: groupConfiguration).run()
    }
}
