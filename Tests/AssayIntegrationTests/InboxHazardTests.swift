import AssayTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The ways an input used to be lost, doubled or taken half-written, each against the real daemon.
@Suite(.serialized) struct InboxHazardTests {
    private func started(_ daemon: DaemonProcess) -> Bool {
        daemon.waitForLine { $0["msg"] as? String == "assay started" }
    }

    private func stop(_ daemon: DaemonProcess) {
        daemon.signal(SIGTERM)
        #expect(daemon.waitForExit(timeout: 60) == 0, "\(daemon.standardError)")
    }

    /// The daemon runs as `nobody` and the writer as root, as in production: no read lease can be had,
    /// so only size and mtime unchanged over `settle_seconds` across two looks tell the file is done.
    /// The writer closes the file after each chunk (every close is an inotify close event).
    @Test(.enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aSlowWriterOfAnotherUserIsNotTakenHalfWritten() throws {
        let sandbox = try DaemonSandbox(extra: "settle_seconds = 1.5")
        for folder in [sandbox.root, sandbox.inbox] {
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        }
        let daemon = try DaemonProcess(config: sandbox.config, asNobody: true)
        #expect(started(daemon), "\(daemon.standardError)")
        let seed = try Fixtures.bytes(try Fixtures.seed("002"))
        let path = sandbox.inbox.appendingPathComponent("slow.txt").path
        let step = seed.count / 6 + 1
        for start in stride(from: 0, to: seed.count, by: step) {
            let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
            _ = seed[start..<min(start + step, seed.count)].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
            Thread.sleep(forTimeInterval: 0.6)
            #expect(DaemonRunTests.outcomes(daemon)["slow.txt"] == nil, "taken while still being written")
        }
        #expect(daemon.waitForLine { ($0["input"] as? String)?.hasSuffix("slow.txt") == true && $0["outcome"] != nil })
        let extracted = try AssayProcess.run(["extract", try Fixtures.seed("002").path])
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(extracted.stdout.utf8)) as? [String: Any])
        #expect(DaemonRunTests.outcomes(daemon)["slow.txt"]?["article_id"] as? String == expected["id"] as? String)
        let record = try sandbox.records()["\(expected["id"] as? String ?? "").json"]
        #expect(record?["word_count"] as? Int == expected["word_count"] as? Int)
        stop(daemon)
    }

    /// One input that cannot be committed (its archive subfolder is taken by a file) fails alone,
    /// with its own line; the rest of its batch is recorded and archived. A deleted duplicates
    /// folder is made again.
    @Test func oneInputThatCannotBeCommittedDoesNotSinkItsBatch() throws {
        let sandbox = try DaemonSandbox()
        try FileManager.default.createDirectory(at: sandbox.archive, withIntermediateDirectories: true)
        try Data("in the way".utf8).write(to: sandbox.archive.appendingPathComponent("blocked"))
        let blocked = sandbox.inbox.appendingPathComponent("blocked")
        try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: try Fixtures.seed("000"), to: blocked.appendingPathComponent("story.txt"))
        var generator = try CorpusGenerator(seed: 11)
        let files = generator.files(count: 40).filter { !$0.name.contains("copy") }
        for file in files { try sandbox.moveIn(file.bytes, as: file.name) }
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(started(daemon))
        #expect(Wait.until(timeout: 60) { DaemonRunTests.outcomes(daemon).count == files.count + 1 })
        let outcomes = DaemonRunTests.outcomes(daemon)
        #expect(outcomes["story.txt"]?["outcome"] as? String == "failed")
        #expect((outcomes["story.txt"]?["detail"] as? String)?.contains("archive/blocked") == true, "\(outcomes["story.txt"] ?? [:])")
        for file in files {
            #expect(["recorded", "duplicate", "repeated"].contains(outcomes[file.name]?["outcome"] as? String ?? ""), "\(file.name)")
        }
        #expect(Set(sandbox.names(sandbox.archive)) == Set(files.map(\.name) + ["blocked"]))
        #expect(FileManager.default.fileExists(atPath: blocked.appendingPathComponent("story.txt").path))

        // The blocker goes; the next rescan finishes the input as decided.
        try FileManager.default.removeItem(at: sandbox.archive.appendingPathComponent("blocked"))
        #expect(daemon.waitForLine { ($0["input"] as? String)?.hasSuffix("blocked/story.txt") == true && $0["outcome"] as? String == "recorded" })

        try FileManager.default.removeItem(at: sandbox.duplicates)
        try sandbox.copyIn(try Fixtures.seed("000"), as: "again-with-a-new-title.txt")
        let reprint = try Fixtures.bytes(try Fixtures.seed("000"))
        try sandbox.moveIn(Array("A new headline for the same story\n\n".utf8) + reprint, as: "reprint.txt")
        #expect(Wait.until(timeout: 30) { DaemonRunTests.outcomes(daemon)["reprint.txt"] != nil })
        #expect(DaemonRunTests.outcomes(daemon)["reprint.txt"]?["outcome"] as? String == "duplicate")
        #expect(sandbox.names(sandbox.duplicates).count >= 1)
        stop(daemon)
    }

    /// An input deleted right after it was dropped gets one line: `vanished` with no record when it
    /// went before it was read; its records when it was read first (later inputs of its batch were
    /// decided against them). Everything around it is recorded.
    @Test func anInputDeletedRightAfterItWasDroppedEndsOnceAndAloneOfItsBatch() throws {
        let sandbox = try DaemonSandbox()
        var generator = try CorpusGenerator(seed: 12)
        let files = generator.files(count: 300).filter { !$0.name.contains("copy") }
        for file in files { try sandbox.moveIn(file.bytes, as: file.name) }
        let daemon = try DaemonProcess(config: sandbox.config)
        let doomed = files.suffix(20).map(\.name)
        for name in doomed { try? FileManager.default.removeItem(at: sandbox.inbox.appendingPathComponent(name)) }
        #expect(Wait.until(timeout: 120) { DaemonRunTests.outcomes(daemon).count >= files.count - doomed.count })
        Thread.sleep(forTimeInterval: 1.5)
        let outcomes = DaemonRunTests.outcomes(daemon)
        let lines = daemon.logEntries.filter { $0["outcome"] != nil }
        #expect(lines.count == outcomes.count, "an input had two outcome lines")
        for file in files where !doomed.contains(file.name) {
            #expect(["recorded", "duplicate", "repeated"].contains(outcomes[file.name]?["outcome"] as? String ?? ""), "\(file.name)")
        }
        let archived = Set(sandbox.names(sandbox.archive))
        for name in doomed {
            let outcome = outcomes[name]?["outcome"] as? String
            if archived.contains(name) {
                #expect(["recorded", "duplicate", "repeated"].contains(outcome ?? ""))
            } else if outcome == "vanished" || outcome == nil {
                #expect(outcomes[name]?["article_id"] == nil)
            } else {
                #expect(["recorded", "duplicate", "repeated"].contains(outcome ?? ""), "\(name): \(outcome ?? "-")")
                #expect((outcomes[name]?["detail"] as? String)?.contains("deleted after it was read") == true)
            }
        }
        #expect(!daemon.logEntries.contains { $0["outcome"] as? String == "failed" })
        stop(daemon)
    }

    /// A file name that is not UTF-8 and a path longer than PATH_MAX are processed like any other,
    /// archived under the same bytes, and logged with the odd bytes escaped.
    @Test func namesThatAreNotUTF8AndPathsPastPathMaxAreProcessed() throws {
        let sandbox = try DaemonSandbox()
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(started(daemon))
        let odd: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        let inbox = try RawNames.makeFolders(in: sandbox.inbox, [])
        try RawNames.write(try Fixtures.bytes(try Fixtures.seed("001")), named: odd, in: inbox)
        close(inbox)
        #expect(daemon.waitForLine { ($0["input"] as? String)?.hasSuffix("caf\\xE9.txt") == true && $0["outcome"] as? String == "recorded" })
        let archive = try RawNames.makeFolders(in: sandbox.archive, [])
        #expect(RawNames.names(in: archive).contains(odd))
        close(archive)

        let deep = (0..<24).map { Array("level-\($0)-".utf8) + Array(repeating: UInt8(ascii: "x"), count: 180) }
        #expect(deep.reduce(0) { $0 + $1.count + 1 } > Int(PATH_MAX))
        let bottom = try RawNames.makeFolders(in: sandbox.inbox, deep)
        try RawNames.write(try Fixtures.bytes(try Fixtures.seed("003")), named: Array("deep.txt".utf8), in: bottom)
        close(bottom)
        #expect(daemon.waitForLine(timeout: 30) { ($0["input"] as? String)?.hasSuffix("/deep.txt") == true && $0["outcome"] as? String == "recorded" })
        let archived = try RawNames.makeFolders(in: sandbox.archive, deep)
        #expect(RawNames.names(in: archived) == [Array("deep.txt".utf8)])
        close(archived)
        #expect(try sandbox.records().count == 2)
        stop(daemon)
    }

    /// A FIFO or a link renamed over a file just closed is never opened for reading: no worker
    /// blocks, SIGTERM still stops the daemon, and nothing outside the inbox is read.
    @Test func aFIFOOrLinkSwappedInIsNeitherOpenedNorFollowed() throws {
        let sandbox = try DaemonSandbox()
        let secret = try sandbox.folder.file("secret.txt", Array("Lithium carbonate prices in the secret memo ".utf8) + (try Fixtures.bytes(try Fixtures.seed("001"))))
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(started(daemon))
        let staging = sandbox.root.appendingPathComponent("staging")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        let seed = try Fixtures.bytes(try Fixtures.seed("000"))
        for index in 0..<40 {
            let target = sandbox.inbox.appendingPathComponent("swap-\(index).txt").path
            try Data(seed).write(to: URL(fileURLWithPath: target))
            let swap = staging.appendingPathComponent("swap-\(index)").path
            if index % 2 == 0 {
                #expect(mkfifo(swap, 0o644) == 0)
            } else {
                #expect(symlink(secret.path, swap) == 0)
            }
            #expect(rename(swap, target) == 0)
        }
        try sandbox.copyIn(try Fixtures.seed("003"), as: "after.txt")
        #expect(daemon.waitForLine(timeout: 30) { ($0["input"] as? String)?.hasSuffix("after.txt") == true && $0["outcome"] != nil })
        stop(daemon)
        for record in try sandbox.records().values {
            #expect(!((record["body"] as? String) ?? "").contains("secret memo"))
        }
        #expect(FileManager.default.fileExists(atPath: secret.path))
    }

    /// One daemon per state store: the second exits at once, non-zero, naming the first's pid and the lock.
    @Test func aSecondDaemonOnTheSameStateExitsNamingTheFirst() throws {
        let sandbox = try DaemonSandbox()
        let first = try DaemonProcess(config: sandbox.config)
        #expect(started(first))
        let second = try DaemonProcess(config: sandbox.config)
        let status = second.waitForExit(timeout: 30)
        #expect(status != nil && status != 0)
        #expect(second.standardError.contains("pid \(first.pid)"), "\(second.standardError)")
        #expect(second.standardError.contains("assay.sqlite.lock"), "\(second.standardError)")
        try sandbox.copyIn(try Fixtures.seed("000"))
        #expect(first.waitForLine { $0["outcome"] as? String == "recorded" })
        stop(first)
        // The lock goes with its holder: the next start takes it.
        let third = try DaemonProcess(config: sandbox.config, arguments: ["--exit-when-idle"])
        #expect(third.waitForExit(timeout: 60) == 0, "\(third.standardError)")
    }

    /// An empty or foreign state file is refused with a message, never replaced by a new store.
    @Test func anEmptyOrForeignStateFileIsRefused() throws {
        let sandbox = try DaemonSandbox()
        let state = sandbox.root.appendingPathComponent("state/assay.sqlite")
        try FileManager.default.createDirectory(at: state.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data().write(to: state)
        let empty = try DaemonProcess(config: sandbox.config)
        #expect(empty.waitForExit() == 78)
        #expect(empty.standardError.contains("empty (0 bytes)"), "\(empty.standardError)")
        #expect(try Data(contentsOf: state).isEmpty)

        try Data("name,price\nlithium,12\n".utf8).write(to: state)
        let text = try DaemonProcess(config: sandbox.config)
        #expect(text.waitForExit() == 78)
        #expect(text.standardError.contains("not a SQLite database"), "\(text.standardError)")
        let ingest = try AssayProcess.run(["ingest", Fixtures.seedsFolder.path, "--out", sandbox.output.path, "--state", state.path])
        #expect(ingest.status != 0)
        #expect(try Data(contentsOf: state) == Data("name,price\nlithium,12\n".utf8))
    }

    /// Every second copy of a refused input (any two empty files) is refused again with its reason.
    @Test func aSecondEmptyFileIsQuarantinedToo() throws {
        let sandbox = try DaemonSandbox()
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(started(daemon))
        try sandbox.moveIn([], as: "first-empty.txt")
        #expect(daemon.waitForLine { ($0["input"] as? String)?.hasSuffix("first-empty.txt") == true })
        try sandbox.moveIn([], as: "second-empty.txt")
        #expect(daemon.waitForLine { ($0["input"] as? String)?.hasSuffix("second-empty.txt") == true })
        for name in ["first-empty.txt", "second-empty.txt"] {
            #expect(DaemonRunTests.outcomes(daemon)[name]?["outcome"] as? String == "quarantined")
            #expect(DaemonRunTests.outcomes(daemon)[name]?["reason"] as? String == "empty")
            #expect(FileManager.default.fileExists(atPath: sandbox.quarantine.appendingPathComponent("\(name).reason.json").path))
        }
        #expect(sandbox.names(sandbox.archive).isEmpty)
        stop(daemon)
    }

    /// The same article from another file is a duplicate record of its own (`exact`, its own source)
    /// that `assay story` lists; the very same bytes again stay one record, with a repeat line.
    @Test func theSameTextFromAnotherSourceIsRecordedAsACopyAndListedInItsStory() throws {
        let sandbox = try DaemonSandbox()
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(started(daemon))
        let text = try Fixtures.bytes(try Fixtures.seed("002"))
        try sandbox.moveIn(text, as: "wire.txt")
        #expect(daemon.waitForLine { ($0["input"] as? String)?.hasSuffix("wire.txt") == true })
        try sandbox.moveIn(text + Array("\n\n\n".utf8), as: "reprint-site.txt")
        #expect(daemon.waitForLine { ($0["input"] as? String)?.hasSuffix("reprint-site.txt") == true })
        try sandbox.moveIn(text, as: "wire-again.txt")
        #expect(daemon.waitForLine { ($0["input"] as? String)?.hasSuffix("wire-again.txt") == true })
        stop(daemon)

        let outcomes = DaemonRunTests.outcomes(daemon)
        let id = try #require(outcomes["wire.txt"]?["article_id"] as? String)
        #expect(outcomes["reprint-site.txt"]?["outcome"] as? String == "duplicate")
        #expect(outcomes["reprint-site.txt"]?["match"] as? String == "exact")
        #expect(outcomes["reprint-site.txt"]?["duplicate_of"] as? String == id)
        #expect(outcomes["wire-again.txt"]?["outcome"] as? String == "repeated")
        #expect(try sandbox.records().count == 1)
        let copies = try sandbox.records(in: sandbox.duplicates)
        #expect(copies.count == 1)
        let copy = try #require(copies.values.first)
        #expect(((copy["source"] as? [String: Any])?["path"] as? String)?.hasSuffix("reprint-site.txt") == true)
        #expect((copy["dedup"] as? [String: Any])?["match"] as? String == "exact")

        let story = try AssayProcess.run(["story", id, "--state", sandbox.root.appendingPathComponent("state/assay.sqlite").path, "--json"])
        #expect(story.status == 0, "\(story.stderr)")
        #expect(story.stdout.contains("reprint-site.txt"), "\(story.stdout)")
        #expect(!story.stdout.contains("wire-again.txt"))
    }

    /// A subfolder tree made in one go is watched at once: its file is taken long before a rescan.
    @Test func newNestedFoldersAreWatchedAtOnce() throws {
        let sandbox = try DaemonSandbox()
        let config = try String(contentsOf: sandbox.config, encoding: .utf8)
        try Data(config.replacingOccurrences(of: "poll_interval = 1", with: "poll_interval = 3600").utf8).write(to: sandbox.config)
        let daemon = try DaemonProcess(config: sandbox.config)
        #expect(started(daemon))
        let nested = sandbox.inbox.appendingPathComponent("2026/11/29/wire")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        // The folders exist (empty) by the time the daemon has looked into the new top one.
        Thread.sleep(forTimeInterval: 0.5)
        try FileManager.default.copyItem(at: try Fixtures.seed("001"), to: nested.appendingPathComponent("story.txt"))
        try FileManager.default.copyItem(at: try Fixtures.seed("003"), to: nested.appendingPathComponent("../later.txt").standardizedFileURL)
        #expect(daemon.waitForLine(timeout: 60) { ($0["input"] as? String)?.hasSuffix("2026/11/29/wire/story.txt") == true })
        #expect(daemon.waitForLine(timeout: 60) { ($0["input"] as? String)?.hasSuffix("2026/11/29/later.txt") == true })
        stop(daemon)
    }

    /// Temp files a killed run left are swept at start, in the quarantine's subfolders too; a temp file
    /// of a process still running (its pid in the name) is left alone, and so is a recent one of
    /// another host (a shared output folder), whose pid says nothing here.
    @Test func leftoverTempFilesAreSweptButNotThoseOfALiveProcess() throws {
        let sandbox = try DaemonSandbox()
        let sub = sandbox.quarantine.appendingPathComponent("2026/wire")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: sandbox.output, withIntermediateDirectories: true)
        // pid 2^22 + 1 is above the kernel's pid_max: no process has it.
        let dead = sub.appendingPathComponent(".assay-tmp-4194305-77-story.txt.reason.json")
        let deadRecord = sandbox.output.appendingPathComponent(".assay-tmp-4194305-78-0123456789abcdef.json")
        let live = sandbox.output.appendingPathComponent(".assay-tmp-\(getpid())-79-fedcba9876543210.json")
        let otherHost = sandbox.output.appendingPathComponent(".assay-tmp-4194305.00000000-80-0011223344556677.json")
        let otherHostOld = sandbox.output.appendingPathComponent(".assay-tmp-4194305.00000000-81-8899aabbccddeeff.json")
        for file in [dead, deadRecord, live, otherHost, otherHostOld] { try Data("{".utf8).write(to: file) }
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-7200)], ofItemAtPath: otherHostOld.path)
        let daemon = try DaemonProcess(config: sandbox.config, arguments: ["--exit-when-idle"])
        #expect(daemon.waitForExit() == 0, "\(daemon.standardError)")
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(!FileManager.default.fileExists(atPath: deadRecord.path))
        #expect(FileManager.default.fileExists(atPath: live.path))
        #expect(FileManager.default.fileExists(atPath: otherHost.path))
        #expect(!FileManager.default.fileExists(atPath: otherHostOld.path))
        #expect(daemon.entries(message: "removed temp files left by an interrupted run").first?["files"] as? Int == 3)
    }

    /// A state store inside the inbox, and an archive or quarantine in the output, are refused.
    @Test func foldersThatWouldMixInputsAndOutputsAreRefused() throws {
        for (extra, key) in [("state = \"inbox/state.sqlite\"", "state"), ("archive = \"records\"", "archive"),
            ("quarantine = \"records/bad\"", "quarantine")]
        {
            let sandbox = try DaemonSandbox()
            var text = try String(contentsOf: sandbox.config, encoding: .utf8)
            text = text.split(separator: "\n").filter { !$0.hasPrefix(key + " ") }.joined(separator: "\n") + "\n" + extra + "\n"
            try Data(text.utf8).write(to: sandbox.config)
            let result = try AssayProcess.run(["check-config", "--config", sandbox.config.path])
            #expect(result.status == 78, "\(extra): \(result.stdout)")
            #expect(result.stderr.contains(key), "\(result.stderr)")
        }
    }
}
