import Foundation

#if canImport(Glibc)
    import Glibc
#endif

enum Stats {
    /// CPU seconds used by finished children, and by theirs (the peer's worker processes).
    static func childCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// CPU time of the calling thread: wall time minus this is time spent waiting (or preempted).
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }

    static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

    /// The two result lines every speed benchmark prints: rates over rounds, latencies over documents.
    static func report(docsPerSecond: [Double], megabytesPerSecond: [Double], latencies: [Double], unit: LatencyUnit) {
        print(String(format: "docs/s median %.0f (min %.0f, max %.0f)  MB/s median %.2f",
            median(docsPerSecond), docsPerSecond.min() ?? 0, docsPerSecond.max() ?? 0, median(megabytesPerSecond)))
        let scale = unit == .milliseconds ? 1e3 : 1e6
        let name = unit == .milliseconds ? "ms" : "us"
        print(String(format: "latency p50 %.3f %@  p90 %.3f %@  p99 %.3f %@  peak RSS %.1f MiB",
            percentile(latencies, 0.5) * scale, name, percentile(latencies, 0.9) * scale, name,
            percentile(latencies, 0.99) * scale, name, peakRSSMiB()))
    }

    enum LatencyUnit { case milliseconds, microseconds }

    /// Peak resident set size of this process, from getrusage (kilobytes on Linux).
    static func peakRSSMiB() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

/// Benchmark data is stored gzip-compressed; `gzip -dc` reads it (loading is not timed).
enum Gunzip {
    static func read(_ path: String) -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? [UInt8](data) : nil
    }
}
