import ArgumentParser
import AssayStore
import Foundation

/// Where a command finds the state store: `--state`, else the daemon config's `state`, else the
/// store `assay ingest --out DIR` keeps in DIR.
struct StateStoreOptions: ParsableArguments {
    @Option(name: .long, help: "State store (SQLite) written by ingest or the daemon.")
    var state: String?

    @Option(name: .long, help: "Read the state path from this daemon config file.")
    var config: String?

    @Option(name: .long, help: "The output folder of assay ingest, whose store is OUT/.assay/state.sqlite (used when neither --state nor --config is given).")
    var out = "out"

    /// Opens the existing store, or exits 2 with what to do.
    func open(for command: String) throws -> SQLiteArticleStore {
        let path: String
        if let state {
            path = state
        } else if let config {
            path = try ConfigLocation(config: config).load().state
        } else {
            path = IngestCommand.defaultStatePath(out: out)
        }
        guard FileManager.default.fileExists(atPath: path) else {
            Console.error(
                "assay \(command): no state store at \(path); run assay ingest --out \(out) first, or pass --state FILE or --config FILE")
            throw ExitCode(2)
        }
        do {
            return try SQLiteArticleStore(path: path)
        } catch {
            Console.error("assay \(command): \(error)")
            throw ExitCode(2)
        }
    }
}
