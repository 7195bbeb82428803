import AssayCore
import Foundation

/// Benchmarks for Assay's pipeline. Prints medians over repeated runs; see `--help`.
///
///   assay-bench quality [BENCHMARK_DIR]     HTML body extraction F1/P/R on the Zyte benchmark
///   assay-bench golden [BENCHMARK_DIR]      the benchmark pages' records against saved ones (--update saves)
///   assay-bench throughput [FILE_OR_DIR...]  single-core pipeline docs/s, MB/s, latency percentiles
///   assay-bench facts [FILE_OR_DIR...]       the fact finder alone: µs per body (a loop to profile)
///   assay-bench daemon-facts [COPIES] [RUNS] [PATH/assay] [FILE_OR_DIR...]  the daemon's CPU per document with facts and without
///   assay-bench classify [LABELS.jsonl]      single-core classification of 4 KB articles
///   assay-bench pages [PAGES_DIR]            dates, titles, authors on htmldate's test pages
///   assay-bench labels [TEXTS_DIR]           label macro-F1 on the gathered real articles
///   assay-bench reprints [TEXTS_DIR]         reprint pairs found and stories kept apart, gathered pairs
let arguments = Array(CommandLine.arguments.dropFirst())
let command = arguments.first ?? "help"
let rest = Array(arguments.dropFirst())
switch command {
case "quality":
    QualityBenchmark.run(directory: rest.first ?? "../shared/extraction-benchmark", verbose: rest.contains("-v"))
case "golden":
    GoldenBenchmark.run(directory: rest.first { !$0.hasPrefix("-") } ?? "../shared/extraction-benchmark", update: rest.contains("--update"))
case "throughput":
    ThroughputBenchmark.run(paths: rest.isEmpty ? ["seeds", "../shared/dev-corpus/files"] : rest)
case "facts":
    ThroughputBenchmark.factsOnly(paths: rest.isEmpty ? ["seeds", "../shared/dev-corpus/files"] : rest)
case "daemon-facts":
    let numbers = rest.compactMap { Int($0) }
    let paths = rest.filter { Int($0) == nil && !$0.hasSuffix("/assay") }
    DaemonFactsBenchmark.run(
        paths: paths.isEmpty ? ["seeds", "../shared/dev-corpus/files"] : paths, copies: numbers.first ?? 40,
        runs: numbers.dropFirst().first ?? 7, binary: rest.first { $0.hasSuffix("/assay") } ?? ".build/release/assay")
case "store":
    StoreBenchmark.run(
        sizes: rest.compactMap { Int($0) }.isEmpty ? [10_000, 100_000] : rest.compactMap { Int($0) }, folder: NSTemporaryDirectory(),
        postgres: rest.contains("--postgres"))
case "pairs":
    PairsBenchmark.run(corpus: rest.first ?? "../shared/dev-corpus")
case "drain":
    let numbers = rest.compactMap { Int($0) }
    DrainBenchmark.run(
        count: numbers.first ?? 20_000, idleFiles: numbers.dropFirst().first ?? 200,
        binary: rest.first { $0.hasSuffix("/assay") } ?? ".build/release/assay")
case "peer":
    let numbers = rest.compactMap { Int($0) }
    PeerBenchmark.run(
        count: numbers.first ?? 5000, runs: numbers.dropFirst().first ?? 3,
        binary: rest.first { $0.hasSuffix("/assay") } ?? ".build/release/assay",
        peerScript: rest.first { $0.hasSuffix(".py") } ?? "../shared/peer/peer_pipeline.py")
case "shared":
    let numbers = rest.compactMap { Int($0) }
    SharedStoreBenchmark.run(
        count: numbers.first ?? 5000, runs: numbers.dropFirst().first ?? 3, binary: rest.first { $0.hasSuffix("/assay") } ?? ".build/release/assay")
case "corpus":
    // The generated corpus the drain and peer benchmarks use, written to a folder (for profiling).
    PeerBenchmark.writeCorpus(to: URL(fileURLWithPath: rest.first ?? "corpus"), count: rest.compactMap { Int($0) }.first ?? 5000)
case "fetch":
    FetchBenchmark.run(
        pages: rest.compactMap { Int($0) }.first ?? 2000, binary: rest.first { $0.hasSuffix("/assay") } ?? ".build/release/assay")
case "classify":
    ClassifyBenchmark.run(labelsFile: rest.first ?? "../shared/dev-corpus/articles.jsonl")
case "pages":
    PageFactsBenchmark.run(pagesDirectory: rest.first ?? "../gathered/htmldate/pages")
case "labels":
    GatheredLabelsBenchmark.run(textsDirectory: rest.first ?? "../gathered/labels/texts")
case "reprints":
    GatheredPairsBenchmark.run(textsDirectory: rest.first ?? "../gathered/pairs/texts")
default:
    print("""
        usage: assay-bench quality [BENCHMARK_DIR] [-v]
               assay-bench golden [BENCHMARK_DIR] [--update]
               assay-bench throughput [FILE_OR_DIR ...]
               assay-bench facts [FILE_OR_DIR ...]
               assay-bench daemon-facts [COPIES] [RUNS] [PATH/assay] [FILE_OR_DIR ...]
               assay-bench classify [LABELS.jsonl]
               assay-bench pages [PAGES_DIR]
               assay-bench labels [TEXTS_DIR]
               assay-bench reprints [TEXTS_DIR]
               assay-bench pairs [DEV_CORPUS_DIR]
               assay-bench store [SIZE ...]
               assay-bench drain [FILES] [IDLE_FILES] [PATH/assay]
               assay-bench fetch [PAGES] [PATH/assay]
               assay-bench peer [FILES] [RUNS] [PATH/assay] [PEER.py]
               assay-bench shared [FILES] [RUNS] [PATH/assay]   SQLite vs PostgreSQL, 1 vs 2 daemons
               assay-bench store [SIZE ...] --postgres          admit cost on a throwaway PostgreSQL
               assay-bench corpus DIR [FILES]
        """)
}
