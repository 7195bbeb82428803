import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A real HTTP/1.1 server on 127.0.0.1 (an ephemeral port) for fetch tests: each request is answered
/// by `handler` on its own thread, one request per connection, and every request is recorded.
public final class LoopbackHTTPServer: Sendable {
    public struct Request: Sendable {
        public var method: String
        public var path: String
        public var headers: [String: String]

        public func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }
    }

    public struct Response: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: [UInt8]
        /// Seconds to wait before answering (a slow server).
        public var delay: Double
        /// How the body is sent: whole, or in a hostile way.
        public var pace: Pace

        public enum Pace: Sendable {
            case whole
            /// `body` again and again with no Content-Length, until the client hangs up.
            case endless
            /// One byte of `body` every so many seconds.
            case drip(seconds: Double)
        }

        public init(status: Int = 200, headers: [String: String] = [:], body: [UInt8] = [], delay: Double = 0, pace: Pace = .whole) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
            self.pace = pace
        }

        public static func text(_ text: String, type: String = "text/html; charset=utf-8", status: Int = 200, headers: [String: String] = [:]) -> Response {
            Response(status: status, headers: headers.merging(["Content-Type": type]) { a, _ in a }, body: Array(text.utf8))
        }
    }

    public let port: Int
    private let descriptor: Int32
    private let handler: @Sendable (Request) -> Response
    private let log = Mutex<[Request]>([])
    private let stopped = Atomic<Bool>(false)

    public init(handler: @escaping @Sendable (Request) -> Response) throws {
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        descriptor = fd
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else { throw FixtureError(message: "cannot listen on 127.0.0.1: errno \(errno)") }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = Int(UInt16(bigEndian: actual.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    public var requests: [Request] { log.withLock { $0 } }

    public func requests(to path: String) -> [Request] { requests.filter { $0.path == path } }

    public func stop() {
        stopped.store(true, ordering: .sequentiallyConsistent)
        shutdown(descriptor, Int32(SHUT_RDWR))
        close(descriptor)
    }

    deinit { if !stopped.load(ordering: .sequentiallyConsistent) { stop() } }

    private func acceptLoop() {
        while !stopped.load(ordering: .sequentiallyConsistent) {
            let client = accept(descriptor, nil, nil)
            guard client >= 0 else {
                if stopped.load(ordering: .sequentiallyConsistent) { return }
                continue
            }
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var buffer = [UInt8](repeating: 0, count: 65536)
        var received: [UInt8] = []
        while !received.containsHeadEnd {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            received += buffer[..<count]
        }
        let head = String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = head[0].split(separator: " ")
        guard requestLine.count >= 2 else { return }
        var headers: [String: String] = [:]
        for line in head.dropFirst() where line.contains(":") {
            let parts = line.split(separator: ":", maxSplits: 1)
            headers[String(parts[0])] = parts[1].trimmingCharacters(in: .whitespaces)
        }
        let request = Request(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers)
        log.withLock { $0.append(request) }
        let response = handler(request)
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        var text = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        var responseHeaders = response.headers
        if case .endless = response.pace {} else { responseHeaders["Content-Length"] = "\(response.body.count)" }
        responseHeaders["Connection"] = "close"
        for (name, value) in responseHeaders.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
        text += "\r\n"
        switch response.pace {
        case .whole:
            _ = Self.send(Array(text.utf8) + response.body, to: client)
        case .endless:
            guard Self.send(Array(text.utf8), to: client), !response.body.isEmpty else { return }
            while Self.send(response.body, to: client) {}
        case .drip(let seconds):
            guard Self.send(Array(text.utf8), to: client) else { return }
            for byte in response.body {
                Thread.sleep(forTimeInterval: seconds)
                guard Self.send([byte], to: client) else { return }
            }
        }
    }

    /// Whether all of `bytes` went out (false once the client has hung up).
    private static func send(_ bytes: [UInt8], to client: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 404: "Not Found"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}

extension Array where Element == UInt8 {
    fileprivate var containsHeadEnd: Bool {
        guard count >= 4 else { return false }
        for index in 0...(count - 4) where self[index] == 13 && self[index + 1] == 10 && self[index + 2] == 13 && self[index + 3] == 10 {
            return true
        }
        return false
    }
}
