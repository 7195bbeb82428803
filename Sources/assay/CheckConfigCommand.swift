import ArgumentParser
import AssayDaemon
import Foundation

struct CheckConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Check the daemon's config file (and its taxonomy); print the settings in force.",
        discussion: """
            The same checks as `assay run` at start, with nothing made or changed: ASSAY_<KEY> environment \
            overrides applied, every folder writable (or, when missing, one that `run` can make), the state \
            file an Assay store or absent, the taxonomy valid. Exits 0 when the config is usable, 78 \
            (EX_CONFIG) with one line per problem (file:line: key and what is wrong) when not.
            """)

    @OptionGroup var location: ConfigLocation

    func run() throws {
        let config = try location.load()
        print("\(config.file): OK")
        for key in ConfigKey.all {
            print("  \(key.name) = \(key.show(config))" + (key.reloadable ? "" : "   (applies at restart)"))
        }
    }
}
