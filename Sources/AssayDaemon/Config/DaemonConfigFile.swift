import AssayStore
import Foundation
import Logging
import TOMLKit

#if canImport(Glibc)
    import Glibc
#endif

/// Reads and checks `assay.toml`: strict keys and types, `ASSAY_<KEY>` environment overrides, paths
/// relative to the file, folders that exist (or can be made) and are writable. Every problem names
/// the key, and the file and line when it came from the file.
public enum DaemonConfigFile {
    /// The exit status for a configuration Assay cannot use (EX_CONFIG).
    public static let exitCode: Int32 = 78

    public static func load(path: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(ConfigFileErrors) -> DaemonConfig
    {
        let text: String
        do {
            text = try WholeFile.text(path)
        } catch {
            throw ConfigFileErrors([
                ConfigFileError(
                    file: path,
                    message: "the config file \(error.reason); pass --config FILE "
                        + "or set ASSAY_CONFIG (config/assay.toml is a documented example)")
            ])
        }
        return try parse(text, file: path, environment: environment)
    }

    public static func parse(_ text: String, file: String, environment: [String: String] = [:]) throws(ConfigFileErrors)
        -> DaemonConfig
    {
        let table = try ConfigFileError.parseTOML(text, file: file)
        let locator = TOMLLineLocator(source: text)
        var problems: [ConfigFileError] = []
        let fromEnvironment = applyEnvironment(environment, to: table, problems: &problems)
        let reader = TOMLTableReader(table: table, path: TOMLPath())
        func report(_ problem: TOMLTableReader.Problem) {
            let key = problem.path.description
            if fromEnvironment.contains(key) {
                problems.append(ConfigFileError(file: "environment", message: "ASSAY_\(key.uppercased()): \(problem.message)"))
            } else {
                problems.append(ConfigFileError(file: file, line: locator.line(of: problem.path), message: problem.message))
            }
        }
        do { try reader.allowOnly(Set(ConfigKey.all.map(\.name)).union(DaemonConfig.tables)) } catch { report(error) }
        let base = ((file as NSString).standardizingPath as NSString).deletingLastPathComponent
        let folder = base.isEmpty ? FileManager.default.currentDirectoryPath : absolute(base, against: FileManager.default.currentDirectoryPath)
        let values = Values(reader: reader, folder: folder, environmentKeys: fromEnvironment, report: report)
        var config = DaemonConfig(
            file: file,
            inbox: values.path("inbox"), output: values.path("output"), archive: values.path("archive"),
            quarantine: values.path("quarantine"), state: values.path("state"),
            workers: values.int("workers", default: max(1, ProcessInfo.processInfo.activeProcessorCount)),
            queueSize: values.int("queue_size"),
            maxFileBytes: values.int("max_file_bytes"),
            maxProcessSeconds: values.number("max_process_seconds"),
            timeZone: values.choice("time_zone", default: "UTC", valid: { TimeZone(identifier: $0) != nil },
                hint: "must be an IANA time zone such as UTC or Asia/Shanghai"),
            duplicates: values.enumeration("duplicates", default: .mark),
            nearThreshold: values.number("near_threshold"),
            rewriteThreshold: values.number("rewrite_threshold"),
            logLevel: values.enumeration("log_level", default: .info),
            logFormat: values.enumeration("log_format", default: .auto),
            taxonomy: values.optionalPath("taxonomy"),
            poll: values.bool("poll", default: false),
            pollInterval: values.number("poll_interval"),
            settleSeconds: values.number("settle_seconds"),
            gracePeriod: values.number("grace_period"),
            summaryInterval: values.number("summary_interval"))
        let listen = values.choice(
            "metrics_listen", default: "off", valid: { ["", "off"].contains($0) || ListenAddress($0) != nil },
            hint: "must be host:port, such as \"127.0.0.1:9464\" (port 0 takes any free port), or \"off\"")
        config.metricsListen = listen == "off" ? "" : listen
        config.gazetteer = values.optionalPath("gazetteer")
        config.facts = values.bool("facts", default: true)
        do throws(TOMLTableReader.Problem) {
            config.sources = try readSources(reader)
            config.fetch = try readFetch(reader)
            try readStore(reader, into: &config)
        } catch {
            report(error)
        }
        if problems.isEmpty { problems += checkFolders(config, locator: locator, file: file, environmentKeys: fromEnvironment) }
        if problems.isEmpty, config.taxonomy != nil || config.gazetteer != nil {
            do { _ = try config.pipeline() } catch { problems += error.errors }
        }
        guard problems.isEmpty else { throw ConfigFileErrors(problems) }
        return config
    }

    /// `[[sources]]`: url (http or https), kind, interval (seconds or "30m"), name, tags.
    private static func readSources(_ root: TOMLTableReader) throws(TOMLTableReader.Problem) -> [FeedSource] {
        var sources: [FeedSource] = []
        var seen: Set<String> = []
        for table in try root.tables("sources") {
            try table.allowOnly(["url", "kind", "interval", "name", "tags", "follow_hosts"])
            let url = try table.requiredString("url")
            let scheme = url.split(separator: ":").first?.lowercased() ?? ""
            guard scheme == "http" || scheme == "https", url.contains("://") else {
                throw table.problem("url", "must be an http:// or https:// address (it is \"\(url)\")")
            }
            guard seen.insert(url).inserted else { throw table.problem("url", "names \(url) twice; list each source once") }
            let kindText = try table.string("kind") ?? "feed"
            guard let kind = FeedSource.Kind(rawValue: kindText) else {
                throw table.problem("kind", "must be \"feed\" or \"page\" (it is \"\(kindText)\")")
            }
            var interval = 1800.0
            if let value = table.table["interval"] {
                if let number = value.double ?? value.int.map(Double.init) {
                    interval = number
                } else if let text = value.string, let parsed = FeedSource.seconds(text) {
                    interval = parsed
                } else {
                    throw table.problem("interval", "must be seconds or a duration such as \"90s\", \"30m\", \"6h\"")
                }
            }
            guard interval.isFinite, (1...FeedSource.longestInterval).contains(interval) else {
                throw table.problem("interval", "must be between 1 second and 365 days (it is \(interval) s)")
            }
            sources.append(
                FeedSource(
                    url: url, kind: kind, interval: interval, name: try table.string("name"), tags: try table.strings("tags") ?? [],
                    followHosts: try table.strings("follow_hosts") ?? []))
        }
        return sources
    }

    /// `[fetch]`: timeouts, body cap, redirects, concurrency, back-off cap, User-Agent.
    private static func readFetch(_ root: TOMLTableReader) throws(TOMLTableReader.Problem) -> FetchSettings {
        var settings = FetchSettings()
        guard let table = try root.table("fetch") else { return settings }
        try table.allowOnly([
            "connect_timeout", "timeout", "max_bytes", "max_redirects", "concurrency", "per_host", "backoff_cap", "user_agent",
            "allow_private",
        ])
        func bounded(_ key: String, _ range: ClosedRange<Double>, whole: Bool = false) throws(TOMLTableReader.Problem) -> Double? {
            try table.number(key, in: range, whole: whole)
        }
        settings.http.connectTimeout = try bounded("connect_timeout", 0.1...600) ?? settings.http.connectTimeout
        settings.http.timeout = try bounded("timeout", 0.1...3_600) ?? settings.http.timeout
        settings.http.maxBytes = try bounded("max_bytes", 1...Double(1 << 32), whole: true).map { Int($0) } ?? settings.http.maxBytes
        settings.http.maxRedirects = try bounded("max_redirects", 0...50, whole: true).map { Int($0) } ?? settings.http.maxRedirects
        settings.concurrency = try bounded("concurrency", 1...256, whole: true).map { Int($0) } ?? settings.concurrency
        settings.perHost = try bounded("per_host", 1...64, whole: true).map { Int($0) } ?? settings.perHost
        settings.backoffCap = try bounded("backoff_cap", 1...FeedSource.longestInterval) ?? settings.backoffCap
        settings.http.userAgent = try table.string("user_agent") ?? settings.http.userAgent
        settings.http.allowPrivate = try table.bool("allow_private") ?? settings.http.allowPrivate
        return settings
    }

    /// `[store]`: how a PostgreSQL store is reached (pool, statement timeout, TLS), and whether the
    /// inbox is one folder shared by several daemons (each file claimed by one of them).
    private static func readStore(_ root: TOMLTableReader, into config: inout DaemonConfig) throws(TOMLTableReader.Problem) {
        guard let table = try root.table("store") else { return }
        try table.allowOnly(["pool_size", "statement_timeout", "tls", "tls_ca_file", "retry_for", "shared_inbox", "claim_lease"])
        var settings = StoreSettings()
        settings.poolSize = try table.number("pool_size", in: 1...64, whole: true).map { Int($0) } ?? settings.poolSize
        settings.statementTimeout = try table.number("statement_timeout", in: 0.1...86_400) ?? settings.statementTimeout
        settings.retryFor = try table.number("retry_for", in: 0...3_600) ?? settings.retryFor
        if let mode = try table.string("tls") {
            guard let tls = StoreSettings.TLSMode(rawValue: mode) else {
                throw table.problem("tls", "must be \"disable\", \"prefer\", \"require\" or \"verify-full\" (it is \"\(mode)\")")
            }
            settings.tls = tls
        }
        settings.tlsCAFile = try table.string("tls_ca_file")
        config.store = settings
        config.claimLease = try table.number("claim_lease", in: 2...3_600) ?? config.claimLease
        config.sharedInbox = try table.bool("shared_inbox") ?? false
        if config.sharedInbox {
            guard config.storeIsPostgres else {
                throw table.problem(
                    "shared_inbox", "needs a PostgreSQL store (state = \"postgresql://…\"): a SQLite file cannot be shared by daemons on several hosts")
            }
            // inotify sees no other host's writes on a network folder: a shared inbox is listed on a timer.
            config.poll = true
        }
    }

    /// Puts `ASSAY_<KEY>` values into the table (typed like the key); returns the keys they set.
    private static func applyEnvironment(_ environment: [String: String], to table: TOMLTable, problems: inout [ConfigFileError])
        -> Set<String>
    {
        var applied: Set<String> = []
        for key in ConfigKey.all {
            let (name, variable) = (key.name, key.environmentName)
            guard let raw = environment[variable] else { continue }
            switch key.kind {
            case .string, .path:
                table[name] = raw
            case .int:
                guard let value = Int(raw.trimmingCharacters(in: .whitespaces)) else {
                    problems.append(ConfigFileError(file: "environment", message: "\(variable)=\(raw) must be a whole number"))
                    continue
                }
                table[name] = value
            case .number:
                guard let value = Double(raw.trimmingCharacters(in: .whitespaces)) else {
                    problems.append(ConfigFileError(file: "environment", message: "\(variable)=\(raw) must be a number"))
                    continue
                }
                table[name] = value
            case .bool:
                switch raw.lowercased() {
                case "1", "true", "yes", "on": table[name] = true
                case "0", "false", "no", "off": table[name] = false
                default:
                    problems.append(ConfigFileError(file: "environment", message: "\(variable)=\(raw) must be true or false"))
                    continue
                }
            }
            applied.insert(name)
        }
        return applied
    }

    /// The five folders: the inbox must exist; the others are made when missing. All must be writable.
    private static func checkFolders(
        _ config: DaemonConfig, locator: TOMLLineLocator, file: String, environmentKeys: Set<String>
    ) -> [ConfigFileError] {
        func problem(_ key: String, _ message: String) -> ConfigFileError {
            if environmentKeys.contains(key) {
                return ConfigFileError(file: "environment", message: "ASSAY_\(key.uppercased()): \(message)")
            }
            return ConfigFileError(file: file, line: locator.line(of: TOMLPath().appending(key)), message: "\(key) \(message)")
        }
        var problems: [ConfigFileError] = []
        switch FolderCheck.look(config.inbox) {
        case .folder(writable: true): break
        case .folder(writable: false):
            problems.append(problem("inbox", "folder \(config.inbox) is not readable and writable by this user (files are moved out of it)"))
        case .notFolder:
            problems.append(problem("inbox", "\(config.inbox) is a file, not a folder; point inbox at a folder"))
        case .missing:
            problems.append(problem("inbox", "folder \(config.inbox) does not exist; create it (mkdir -p) or fix the path"))
        case .unreachable(let reason):
            problems.append(problem("inbox", "folder \(config.inbox) cannot be reached (\(reason)); check the folders above it"))
        }
        func isWithin(_ path: String, _ folder: String) -> Bool { path == folder || path.hasPrefix(folder + "/") }
        // Folders inside the inbox would be scanned as input: archived files taken again, forever.
        for (key, folder) in [("output", config.output), ("archive", config.archive), ("quarantine", config.quarantine),
            ("state", config.state)] where isWithin(folder, config.inbox) && !(key == "state" && config.storeIsPostgres)
        {
            problems.append(problem(key, "\(folder) is inside the inbox; put it beside the inbox, not in it"))
        }
        // Inputs moved among the records would be read as records by whoever reads the output.
        for (key, folder) in [("archive", config.archive), ("quarantine", config.quarantine)] where isWithin(folder, config.output) {
            problems.append(problem(key, "folder \(folder) is the output folder or inside it; keep inputs apart from records"))
        }
        let stateFolder = config.storeIsPostgres ? [] : [("state", (config.state as NSString).deletingLastPathComponent)]
        for (key, folder) in [("output", config.output), ("archive", config.archive), ("quarantine", config.quarantine)] + stateFolder {
            if let message = FolderCheck.problem(folder) { problems.append(problem(key, message)) }
        }
        // The state file itself, as `run` will open it: a folder, an empty file or another database is refused.
        if !config.storeIsPostgres {
            do throws(StoreError) { try SQLiteArticleStore.refuseForeignFile(config.state) } catch {
                problems.append(problem("state", "\(error.underlying); \(error.advice)"))
            }
        }
        return problems
    }

    static func absolute(_ path: String, against folder: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        return ((folder as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }

    /// Typed reads that collect problems instead of stopping at the first.
    private struct Values {
        let reader: TOMLTableReader
        let folder: String
        let environmentKeys: Set<String>
        let report: (TOMLTableReader.Problem) -> Void
        init(reader: TOMLTableReader, folder: String, environmentKeys: Set<String>, report: @escaping (TOMLTableReader.Problem) -> Void) {
            self.reader = reader
            self.folder = folder
            self.environmentKeys = environmentKeys
            self.report = report
        }

        private func attempt<T>(_ body: () throws(TOMLTableReader.Problem) -> T?) -> T? {
            do { return try body() } catch {
                report(error)
                return nil
            }
        }

        /// Environment paths are relative to the working folder; file paths to the file's folder.
        func path(_ key: String) -> String {
            guard let value = attempt({ () throws(TOMLTableReader.Problem) in try reader.requiredString(key) }) else { return "" }
            // The state may be a PostgreSQL address, which is not a path.
            if key == "state", DaemonConfig.isPostgres(value) { return value }
            let base = environmentKeys.contains(key) ? FileManager.default.currentDirectoryPath : folder
            return DaemonConfigFile.absolute(value, against: base)
        }

        func optionalPath(_ key: String) -> String? {
            guard let value = attempt({ () throws(TOMLTableReader.Problem) in try reader.string(key) }) else { return nil }
            let base = environmentKeys.contains(key) ? FileManager.default.currentDirectoryPath : folder
            return DaemonConfigFile.absolute(value, against: base)
        }

        /// A whole number within the key's range; the table's default when absent.
        func int(_ key: String, default value: Int? = nil) -> Int {
            let spec = ConfigKey.named(key)
            let value = value ?? Int(ConfigKey.defaultNumber(key))
            guard let read = attempt({ () throws(TOMLTableReader.Problem) in try reader.int(key) }) else { return value }
            if let range = spec?.range, !range.contains(Double(read)) {
                report(reader.problem(key, "must be between \(Int(range.lowerBound)) and \(Int(range.upperBound)) (it is \(read))"))
                return value
            }
            return read
        }

        /// A number within the key's range; the table's default when absent.
        func number(_ key: String) -> Double {
            let value = ConfigKey.defaultNumber(key)
            let range = ConfigKey.named(key)?.range ?? -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude
            guard let read = attempt({ () throws(TOMLTableReader.Problem) in try reader.number(key) }) else { return value }
            guard read.isFinite, range.contains(read) else {
                report(reader.problem(key, "must be between \(range.lowerBound) and \(range.upperBound) (it is \(read))"))
                return value
            }
            return read
        }

        func bool(_ key: String, default value: Bool) -> Bool {
            attempt({ () throws(TOMLTableReader.Problem) in try reader.bool(key) }) ?? value
        }

        func choice(_ key: String, default value: String, valid: (String) -> Bool, hint: String) -> String {
            guard let read = attempt({ () throws(TOMLTableReader.Problem) in try reader.string(key) }) else { return value }
            guard valid(read) else {
                report(reader.problem(key, "\(hint) (it is \"\(read)\")"))
                return value
            }
            return read
        }

        func enumeration<T: RawRepresentable & CaseIterable>(_ key: String, default value: T) -> T where T.RawValue == String {
            let names = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            let read = choice(key, default: value.rawValue, valid: { T(rawValue: $0) != nil }, hint: "must be one of \(names)")
            return T(rawValue: read) ?? value
        }
    }
}

