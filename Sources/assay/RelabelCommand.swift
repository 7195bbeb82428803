import ArgumentParser
import AssayCore
import AssayDaemon
import AssayPostgres
import AssayStore
import Foundation

struct RelabelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relabel",
        abstract: "Classify stored records again with the current taxonomy; rewrite those whose classification changes.",
        discussion: """
            Reads every record in the output folder (and its duplicates/), classifies its title and body as \
            ingestion would, and rewrites each record whose industries change (labels, or their scores and \
            evidence), atomically (temp file, flush, rename), then its labels in the state store. Prints one \
            line per changed record (old → new labels; --json for JSON lines) and a count on stderr. Safe to interrupt and run again: a record already \
            rewritten is unchanged the second time, and its store row is brought in line. With --config it \
            uses the daemon's output, state and taxonomy (send the daemon SIGHUP after a taxonomy edit so new \
            inputs get the same labels); else --out and --taxonomy.
            """)

    @Option(name: .long, help: "The daemon's config file: its output folder, state store and taxonomy.")
    var config: String?

    @Option(name: .long, help: "The output folder of assay ingest (used without --config; its store is OUT/.assay/state.sqlite).")
    var out = "out"

    @Option(name: .long, help: "Taxonomy (TOML) to classify with (default: the config's, else the built-in one).")
    var taxonomy: String?

    @Flag(name: .customLong("dry-run"), help: "Print what would change; write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "One JSON object per changed record: {id, record, before, after, labels_changed}.")
    var json = false

    func run() async throws {
        let (output, state, taxonomyPath) = try locations()
        let classifier = try PipelineOptions.classifier(taxonomyPath: taxonomyPath)
        guard !DaemonConfig.isPostgres(state) else {
            Console.error("assay relabel: works on the SQLite store only for now; \(PostgresArticleStore.redacted(state)) is PostgreSQL")
            throw ExitCode(2)
        }
        guard FileManager.default.fileExists(atPath: state) else {
            Console.error("assay relabel: no state store at \(state); run assay ingest --out \(out) first, or pass --config FILE")
            throw ExitCode(2)
        }
        let store: SQLiteArticleStore
        do { store = try SQLiteArticleStore(path: state) } catch {
            Console.error("assay relabel: \(error)")
            throw ExitCode(2)
        }
        var read = 0
        var changed = 0
        var failed = 0
        for path in Self.recordFiles(in: output) {
            read += 1
            do throws(CommandLineFileError) {
                guard let change = try relabel(path, classifier: classifier, store: store) else { continue }
                changed += 1
                print(change)
            } catch {
                failed += 1
                Console.error(error.description)
            }
        }
        Console.error("\(changed) of \(read) records \(dryRun ? "would change" : "relabelled")" + (failed > 0 ? ", \(failed) failed" : ""))
        if failed > 0 { throw ExitCode(1) }
    }

    /// The record's line when its classification changes (rewritten unless a dry run); nil when it does not.
    private func relabel(_ path: String, classifier: IndustryClassifier, store: SQLiteArticleStore) throws(CommandLineFileError)
        -> String?
    {
        let data = try CommandLineFileError.read(path, role: "a record")
        var article: Article
        do { article = try JSONDecoder().decode(Article.self, from: data) } catch {
            throw CommandLineFileError(path: path, problem: "not an Assay record (\(CommandLineFileError.describe(error))); left as it is")
        }
        let before = article.industries.map(\.label)
        let verdict = classifier.classify(title: article.title, body: article.body)
        let after = verdict.labels.map(\.label)
        // Labels, or only their scores and evidence: either way the record no longer says what the taxonomy says.
        let changed = article.industries != verdict.labels || article.primaryIndustry != verdict.primaryIndustry
        // A copy (`duplicates/ID.SOURCE.json`) shares its article's row, which the article's own record keeps.
        let ownsRow = (path as NSString).lastPathComponent == "\(article.id).json"
        if !dryRun, changed {
            article.industries = verdict.labels
            article.primaryIndustry = verdict.primaryIndustry
            do {
                try AtomicFileWriter.write(try article.jsonData(), to: path)
            } catch {
                throw CommandLineFileError(path: path, problem: "cannot be rewritten (\(error)); left as it was")
            }
        }
        // The row follows the record; one left behind by an interrupted run is brought in line now.
        if !dryRun, ownsRow {
            do {
                if let stored = try store.labels(of: article.id), stored != after { try store.relabel(article.id, industries: after) }
            } catch {
                throw CommandLineFileError(
                    path: path, problem: "\(changed ? "rewritten, but " : "")its labels could not be stored (\(error)); run relabel again")
            }
        }
        guard changed else { return nil }
        if json {
            let object: [String: Any] = ["id": article.id, "record": path, "before": before, "after": after, "labels_changed": before != after]
            let line = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return String(decoding: line, as: UTF8.self)
        }
        func shown(_ labels: [String]) -> String { labels.isEmpty ? "none" : labels.joined(separator: ", ") }
        let what = before == after ? "  (scores and evidence)" : ""
        return "\(article.id): \(shown(before)) → \(shown(after))\(what)  \(path)"
    }

    /// Output folder, state store and taxonomy: the daemon's, or `--out`'s.
    private func locations() throws -> (output: String, state: String, taxonomy: String?) {
        if let config {
            let loaded = try ConfigLocation(config: config).load()
            return (loaded.output, loaded.state, taxonomy ?? loaded.taxonomy)
        }
        return (out, IngestCommand.defaultStatePath(out: out), taxonomy)
    }

    /// `*.json` records in `folder` and its `duplicates/`, in name order; hidden and temp files skipped.
    static func recordFiles(in folder: String) -> [String] {
        [folder, (folder as NSString).appendingPathComponent("duplicates")].flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
                .map { (folder as NSString).appendingPathComponent($0) }
        }
    }
}
