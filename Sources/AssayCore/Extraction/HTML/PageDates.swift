/// Visible date lines found by where they sit rather than by what they are called: beside the
/// headline (the byline row above or below it), and, as a last resort, anywhere on the page.
enum PageDates {
    /// Short text runs just before and after the headline, nearest first after it: the date row of
    /// most article templates whatever its class names.
    static func nearHeadline(_ headline: HTMLNode, in root: HTMLNode) -> [String] {
        let body = root.children.first { $0.tag == "body" } ?? root
        let runs = body.descendants(where: { $0.isText && HTMLText.visibleLength($0.text) > 0 })
        guard let first = runs.firstIndex(where: { $0.isDescendant(of: headline) }) else { return [] }
        var last = first
        while last + 1 < runs.count, runs[last + 1].isDescendant(of: headline) { last += 1 }
        let after = runs[(last + 1)..<min(runs.count, last + 16)]
        let before = runs[max(0, first - 6)..<first].reversed()
        return (Array(after) + before).map(\.text).filter { $0.utf8.count < 160 && $0.contains(where: \.isNumber) }
    }

    /// The date the page states most often in short text runs, the first of those in a tie: a
    /// page's own date tends to recur (date row, footer stamp, archive link), others do not.
    static func mostStated(in root: HTMLNode, parser: DateParser) -> FoundDate? {
        var counts: [String: (count: Int, order: Int, date: FoundDate)] = [:]
        var order = 0
        for node in root.descendants(where: { $0.isText }) where node.text.utf8.count < 160 && node.text.contains(where: \.isNumber) {
            guard let found = parser.firstDate(in: node.text), let stamp = found.rfc3339 else { continue }
            let day = String(stamp.prefix(10))
            if let seen = counts[day] {
                counts[day] = (seen.count + 1, seen.order, seen.date)
            } else {
                counts[day] = (1, order, found)
                order += 1
            }
        }
        return counts.values.max { ($0.count, -$0.order) < ($1.count, -$1.order) }?.date
    }
}
