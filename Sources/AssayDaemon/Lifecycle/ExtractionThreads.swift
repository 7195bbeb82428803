import CAssaySystem
import Foundation

/// Threads of their own for the CPU-bound pipeline (decoding, HTML parsing, extraction,
/// classification). Swift's cooperative pool has one thread per core: a worker parsing a 14 MB
/// page there holds a thread for seconds, and with every thread held the heartbeat, the watchdog
/// and signal handling cannot run. Workers prefer this executor (`addTask(executorPreference:)`),
/// so their synchronous work runs here and the pool stays free.
///
/// The job list is the one piece of state shared between threads, guarded by its condition.
final class ExtractionThreads: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []

    /// The threads live as long as the process (a daemon makes one set); they hold the executor,
    /// so it is never freed under them.
    init(count: Int) {
        for index in 0..<max(1, count) {
            let thread = Thread { self.serve() }
            thread.name = "assay-extract-\(index)"
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func serve() {
        // A stack overflow in the pipeline still leaves the crash mark (`ReadingJournal`).
        _ = assay_alternate_signal_stack()
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
