import AssayCore
@testable import AssayDaemon
import Synchronization
import Testing

/// Each input of a batch keeps its whole allowance, whatever the others take: time between two
/// requests for budgets is charged to the earlier input only. A clock moved by hand stands in for time.
@Suite struct BatchStopwatchTests {
    final class HandClock: Sendable {
        let start = ContinuousClock.now
        let seconds = Atomic<Int>(0)
        var now: ContinuousClock.Instant { start.advanced(by: .seconds(seconds.load(ordering: .relaxed))) }
        func advance(_ by: Int) { seconds.add(by, ordering: .relaxed) }
    }

    @Test func eachInputIsChargedItsOwnStagesOnly() throws {
        let hand = HandClock()
        var stopwatch = BatchStopwatch(inputs: 2, allowanceSeconds: 30, clock: { hand.now })
        _ = stopwatch.enter(0)
        hand.advance(20)  // input 0 reads for 20 s
        _ = stopwatch.enter(1)
        hand.advance(25)  // input 1 reads for 25 s: slow, but within its own 30 s
        let second = stopwatch.enter(0)
        #expect(stopwatch.spent == [.seconds(20), .seconds(25)])
        // Input 0 has 10 s left, counted from now, not from the batch's start 45 s ago.
        hand.advance(9)
        #expect(throws: Never.self) { try second.check() }
        hand.advance(2)
        #expect(throws: BudgetSpent.self) { try second.check() }
    }

    @Test func anInputPastItsAllowanceIsSpentAsItEntersItsNextStage() throws {
        let hand = HandClock()
        var stopwatch = BatchStopwatch(inputs: 2, allowanceSeconds: 30, clock: { hand.now })
        _ = stopwatch.enter(0)
        hand.advance(31)
        _ = stopwatch.enter(1)
        #expect(throws: BudgetSpent.self) { try stopwatch.enter(0).check() }
        #expect(throws: Never.self) { try stopwatch.enter(1).check() }
    }
}
