import Foundation
import Logging
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Writes whole log lines to a file descriptor, one `write(2)` per line under a lock, so lines
/// from concurrent workers never interleave.
public final class LineWriter: Sendable {
    private let descriptor: Int32
    private let lock = Mutex(())

    public init(descriptor: Int32) { self.descriptor = descriptor }

    public static let standardOutput = LineWriter(descriptor: STDOUT_FILENO)
    public static let standardError = LineWriter(descriptor: STDERR_FILENO)

    public func write(_ line: String) {
        var bytes = Array(line.utf8)
        bytes.append(0x0A)
        lock.withLock { _ in
            _ = bytes.withUnsafeBytes { AtomicFileWriter.writeFully(descriptor, $0) }
        }
    }
}

/// The level every daemon log handler obeys; SIGHUP can change it while the daemon runs.
public final class SharedLogLevel: Sendable {
    private let level: Mutex<Logger.Level>

    public init(_ level: Logger.Level) { self.level = Mutex(level) }

    public var value: Logger.Level {
        get { level.withLock { $0 } }
        set { level.withLock { $0 = newValue } }
    }
}

/// swift-log handler for the daemon: one JSON object per line (`ts`, `level`, `msg`, then the
/// metadata as fields), or a readable `text` line for a terminal.
public struct DaemonLogHandler: LogHandler {
    public enum Format: Sendable { case json, text }

    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let format: Format
    private let writer: LineWriter
    private let sharedLevel: SharedLogLevel

    public init(format: Format, level: SharedLogLevel, writer: LineWriter = .standardOutput) {
        self.format = format
        self.sharedLevel = level
        self.writer = writer
    }

    /// The same handler with a level of its own, which a reload's `log_level` does not move.
    public func withOwnLevel(_ level: Logger.Level) -> DaemonLogHandler {
        var handler = DaemonLogHandler(format: format, level: SharedLogLevel(level), writer: writer)
        handler.metadata = metadata
        return handler
    }

    public var logLevel: Logger.Level {
        get { sharedLevel.value }
        set { sharedLevel.value = newValue }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields = metadata
        if let provided = metadataProvider?.get() { fields.merge(provided) { _, new in new } }
        if let extra = event.metadata { fields.merge(extra) { _, new in new } }
        if let error = event.error { fields["error"] = "\(error)" }
        let time = Self.timestamp()
        switch format {
        case .json:
            var line = "{\"ts\":\(Self.quoted(time)),\"level\":\(Self.quoted(event.level.rawValue)),\"msg\":\(Self.quoted(event.message.description))"
            for key in fields.keys.sorted() {
                line += ",\(Self.quoted(key)):\(Self.json(fields[key]!))"
            }
            writer.write(line + "}")
        case .text:
            var line = "\(time) \(event.level.rawValue.uppercased().padding(toLength: 7, withPad: " ", startingAt: 0)) \(event.message)"
            for key in fields.keys.sorted() { line += " \(key)=\(Self.text(fields[key]!))" }
            writer.write(line)
        }
    }

    /// A field's string value is cut here (past any path, even one deeper than PATH_MAX): a line
    /// stays a line a terminal and `jq` can hold.
    static let longestString = 16_384
    /// A list field shows this many values, each cut shorter, then how many more there were.
    static let longestList = 20
    static let longestListString = 2_000

    /// Numbers stay numbers in JSON when the value was logged as a plain decimal; a number JSON
    /// cannot hold (infinity, NaN) is written as a string. Strings and lists are bounded.
    static func json(_ value: Logger.Metadata.Value, limit: Int = longestString) -> String {
        switch value {
        case .string(let string):
            return quoted(bounded(string, limit: limit))
        case .stringConvertible(let convertible):
            let text = convertible.description
            if let number = convertible as? Double { return number.isFinite ? text : quoted(text) }
            if convertible is any BinaryInteger || convertible is Bool { return text }
            return quoted(bounded(text, limit: limit))
        case .array(let values):
            var items = values.prefix(longestList).map { json($0, limit: longestListString) }
            if values.count > longestList { items.append(quoted("… \(values.count - longestList) more (\(values.count) in all)")) }
            return "[" + items.joined(separator: ",") + "]"
        case .dictionary(let dictionary):
            let keys = dictionary.keys.sorted()
            var items = keys.prefix(longestList).map { "\(quoted($0)):\(json(dictionary[$0]!, limit: longestListString))" }
            if keys.count > longestList { items.append("\"…\":\(quoted("\(keys.count - longestList) more keys"))") }
            return "{" + items.joined(separator: ",") + "}"
        }
    }

    /// The string, or its first `limit` characters and how many more there were.
    static func bounded(_ string: String, limit: Int = longestString) -> String {
        guard string.utf8.count > limit else { return string }
        let head = string.prefix(limit)
        return head + "… (\(string.count - head.count) more characters)"
    }

    private static func text(_ value: Logger.Metadata.Value) -> String {
        let plain: String
        switch value {
        case .string(let string): plain = bounded(string)
        case .array(let values) where values.count > longestList:
            plain = "[" + values.prefix(longestList).map(\.description).joined(separator: ", ") + ", … \(values.count - longestList) more]"
        default: plain = bounded(value.description)
        }
        return plain.contains(" ") ? quoted(plain) : plain
    }

    /// UTC with milliseconds: `2026-11-28T21:04:05.123Z`.
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let millis = Int(now.tv_nsec / 1_000_000)
        let fraction = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):"
            + "\(two(parts.tm_min)):\(two(parts.tm_sec)).\(fraction)Z"
    }

    static func quoted(_ string: String) -> String {
        var out = "\""
        out.reserveCapacity(string.utf8.count + 2)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
