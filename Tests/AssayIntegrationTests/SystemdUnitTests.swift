import AssayTestSupport
import Foundation
import Testing

/// The shipped unit passes `systemd-analyze verify` and scores ≤ 2.0 on `systemd-analyze security`.
@Suite struct SystemdUnitTests {
    static let analyzer = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    private func analyze(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try ChildProcess.run(try #require(Self.analyzer), arguments)
    }

    @Test(.enabled(if: analyzer != nil, "systemd-analyze is not installed"))
    func unitVerifiesAndIsHardened() throws {
        let folder = try TemporaryFolder()
        let shipped = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("systemd/assay.service"), encoding: .utf8)
        // verify checks that ExecStart exists: point it at the binary the tests built.
        let unit = shipped.replacingOccurrences(of: "/usr/local/bin/assay", with: AssayProcess.executable.path)
        let file = try folder.file("assay.service", Array(unit.utf8))
        let verify = try analyze(["verify", file.path])
        #expect(verify.status == 0 && verify.output.isEmpty, "\(verify.output)")
        // The threshold is on a 0–100 scale: 20 is an exposure of 2.0.
        let security = try analyze(["security", "--offline=true", "--threshold=20", file.path])
        #expect(security.status == 0, "\(security.output.suffix(400))")
        #expect(shipped.contains("Type=notify") && shipped.contains("WatchdogSec=") && shipped.contains("Restart=on-failure"))
    }
}
