import Foundation
import Synchronization

/// `assay run` as a child process: its stdout log lines collected as they come, signals, kill -9.
public final class DaemonProcess: Sendable {
    private let process: Process
    private let collected = Collected()

    /// What the child printed, filled by the pipes' reading handlers.
    private final class Collected: Sendable {
        let output = Mutex<(lines: [String], partial: String)>(([], ""))
        let errors = Mutex<String>("")
    }

    /// - Parameter asNobody: run as user `nobody` through `setpriv` (the caller is root).
    public init(config: URL, arguments: [String] = [], environment: [String: String] = [:], asNobody: Bool = false) throws {
        let process = Process()
        let command = ["run", "--config", config.path] + arguments
        if asNobody {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", AssayProcess.executable.path] + command
        } else {
            process.executableURL = AssayProcess.executable
            process.arguments = command
        }
        var merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        merged.removeValue(forKey: "NOTIFY_SOCKET")
        if let socket = environment["NOTIFY_SOCKET"] { merged["NOTIFY_SOCKET"] = socket }
        process.environment = merged
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        self.process = process
        let collected = self.collected
        out.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            guard !data.isEmpty else {
                handle.readabilityHandler = nil
                return
            }
            collected.output.withLock { state in
                state.partial += String(decoding: data, as: UTF8.self)
                var parts = state.partial.components(separatedBy: "\n")
                state.partial = parts.removeLast()
                state.lines += parts
            }
        }
        err.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            guard !data.isEmpty else {
                handle.readabilityHandler = nil
                return
            }
            collected.errors.withLock { $0 += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
    }

    public var pid: Int32 { process.processIdentifier }
    public var lines: [String] { collected.output.withLock { $0.lines } }
    public var standardError: String { collected.errors.withLock { $0 } }

    /// The log lines as JSON objects (lines that are not JSON are skipped).
    public var logEntries: [[String: Any]] {
        lines.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    public func entries(message: String) -> [[String: Any]] {
        logEntries.filter { $0["msg"] as? String == message }
    }

    /// Waits until a log line satisfies `condition`; false on timeout or when the process ended first.
    @discardableResult
    public func waitForLine(timeout: Double = 30, _ condition: ([String: Any]) -> Bool) -> Bool {
        Wait.until(timeout: timeout) { self.logEntries.contains(where: condition) }
    }

    public func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// Whether the daemon still runs (a test waiting on it stops waiting when it does not).
    public var isRunning: Bool { process.isRunning }

    /// Waits for the process to end; its exit status, or nil on timeout.
    public func waitForExit(timeout: Double = 30) -> Int32? {
        guard Wait.until(timeout: timeout, { !self.process.isRunning }) else { return nil }
        process.waitUntilExit()
        // Let the reading handlers take the last bytes.
        Thread.sleep(forTimeInterval: 0.05)
        return process.terminationStatus
    }

    public func killHard() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}

/// Polling with a deadline, for conditions that change in another process.
public enum Wait {
    @discardableResult
    public static func until(timeout: Double, interval: Double = 0.02, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: interval)
        }
        return condition()
    }
}

/// A daemon's folders and config file in a temporary folder.
public final class DaemonSandbox: Sendable {
    public let folder: TemporaryFolder
    public var root: URL { folder.url }
    public var inbox: URL { root.appendingPathComponent("inbox") }
    public var output: URL { root.appendingPathComponent("records") }
    public var duplicates: URL { output.appendingPathComponent("duplicates") }
    public var archive: URL { root.appendingPathComponent("archive") }
    public var quarantine: URL { root.appendingPathComponent("quarantine") }
    public var config: URL { root.appendingPathComponent("assay.toml") }

    /// `extra` holds more `key = value` lines for the config. Fetches from 127.0.0.1 are allowed
    /// (`fetch.allow_private`) unless `allowPrivate` is false.
    /// - Parameter state: the store: a SQLite file in the sandbox, or a PostgreSQL address.
    public init(extra: String = "", allowPrivate: Bool = true, state: String = "state/assay.sqlite") throws {
        folder = try TemporaryFolder()
        self.allowPrivate = allowPrivate
        self.state = state
        try FileManager.default.createDirectory(at: root.appendingPathComponent("inbox"), withIntermediateDirectories: true)
        try writeConfig(extra: extra)
    }

    private let allowPrivate: Bool
    private let state: String

    public func writeConfig(extra: String) throws {
        var extra = extra
        if allowPrivate {
            extra = extra.contains("[fetch]")
                ? extra.replacingOccurrences(of: "[fetch]", with: "[fetch]\nallow_private = true")
                : extra + "\n[fetch]\nallow_private = true\n"
        }
        let text = """
            inbox = "inbox"
            output = "records"
            archive = "archive"
            quarantine = "quarantine"
            state = "\(state)"
            poll_interval = 1
            summary_interval = 1
            \(extra)
            """
        try Data(text.utf8).write(to: config)
    }

    /// Names of the files in a folder (not recursive, hidden ones included), sorted.
    public func names(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path, isDirectory: &isDirectory)
            return exists && !isDirectory.boolValue
        }.sorted()
    }

    /// The records written, as JSON objects keyed by file name.
    public func records(in folder: URL? = nil) throws -> [String: [String: Any]] {
        let folder = folder ?? output
        var records: [String: [String: Any]] = [:]
        // Hidden names are temp files a killed daemon may have left half-written, as any reader skips them.
        for name in names(folder) where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            records[name] = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        }
        return records
    }

    /// Copies a file into the inbox the way `cp` does (written in place, then closed).
    public func copyIn(_ source: URL, as name: String? = nil) throws {
        try FileManager.default.copyItem(at: source, to: inbox.appendingPathComponent(name ?? source.lastPathComponent))
    }

    /// Writes a file outside the inbox, then renames it in (what `mv` and careful writers do).
    public func moveIn(_ bytes: [UInt8], as name: String, permissions: Int? = nil) throws {
        let staging = root.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        let temporary = staging.appendingPathComponent(name)
        try Data(bytes).write(to: temporary)
        if let permissions { try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path) }
        try FileManager.default.moveItem(at: temporary, to: inbox.appendingPathComponent(name))
    }
}
