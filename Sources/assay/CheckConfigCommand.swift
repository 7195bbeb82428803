import ArgumentParser
import AssayDaemon
import Foundation

struct CheckConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Check the daemon's config file (and its taxonomy); print the settings in force.",
        discussion: """
            Applies ASSAY_<KEY> environment overrides as `assay run` would, makes missing output, archive, \
            quarantine and state folders, and checks that every folder is writable. Exits 0 when the config \
            is usable, 78 (EX_CONFIG) with one line per problem (file:line: key and what is wrong) when not.
            """)

    @OptionGroup var location: ConfigLocation

    func run() throws {
        let config = try location.load()
        print("\(config.file): OK")
        let settings: [(String, String)] = [
            ("inbox", config.inbox), ("output", config.output), ("archive", config.archive),
            ("quarantine", config.quarantine), ("state", config.state), ("workers", "\(config.workers)"),
            ("queue_size", "\(config.queueSize)"), ("max_file_bytes", "\(config.maxFileBytes)"),
            ("time_zone", config.timeZone), ("duplicates", config.duplicates.rawValue),
            ("near_threshold", "\(config.nearThreshold)"), ("rewrite_threshold", "\(config.rewriteThreshold)"), ("log_level", config.logLevel.rawValue),
            ("log_format", config.logFormat.rawValue), ("taxonomy", config.taxonomy ?? "(built in)"),
            ("poll", "\(config.poll)"), ("poll_interval", "\(config.pollInterval)"),
            ("settle_seconds", "\(config.settleSeconds)"), ("grace_period", "\(config.gracePeriod)"),
            ("summary_interval", "\(config.summaryInterval)"),
        ]
        for (key, value) in settings { print("  \(key) = \(value)") }
    }
}
