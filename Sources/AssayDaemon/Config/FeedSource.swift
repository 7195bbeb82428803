import Foundation

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
    /// Hosts besides the feed's own whose pages its items may link to ("example.com" takes its
    /// subdomains too; "*" any host). A feed cannot send the daemon anywhere else.
    public var followHosts: [String] = []

    /// The longest interval or back-off a config may set (365 days): anything longer is a typo, and
    /// times computed from it stay far from overflow.
    public static let longestInterval: Double = 365 * 86_400

    public init(url: String, kind: Kind, interval: Double = 1800, name: String? = nil, tags: [String] = [], followHosts: [String] = []) {
        self.url = url
        self.kind = kind
        self.interval = interval
        self.name = name
        self.tags = tags
        self.followHosts = followHosts
    }

    /// Whether an item's link may be fetched: its host and port are the feed's own, or its host
    /// is on `followHosts`.
    public func mayFollow(_ link: String) -> Bool {
        guard let target = URL(string: link), let host = target.host?.lowercased(), let feed = URL(string: url),
            let feedHost = feed.host?.lowercased()
        else { return false }
        if host == feedHost, Self.port(of: target) == Self.port(of: feed) { return true }
        return followHosts.contains { allowed in
            let allowed = allowed.lowercased()
            return allowed == "*" || host == allowed || host.hasSuffix("." + allowed)
        }
    }

    private static func port(of url: URL) -> Int? { url.port ?? (url.scheme?.lowercased() == "https" ? 443 : 80) }

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
