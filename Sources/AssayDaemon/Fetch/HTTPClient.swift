import AssayCore
import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

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
    case transport(detail: String)

    public var code: String {
        switch self {
        case .timedOut: "timeout"
        case .cannotConnect: "cannot_connect"
        case .tooLarge: "too_large"
        case .tooManyRedirects: "redirect_loop"
        case .unsupportedScheme: "unsupported_scheme"
        case .transport: "transport_error"
        }
    }

    public var description: String {
        switch self {
        case .timedOut(let seconds): "no complete answer within \(seconds) s"
        case .cannotConnect(let detail): "cannot connect (\(detail))"
        case .tooLarge(let limit): "the body is over the \(limit)-byte limit (fetch.max_bytes)"
        case .tooManyRedirects(let limit): "more than \(limit) redirects (a redirect loop?)"
        case .unsupportedScheme(let scheme): "only http and https are fetched, not \(scheme)"
        case .transport(let detail): detail
        }
    }
}

/// HTTP GET through URLSession (libcurl underneath on Linux): total and idle timeouts, a body cap
/// enforced while reading, bounded redirects to http/https only, gzip, and Assay's User-Agent.
public struct HTTPClient: Sendable {
    public struct Settings: Sendable, Equatable {
        /// Seconds without progress (connecting included) before giving up.
        public var connectTimeout: Double = 10
        /// Seconds for the whole fetch.
        public var timeout: Double = 30
        public var maxBytes: Int = 15 * 1024 * 1024
        public var maxRedirects: Int = 5
        public var userAgent: String = "Assay/\(AssayVersion.current) (news ingestion daemon)"

        public init() {}
    }

    public var settings: Settings

    public init(settings: Settings = Settings()) { self.settings = settings }

    public func get(_ url: String, headers: [String: String] = [:]) async throws(FetchFailure) -> HTTPResponse {
        guard let target = URL(string: url), let scheme = target.scheme?.lowercased() else {
            throw .unsupportedScheme(url)
        }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme) }
        var request = URLRequest(url: target)
        request.httpMethod = "GET"
        request.setValue(settings.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("gzip, deflate", forHTTPHeaderField: "Accept-Encoding")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = settings.connectTimeout
        configuration.timeoutIntervalForResource = settings.timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        let delegate = FetchDelegate(maxBytes: settings.maxBytes, maxRedirects: settings.maxRedirects)
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        let task = session.dataTask(with: request)
        // A stop or a reload cancels the fetching task: the transfer is cancelled with it.
        let outcome = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in delegate.start(task, continuation: continuation) }
        } onCancel: {
            task.cancel()
        }
        switch outcome {
        case .success(let response): return response
        case .failure(let failure):
            if case .transport(let detail) = failure, detail.contains("-1001") { throw .timedOut(seconds: settings.timeout) }
            throw failure
        }
    }
}

/// Collects one task's response, cancelling it when the body passes the cap or redirects go too far.
private final class FetchDelegate: NSObject, URLSessionDataDelegate, Sendable {
    private struct State {
        var body: [UInt8] = []
        var response: HTTPURLResponse?
        var redirects = 0
        var failure: FetchFailure?
        var continuation: CheckedContinuation<Result<HTTPResponse, FetchFailure>, Never>?
    }

    private let maxBytes: Int
    private let maxRedirects: Int
    private let state = Mutex(State())

    init(maxBytes: Int, maxRedirects: Int) {
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
    }

    func start(_ task: URLSessionDataTask, continuation: CheckedContinuation<Result<HTTPResponse, FetchFailure>, Never>) {
        state.withLock { $0.continuation = continuation }
        task.resume()
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let http = response as? HTTPURLResponse
        let declared = http?.expectedContentLength ?? -1
        let tooLarge = declared > Int64(maxBytes)
        state.withLock { state in
            state.response = http
            if tooLarge { state.failure = .tooLarge(limit: maxBytes) }
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = state.withLock { state -> Bool in
            guard state.failure == nil else { return true }
            state.body.append(contentsOf: data)
            if state.body.count > maxBytes {
                state.failure = .tooLarge(limit: maxBytes)
                state.body = []
                return true
            }
            return false
        }
        if over { dataTask.cancel() }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        let scheme = request.url?.scheme?.lowercased() ?? ""
        let refusal = state.withLock { state -> FetchFailure? in
            state.redirects += 1
            if state.redirects > maxRedirects { state.failure = .tooManyRedirects(limit: maxRedirects) }
            else if scheme != "http" && scheme != "https" { state.failure = .unsupportedScheme(scheme) }
            return state.failure
        }
        if refusal != nil {
            completionHandler(nil)
            task.cancel()
        } else {
            completionHandler(request)
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let (continuation, result) = state.withLock { state -> (CheckedContinuation<Result<HTTPResponse, FetchFailure>, Never>?, Result<HTTPResponse, FetchFailure>) in
            defer { state.continuation = nil }
            if let failure = state.failure { return (state.continuation, .failure(failure)) }
            if let error {
                let nsError = error as NSError
                let failure: FetchFailure =
                    switch nsError.code {
                    case NSURLErrorTimedOut: .timedOut(seconds: task.originalRequest?.timeoutInterval ?? 0)
                    case NSURLErrorCannotConnectToHost, NSURLErrorCannotFindHost, NSURLErrorNetworkConnectionLost:
                        .cannotConnect(detail: nsError.localizedDescription)
                    case NSURLErrorHTTPTooManyRedirects: .tooManyRedirects(limit: maxRedirects)
                    default: .transport(detail: "\(nsError.localizedDescription) (\(nsError.code))")
                    }
                return (state.continuation, .failure(failure))
            }
            guard let response = state.response else {
                return (state.continuation, .failure(.transport(detail: "no HTTP response")))
            }
            var headers: [String: String] = [:]
            for (key, value) in response.allHeaderFields {
                if let key = key as? String, let value = value as? String { headers[key] = value }
            }
            return (
                state.continuation,
                .success(HTTPResponse(status: response.statusCode, finalURL: response.url?.absoluteString ?? "", headers: headers, body: state.body))
            )
        }
        continuation?.resume(returning: result)
    }
}
