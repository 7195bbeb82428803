import ArgumentParser
import AssayCore
import AssayDaemon
import AssayStore
import Foundation
import Logging
import Synchronization

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Process files and folders once, writing one JSON record per article into --out.",
        discussion: """
            Folders are read recursively; dotfiles and partial downloads (*.part, *.tmp, *~) are skipped. \
            Each record is written as <id>.json atomically (temp file, fsync, rename), so a reader never \
            sees a half-written file. The state store remembers every article: one seen before is not written \
            again, and a reprint or copy of a stored story goes into duplicates/ with dedup.duplicate_of \
            (or is only counted, with --duplicates drop). \
            Prints a one-line summary; exits 0 when every input was accepted, 1 when any was rejected \
            (each listed on stderr with its reason).
            """
    )

    @Argument(help: "Files and folders to read.")
    var paths: [String]

    @Option(name: .long, help: "Folder to write the records into (created if missing).")
    var out: String

    @Option(name: .long, help: "Files processed at the same time (default: the number of cores).")
    var workers: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "State store (SQLite) that remembers every article for de-duplication (default: OUT/.assay/state.sqlite).")
    var state: String?

    @Option(name: .long, help: "What to do with reprints and copies of stored stories: mark (write into duplicates/) or drop.")
    var duplicates: DuplicateHandling.Policy = .mark

    @Option(name: .customLong("near-threshold"), help: "Share of the shorter article's word runs the longer must contain to be the same story.")
    var nearThreshold: Double = DuplicateRule().containment

    @Option(name: .customLong("rewrite-threshold"), help: "Share of the smaller set of names and figures another outlet's article must share to be a rewrite (0.5 to 1).")
    var rewriteThreshold: Double = DuplicateRule().factContainment

    @Flag(name: .long, help: "Log every input's outcome on stderr.")
    var verbose = false

    @OptionGroup var options: PipelineOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name at least one file or folder to ingest") }
        guard workers >= 1 else { throw ValidationError("--workers must be at least 1") }
        if let problem = FolderCheck.problem(out) { throw ValidationError("--out: \(problem)") }
        // Before the store moved into the output folder it lay beside it: starting afresh would forget its history.
        let earlier = (((out as NSString).standardizingPath as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent("assay-state.sqlite")
        let current = Self.defaultStatePath(out: out)
        if state == nil, FileManager.default.fileExists(atPath: earlier), !FileManager.default.fileExists(atPath: current) {
            throw ValidationError(
                "this output's store is at \(earlier), where earlier versions kept it; move it into place "
                    + "(mkdir -p \((current as NSString).deletingLastPathComponent) && mv \(earlier) \(current), with its -wal and -shm "
                    + "files if any) or pass --state \(earlier), so the inputs and stories it remembers are not forgotten")
        }
        guard nearThreshold > 0 && nearThreshold <= 1 else { throw ValidationError("--near-threshold must be in (0, 1]") }
        guard rewriteThreshold >= 0.5 && rewriteThreshold <= 1 else { throw ValidationError("--rewrite-threshold must be in [0.5, 1]") }
        // Records written among the inputs would be read as inputs by the next run.
        let cwd = FileManager.default.currentDirectoryPath
        let absolute = { (path: String) in ((path.hasPrefix("/") ? path : cwd + "/" + path) as NSString).standardizingPath }
        let output = absolute(out)
        for path in paths.map(absolute) where output == path || output.hasPrefix(path + "/") {
            throw ValidationError("--out \(out) is inside the input folder \(path); write the records beside it")
        }
    }

    /// The store inside the output folder it belongs to, hidden (`--out out` → `out/.assay/state.sqlite`):
    /// never loose in the working folder, and the output holds only records.
    static func defaultStatePath(out: String) -> String {
        ((out as NSString).standardizingPath as NSString).appendingPathComponent(".assay/state.sqlite")
    }

    func run() async throws {
        var roots: [InputPath] = []
        var missing: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                missing.append(path)
                continue
            }
            roots.append(isFolder.boolValue ? InputPath(root: path, components: []) : InputPath.naming(path))
        }
        for path in missing { Console.error("\(path): no such file or folder") }
        let statePath = state ?? Self.defaultStatePath(out: out)
        var config = DaemonConfig.oneShot(
            output: out, state: statePath, workers: workers, maxFileBytes: options.maxBytes, timeZone: options.timeZone,
            taxonomy: options.taxonomy, duplicates: duplicates, nearThreshold: nearThreshold, rewriteThreshold: rewriteThreshold)
        config.gazetteer = options.gazetteer
        _ = try options.pipeline()  // a bad taxonomy or gazetteer is reported here, with its lines
        let level = SharedLogLevel(verbose ? .info : .critical)
        let (lock, store) = try StateStoreOpening.open(statePath, file: "--state")
        let refusals = Mutex<[String]>([])
        let bar = ProgressBar.forStandardError()
        let logger = Logger(label: "assay.ingest") { _ in DaemonLogHandler(format: .text, level: level, writer: .standardError) }
        let runtime = try DaemonRuntime(
            config: config, store: store, logger: logger, logLevel: level, notifier: SystemdNotifier(), clock: .system
        ) { report in
            if report.outcome == .quarantined || report.outcome == .failed {
                let line = "\(report.input): \(report.outcome.rawValue): \(report.reason ?? "-"): \(report.detail ?? "")"
                refusals.withLock { $0.append(line) }
            }
            bar?.tick()
        }
        try await AssayServices.ingest(runtime: runtime, roots: roots).run()
        bar?.finish()
        withExtendedLifetime(lock) {}
        let totals = runtime.outcomes.counters.snapshot
        for line in refusals.withLock({ $0 }) { Console.error(line) }
        let summary = InputOutcome.allCases.filter { totals[$0] > 0 || [.recorded, .duplicate, .repeated, .quarantined].contains($0) }
            .map { "\(totals[$0]) \($0.rawValue)" }.joined(separator: ", ")
        print("\(totals.inputs) input\(totals.inputs == 1 ? "" : "s"): \(summary)" + (missing.isEmpty ? "" : ", \(missing.count) missing"))
        if totals[.quarantined] + totals[.failed] > 0 || !missing.isEmpty { throw ExitCode(1) }
    }
}

extension DuplicateHandling.Policy: ExpressibleByArgument {}
