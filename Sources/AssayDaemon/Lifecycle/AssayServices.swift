import AssayCore
import AssayStore
import Foundation
import Logging
import ServiceLifecycle
import UnixSignals

/// Builds the one ingestion path as a `ServiceGroup`: `assay run`, `assay ingest` and the tests call
/// these. Services are listed in start order; a graceful shutdown stops them in reverse, so intake
/// and fetching stop first, then the pipeline drains, and the heartbeat keeps systemd told to the end.
public enum AssayServices {
    /// `assay run`: the inbox watched, feeds fetched, inputs moved to the archive or quarantine.
    /// - Parameter listener: the `/metrics` and `/health` listener, when `metrics_listen` asks for one
    ///   (built by the executable, which alone links the HTTP server).
    public static func daemon(
        runtime: DaemonRuntime, exitWhenIdle: Bool, listener: (any Service)? = nil,
        reload: @escaping @Sendable () throws(ConfigFileErrors) -> DaemonConfig
    ) async -> ServiceGroup {
        let config = runtime.config
        prepare(runtime, folders: [config.output, config.duplicatesFolder, config.archive], recursive: [config.quarantine])
        let journal = ReadingJournal.open(quarantine: config.quarantine, claimant: config.claimant, workers: config.workers, logger: runtime.logger)
        // SIGHUP is trapped before readiness is announced: its default action would end the process.
        let hangups = await UnixSignalsSequence(trapping: .sighup)
        runtime.unfetchedSources.store(config.sources.count, ordering: .relaxed)
        let intake = InboxIntake(runtime: runtime) { backlog, watching in
            runtime.logger.info(
                "assay started",
                metadata: [
                    "version": .string(AssayVersion.current), "inbox": .string(config.inbox), "output": .string(config.output),
                    "workers": .stringConvertible(config.workers), "backlog": .stringConvertible(backlog),
                    "watch": .string(watching ? "inotify" : "poll"), "sources": .stringConvertible(config.sources.count),
                ])
            runtime.notifier.ready()
            runtime.notifier.status("started; backlog \(backlog)")
        }
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: HeartbeatService(runtime: runtime)),
            .init(service: PipelineService(runtime: runtime, folders: folders(config, moveInputs: true), journal: journal)),
            .init(service: FetchService(runtime: runtime)),
            .init(service: intake),
            .init(service: ReloadService(runtime: runtime, hangups: hangups, reload: reload)),
        ]
        if let listener {
            // Right after the heartbeat: up while the backlog is taken (503 "starting"), down after the pipeline drained.
            services.insert(.init(service: listener), at: 1)
        }
        if exitWhenIdle { services.append(.init(service: IdleExit(runtime: runtime), successTerminationBehavior: .gracefullyShutdownGroup)) }
        var group = ServiceGroupConfiguration(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: runtime.logger)
        group.maximumGracefulShutdownDuration = .milliseconds(Int64(config.gracePeriod * 1000))
        group.maximumCancellationDuration = .seconds(5)
        return ServiceGroup(configuration: group)
    }

    /// `assay ingest`: the named files and folders, read in place, once; the group ends when all are done.
    public static func ingest(runtime: DaemonRuntime, roots: [InputPath]) -> ServiceGroup {
        let config = runtime.config
        prepare(runtime, folders: [config.output])
        let services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: PipelineService(runtime: runtime, folders: folders(config, moveInputs: false))),
            .init(service: ListIntake(runtime: runtime, roots: roots), successTerminationBehavior: .gracefullyShutdownGroup),
        ]
        var group = ServiceGroupConfiguration(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: runtime.logger)
        group.maximumGracefulShutdownDuration = .seconds(60)
        group.maximumCancellationDuration = .seconds(5)
        return ServiceGroup(configuration: group)
    }

    private static func folders(_ config: DaemonConfig, moveInputs: Bool) -> Committer.Folders {
        Committer.Folders(
            output: config.output, duplicates: config.duplicatesFolder, archive: moveInputs ? config.archive : nil,
            quarantine: moveInputs ? config.quarantine : nil)
    }

    /// Makes the output folders, removes the temp files a killed run left (never renamed into place,
    /// so no reader saw them), and marks done the inputs a crash interrupted after they were moved.
    /// - Parameter recursive: folders whose subfolders may hold temp files too (the quarantine's reason files).
    private static func prepare(_ runtime: DaemonRuntime, folders: [String], recursive: [String] = []) {
        let logger = runtime.logger
        var removed = 0
        for folder in folders + recursive {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        // The archive gets no temp files (inputs are renamed into it): only records and reasons are swept.
        let archive = runtime.config.archive
        for folder in Set(folders + [runtime.config.duplicatesFolder]) where folder != archive {
            removed += AtomicFileWriter.removeLeftovers(in: folder)
        }
        for folder in recursive { removed += AtomicFileWriter.removeLeftovers(in: folder, recursive: true) }
        if removed > 0 {
            logger.notice("removed temp files left by an interrupted run", metadata: ["files": .stringConvertible(removed)])
        }
        do {
            let unfinished = try runtime.store.unfinishedInputs()
            let inbox = runtime.config.inbox
            // In the daemon an input that left the inbox was moved: its effects are done. `ingest`
            // leaves inputs in place, so its unfinished rows are finished when the same inputs come again.
            // A fetched input's row is finished when it is fetched again (its validators did not move on);
            // a name kept escaped (not UTF-8) cannot be looked up by text, so it waits for the input too.
            let gone = inbox.isEmpty
                ? []
                : unfinished.filter {
                    $0.path.hasPrefix(inbox + "/") && !$0.path.contains("\\x") && !FileManager.default.fileExists(atPath: $0.path)
                }
            try runtime.store.markDone(gone.map { ($0.key, nil) }, at: runtime.clock.timestamp)
            if !unfinished.isEmpty {
                logger.notice(
                    "resuming work interrupted by a crash",
                    metadata: ["inputs": .stringConvertible(unfinished.count), "already_moved": .stringConvertible(gone.count)])
            }
        } catch {
            logger.error("could not read the ledger", metadata: ["error": .string("\(error)")])
        }
    }
}
