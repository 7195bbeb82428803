import ArgumentParser
import AssayCore
import Foundation

/// Flags shared by every command that runs the pipeline.
struct PipelineOptions: ParsableArguments {
    @Option(name: .customLong("max-bytes"), help: "Refuse input files larger than this many bytes.")
    var maxBytes: Int = 15 * 1024 * 1024

    @Option(
        name: .customLong("time-zone"),
        help: "IANA zone for dates written without an offset (e.g. Asia/Shanghai); the record says it was assumed.")
    var timeZone: String = "UTC"

    func validate() throws {
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be a positive number of bytes") }
        guard TimeZone(identifier: timeZone) != nil else {
            throw ValidationError("--time-zone '\(timeZone)' is not an IANA time zone (try UTC or Asia/Shanghai)")
        }
    }

    var settings: PipelineSettings {
        PipelineSettings(maxBytes: maxBytes, defaultTimeZone: TimeZone(identifier: timeZone)!)
    }
}
