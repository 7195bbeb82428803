import AssayDaemon
import Hummingbird
import NIOCore

#if canImport(Glibc)
    import Glibc
#endif
import Logging
import ServiceLifecycle
import Synchronization

/// The opt-in HTTP listener (`metrics_listen`): `GET /metrics` in Prometheus' text format and
/// `GET /health` (200 `ok`, or 503 with what is wrong, one problem per line), served by Hummingbird.
public struct MetricsListener: Service {
    let runtime: DaemonRuntime
    let host: String
    let port: Int

    public init(runtime: DaemonRuntime, host: String, port: Int) {
        self.runtime = runtime
        self.host = host
        self.port = port
    }

    public func run() async throws {
        let runtime = runtime
        let health = HealthCheck(runtime: runtime)
        let router = Router()
        router.get("metrics") { _, _ -> Response in
            runtime.outcomes.metrics.queue(await runtime.queue.counts, backlog: await runtime.queue.backlog)
            let body = runtime.outcomes.metrics.exposition()
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        router.get("health") { _, _ -> Response in
            let problems = health.problems()
            let text = problems.isEmpty ? "ok\n" : problems.joined(separator: "\n") + "\n"
            return Response(
                status: problems.isEmpty ? .ok : .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        let logger = runtime.logger
        let running = Atomic<Bool>(false)
        var delay = 1.0
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            let application = Application(
                router: router, configuration: .init(address: .hostname(host, port: port), serverName: "assay"),
                onServerRunning: { channel in
                    running.store(true, ordering: .relaxed)
                    logger.info(
                        "metrics listening",
                        metadata: [
                            "address": .string(channel.localAddress?.ipAddress ?? host),
                            "port": .stringConvertible(channel.localAddress?.port ?? port),
                        ])
                },
                logger: runtime.quietLogger)
            do {
                try await application.run()
                return
            } catch {
                // Ingestion never waits on the listener: a busy port is tried again, less and less often.
                if running.exchange(false, ordering: .relaxed) { delay = 1 }
                logger.error(
                    "metrics listener cannot start; ingestion goes on without it",
                    metadata: [
                        "address": .string("\(host):\(port)"), "reason": .string(Self.reason(error)),
                        "retry_in_s": .stringConvertible(delay),
                        "detail": .string("free the port, or set metrics_listen to another address or \"off\""),
                    ])
            }
            let wait = delay
            await cancelWhenGracefulShutdown { try? await Task.sleep(for: .seconds(wait)) }
            delay = min(delay * 2, 60)
        }
    }

    /// The system's words for why a bind failed, without NIO's call-site wrapping.
    private static func reason(_ error: any Error) -> String {
        if let failure = error as? IOError { return String(cString: strerror(failure.errnoCode)).lowercased() }
        if error is SocketAddressError { return "the host name does not resolve to an address of this host" }
        return "\(error)"
    }
}
