import AssayDaemon
import AssayTestSupport
import Foundation
import Testing

/// A backlog of any size is taken a queue's room at a time: the lister gives the first files in name
/// order (and counts all), the queue refuses files beyond its room and tells the intake when there
/// is room again, and it is not idle while files wait in the inbox.
@Suite struct InboxBacklogTests {
    /// An inbox of 30 files, with a subfolder `m` (10 files) and an empty one, in no order of creation.
    static func inbox() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("m"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("zz-empty"), withIntermediateDirectories: true)
        for index in (0..<20).reversed() { _ = try folder.file(String(format: "%@-%02d.txt", index < 10 ? "a" : "x", index), [0x41]) }
        for index in 0..<10 { _ = try folder.file(String(format: "m/%02d.txt", index), [0x42]) }
        _ = try folder.file(".hidden", [0x43])
        _ = try folder.file("partial.part", [0x43])
        return folder
    }

    @Test func aLimitedScanIsTheFirstFilesOfTheFullOneAndCountsThemAll() throws {
        let folder = try Self.inbox()
        let root = InputPath(root: folder.url.path, components: [])
        let full = InputLister().scan(root)
        #expect(full.files.map(\.path.relative) == (0..<10).map { String(format: "a-%02d.txt", $0) }
            + (0..<10).map { String(format: "m/%02d.txt", $0) } + (10..<20).map { String(format: "x-%02d.txt", $0) })
        #expect(full.fileCount == 30)
        #expect(Set(full.folders.map(\.relative)) == ["", "m", "zz-empty"])
        for limit in [0, 1, 5, 10, 11, 15, 20, 29, 30, 31] {
            let scan = InputLister().scan(root, limit: limit)
            #expect(scan.files == Array(full.files.prefix(limit)), "limit \(limit)")
            #expect(scan.fileCount == 30, "limit \(limit)")
            #expect(scan.folders == full.folders, "limit \(limit): every folder is walked, to be watched")
        }
    }

    /// Files finish (leave the inbox) while it is listed: a listing is still the first files in name
    /// order. A subfolder's file gone between its listing and its look frees no place for a later
    /// name while the subfolder still holds files (the CI failure that put `item-00001.txt` amid `b-nested/`).
    @Test func aListingRacingFinishedFilesNeverSkipsOneStillThere() async throws {
        let folder = try TemporaryFolder()
        let nested = folder.url.appendingPathComponent("a")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let names = (0..<400).map { String(format: "%03d.txt", $0) }
        for name in names { _ = try folder.file("a/" + name, [0x41]) }
        for index in 0..<10 { _ = try folder.file(String(format: "b-%02d.txt", index), [0x42]) }
        let root = InputPath(root: folder.url.path, components: [])
        let finishing = Task.detached {
            for name in names { unlink(nested.appendingPathComponent(name).path) }
        }
        let deadline = ContinuousClock.now + .seconds(60)
        while FileManager.default.fileExists(atPath: nested.appendingPathComponent(names.last!).path), ContinuousClock.now < deadline {
            // (Yielding lets the deleting task run on a pool of one thread.)
            await Task.yield()
            let listed = Set(InputLister().scan(root, limit: 10).files.map(\.path.relative))
            guard listed.contains(where: { $0.hasPrefix("b-") }) else { continue }
            let left = try FileManager.default.contentsOfDirectory(atPath: nested.path).map { "a/" + $0 }
            #expect(left.allSatisfy(listed.contains), "listed \(listed.sorted()) while \(left.sorted()) were still there")
        }
        await finishing.value
        #expect(InputLister().scan(root, limit: 10).files.map(\.path.relative) == (0..<10).map { String(format: "b-%02d.txt", $0) })
    }

    @Test func theQueueRefusesFilesBeyondItsRoomAndCallsForMoreOnceHalfAreTaken() async throws {
        let folder = try Self.inbox()
        let files = InputLister().scan(InputPath(root: folder.url.path, components: [])).files
        let queue = InboxQueue(limit: 2, room: 6)
        let now = ContinuousClock.now
        var offered: [InboxQueue.Offered] = []
        for found in files.prefix(10) { offered.append(await queue.offer(found, now: now)) }
        // No worker has asked yet: six wait, the rest find no room.
        #expect(offered == Array(repeating: .taken, count: 6) + Array(repeating: .noRoom, count: 4))
        #expect(await queue.offer(files[0], now: now) == .known, "a waiting file is not taken twice, room or not")
        await queue.listed(complete: false)
        #expect(await !queue.counts.isIdle)

        let called = Task { await queue.roomAfterRefusal() }
        var taken: [InboxItem] = []
        for _ in 0..<2 { taken.append(try #require(await queue.next())) }
        // Four wait: more than half the room; the intake is not called yet.
        try await Task.sleep(for: .milliseconds(50))
        #expect(await queue.counts.waiting == 4)
        for item in taken { await queue.finished(item.key, committed: true) }
        for _ in 0..<2 { taken.append(try #require(await queue.next())) }
        await called.value  // three wait now: half the room
        #expect(await queue.counts.waiting == 2)

        // The files left out are listed again, with the rest, and all find room.
        for found in files.dropFirst(4).prefix(6) { _ = await queue.offer(found, now: now) }
        await queue.listed(complete: true)
        for item in taken.suffix(2) { await queue.finished(item.key, committed: true) }
        while await queue.counts.waiting > 0 {
            let item = try #require(await queue.next())
            await queue.finished(item.key, committed: true)
        }
        #expect(await queue.counts.isIdle)
    }

    /// A backlog is taken in batches, each worker's share of what is ready, in discovery order:
    /// a burst is spread over the workers instead of going whole to the first that asks.
    @Test func workersTakeTheirShareOfABacklogInBatchesInDiscoveryOrder() async throws {
        let folder = try Self.inbox()
        let files = InputLister().scan(InputPath(root: folder.url.path, components: [])).files
        let queue = InboxQueue(limit: 64, room: 64)
        for found in files.prefix(11) { _ = await queue.offer(found, now: .now) }
        let first = try #require(await queue.next(upTo: 32, sharedBy: 2))
        #expect(first.count == 6, "half of 11 ready, rounded up")
        let second = try #require(await queue.next(upTo: 32, sharedBy: 2))
        #expect(second.count == 3)
        let capped = try #require(await queue.next(upTo: 1, sharedBy: 1))
        #expect(capped.count == 1, "never more than the limit")
        let rest = try #require(await queue.next(upTo: 32, sharedBy: 1))
        #expect(rest.count == 1)
        let taken = first + second + capped + rest
        #expect(taken.map(\.sequence) == Array(0..<11))
        #expect(taken.map(\.name) == files.prefix(11).map(\.path.description))
        await queue.close()
        #expect(await queue.next(upTo: 32, sharedBy: 2) == nil, "nil once closed")
    }

    @Test func roomAfterRefusalReturnsWhenTheIntakeStops() async throws {
        let queue = InboxQueue(limit: 1, room: 2)
        let waiting = Task { await queue.roomAfterRefusal() }
        try await Task.sleep(for: .milliseconds(20))
        waiting.cancel()
        await waiting.value
        let closing = Task { await queue.roomAfterRefusal() }
        try await Task.sleep(for: .milliseconds(20))
        await queue.close()
        await closing.value
    }
}
