import Foundation

/// What the pipeline needs from configuration, passed in as values so Core stays pure.
public struct PipelineSettings: Sendable {
    /// Inputs larger than this are refused as `too_large`.
    public var maxBytes: Int
    /// Zone for dates and times written without an offset.
    public var defaultTimeZone: TimeZone
    /// Version string written into every record.
    public var assayVersion: String

    public init(maxBytes: Int = 15 * 1024 * 1024, defaultTimeZone: TimeZone = TimeZone(identifier: "UTC")!,
        assayVersion: String = AssayVersion.current)
    {
        self.maxBytes = maxBytes
        self.defaultTimeZone = defaultTimeZone
        self.assayVersion = assayVersion
    }
}

public enum AssayVersion {
    public static let current = "0.1.0"
}
