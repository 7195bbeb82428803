import AssayCore
import Foundation

/// Benchmarks for Assay's pipeline. Prints medians over repeated runs; see `--help`.
///
///   assay-bench quality [BENCHMARK_DIR]     HTML body extraction F1/P/R on the Zyte benchmark
///   assay-bench throughput [FILE_OR_DIR...]  single-core extraction docs/s, MB/s, latency percentiles
let arguments = Array(CommandLine.arguments.dropFirst())
let command = arguments.first ?? "help"
let rest = Array(arguments.dropFirst())
switch command {
case "quality":
    QualityBenchmark.run(directory: rest.first ?? "../shared/extraction-benchmark", verbose: rest.contains("-v"))
case "throughput":
    ThroughputBenchmark.run(paths: rest.isEmpty ? ["seeds", "../shared/dev-corpus/files"] : rest)
default:
    print("""
        usage: assay-bench quality [BENCHMARK_DIR] [-v]
               assay-bench throughput [FILE_OR_DIR ...]
        """)
}
