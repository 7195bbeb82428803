import AssayCore

/// Each input's own time through a batch's stages. The pipeline asks for an input's budget as the
/// input enters a stage, and stages run one after another on one worker: the time from one request
/// to the next is the earlier input's. So each input keeps its whole allowance, however long the
/// other inputs of its batch take.
struct BatchStopwatch {
    /// Each input's time in the stages so far.
    private(set) var spent: [Duration]
    private var running: (input: Int, since: ContinuousClock.Instant)?
    private let allowance: Duration
    private let seconds: Double
    private let clock: @Sendable () -> ContinuousClock.Instant

    init(inputs: Int, allowanceSeconds: Double, clock: @escaping @Sendable () -> ContinuousClock.Instant) {
        spent = Array(repeating: .zero, count: inputs)
        seconds = allowanceSeconds
        allowance = .milliseconds(Int64(allowanceSeconds * 1000))
        self.clock = clock
    }

    /// `input` enters a stage: its budget is what is left of its allowance.
    mutating func enter(_ input: Int) -> WorkBudget {
        let now = clock()
        if let running { spent[running.input] += now - running.since }
        running = (input, now)
        let deadline = now.advanced(by: allowance - spent[input])
        let clock = clock
        return WorkBudget(seconds: seconds) { clock() >= deadline }
    }
}
