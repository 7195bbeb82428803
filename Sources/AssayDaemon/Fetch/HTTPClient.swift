import AssayCore
import CAssayFetch
import Foundation

/// What a fetch returned, or why it failed.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var finalURL: String
    public var headers: [String: String]
    public var body: [UInt8]

    /// A header by case-insensitive name.
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.key.lowercased() == lowered }?.value
    }

    /// The charset named by `Content-Type`, if any.
    public var charset: String? {
        guard let type = header("Content-Type") else { return nil }
        for part in type.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "charset" { return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) }
        }
        return nil
    }
}

/// Why a fetch gave no usable response: a closed set, each with a message for the log.
public enum FetchFailure: Error, Sendable, Equatable, CustomStringConvertible {
    case timedOut(seconds: Double)
    case cannotConnect(detail: String)
    case tooLarge(limit: Int)
    case tooManyRedirects(limit: Int)
    case unsupportedScheme(String)
    /// The address connected to is loopback, private or link-local (`fetch.allow_private`).
    case refusedAddress(String)
    case cancelled
    case transport(detail: String)

    public var code: String {
        switch self {
        case .timedOut: "timeout"
        case .cannotConnect: "cannot_connect"
        case .tooLarge: "too_large"
        case .tooManyRedirects: "redirect_loop"
        case .unsupportedScheme: "unsupported_scheme"
        case .refusedAddress: "refused_address"
        case .cancelled: "cancelled"
        case .transport: "transport_error"
        }
    }

    /// The same address will fail the same way at the next poll: not worth asking again.
    public var isFinal: Bool {
        switch self {
        case .tooLarge, .refusedAddress, .unsupportedScheme, .tooManyRedirects: true
        default: false
        }
    }

    public var description: String {
        switch self {
        case .timedOut(let seconds): "no complete answer within \(seconds) s"
        case .cannotConnect(let detail): "cannot connect (\(detail))"
        case .tooLarge(let limit): "the body is over the \(limit)-byte limit (fetch.max_bytes)"
        case .tooManyRedirects(let limit): "more than \(limit) redirects (a redirect loop?)"
        case .unsupportedScheme(let scheme): "only http and https are fetched, not \(scheme)"
        case .refusedAddress(let address):
            "\(address) is a loopback, private or link-local address; set fetch.allow_private = true to fetch from it"
        case .cancelled: "the fetch was cancelled (a stop or a reload)"
        case .transport(let detail): detail
        }
    }
}

/// HTTP GET through libcurl, each limit enforced inside the transfer rather than after it: the body
/// cap on decoded bytes as they arrive (so a gzip bomb or an endless body stops at the cap), a
/// total deadline (so a server dripping a byte at a time ends on time), redirects only to http
/// and https, and no loopback, private or link-local address unless the config allows it (checked
/// on the address connected, after every redirect). The transfer blocks a thread of its own, never
/// the cooperative pool.
public struct HTTPClient: Sendable {
    public struct Settings: Sendable, Equatable {
        /// Seconds to connect.
        public var connectTimeout: Double = 10
        /// Seconds for the whole fetch, body included.
        public var timeout: Double = 30
        public var maxBytes: Int = 15 * 1024 * 1024
        public var maxRedirects: Int = 5
        public var userAgent: String = "Assay/\(AssayVersion.current) (news ingestion daemon)"
        /// Whether loopback, private and link-local addresses may be fetched.
        public var allowPrivate = false

        public init() {}
    }

    public var settings: Settings

    public init(settings: Settings = Settings()) { self.settings = settings }

    public func get(_ url: String, headers: [String: String] = [:]) async throws(FetchFailure) -> HTTPResponse {
        guard let target = URL(string: url), let scheme = target.scheme?.lowercased() else {
            throw .unsupportedScheme(url)
        }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme) }
        let transfer = Transfer()
        let settings = settings
        let lines = headers.map { "\($0.key): \($0.value)" }
        // A stop or a reload cancels the fetching task: the transfer is cancelled with it.
        let outcome = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                Thread { continuation.resume(returning: transfer.perform(url: url, headers: lines, settings: settings)) }.start()
            }
        } onCancel: {
            transfer.cancel()
        }
        return try outcome.get()
    }
}

/// One libcurl transfer's handle. `cancel` may come from any thread while `perform` runs on its
/// own: the C side holds the flag as an atomic, so sharing the handle is safe.
private final class Transfer: @unchecked Sendable {
    private let handle: OpaquePointer

    init() { handle = assay_fetch_new() }

    deinit { assay_fetch_free(handle) }

    func cancel() { assay_fetch_cancel(handle) }

    func perform(url: String, headers: [String], settings: HTTPClient.Settings) -> Result<HTTPResponse, FetchFailure> {
        let code = Self.withCStrings(headers) { lines in
            url.withCString { url in
                settings.userAgent.withCString { agent in
                    var request = assay_fetch_request(
                        url: url, headers: lines.baseAddress, header_count: Int32(lines.count), user_agent: agent,
                        connect_timeout_ms: Int(settings.connectTimeout * 1000), total_timeout_ms: Int(settings.timeout * 1000),
                        max_redirects: settings.maxRedirects, max_bytes: Int64(settings.maxBytes),
                        allow_private: settings.allowPrivate ? 1 : 0)
                    return assay_fetch_perform(handle, &request)
                }
            }
        }
        let detail = String(cString: assay_fetch_detail(handle))
        switch Int(code) {
        case Int(ASSAY_FETCH_OK): return .success(response())
        case Int(ASSAY_FETCH_TIMED_OUT): return .failure(.timedOut(seconds: settings.timeout))
        case Int(ASSAY_FETCH_CANNOT_CONNECT): return .failure(.cannotConnect(detail: detail))
        case Int(ASSAY_FETCH_TOO_LARGE): return .failure(.tooLarge(limit: settings.maxBytes))
        case Int(ASSAY_FETCH_TOO_MANY_REDIRECTS): return .failure(.tooManyRedirects(limit: settings.maxRedirects))
        case Int(ASSAY_FETCH_UNSUPPORTED_SCHEME): return .failure(.unsupportedScheme(detail))
        case Int(ASSAY_FETCH_REFUSED_ADDRESS): return .failure(.refusedAddress(detail))
        case Int(ASSAY_FETCH_CANCELLED): return .failure(.cancelled)
        default: return .failure(.transport(detail: detail))
        }
    }

    private func response() -> HTTPResponse {
        var bodyLength = 0
        let body = assay_fetch_body(handle, &bodyLength).map { Array(UnsafeBufferPointer(start: $0, count: bodyLength)) } ?? []
        var headerLength = 0
        let headerBytes = UnsafeBufferPointer(start: assay_fetch_headers(handle, &headerLength), count: headerLength)
        var headers: [String: String] = [:]
        for line in String(decoding: headerBytes.map { UInt8(bitPattern: $0) }, as: UTF8.self).split(whereSeparator: \.isNewline) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[String(line[..<colon]).trimmingCharacters(in: .whitespaces)] =
                String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        return HTTPResponse(
            status: assay_fetch_status(handle), finalURL: String(cString: assay_fetch_final_url(handle)), headers: headers, body: body)
    }

    /// The lines as C strings for the length of `body`.
    private static func withCStrings<T>(_ lines: [String], _ body: (UnsafeBufferPointer<UnsafePointer<CChar>?>) -> T) -> T {
        let copies = lines.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers = copies.map { UnsafePointer($0) }
        return pointers.withUnsafeBufferPointer(body)
    }
}
