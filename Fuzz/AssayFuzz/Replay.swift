import Foundation

#if !FUZZING
    /// Without libFuzzer: `AssayFuzz TARGET FILE...` replays inputs (a corpus, a crash found) through a
    /// target, so CI and a developer can re-run them in an ordinary build.
    @main
    struct Replay {
        static func main() {
            let arguments = CommandLine.arguments.dropFirst()
            guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
                FileHandle.standardError.write(
                    Data("usage: AssayFuzz (\(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|"))) FILE...\n".utf8))
                exit(64)
            }
            var replayed = 0
            for path in arguments.dropFirst() {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
                let files = isFolder.boolValue
                    ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 } : [path]
                for file in files {
                    guard let data = FileManager.default.contents(atPath: file) else { continue }
                    target.run([UInt8](data))
                    replayed += 1
                }
            }
            print("\(name): \(replayed) inputs replayed")
        }
    }
#endif
