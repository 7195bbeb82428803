/// Recognizes page furniture in lines of text: share prompts, tags, copyright, pagination,
/// editor and credit lines, related-link sections, photo captions. Shared by every extractor.
public enum FurnitureRules {
    private static let prefixes: [String] = [
        "tags:", "tag:", "topics:", "filed under", "keywords:", "share:", "share this", "share on", "share |",
        "follow us", "comments (", "comments are closed", "leave a comment", "leave a reply", "print |", "print this",
        "bookmark the permalink", "link to this article", "reprint statement", "editor in charge", "editor:",
        "edited by", "(editing by", "(reporting by", "(additional reporting", "(with inputs", "(with agency",
        "(with reporting", "- with wire", "with wire reports", "this article first appeared",
        "this article was originally", "this story was originally", "originally published", "sign up for",
        "subscribe to", "click here", "advertisement", "read more:", "related:", "see also:", "also read:",
        "recommended:", "font size", "[font", "image:", "photo:", "source:", "copyright", "©", "(c) 20",
        "send to a friend", "more from ", "print | close", "all rights reserved", "scroll to continue",
        "(source:", "[source:", "disclaimer:", "want to read more", "get the latest", "download our app",
        "来源：", "来源:", "责任编辑", "【责任编辑", "编辑：", "编辑:", "（编辑", "(编辑", "分享到", "相关阅读",
        "相关新闻", "推荐阅读", "延伸阅读", "上一篇", "下一篇", "声明：", "【免责声明", "免责声明", "（本文转载",
        "(本文转载", "本文来源", "转载请注明", "版权所有", "关键词：", "关键字：", "【打印", "【关闭", "扫一扫",
        "（完）", "(完)", "原标题：", "阅读量", "点击量", "字号：", "【字体", "打印本页", "关闭窗口", "（责任编辑",
        "(责任编辑", "【纠错】", "返回顶部",
    ]

    private static let prefixBytes = prefixes.map { Array($0.utf8) }

    private static let containedMarkers: [String] = [
        "all rights reserved", "redistribution prohibited", "未经书面授权", "转载请注明", "please indicate the source",
    ]

    private static let sectionHeaders: Set<String> = [
        "related articles", "related stories", "related news", "related", "recent news", "recent posts",
        "more news", "latest news", "you may also like", "you might also like", "most read", "most popular",
        "trending", "read more", "read next", "more stories", "related content", "further reading", "see also",
        "also read", "recommended", "popular", "top stories", "editor's picks", "more on this", "related topics",
        "相关阅读", "相关新闻", "推荐阅读", "延伸阅读", "热门文章", "最新文章", "热点推荐", "相关文章", "猜你喜欢",
        "热门推荐", "精彩推荐", "相关报道",
    ]

    /// A line that is furniture wherever it stands.
    public static func isFurniture(_ line: String) -> Bool { isFurniture(line, words: TextScript.wordCount(line)) }

    /// The same, for a caller that has counted the line's words already.
    static func isFurniture(_ line: String, words: Int) -> Bool {
        // Counted before lowering: a paragraph is refused without being copied.
        guard words <= 40 else { return false }
        let l = ByteSearch.lowered(line)
        if mayBePagination(l), isPagination(line.lowercased()) { return true }
        if prefixBytes.contains(where: { ByteSearch.hasPrefix(l, $0) }) { return true }
        if containedMarkers.contains(where: { ByteSearch.contains(l, $0) }) { return true }
        return isSectionHeader(line)
    }

    /// The most letters and ideographs a section heading has ("you might also like").
    private static let longestSectionHeader = sectionHeaders.map { $0.unicodeScalars.count }.max() ?? 0
    private static let moreFrom = Array("more from ".utf8)

    /// A heading that opens a list of links to other stories: what follows it is furniture too.
    public static func isSectionHeader(_ line: String) -> Bool {
        // Headings are a few words; a paragraph is not lowercased to find that out.
        guard line.utf8.count <= 300, mayBeSectionHeader(line) else { return false }
        var l = line.lowercased().trimmingWhitespace()
        while let last = l.last, ":：»>".contains(last) { l.removeLast() }
        l = l.trimmingWhitespace()
        return sectionHeaders.contains(l) || (l.hasPrefix("more from ") && l.split(separator: " ").count <= 6)
    }

