import ArgumentParser
import AssayDaemon
import AssayPostgres
import AssayStore
import Foundation

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the configured feeds and pages with their fetch state: last fetch, status, errors, next run.")

    @OptionGroup var location: ConfigLocation

    @Flag(name: .long, help: "Print one JSON object per source instead of text.")
    var json = false

    func run() throws {
        let config = try location.load()
        let states: [String: SourceState]
        do {
            let store: any StateStore =
                DaemonConfig.isPostgres(config.state)
                ? try PostgresArticleStore(url: config.state, settings: config.store) : try SQLiteArticleStore(path: config.state)
            states = try store.sourceStates()
        } catch {
            Console.error("assay sources: \(error)")
            throw ExitCode(2)
        }
        if config.sources.isEmpty { print("no [[sources]] in \(config.file)") }
        let now = Date().timeIntervalSince1970
        for source in config.sources {
            let state = states[source.url] ?? SourceState(url: source.url)
            let next = state.nextRun.map { max(0, $0 - now) }
            if json {
                var object: [String: Any] = [
                    "url": source.url, "kind": source.kind.rawValue, "interval_s": source.interval, "tags": source.tags,
                    "errors": state.errorCount, "items_seen": state.itemsSeen,
                ]
                object["name"] = source.name
                object["last_fetch"] = state.lastFetch
                object["status"] = state.lastStatus
                object["last_error"] = state.lastError
                object["next_in_s"] = next
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
                print(String(decoding: data, as: UTF8.self))
                continue
            }
            var line = "\(source.url)"
            if let name = source.name { line += " (\(name))" }
            line += " \(source.kind.rawValue) every \(Self.duration(source.interval)):"
            line += " last \(state.lastFetch ?? "never"), status \(state.lastStatus ?? "-"), errors \(state.errorCount)"
            line += ", next in \(next.map(Self.duration) ?? "-"), items \(state.itemsSeen)"
            if let error = state.lastError { line += ", last error: \(error)" }
            print(line)
        }
    }

    static func duration(_ seconds: Double) -> String {
        if seconds >= 3600 { return String(format: "%.1fh", seconds / 3600) }
        if seconds >= 60 { return String(format: "%.0fm", seconds / 60) }
        return String(format: "%.0fs", seconds)
    }
}
