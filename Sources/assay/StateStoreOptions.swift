import ArgumentParser
import AssayDaemon
import AssayPostgres
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

    /// Where the store is (`--state`, the config's `state`, or the ingest output's), and how a server is reached.
    func location() throws -> (state: String, settings: StoreSettings) {
        if let state { return (state, StoreSettings()) }
        if let config {
            let loaded = try ConfigLocation(config: config).load()
            return (loaded.state, loaded.store)
        }
        return (IngestCommand.defaultStatePath(out: out), StoreSettings())
    }

    /// The folder the records are in: the config's `output`, else `--out`.
    func outputFolder() throws -> String {
        if let config { return try ConfigLocation(config: config).load().output }
        return out
    }

    /// Opens the existing store (a SQLite file or a PostgreSQL server), or exits 2 with what to do.
    func open(for command: String) throws -> any StateStore & RecordListing {
        let (path, settings) = try location()
        return DaemonConfig.isPostgres(path) ? try Self.postgres(path, settings: settings, for: command) : try openSQLite(path, for: command)
    }

    static func postgres(_ url: String, settings: StoreSettings, for command: String) throws -> PostgresArticleStore {
        do { return try PostgresArticleStore(url: url, settings: settings) } catch {
            Console.error("assay \(command): \(error)")
            throw ExitCode(2)
        }
    }

    private func openSQLite(_ path: String, for command: String) throws -> SQLiteArticleStore {
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
