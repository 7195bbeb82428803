import Foundation

#if FUZZING
    /// libFuzzer's driver, given our target (built by `scripts/fuzz` with -sanitize=fuzzer). SwiftPM
    /// links an executable's entry as `<Target>_main`, so the driver is started from there.
    @_silgen_name("LLVMFuzzerRunDriver")
    private func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    @_cdecl("AssayFuzz_main")
    func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var vector = argv
        return runFuzzerDriver(&count, &vector) { data, size in
            FuzzTarget.selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            return 0
        }
    }

    extension FuzzTarget {
        /// The target named by `ASSAY_FUZZ_TARGET`.
        static let selected: FuzzTarget = {
            let name = ProcessInfo.processInfo.environment["ASSAY_FUZZ_TARGET"] ?? ""
            guard let target = FuzzTarget(rawValue: name) else {
                fatalError("set ASSAY_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return target
        }()
    }
#endif
