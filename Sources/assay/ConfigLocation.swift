import ArgumentParser
import AssayDaemon
import Foundation

/// `--config FILE`, else `$ASSAY_CONFIG`, else `/etc/assay/assay.toml`.
struct ConfigLocation: ParsableArguments {
    @Option(name: .long, help: "The daemon's config file (default: $ASSAY_CONFIG, else /etc/assay/assay.toml).")
    var config: String?

    init() {}

    init(config: String?) { self.config = config }

    var path: String {
        config ?? ProcessInfo.processInfo.environment["ASSAY_CONFIG"] ?? "/etc/assay/assay.toml"
    }

    /// The checked config, or every problem on stderr and exit 78 (EX_CONFIG).
    func load() throws -> DaemonConfig {
        do {
            return try DaemonConfigFile.load(path: path)
        } catch {
            for problem in error.errors { Console.error(problem.description) }
            throw ExitCode(DaemonConfigFile.exitCode)
        }
    }
}
