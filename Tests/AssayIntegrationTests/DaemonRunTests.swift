import AssayTestSupport
import Foundation
import Testing

/// `assay run` as users run it: the real binary as a child process, files dropped into its inbox.
@Suite(.serialized) struct DaemonRunTests {
    /// The input's outcome lines (each has an `outcome` field), by the input's file name.
    static func outcomes(_ daemon: DaemonProcess) -> [String: [String: Any]] {
        var byInput: [String: [String: Any]] = [:]
        for entry in daemon.logEntries where entry["outcome"] != nil {
            byInput[(entry["input"] as? String).map { ($0 as NSString).lastPathComponent } ?? ""] = entry
        }
        return byInput
    }

    @Test func droppedSeedsAndDevCorpusFilesBecomeLabelledRecords() throws {
        let sandbox = try DaemonSandbox()
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine { $0["msg"] as? String == "assay started" }, "\(daemon.standardError)")
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Fixtures.seedsFolder.path).sorted()
        for name in seeds { try sandbox.copyIn(Fixtures.seedsFolder.appendingPathComponent(name)) }
        let corpus = try FileManager.default.contentsOfDirectory(atPath: Fixtures.devCorpusFolder.path).sorted()
        for (index, name) in corpus.enumerated() {
            let source = Fixtures.devCorpusFolder.appendingPathComponent(name)
            if index % 2 == 0 { try sandbox.copyIn(source) } else { try sandbox.moveIn(try Fixtures.bytes(source), as: name) }
        }
        let total = seeds.count + corpus.count
        #expect(Wait.until(timeout: 60) { Self.outcomes(daemon).count == total }, "outcomes: \(Self.outcomes(daemon).count)/\(total)")
        #expect(sandbox.names(sandbox.inbox).isEmpty)
        #expect(sandbox.names(sandbox.archive).count == total)
        #expect(sandbox.names(sandbox.quarantine).isEmpty)

        let records = try sandbox.records()
        let duplicates = try sandbox.records(in: sandbox.duplicates)
        let expectedSeeds = ["000": "lithium", "001": "lithium", "002": "sodium-ion", "003": "semiconductor"]
        let outcomes = Self.outcomes(daemon)
        for name in seeds {
            let outcome = try #require(outcomes[name])
            #expect(outcome["msg"] as? String == "record written")
            let id = try #require(outcome["article_id"] as? String)
            #expect(records["\(id).json"]?["primary_industry"] as? String == expectedSeeds[String(name.prefix(3))])
        }
        // The record line tells the supply-chain step; the record carries its facts.
        let sodiumSeed = try #require(seeds.first { $0.hasPrefix("002") })
        let visitSeed = try #require(seeds.first { $0.hasPrefix("001") })
        let groundbreaking = try #require(outcomes[sodiumSeed])
        #expect(groundbreaking["events"] as? [String] == ["construction_start"])
        let sodiumFacts = try #require(records["\(groundbreaking["article_id"] as? String ?? "").json"]?["facts"] as? [String: Any])
        #expect((sodiumFacts["capacities"] as? [[String: Any]])?.first?["value"] as? Double == 10000)
        #expect(outcomes[visitSeed]?["events"] == nil)
        // Every .txt story is stored once, canonical or as a reprint, with the labels the corpus gives it.
        let articles = try Fixtures.devCorpusArticles()
        for name in corpus where name.hasSuffix(".txt") {
            let outcome = try #require(outcomes[name])
            let id = try #require(outcome["article_id"] as? String, "\(name): \(outcome)")
            let record = try #require(records["\(id).json"] ?? duplicates["\(id).json"], "\(name): no record \(id)")
            let labels = Set((record["industries"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String })
            #expect(labels == Set(articles[String(name.prefix { $0 != "." })]?.labels ?? ["?"]), "\(name)")
        }
        #expect(!duplicates.isEmpty)
        #expect(duplicates.values.allSatisfy { ($0["dedup"] as? [String: Any])?["duplicate_of"] is String })

        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit(timeout: 20) == 0)
        #expect(daemon.entries(message: "assay stopped").count == 1)
    }

    @Test func aFileStillBeingWrittenIsNotTakenBeforeItIsClosed() throws {
        let sandbox = try DaemonSandbox()
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine { $0["msg"] as? String == "assay started" })
        let seed = try Fixtures.bytes(try Fixtures.seed("002"))
        let path = sandbox.inbox.appendingPathComponent("slow.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        let chunks = stride(from: 0, to: seed.count, by: seed.count / 8 + 1).map { Array(seed[$0..<min($0 + seed.count / 8 + 1, seed.count)]) }
        // Written over ~3.5 s: longer than the settle time and several rescans (poll_interval = 1).
        for chunk in chunks {
            try handle.write(contentsOf: chunk)
            Thread.sleep(forTimeInterval: 0.4)
            #expect(Self.outcomes(daemon)["slow.txt"] == nil, "taken while still open")
        }
        try handle.close()
        #expect(daemon.waitForLine { $0["msg"] as? String == "record written" && ($0["input"] as? String)?.hasSuffix("slow.txt") == true })
        let extracted = try AssayProcess.run(["extract", try Fixtures.seed("002").path])
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(extracted.stdout.utf8)) as? [String: Any])
        #expect(Self.outcomes(daemon)["slow.txt"]?["article_id"] as? String == expected["id"] as? String)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func badInputsAreQuarantinedWithTheirReasonAndTheDaemonGoesOn() throws {
        let sandbox = try DaemonSandbox(extra: "max_file_bytes = 4800")
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine { $0["msg"] as? String == "assay started" })
        try sandbox.moveIn([], as: "empty.txt")
        try sandbox.moveIn([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00], as: "tool.txt")
        try sandbox.moveIn((0..<600).map { UInt8(0x80 + ($0 * 37) % 0x7F) }, as: "garbled.txt")
        try sandbox.moveIn(Array(repeating: 0x61, count: 5000), as: "huge.txt")
        try sandbox.moveIn(Array("{\"title\": ".utf8), as: "broken.json")
        try sandbox.copyIn(try Fixtures.seed("003"), as: "good.txt")
        let expected = ["empty.txt": "empty", "tool.txt": "binary", "garbled.txt": "undecodable", "huge.txt": "too_large",
            "broken.json": "malformed_json"]
        #expect(Wait.until(timeout: 30) { Self.outcomes(daemon).count == expected.count + 1 })
        let outcomes = Self.outcomes(daemon)
        for (name, reason) in expected {
            #expect(outcomes[name]?["reason"] as? String == reason, "\(name): \(outcomes[name] ?? [:])")
            let reasonFile = sandbox.quarantine.appendingPathComponent("\(name).reason.json")
            let saved = try JSONSerialization.jsonObject(with: Data(contentsOf: reasonFile)) as? [String: Any]
            #expect(saved?["reason"] as? String == reason)
            #expect((saved?["message"] as? String)?.isEmpty == false)
            #expect(FileManager.default.fileExists(atPath: sandbox.quarantine.appendingPathComponent(name).path))
        }
        #expect(outcomes["good.txt"]?["msg"] as? String == "record written")
        #expect(sandbox.names(sandbox.inbox).isEmpty)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    @Test func droppingTheSameBytesAgainIsRecordedNotWrittenTwice() throws {
        let sandbox = try DaemonSandbox()
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine { $0["msg"] as? String == "assay started" })
        try sandbox.copyIn(try Fixtures.seed("000"), as: "first.txt")
        #expect(daemon.waitForLine { $0["msg"] as? String == "record written" })
        try sandbox.copyIn(try Fixtures.seed("000"), as: "first.txt")
        try sandbox.copyIn(try Fixtures.seed("000"), as: "again.txt")
        #expect(Wait.until(timeout: 20) { daemon.entries(message: "input already processed; not written again").count == 2 })
        #expect(sandbox.names(sandbox.output).count == 1)
        #expect(sandbox.names(sandbox.archive).count == 3)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }
}

