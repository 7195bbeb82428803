import AssayDaemon
import Testing

/// The watchdog is fed while the pipeline shows it is alive: idle, or moving. Work that waits with
/// no input processed or committed for the limit stops the keep-alives, so systemd restarts a wedged daemon.
@Suite struct StallWatchTests {
    func feed(_ watch: inout StallWatch, moves: Int, busy: Bool, elapsed: Double) -> Bool {
        watch.observe(moves: moves, busy: busy, elapsed: elapsed)
    }

    @Test func anIdleDaemonIsAliveForever() {
        var watch = StallWatch(limit: 10)
        for _ in 0..<100 { #expect(feed(&watch, moves: 0, busy: false, elapsed: 5)) }
    }

    @Test func workThatMovesKeepsTheWatchdogFed() {
        var watch = StallWatch(limit: 10)
        for moves in 0..<100 { #expect(feed(&watch, moves: moves, busy: true, elapsed: 5)) }
    }

    @Test func workThatWaitsWithoutProgressStopsTheKeepAlivesAtTheLimit() {
        var watch = StallWatch(limit: 10)
        #expect(feed(&watch, moves: 7, busy: true, elapsed: 5))
        #expect(feed(&watch, moves: 7, busy: true, elapsed: 5))
        #expect(watch.stalledFor == 5)
        #expect(!feed(&watch, moves: 7, busy: true, elapsed: 5))
        #expect(!feed(&watch, moves: 7, busy: true, elapsed: 5))
        // One input committed: alive again, the count starts over.
        #expect(feed(&watch, moves: 8, busy: true, elapsed: 5))
        #expect(watch.stalledFor == 0)
    }

    @Test func theLimitLeavesRoomForAnInputThatOverrunsItsBudget() {
        #expect(StallWatch.limit(maxProcessSeconds: 30) > 2 * 30)
    }
}
