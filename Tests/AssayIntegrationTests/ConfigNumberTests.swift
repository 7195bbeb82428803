import AssayTestSupport
import Foundation
import Testing

/// Numbers no config should hold (too large for an integer, infinite, negative, fractional counts)
/// are refused by `check-config` and `run` alike with exit 78 and the key's line: a value never
/// traps the daemon into a crash loop.
@Suite struct ConfigNumberTests {
    private static let head = "inbox = \"inbox\"\noutput = \"out\"\narchive = \"archive\"\nquarantine = \"quarantine\"\nstate = \"state/assay.db\"\n"

    private func folder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("inbox"), withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: [
        ("max_file_bytes = 9223372036854775807\n", 6, "max_file_bytes"),
        ("[fetch]\nmax_bytes = 1e30\n", 7, "fetch.max_bytes"),
        ("[fetch]\nconcurrency = 1e30\n", 7, "fetch.concurrency"),
        ("[fetch]\nper_host = 9.3e18\n", 7, "fetch.per_host"),
        ("[fetch]\ntimeout = inf\n", 7, "fetch.timeout"),
        ("[fetch]\nbackoff_cap = nan\n", 7, "fetch.backoff_cap"),
        ("[fetch]\nmax_redirects = -5\n", 7, "fetch.max_redirects"),
        ("[fetch]\nconcurrency = 2.5\n", 7, "fetch.concurrency"),
        ("[[sources]]\nurl = \"http://a.example/feed\"\ninterval = inf\n", 8, "sources[1].interval"),
        ("[[sources]]\nurl = \"http://a.example/feed\"\ninterval = 1e20\n", 8, "sources[1].interval"),
        ("grace_period = -inf\n", 6, "grace_period"),
        ("max_process_seconds = 0\n", 6, "max_process_seconds"),
        ("max_process_seconds = 1e300\n", 6, "max_process_seconds"),
    ])
    func aBadNumberInTheFileIsRefusedWithItsLine(body: String, line: Int, key: String) throws {
        let folder = try folder()
        let config = try folder.file("assay.toml", Array((Self.head + body).utf8))
        for command in [["check-config"], ["run", "--exit-when-idle"]] {
            let result = try AssayProcess.run(command + ["--config", config.path])
            #expect(result.status == 78, "\(command) \(body): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("assay.toml:\(line)") && result.stderr.contains(key), "\(command): \(result.stderr)")
        }
    }

    /// Found by fuzzing: a header with no name aborted `check-config` inside the TOML parser.
    @Test func aHeaderWithNoNameIsRefusedWithItsLineNotACrash() throws {
        let folder = try folder()
        let config = try folder.file("assay.toml", Array((Self.head + "[#\n").utf8))
        for command in [["check-config"], ["run", "--exit-when-idle"]] {
            let result = try AssayProcess.run(command + ["--config", config.path])
            #expect(result.status == 78, "\(command): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("assay.toml:6"), "\(command): \(result.stderr)")
        }
    }

    @Test(arguments: [
        ("ASSAY_MAX_FILE_BYTES", "99999999999999999999"),
        ("ASSAY_WORKERS", "1e30"),
        ("ASSAY_QUEUE_SIZE", "-3"),
        ("ASSAY_SETTLE_SECONDS", "inf"),
        ("ASSAY_POLL_INTERVAL", "nan"),
        ("ASSAY_MAX_PROCESS_SECONDS", "inf"),
    ])
    func aBadNumberInTheEnvironmentIsRefusedByName(variable: String, value: String) throws {
        let folder = try folder()
        let config = try folder.file("assay.toml", Array(Self.head.utf8))
        for command in [["check-config"], ["run", "--exit-when-idle"]] {
            let result = try AssayProcess.run(command + ["--config", config.path], environment: [variable: value])
            #expect(result.status == 78, "\(command) \(variable)=\(value): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains(variable), "\(command): \(result.stderr)")
        }
    }
}
