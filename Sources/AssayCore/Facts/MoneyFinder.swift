/// Finds money that moves in the supply chain: investments, deal prices, subsidies, fines and
/// contract values, as an amount and an ISO currency. Revenue, profit, prices per tonne and market
/// values are money too, but not facts of a project, so the words around a figure decide.
enum MoneyFinder {
    /// Currency signs and codes written before the number, longest first.
    private static let prefixList: [(String, String)] = [
        ("us$", "USD"), ("nt$", "TWD"), ("hk$", "HKD"), ("a$", "AUD"), ("c$", "CAD"), ("s$", "SGD"), ("$", "USD"), ("€", "EUR"),
        ("£", "GBP"), ("₩", "KRW"), ("rmb", "CNY"), ("usd", "USD"), ("eur", "EUR"), ("cny", "CNY"), ("jpy", "JPY"), ("krw", "KRW"),
        ("twd", "TWD"), ("hkd", "HKD"), ("人民币", "CNY"), ("新台币", "TWD"), ("台币", "TWD"), ("港币", "HKD"), ("美金", "USD"),
    ]
    private static let prefixes = prefixList.map { (Array($0.0.unicodeScalars), $0.1) }
    /// The last keys of the prefixes: a number after anything else (most numbers) has none.
    private static let prefixLastKeys = Set(prefixes.compactMap(\.0.last))
    /// Currency words written after the number (and its scale), longest first.
    private static let suffixList: [(String, String)] = [
        ("元人民币", "CNY"), ("美元", "USD"), ("欧元", "EUR"), ("日元", "JPY"), ("日圆", "JPY"), ("韩元", "KRW"), ("韩圆", "KRW"),
        ("港元", "HKD"), ("港币", "HKD"), ("新台币", "TWD"), ("台币", "TWD"), ("英镑", "GBP"), ("澳元", "AUD"), ("加元", "CAD"),
        ("林吉特", "MYR"), ("元", "CNY"), ("yuan", "CNY"), ("renminbi", "CNY"), ("rmb", "CNY"), ("us dollars", "USD"), ("dollars", "USD"),
        ("euros", "EUR"), ("euro", "EUR"), ("yen", "JPY"), ("won", "KRW"), ("pounds", "GBP"), ("ringgit", "MYR"), ("usd", "USD"),
        ("eur", "EUR"),
    ]
    private static let suffixes = WordList(suffixList.map(\.0))
    private static let renminbi = Array("人民币".unicodeScalars)
    private static let brackets = WordList(["(", "（"])
    private static let forWords = WordList(["for", "to build"])

    static let purposeWords = WordList([
        "invest", "investment", "investing", "capex", "capital expenditure", "capital spending", "budget", "fund", "funding",
        "financing", "loan", "acquire", "acquisition", "acquiring", "buy", "bought", "purchase", "stake", "deal", "takeover",
        "merger", "consideration", "subsid", "grant", "aid", "support", "incentive", "tax credit", "fine", "fined", "penalt",
        "contract", "order", "worth", "valued at", "cost", "spend", "raise", "placement", "plant", "project", "投资", "投入",
        "收购", "并购", "购买", "股权", "对价", "交易", "补贴", "补助", "资助", "扶持", "奖励", "罚款", "罚", "合同", "订单", "协议",
        "募资", "募集", "出资", "增资", "融资", "贷款", "建设", "项目", "作价", "价款", "金额", "斥资", "受让", "资本支出", "预算",
        "earmark", "allocat", "set aside", "commit", "pledg", "expansion", "扩产", "扩建",
    ])
    static let otherMoneyWords = WordList([
        "revenue", "sales", "profit", "income", "earnings", "turnover", "ebitda", "market value", "market cap", "output value",
        "loss", "losses", "price", "prices", "valuation", "dividend", "营收", "营业收入", "收入", "净利", "利润", "产值", "市值",
        "销售额", "亏损", "毛利", "业绩", "价格", "报价", "均价", "加工费", "上调", "下调", "上涨", "下跌", "业绩承诺", "现金流", "估值",
        "settled", "closed at", "traded at", "lower at", "higher at", "futures", "spot", "期货", "现货", "收盘", "结算", "收于",
    ])
    /// Words right after an amount that make it a price ("76,500 yuan a tonne", "7.38万元/吨").
    private static let perUnit = WordList([
        "a tonne", "per tonne", "a ton", "per ton", "/tonne", "/ton", "/t", "a metric ton", "per metric ton", "a share",
        "per share", "/kg", "a kilogram", "per kilogram", "per kwh", "/kwh", "a kwh", "per unit", "a wafer", "per wafer",
        "/吨", "每吨", "/片", "/股", "每股", "/千克", "/wh", "/度",
    ])

    /// Units written before an amount in Chinese ("每吨约7.5万元").
    private static let unitFirst = WordList(["每吨", "每公吨", "每千克", "每公斤", "每片", "每股", "每瓦时", "每度"])