/// Subfolders, links and permissions: what the inbox watcher must and must not take.
@Suite(.serialized) struct DaemonInboxTests {
    @Test func newSubfoldersAreWatchedAndLinksAreNotFollowed() throws {
        let sandbox = try DaemonSandbox()
        let outside = try sandbox.folder.file("outside.txt", try Fixtures.bytes(try Fixtures.seed("001")))
        try FileManager.default.createSymbolicLink(
            atPath: sandbox.inbox.appendingPathComponent("link.txt").path, withDestinationPath: outside.path)
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(daemon.waitForLine { $0["msg"] as? String == "assay started" })
        let sub = sandbox.inbox.appendingPathComponent("2026/november")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        Thread.sleep(forTimeInterval: 0.2)
        try FileManager.default.copyItem(at: try Fixtures.seed("002"), to: sub.appendingPathComponent("story.txt"))
        #expect(daemon.waitForLine { ($0["input"] as? String)?.hasSuffix("2026/november/story.txt") == true })
        #expect(FileManager.default.fileExists(atPath: sandbox.archive.appendingPathComponent("2026/november/story.txt").path))
        Thread.sleep(forTimeInterval: 1.5)  // a rescan (poll_interval = 1) has passed over the link
        #expect(DaemonRunTests.outcomes(daemon)["link.txt"] == nil)
        #expect(FileManager.default.fileExists(atPath: outside.path))
        #expect(try sandbox.records().count == 1)
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }

