/// Puts the workers' results back in discovery order and hands them to the committer in batches.
/// Deciding in discovery order makes the dedup outcome (which copy is canonical) the same whatever
/// the number of workers, and the same after a crash and restart as in a clean run.
public actor ResultSequencer {
    private var ready: [Int: ProcessedInput] = [:]
    private var nextToCommit = 0
    private var finished = false
    private var waiter: CheckedContinuation<Void, Never>?

    public init() {}

    public func submit(_ result: ProcessedInput) {
        ready[result.item.sequence] = result
        if result.item.sequence == nextToCommit { wake() }
    }

    /// No more results will come (the workers have stopped).
    public func finish() {
        finished = true
        wake()
    }

    /// The next run of consecutive results (at most `limit`), waiting for the first of them;
    /// nil when finished and nothing consecutive remains.
    public func nextBatch(limit: Int) async -> [ProcessedInput]? {
        while ready[nextToCommit] == nil {
            if finished { return nil }
            await withCheckedContinuation { waiter = $0 }
        }
        var batch: [ProcessedInput] = []
        while batch.count < limit, let result = ready.removeValue(forKey: nextToCommit) {
            batch.append(result)
            nextToCommit += 1
        }
        return batch
    }

    private func wake() {
        waiter?.resume()
        waiter = nil
    }
}
