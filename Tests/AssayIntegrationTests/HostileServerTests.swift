import AssayTestSupport
import Foundation
import Testing

/// Servers that try to exhaust or misdirect the daemon, on 127.0.0.1, through the real daemon: a
/// gzip bomb, an endless body, a server that drips a byte at a time, a feed that links elsewhere
/// and an internal address. Each ends with its reason in the log, memory stays bounded, and
/// nothing is fetched that should not be.
@Suite(.serialized) struct HostileServerTests {
    /// 100 MB of zeros gzipped (about 100 KB): inflating it whole would hold 100 MB.
    static let bomb: [UInt8] = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "head -c 100000000 /dev/zero | gzip -9"]
        let out = Pipe()
        process.standardOutput = out
        try? process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }()

    /// The daemon's peak resident memory so far, in MiB (`VmHWM`).
    static func peakMiB(_ pid: Int32) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kilobytes / 1024
    }

    private func page(_ path: String, _ server: LoopbackHTTPServer) -> String {
        "[[sources]]\nurl = \"\(server.url(path))\"\nkind = \"page\"\ninterval = \"1h\"\n"
    }

    @Test func aGzipBombStopsAtTheBodyCapInFeedsAndInTheirItems() throws {
        #expect(Self.bomb.count > 50_000 && Self.bomb.count < 1_000_000)
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/feed.xml":
                let link = "http://127.0.0.1:\(request.header("Host")?.split(separator: ":").last ?? "")/bomb.html"
                return .text("<rss version=\"2.0\"><channel><title>t</title><item><title>Bomb</title><link>\(link)</link><guid>b1</guid></item></channel></rss>",
                    type: "application/rss+xml")
            default:
                return .init(headers: ["Content-Type": "text/html", "Content-Encoding": "gzip"], body: Self.bomb)
            }
        }
        let sandbox = try DaemonSandbox(extra: page("/bomb-page.html", server) + "[[sources]]\nurl = \"\(server.url("/feed.xml"))\"\ninterval = \"1h\"\n")
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine { $0["msg"] as? String == "fetch failed" && $0["reason"] as? String == "too_large" }, "\(daemon.lines.suffix(5))")
        #expect(daemon.waitForLine { $0["msg"] as? String == "page not fetched" && $0["reason"] as? String == "too_large" }, "\(daemon.lines.suffix(5))")
        let peak = try #require(Self.peakMiB(daemon.pid))
        #expect(peak < 100, "peak RSS \(peak) MiB")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        #expect(try sandbox.records().isEmpty)
    }

    @Test func anEndlessBodyStopsAtTheBodyCap() throws {
        let chunk = [UInt8](repeating: 0x61, count: 65536)
        let server = try LoopbackHTTPServer { _ in .init(headers: ["Content-Type": "text/html"], body: chunk, pace: .endless) }
        let sandbox = try DaemonSandbox(extra: "[fetch]\nmax_bytes = 2000000\n" + page("/endless.html", server))
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine { $0["msg"] as? String == "fetch failed" && $0["reason"] as? String == "too_large" }, "\(daemon.lines.suffix(5))")
        let peak = try #require(Self.peakMiB(daemon.pid))
        #expect(peak < 100, "peak RSS \(peak) MiB")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func aDrippingServerEndsAtTheTotalTimeout() throws {
        let body = Array("<html><body><p>slow</p></body></html>".utf8)
        let server = try LoopbackHTTPServer { _ in .init(headers: ["Content-Type": "text/html"], body: body, pace: .drip(seconds: 0.4)) }
        let sandbox = try DaemonSandbox(extra: "[fetch]\ntimeout = 2\n" + page("/drip.html", server))
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine { $0["msg"] as? String == "fetch failed" }, "\(daemon.lines.suffix(5))")
        let failure = try #require(daemon.entries(message: "fetch failed").first)
        #expect(failure["reason"] as? String == "timeout")
        // The body alone takes 15 s to drip; the fetch ends at the 2 s deadline (generous slack for a busy machine).
        let duration = try #require(failure["duration_ms"] as? Double)
        #expect(duration < 8000, "\(duration) ms")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func aFeedCannotSendTheDaemonToAnotherHost() throws {
        let inside = try LoopbackHTTPServer { _ in .text("<html><body><p>secret</p></body></html>") }
        let feed = try LoopbackHTTPServer { _ in
            .text("<rss version=\"2.0\"><channel><title>t</title><item><title>Elsewhere</title><link>\(inside.url("/?secret=1"))</link><guid>e1</guid></item></channel></rss>",
                type: "application/rss+xml")
        }
        let sandbox = try DaemonSandbox(extra: "[[sources]]\nurl = \"\(feed.url("/feed.xml"))\"\ninterval = 1\n")
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine { $0["msg"] as? String == "page not fetched" && $0["reason"] as? String == "foreign_host" }, "\(daemon.lines.suffix(5))")
        // Remembered: later polls do not ask again.
        #expect(daemon.waitForLine(timeout: 10) { $0["msg"] as? String == "fetched" && $0["items_seen"] as? Int == 1 })
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        #expect(inside.requests.isEmpty)
        #expect(daemon.entries(message: "page not fetched").count == 1)
    }

    @Test func internalAddressesAreRefusedUnlessTheConfigAllowsThem() throws {
        let server = try LoopbackHTTPServer { _ in .text("<html><body><p>internal</p></body></html>") }
        let sandbox = try DaemonSandbox(extra: page("/admin.html", server), allowPrivate: false)
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine { $0["msg"] as? String == "fetch failed" }, "\(daemon.lines.suffix(5))")
        let failure = try #require(daemon.entries(message: "fetch failed").first)
        #expect(failure["reason"] as? String == "refused_address")
        #expect((failure["detail"] as? String)?.contains("fetch.allow_private") == true)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
        #expect(server.requests.isEmpty)
    }
}
