import Logging
import ServiceLifecycle
import UnixSignals

/// SIGHUP: reads the config, taxonomy and gazetteer again; a bad one is refused and the running one stays.
/// Folders, `workers`, `queue_size` and `poll` apply at the next restart, and the log says so.
public struct ReloadService: Service {
    let runtime: DaemonRuntime
    let hangups: UnixSignalsSequence
    let reload: @Sendable () throws(ConfigFileErrors) -> DaemonConfig

    /// - Parameter hangups: trapped before the daemon says it is ready (SIGHUP's default would end it).
    public init(runtime: DaemonRuntime, hangups: UnixSignalsSequence, reload: @escaping @Sendable () throws(ConfigFileErrors) -> DaemonConfig) {
        self.runtime = runtime
        self.hangups = hangups
        self.reload = reload
    }

    public func run() async {
        for await _ in hangups.cancelOnGracefulShutdown() {
            runtime.notifier.reloading()
            do {
                let fresh = try reload()
                let old = try runtime.replace(with: fresh)
                runtime.logLevel.value = fresh.logLevel
                let needRestart = ConfigKey.all.filter { !$0.reloadable && $0.differs(old, fresh) }.map(\.name)
                if old.sources != fresh.sources || old.fetch != fresh.fetch { runtime.sourceChangesContinuation.yield() }
                if !needRestart.isEmpty {
                    runtime.logger.warning(
                        "these settings take effect at the next restart", metadata: ["keys": .array(needRestart.map { .string($0) })])
                }
                runtime.logger.info("configuration reloaded", metadata: ["config": .string(fresh.file)])
            } catch {
                for problem in error.errors {
                    runtime.logger.error(
                        "configuration refused; keeping the running one", metadata: ["problem": .string(problem.description)])
                }
            }
            runtime.notifier.ready()
        }
    }
}
