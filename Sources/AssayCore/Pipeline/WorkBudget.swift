/// How long one input may take. The caller owns the clock (Core reads none): the pipeline only asks
/// between stages whether the budget is spent, and gives the input up as `too_slow` when it is.
public struct WorkBudget: Sendable {
    /// The budget as configured, for the rejection's message.
    public let seconds: Double
    private let spent: @Sendable () -> Bool

    public init(seconds: Double, isSpent: @escaping @Sendable () -> Bool) {
        self.seconds = seconds
        spent = isSpent
    }

    /// No limit: for one-off commands and tests, where a person waits for the answer.
    public static let unlimited = WorkBudget(seconds: .infinity) { false }

    /// Throws when the budget is spent; called between stages, so an input overruns by one stage at most.
    public func check() throws(BudgetSpent) {
        if spent() { throw BudgetSpent(seconds: seconds) }
    }
}

/// The input took longer than its budget; the pipeline stops working on it.
public struct BudgetSpent: Error, Sendable, Equatable {
    public let seconds: Double
}
