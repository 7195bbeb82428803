/// Why an input was refused. A closed set, carried as data; `message` tells a person what to do.
public enum InputRejection: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case whitespaceOnly
    /// NUL bytes, mostly control bytes, or a known binary signature (`kind` names it when known).
    case binary(kind: String?)
    /// No supported encoding reads these bytes as text.
    case undecodable(detail: String)
    case tooLarge(bytes: Int, limit: Int)
    /// JSON input that does not parse, or holds no article objects.
    case malformedJSON(detail: String)
    /// The input decoded, but no article text was found in it.
    case noArticleText
    /// The file could not be opened or read (permissions, a vanished file, an I/O error).
    case unreadable(detail: String)
    /// Processing took longer than the per-input budget (`max_process_seconds`).
    case tooSlow(seconds: Double)
    /// The daemon crashed (a fault, not a kill) this many times while reading the input.
    case crashedDaemon(times: Int)

    /// Stable machine-readable reason code, used in logs, reason files and metrics labels.
    public var code: String {
        switch self {
        case .empty: "empty"
        case .whitespaceOnly: "whitespace_only"
        case .binary: "binary"
        case .undecodable: "undecodable"
        case .tooLarge: "too_large"
        case .malformedJSON: "malformed_json"
        case .noArticleText: "no_article_text"
        case .unreadable: "unreadable"
        case .tooSlow: "too_slow"
        case .crashedDaemon: "crashed_daemon"
        }
    }

    public var message: String {
        switch self {
        case .empty:
            "the file is empty (0 bytes); drop the finished file, not a placeholder"
        case .whitespaceOnly:
            "the file holds only whitespace; there is no article to read"
        case .binary(let kind):
            if let kind {
                "the file is binary (\(kind)), not text; Assay reads .txt, .md, .html and .json news files"
            } else {
                "the file is binary (NUL or control bytes), not text; Assay reads .txt, .md, .html and .json news files"
            }
        case .undecodable(let detail):
            "the bytes are not valid text in any supported encoding (\(detail)); "
                + "save the file as UTF-8, or declare its charset"
        case .tooLarge(let bytes, let limit):
            "the file is \(bytes) bytes, over the \(limit)-byte limit; split it or raise max_file_bytes"
        case .malformedJSON(let detail):
            "the JSON input could not be read (\(detail)); each object needs a \"title\" and a \"text\" or \"html\""
        case .noArticleText:
            "no article text was found after removing page furniture"
        case .unreadable(let detail):
            "the file could not be read (\(detail)); check that it exists and that Assay may read it"
        case .tooSlow(let seconds):
            "processing took longer than the \(Self.shown(seconds)) s budget (max_process_seconds); such a page is "
                + "usually machine-made (millions of elements); raise max_process_seconds to read it anyway"
        case .crashedDaemon(let times):
            "the daemon crashed \(times) times while reading this input, so it is set aside for the rest of the inbox "
                + "to go on; please report it with the log lines of the crash. This version of Assay refuses the same "
                + "bytes again; after an upgrade, put the file back into the inbox to read it"
        }
    }

    public var description: String { "\(code): \(message)" }

    /// `30` rather than `30.0`; a fraction as it is.
    private static func shown(_ seconds: Double) -> String {
        seconds.isFinite && seconds.rounded() == seconds && abs(seconds) < 1e15 ? "\(Int(seconds))" : "\(seconds)"
    }
}
