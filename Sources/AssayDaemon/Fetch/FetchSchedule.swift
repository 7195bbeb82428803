import Foundation

/// When a source is fetched next: its interval when all is well, no sooner than the server's
/// freshness (Cache-Control max-age, Expires) or Retry-After, and on failures an exponential
/// back-off with jitter, capped, so a broken source is retried (and recovers) on its own.
public struct FetchSchedule: Sendable {
    public var interval: Double
    public var backoffCap: Double

    public init(interval: Double, backoffCap: Double) {
        self.interval = interval
        self.backoffCap = backoffCap
    }

    /// Seconds until the next fetch after a success; `freshFor` is the response's freshness lifetime.
    public func afterSuccess(freshFor: Double?) -> Double {
        max(interval, min(freshFor ?? 0, backoffCap))
    }

    /// Seconds until the next fetch after the `errors`-th failure in a row, or what Retry-After asks.
    public func afterFailure(errors: Int, retryAfter: Double?, using random: inout some RandomNumberGenerator) -> Double {
        if let retryAfter { return min(max(retryAfter, 1), backoffCap) }
        let exponent = Double(min(max(errors - 1, 0), 40))
        let ceiling = min(backoffCap, max(interval, 1) * pow(2, exponent))
        // "Equal jitter": half fixed, half random, so retries spread out but still grow.
        return ceiling / 2 + Double.random(in: 0...(ceiling / 2), using: &random)
    }

    /// The first fetch after a start: due ones are spread over a short window so they do not all fire at once.
    public func startDelay(using random: inout some RandomNumberGenerator) -> Double {
        Double.random(in: 0...min(interval, 4) / 2, using: &random)
    }

    /// Freshness from `Cache-Control: max-age` (or `s-maxage`), else `Expires` minus `Date`.
    public static func freshness(cacheControl: String?, expires: String?, date: String?, now: Date) -> Double? {
        if let cacheControl {
            for directive in cacheControl.lowercased().split(separator: ",") {
                let parts = directive.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if parts[0] == "no-cache" || parts[0] == "no-store" { return nil }
                if parts.count == 2, parts[0] == "max-age", let seconds = Double(parts[1]) { return seconds }
            }
        }
        guard let expires, let expiry = httpDate(expires) else { return nil }
        let now = date.flatMap(httpDate) ?? now
        return max(0, expiry.timeIntervalSince(now))
    }

    /// `Retry-After`: seconds, or an HTTP date.
    public static func retryAfter(_ value: String?, now: Date) -> Double? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Double(value) { return max(0, seconds) }
        return httpDate(value).map { max(0, $0.timeIntervalSince(now)) }
    }

    /// IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the format servers send.
    static func httpDate(_ text: String) -> Date? {
        var components = DateComponents()
        let parts = text.split(separator: " ")
        guard parts.count >= 5 else { return nil }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let day = Int(parts[1]), let month = months.firstIndex(of: parts[2].lowercased()), let year = Int(parts[3]) else {
            return nil
        }
        let time = parts[4].split(separator: ":").compactMap { Int($0) }
        guard time.count == 3 else { return nil }
        components.year = year
        components.month = month + 1
        components.day = day
        components.hour = time[0]
        components.minute = time[1]
        components.second = time[2]
        components.timeZone = TimeZone(identifier: "GMT")
        return Calendar(identifier: .gregorian).date(from: components)
    }
}
