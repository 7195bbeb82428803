import Foundation

/// Removes a site name from a page title: "Headline - Site Name" → "Headline".
enum TitleCleaner {
    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", "_", " / ", "｜"]

    static func removeSiteName(_ title: String, siteName: String?, splitGenerically: Bool) -> String {
        let trimmed = HTMLText.collapse(title)
        if let siteName, !siteName.isEmpty {
            for separator in separators {
                for candidate in [separator + siteName] where trimmed.hasSuffix(candidate) {
                    return String(trimmed.dropLast(candidate.count)).trimmingWhitespace()
                }
                if trimmed.hasPrefix(siteName + separator) {
                    return String(trimmed.dropFirst(siteName.count + separator.count)).trimmingWhitespace()
                }
            }
        }
        guard splitGenerically else { return trimmed }
        for separator in separators where trimmed.contains(separator) {
            let parts = trimmed.components(separatedBy: separator)
            // The headline is the longest part; site names and sections are short.
            if let longest = parts.max(by: { $0.count < $1.count }), longest.count >= 10 {
                return longest.trimmingWhitespace()
            }
        }
        return trimmed
    }
}
