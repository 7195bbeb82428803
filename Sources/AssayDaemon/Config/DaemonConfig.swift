import AssayCore
import AssayStore
import Foundation
import Logging

/// Everything `assay run` needs, read from `assay.toml` and `ASSAY_…` environment overrides.
/// Paths are absolute here: relative ones were resolved against the config file's folder.
public struct DaemonConfig: Sendable, Equatable {
    public enum LogFormat: String, Sendable, CaseIterable {
        case json, text
        /// JSON, or text when stdout is a terminal.
        case auto
    }

    public var file: String
    public var inbox: String
    public var output: String
    public var archive: String
    public var quarantine: String
    public var state: String
    public var workers: Int
    /// Inputs read ahead of the workers at most; bounds memory whatever the backlog.
    public var queueSize: Int
    public var maxFileBytes: Int
    /// Seconds one input may take in the pipeline before it is quarantined `too_slow`.
    public var maxProcessSeconds: Double
    public var timeZone: String
    public var duplicates: DuplicateHandling.Policy
    public var nearThreshold: Double
    /// Share of the smaller set of names and figures another outlet's article must share to be a rewrite.
    public var rewriteThreshold: Double
    public var logLevel: Logger.Level
    public var logFormat: LogFormat
    /// Industry taxonomy file; nil for the built-in one.
    public var taxonomy: String?
    /// Rescan the inbox on a timer only (network file systems, where inotify sees nothing).
    public var poll: Bool
    /// Seconds between rescans of the inbox (the safety net beside inotify, or the only way with `poll`).
    public var pollInterval: Double
    /// A file found by a rescan (not announced closed by inotify) must be unchanged this long to be taken.
    public var settleSeconds: Double
    /// Seconds that a stop may take to finish in-flight inputs.
    public var gracePeriod: Double
    /// Seconds between summary log lines.
    public var summaryInterval: Double
    /// `host:port` of the metrics and health listener; empty for none (the default).
    public var metricsListen = ""
    /// Gazetteer file (companies, institutions, places) facts are read with; nil for the built-in one.
    public var gazetteer: String?
    /// Supply-chain facts are read into each record; false leaves `facts` null (and story links by
    /// facts off) for a host that has no use for them and would rather spare their CPU.
    public var facts = true
    /// Feeds and pages fetched on a schedule.
    public var sources: [FeedSource] = []
    public var fetch = FetchSettings()
    /// How a PostgreSQL store is reached (`[store]`).
    public var store = StoreSettings()
    /// The inbox is one folder several daemons poll (`[store] shared_inbox`): each file is claimed first.
    public var sharedInbox = false
    /// Seconds a daemon's claim on an inbox file lasts unless renewed: how soon a dead daemon's files are taken over.
    public var claimLease: Double = 30

    /// Tables of the config, beside the keys.
    static let tables: Set<String> = ["sources", "fetch", "store"]

    /// How this daemon names itself in claims (fetches, shared inbox files): its host and config file,
    /// so a daemon restarted after a crash takes its own claims back at once.
    public var claimant: String { "\(ProcessInfo.processInfo.hostName):\(file)" }

    /// The pipeline this configuration asks for (taxonomy and gazetteer loaded and compiled).
    public func pipeline() throws(ConfigFileErrors) -> ArticlePipeline {
        let loaded = try TaxonomyFile.load(path: taxonomy)
        let classifier: IndustryClassifier
        do { classifier = try IndustryClassifier(taxonomy: loaded) } catch {
            throw ConfigFileErrors([ConfigFileError(file: taxonomy ?? "built-in taxonomy", message: error.description)])
        }
        var factFinder: FactFinder?
        // (A gazetteer named is read even with facts off: a broken one is refused now, not at the reload that turns facts on.)
        if facts || gazetteer != nil {
            let names = try GazetteerFile.load(path: gazetteer)
            if facts { factFinder = FactFinder(gazetteer: names) }
        }
        return ArticlePipeline(
            settings: PipelineSettings(maxBytes: maxFileBytes, defaultTimeZone: TimeZone(identifier: timeZone) ?? .gmt),
            classifier: classifier, factFinder: factFinder)
    }

    public var duplicateHandling: DuplicateHandling {
        DuplicateHandling(policy: duplicates, rule: DuplicateRule(containment: nearThreshold, factContainment: rewriteThreshold))
    }

    /// `state` names a PostgreSQL server (`postgresql://…`), shared by several daemons, not a SQLite file.
    public var storeIsPostgres: Bool { Self.isPostgres(state) }

    public static func isPostgres(_ state: String) -> Bool { state.hasPrefix("postgresql://") || state.hasPrefix("postgres://") }

    /// Where records of reprints go under `mark`.
    public var duplicatesFolder: String { (output as NSString).appendingPathComponent("duplicates") }
}

extension DaemonConfig {
    /// The settings of a one-shot `assay ingest`: no inbox, archive or quarantine (inputs stay where
    /// they are), the other keys at their defaults unless given.
    public static func oneShot(
        output: String, state: String, workers: Int, maxFileBytes: Int, timeZone: String, taxonomy: String?,
        duplicates: DuplicateHandling.Policy, nearThreshold: Double, rewriteThreshold: Double
    ) -> DaemonConfig {
        DaemonConfig(
            file: "(command line)", inbox: "", output: output, archive: "", quarantine: "", state: state, workers: workers,
            queueSize: max(64, workers * 4), maxFileBytes: maxFileBytes,
            maxProcessSeconds: ConfigKey.defaultNumber("max_process_seconds"), timeZone: timeZone, duplicates: duplicates,
            nearThreshold: nearThreshold, rewriteThreshold: rewriteThreshold, logLevel: .info, logFormat: .text, taxonomy: taxonomy,
            poll: false, pollInterval: ConfigKey.defaultNumber("poll_interval"), settleSeconds: ConfigKey.defaultNumber("settle_seconds"),
            gracePeriod: ConfigKey.defaultNumber("grace_period"), summaryInterval: ConfigKey.defaultNumber("summary_interval"))
    }
}

