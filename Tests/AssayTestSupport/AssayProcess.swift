import Foundation
import Synchronization

/// Runs the built `assay` binary as a child process and captures its output.
public enum AssayProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The binary SwiftPM built next to the test bundle (`.build/<config>/assay`).
    /// `ASSAY_TEST_EXECUTABLE` names another build (to show a test fails on an older one).
    public static var executable: URL {
        if let other = ProcessInfo.processInfo.environment["ASSAY_TEST_EXECUTABLE"] { return URL(fileURLWithPath: other) }
        let root = Fixtures.repositoryRoot.appendingPathComponent(".build")
        for configuration in ["debug", "release"] {
            let candidate = root.appendingPathComponent(configuration).appendingPathComponent("assay")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return root.appendingPathComponent("debug/assay")
    }

    public static func run(_ arguments: [String], environment: [String: String] = [:], input: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        if input != nil { process.standardInput = stdin }
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(input)
            try stdin.fileHandleForWriting.close()
        }
        // Read both pipes at once, fully, before waiting, so neither can fill and block the child.
        let errorBox = Mutex(Data())
        let errorRead = DispatchSemaphore(value: 0)
        Thread {
            errorBox.withLock { $0 = err.fileHandleForReading.readDataToEndOfFile() }
            errorRead.signal()
        }.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errorRead.wait()
        let errData = errorBox.withLock { $0 }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Any program as a child process, its stdout and stderr merged: for tools the tests drive
/// (`systemd-analyze`, `bash` running the README's commands).
public enum ChildProcess {
    public static func run(
        _ executable: String, _ arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil
    ) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