    /// False when the line cannot be a heading: it has more ASCII letters, digits and ideographs
    /// than the longest heading (none of them is trimmed away), and does not open with "more from ".
    private static func mayBeSectionHeader(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { utf8 in
            var start = 0
            while start < utf8.count, utf8[start] == 0x20 || utf8[start] &- 0x09 < 5 { start += 1 }
            // A character outside ASCII first may be Unicode space before "more from": ask the full rule.
            if start < utf8.count, utf8[start] >= 0x80 { return true }
            if utf8.count - start >= moreFrom.count,
                (0..<moreFrom.count).allSatisfy({ utf8[start + $0] &- 0x41 < 26 ? utf8[start + $0] | 0x20 == moreFrom[$0] : utf8[start + $0] == moreFrom[$0] }) {
                return true
            }
            var counted = 0
            for byte in utf8 {
                // ASCII letters and digits, and the lead bytes of U+4000–U+9FFF (ideographs).
                let isASCIIAlphanumeric = (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
                if isASCIIAlphanumeric || byte &- 0xE4 < 6 {
                    counted += 1
                    if counted > longestSectionHeader { return false }
                }
            }
            return true
        }
    }

    /// Pagination's first token is a number, a nav mark or "page" (see `isPagination`): asked on the
    /// lowered bytes first, so a sentence is not lowercased and split to find that out. A token with
    /// characters outside ASCII may be a number or a mark: the full rule decides.
    private static func mayBePagination(_ l: [UInt8]) -> Bool {
        var start = 0
        while start < l.count, l[start] == 0x20 || l[start] == 0x7C { start += 1 }
        var end = start
        while end < l.count, l[end] != 0x20, l[end] != 0x7C { end += 1 }
        let token = l[start..<end]
        if token.contains(where: { $0 >= 0x80 }) || token.allSatisfy({ $0 &- 0x30 < 10 }) { return true }
        return asciiPaginationWords.contains(Array(token))
    }

    private static let asciiPaginationWords: Set<[UInt8]> = Set(
        (["page"] + navWords.map(String.init)).filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) })

    private static let navWords: Set<Substring> = [">", "<", "»", "«", ">>", "<<", "next", "prev", "previous", "...", "…", "›", "‹"]

    /// "1 2 3 >", "1 2 3 4 5 6 7", "Page 2 of 5", "« Prev | Next »".
    static func isPagination(_ l: String) -> Bool {
        // Only a line whose first token is a number, a nav mark or "page" can be one: asked first,
        // so a sentence is not split into words to find that out.
        let first = l.drop(while: { $0 == " " || $0 == "|" }).prefix(while: { $0 != " " && $0 != "|" })
        guard first == "page" || first.allSatisfy(\.isNumber) || navWords.contains(first) else { return false }
        let tokens = l.split(whereSeparator: { $0 == " " || $0 == "|" })
        guard !tokens.isEmpty else { return false }
        if tokens.count == 4, tokens[0] == "page", tokens[2] == "of" { return true }
        let allNav = tokens.allSatisfy { t in t.allSatisfy(\.isNumber) || navWords.contains(t) }
        return allNav && tokens.count >= 2 && tokens.contains(where: { $0.allSatisfy(\.isNumber) })
    }

    /// A bulleted line, as in lists of related links.
    public static func isListItem(_ line: String) -> Bool {
        for bullet in ["·", "•", "- ", "– ", "— ", "> ", "* ", "▪", "►", "›", "»", "◆", "●", "■", "□"] where line.hasPrefix(bullet) {
            return true
        }
        return false
    }

    /// "Home > Energy > Batteries", "Sport › Football", "首页 > 行业资讯", "Home | Business | Tech".
    public static func isBreadcrumb(_ line: String) -> Bool {
        guard line.utf8.count <= 120 || line.count <= 120 else { return false }
        let separators: [Character] = [">", "›", "»", "/", "|", "＞", "→"]
        let parts = line.split(whereSeparator: { separators.contains($0) }).map {
            $0.trimmingWhitespace()
        }.filter { !$0.isEmpty }
        guard parts.count >= 2, line.count <= 120 else { return false }
        let lower = line.lowercased()
        let startsHome = lower.hasPrefix("home") || line.hasPrefix("首页") || line.hasPrefix("当前位置")
            || line.hasPrefix("您的位置") || line.hasPrefix("你的位置")
        let shortParts = parts.allSatisfy { TextScript.isMostlyCJK($0) ? $0.count <= 8 : TextScript.wordCount($0) <= 3 }
        let usesArrow = line.contains(where: { ">›»＞→".contains($0) })
        return (startsHome && shortParts) || (usesArrow && shortParts && parts.count <= 6)
    }

    /// A photo caption: ends with a photo credit ("… Industries. CHINA DAILY", "[Photo/Xinhua]"),
    /// or opens as one ("图为…").
    public static func isCaption(_ line: String) -> Bool { isCaption(line, words: TextScript.wordCount(line)) }

    /// The same, for a caller that has counted the line's words already.
    static func isCaption(_ line: String, words: Int) -> Bool {
        guard words <= 70 else { return false }
        let l = ByteSearch.lowered(line)
        for marker in ["[photo", "(photo", "photo:", "photo/", "photo by", "/xinhua", "getty images", "(image:",
            "[image", "图片来源", "供图）", "摄）", "（摄", "图/"]
        where ByteSearch.contains(l, marker) {
            return true
        }
        if line.hasPrefix("图为") || line.hasPrefix("▲") { return true }
        return endsWithCapsCredit(line)
    }

    /// "… Development Zone. CHINA DAILY" or "… on Monday. LI MIN/CHINA DAILY".
    static func endsWithCapsCredit(_ line: String) -> Bool {
        let trimmed = line.trimmingWhitespace()
        guard let dot = trimmed.lastIndex(where: { $0 == "." || $0 == "。" }) else { return false }
        let tail = trimmed[trimmed.index(after: dot)...].trimmingWhitespace()
        guard !tail.isEmpty, tail.count <= 40 else { return false }
        let words = tail.split(whereSeparator: { $0 == " " || $0 == "/" })
        guard (1...5).contains(words.count) else { return false }
        return words.allSatisfy { w in w.count >= 2 && w.allSatisfy { $0.isUppercase || $0 == "-" || $0 == "'" } }
    }
}
