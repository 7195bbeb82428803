import Foundation

/// One top-level key of `assay.toml`, declared once: its name, type, default, range, whether a
/// reload applies it, and how to show it. Parsing, `check-config`, `ASSAY_<KEY>` overrides and
/// reload all read this table.
public struct ConfigKey: Sendable {
    public enum Kind: Sendable {
        /// A folder or file path, relative to the config file (to the working folder from the environment).
        case path
        case string
        case int
        case number
        case bool
    }

    public let name: String
    public let kind: Kind
    /// The default as the docs show it; nil for a required key.
    public let defaultText: String?
    /// The accepted range of a number, or the least whole number.
    public let range: ClosedRange<Double>?
    /// A reload (SIGHUP) applies it; otherwise it takes effect at the next restart.
    public let reloadable: Bool
    /// The value in force, as `check-config` prints it.
    public let show: @Sendable (DaemonConfig) -> String

    init(
        _ name: String, _ kind: Kind, default defaultText: String?, range: ClosedRange<Double>? = nil, reloadable: Bool,
        show: @escaping @Sendable (DaemonConfig) -> String
    ) {
        self.name = name
        self.kind = kind
        self.defaultText = defaultText
        self.range = range
        self.reloadable = reloadable
        self.show = show
    }

    /// The environment variable that overrides the key.
    public var environmentName: String { "ASSAY_\(name.uppercased())" }

    public func differs(_ old: DaemonConfig, _ new: DaemonConfig) -> Bool { show(old) != show(new) }

    public static func named(_ name: String) -> ConfigKey? { all.first { $0.name == name } }

    /// Every top-level key, in the order `check-config` prints them.
    public static let all: [ConfigKey] = [
        ConfigKey("inbox", .path, default: nil, reloadable: false) { $0.inbox },
        ConfigKey("output", .path, default: nil, reloadable: false) { $0.output },
        ConfigKey("archive", .path, default: nil, reloadable: false) { $0.archive },
        ConfigKey("quarantine", .path, default: nil, reloadable: false) { $0.quarantine },
        ConfigKey("state", .path, default: nil, reloadable: false) { $0.state },
        ConfigKey("workers", .int, default: "cores", range: 1...1024, reloadable: false) { "\($0.workers)" },
        ConfigKey("queue_size", .int, default: "64", range: 1...1_000_000, reloadable: false) { "\($0.queueSize)" },
        ConfigKey("max_file_bytes", .int, default: "15728640", range: 1...Double(1 << 40), reloadable: true) { "\($0.maxFileBytes)" },
        ConfigKey("max_process_seconds", .number, default: "30", range: 0.1...86_400, reloadable: true) { "\($0.maxProcessSeconds)" },
        ConfigKey("time_zone", .string, default: "UTC", reloadable: true) { $0.timeZone },
        ConfigKey("duplicates", .string, default: "mark", reloadable: true) { $0.duplicates.rawValue },
        ConfigKey("near_threshold", .number, default: "0.5", range: 0.01...1, reloadable: true) { "\($0.nearThreshold)" },
        ConfigKey("rewrite_threshold", .number, default: "0.7", range: 0.5...1, reloadable: true) { "\($0.rewriteThreshold)" },
        ConfigKey("log_level", .string, default: "info", reloadable: true) { $0.logLevel.rawValue },
        ConfigKey("log_format", .string, default: "auto", reloadable: false) { $0.logFormat.rawValue },
        ConfigKey("taxonomy", .path, default: "built in", reloadable: true) { $0.taxonomy ?? "(built in)" },
        ConfigKey("gazetteer", .path, default: "built in", reloadable: true) { $0.gazetteer ?? "(built in)" },
        ConfigKey("facts", .bool, default: "true", reloadable: true) { "\($0.facts)" },
        ConfigKey("poll", .bool, default: "false", reloadable: false) { "\($0.poll)" },
        ConfigKey("poll_interval", .number, default: "30", range: 0.05...86_400, reloadable: true) { "\($0.pollInterval)" },
        ConfigKey("settle_seconds", .number, default: "2", range: 0...3_600, reloadable: true) { "\($0.settleSeconds)" },
        ConfigKey("grace_period", .number, default: "30", range: 0...3_600, reloadable: false) { "\($0.gracePeriod)" },
        ConfigKey("summary_interval", .number, default: "60", range: 0.1...86_400, reloadable: true) { "\($0.summaryInterval)" },
        ConfigKey("metrics_listen", .string, default: "off", reloadable: false) { $0.metricsListen.isEmpty ? "off" : $0.metricsListen },
    ]

    /// The default of a number key, from the table.
    static func defaultNumber(_ name: String) -> Double { named(name)?.defaultText.flatMap(Double.init) ?? 0 }
}