    /// A backlog far larger than the queue's room (`queue_size = 2`: 8 may wait) is taken in name
    /// order, a room at a time, files dropped meanwhile included, and the run ends only once the
    /// inbox is empty.
    @Test func aBacklogBeyondTheQueuesRoomIsTakenWholeInNameOrder() throws {
        let sandbox = try DaemonSandbox(extra: "queue_size = 2")
        var generator = try CorpusGenerator(seed: 11, paragraphs: 2...3)
        let files = generator.files(count: 150)
        let nested = sandbox.inbox.appendingPathComponent("b-nested")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        for (index, file) in files.enumerated() {
            let folder = index % 5 == 0 ? nested : sandbox.inbox
            try Data(file.bytes).write(to: folder.appendingPathComponent(file.name))
        }
        let daemon = try DaemonProcess(config: sandbox.config, arguments: ["--exit-when-idle"])
        #expect(daemon.waitForLine { $0["msg"] as? String == "assay started" }, "\(daemon.standardError)")
        #expect(daemon.entries(message: "assay started").first.map { "\($0["backlog"] ?? "")" } == "150")
        try sandbox.moveIn(Array("Late story\n\nDropped while the backlog was being taken, it is taken too.\n".utf8), as: "zz-late.txt")
        #expect(daemon.waitForExit(timeout: 120) == 0, "\(daemon.standardError)")

        let taken = daemon.logEntries.compactMap { $0["outcome"] != nil ? $0["input"] as? String : nil }
        let relative = taken.map { input in input.range(of: "/inbox/").map { String(input[$0.upperBound...]) } ?? input }
        #expect(relative.count == 151)
        let backlog = relative.filter { $0 != "zz-late.txt" }
        #expect(backlog == backlog.sorted(), "in name order, a subfolder's files where its name is")
        #expect(Set(relative) == Set(files.enumerated().map { ($0 % 5 == 0 ? "b-nested/" : "") + $1.name } + ["zz-late.txt"]))
        #expect(sandbox.names(sandbox.inbox).isEmpty && sandbox.names(nested).isEmpty)
    }

    /// As root, permissions do not stop reads: the daemon then runs as `nobody` (setpriv), as it would
    /// under its own user in production.
    @Test func anUnreadableFileIsQuarantinedAndTheDaemonGoesOn() throws {
        let sandbox = try DaemonSandbox()
        if geteuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                Issue.record("setpriv (util-linux) is needed to drop root for this test")
                return
            }
            for folder in [sandbox.root, sandbox.inbox] {
                try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
            }
        }
        let daemon = try DaemonProcess(config: sandbox.config, asNobody: geteuid() == 0)
        #expect(daemon.waitForLine { $0["msg"] as? String == "assay started" }, "\(daemon.standardError)")
        try sandbox.moveIn(try Fixtures.bytes(try Fixtures.seed("000")), as: "locked.txt", permissions: 0o000)
        try sandbox.moveIn(try Fixtures.bytes(try Fixtures.seed("003")), as: "open.txt", permissions: 0o644)
        #expect(Wait.until(timeout: 20) { DaemonRunTests.outcomes(daemon).count == 2 })
        #expect(DaemonRunTests.outcomes(daemon)["locked.txt"]?["reason"] as? String == "unreadable")
        #expect(FileManager.default.fileExists(atPath: sandbox.quarantine.appendingPathComponent("locked.txt.reason.json").path))
        #expect(DaemonRunTests.outcomes(daemon)["open.txt"]?["msg"] as? String == "record written")
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit() == 0)
    }
}
