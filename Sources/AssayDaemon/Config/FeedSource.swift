/// A feed or page the daemon fetches on a schedule (`[[sources]]` in assay.toml).
public struct FeedSource: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// RSS, Atom or JSON Feed: each new item's article is fetched (or taken from the feed when it is whole).
        case feed
        /// One page, fetched as an article whenever it changes.
        case page
    }

    public var url: String
    public var kind: Kind
    /// Seconds between fetches when all is well.
    public var interval: Double
    public var name: String?
    public var tags: [String]

    /// The longest interval or back-off a config may set (365 days): anything longer is a typo, and
    /// times computed from it stay far from overflow.
    public static let longestInterval: Double = 365 * 86_400

    public init(url: String, kind: Kind, interval: Double = 1800, name: String? = nil, tags: [String] = []) {
        self.url = url
        self.kind = kind
        self.interval = interval
        self.name = name
        self.tags = tags
    }

    /// `"90s"`, `"30m"`, `"6h"`, `"1d"` or plain seconds (`"45"`); nil when unreadable.
    public static func seconds(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400)]
        for (suffix, scale) in units where trimmed.hasSuffix(suffix) {
            if let value = Double(trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)) { return value * scale }
        }
        return Double(trimmed)
    }
}

/// How fetching behaves (`[fetch]` in assay.toml).
public struct FetchSettings: Sendable, Equatable {
    public var http = HTTPClient.Settings()
    /// Fetches at once, all hosts together.
    public var concurrency = 8
    /// Fetches at once to one host.
    public var perHost = 2
    /// The longest wait after repeated failures (seconds); a failing source is retried at least this often.
    public var backoffCap: Double = 6 * 3600

    public init() {}
}