    static func money(in text: FactText, words: WordOccurrences, numbers: [NumberSpan]) -> [MoneyFact] {
        var found: [MoneyFact] = []
        var previous: (end: Int, counts: Bool)?
        for number in numbers {
            guard let (start, end, currency) = currency(of: number, text) else { continue }
            if text.firstWord(of: perUnit, at: text.skippingSpaces(from: end)) != nil { continue }
            // "每噸約900美元": the unit written before the amount makes it a price too.
            if text.contains(unitFirst, in: max(0, start - 4)..<start) { continue }
            // A conversion in brackets ("9.6 billion yuan ($1.33 billion)") goes with the amount before it.
            let bracketed = previous.map { (0...4).contains(start - $0.end) && text.contains(brackets, in: $0.end..<start) } ?? false
            let counts = bracketed ? previous!.counts : isMovedMoney(start: start, end: end, text, words)
            previous = (end, counts)
            guard counts else { continue }
            found.append(
                MoneyFact(
                    text: text.string(start..<end), offset: start, amount: number.value, currency: currency,
                    for: purpose(after: end, text) ?? (bracketed ? found.last?.for : nil)))
        }
        return found
    }

    /// The span and currency of an amount, or nil when no currency is written with it.
    private static func currency(of number: NumberSpan, _ text: FactText) -> (Int, Int, String)? {
        var start = number.start
        var currency: String?
        // A prefix ends right before the number, or one space before it.
        let before = number.start - 1
        let mayHavePrefix = before >= 0
            && (prefixLastKeys.contains(text.keys[before]) || before >= 1 && text.scalars[before] == " " && prefixLastKeys.contains(text.keys[before - 1]))
        // (Asked before the loop: a `where` on it would still step through, and retain, every prefix.)
        for (prefix, code) in mayHavePrefix ? prefixes[...] : [] {
            let length = prefix.count
            for gap in 0...1 where text.matches(prefix, at: number.start - length - gap) {
                if gap == 1 && text.scalar(at: number.start - 1) != " " { continue }
                // "US$" must not be read as "$" of something else; letters before a code mean a word.
                let before = number.start - length - gap - 1
                if FactText.isLetter(prefix[0]), let scalar = text.scalar(at: before), FactText.isLetter(scalar) { continue }
                start = number.start - length - gap
                currency = code
                break
            }
            if currency != nil { break }
        }
        var end = number.end
        let after = text.skippingSpaces(from: number.end)
        if let index = suffixes.match(in: text, at: after) {
            let (word, code) = suffixList[index]
            // "元" after "新台币" stays TWD; "亿元人民币" keeps 人民币 in the span.
            if currency == nil || code != "CNY" || word == "元" { currency = currency ?? code }
            end = after + suffixes.words[index].count
            if word == "元", text.matches(renminbi, at: end) { end += 3 }
        }
        guard let currency else { return nil }
        return (start, end, currency)
    }

    /// True when the sentence makes the amount an investment, a deal, a subsidy, a fine or a contract.
    private static func isMovedMoney(start: Int, end: Int, _ text: FactText, _ words: WordOccurrences) -> Bool {
        let sentence = text.sentence(containing: start)
        let clause = text.clauseStart(before: start)
        // "worth €40 million in revenue": what follows at once says what the money is.
        if words.contains(.otherMoneyWords, in: end..<min(sentence.upperBound, end + 15)) { return false }
        let purpose = words.lastEnd(.purposeWords, in: sentence.lowerBound..<start)
        let other = words.lastEnd(.otherMoneyWords, in: clause..<start)
        if let other, other > (purpose ?? -1) { return false }
        if purpose != nil { return true }
        // "a $2 billion investment", "15亿元的项目"
        let after = end..<min(sentence.upperBound, end + 30)
        return words.contains(.purposeWords, in: after) && !words.contains(.otherMoneyWords, in: after)
    }

    /// "for a 40 GWh battery base" after the amount, up to eight words.
    private static func purpose(after end: Int, _ text: FactText) -> String? {
        var position = text.skippingSpaces(from: end)
        if text.scalar(at: position) == "(" {
            while position < text.count && text.scalars[position] != ")" { position += 1 }
            position = text.skippingSpaces(from: position + 1)
        }
        guard let word = text.firstWord(of: forWords, at: position) else { return nil }
        let start = text.skippingSpaces(from: position + word.length)
        var stop = start
        var words = 0
        while stop < text.count, words < 8 {
            let scalar = text.scalars[stop]
            if scalar == "," || scalar == "." || scalar == ";" || scalar == "(" || scalar == "\n" { break }
            if scalar == " " { words += 1 }
            stop += 1
        }
        var phrase = text.string(start..<stop)
        for article in ["a ", "an ", "the ", "its ", "their "] where phrase.hasPrefix(article) { phrase.removeFirst(article.count) }
        return phrase.isEmpty ? nil : phrase
    }
}
