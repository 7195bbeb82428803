import ArgumentParser
import AssayDaemon
import Foundation

struct CheckConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Check the daemon's config file (and its taxonomy); print the settings in force.",
        discussion: """
            Applies ASSAY_<KEY> environment overrides as `assay run` would, makes missing output, archive, \
            quarantine and state folders, and checks that every folder is writable. Exits 0 when the config \
            is usable, 78 (EX_CONFIG) with one line per problem (file:line: key and what is wrong) when not.
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
