/// Finds production capacities: a number with a unit of capacity (GWh, MW, tonnes a year, wafers a
/// month, production lines) in a clause that speaks of what a plant can make, not of what was
/// shipped, sold or delivered.
enum CapacityFinder {
    static func capacities(in text: FactText, words: WordOccurrences, numbers: [NumberSpan]) -> [CapacityFact] {
        var found: [CapacityFact] = []
        for number in numbers {
            if let capacity = energy(number, text, words) ?? tonnes(number, text, words) ?? wafers(number, text, words) ?? lines(number, text) {
                found.append(capacity)
            }
        }
        found += chineseLines(in: text, taken: found)
        found += englishWordLines(in: text)
        return found
    }

    // MARK: energy and power

    private static let energyUnitList: [(String, CapacityFact.Unit)] = [
        ("gigawatt-hours", .gwh), ("gigawatt hours", .gwh), ("gigawatt-hour", .gwh), ("gwh", .gwh), ("gw·h", .gwh), ("gw h", .gwh),
        ("吉瓦时", .gwh), ("megawatt-hours", .mwh), ("megawatt hours", .mwh), ("mwh", .mwh), ("mw·h", .mwh), ("兆瓦时", .mwh),
        ("gigawatts", .gw), ("gigawatt", .gw), ("gw", .gw), ("吉瓦", .gw), ("megawatts", .mw), ("megawatt", .mw), ("mw", .mw),
        ("兆瓦", .mw),
    ]
    private static let energyUnits = WordList(energyUnitList.map(\.0))
    static let nameplateWords = WordList(["station", "storage", "plant", "project", "farm", "电站", "储能", "项目"])
    /// Storage sold as goods: cells and batteries, not a station.
    static let storageGoods = WordList(["storage cell", "storage batter", "储能电芯", "储能电池"])

    private static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "," || scalar == "，" || scalar == ";" || scalar == "；" || scalar == "。" || scalar == "\n"
    }

    private static func energy(_ number: NumberSpan, _ text: FactText, _ words: WordOccurrences) -> CapacityFact? {
        let at = unitStart(after: number, text)
        guard let index = energyUnits.match(in: text, at: at) else { return nil }
        let unit = energyUnitList[index].1
        let end = at + energyUnits.words[index].count
        // The size of a storage station or plant is its nameplate, whoever supplies it; what follows
        // in the same clause says so ("31 GWh of storage cells" shipped are goods, not a station).
        var clauseEnd = end
        while clauseEnd < min(text.count, end + 30), !Self.endsClause(text.scalars[clauseEnd]) { clauseEnd += 1 }
        let nameplate = words.contains(.nameplateWords, in: end..<clauseEnd) && !words.contains(.storageGoods, in: end..<clauseEnd)
        guard nameplate || !isVolume(before: number.start, text, words) else { return nil }
        return CapacityFact(
            text: text.string(number.start..<end), offset: number.start, value: number.value, unit: unit,
            of: CapacitySubject.of(after: end, before: number.start, in: text, unit: unit))
    }

    // MARK: tonnes a year

    private static let tonneUnitList: [(String, Double)] = [
        ("metric tonnes", 1), ("metric tons", 1), ("tonnes", 1), ("tonne", 1), ("tons", 1), ("ton", 1), ("ktpa", 1000),
        ("mtpa", 1e6), ("tpa", 1), ("kt", 1000), ("t", 1), ("吨", 1),
    ]
    private static let tonneUnits = WordList(tonneUnitList.map(\.0))
    /// Words after a tonnage that make it yearly.
    private static let perYear = WordList([
        "a year", "per year", "per annum", "/year", "/yr", "/a", "a-year", "annually", "each year", "every year", "/年", "每年",
        "of annual", "of yearly", "-a-year", "-per-year", "a-year",
    ])
    private static let capacityNouns = WordList(["production capacity", "capacity", "output"])
    /// Words before a figure that make it a capacity.
    static let capacityWords = WordList([
        "capacity", "capacities", "产能", "年产", "年处理", "年加工", "设计产能", "规模", "nameplate",
    ])
    private static let plantWords = WordList([
        "plant", "facility", "refinery", "line", "project", "converter", "factory", "complex", "mill", "operation", "base",
    ])

    private static func tonnes(_ number: NumberSpan, _ text: FactText, _ words: WordOccurrences) -> CapacityFact? {
        let at = unitStart(after: number, text)
        guard let index = tonneUnits.match(in: text, at: at) else { return nil }
        let (word, factor) = tonneUnitList[index]
        var end = at + tonneUnits.words[index].count
        let direct = word == "tpa" || word == "ktpa" || word == "mtpa"
        var yearly = direct
        if !yearly, let period = text.firstWord(of: perYear, at: text.skippingSpaces(from: end)) {
            yearly = true
            if period.word.hasPrefix("of annual") || period.word.hasPrefix("of yearly") {
                // "10,000 tonnes of annual capacity": the span runs to "capacity".
                let after = text.skippingSpaces(from: text.skippingSpaces(from: end) + period.length)
                end = text.firstWord(of: capacityNouns, at: after).map { after + $0.length } ?? after
            } else {
                end = text.skippingSpaces(from: end) + period.length
            }
        }
        // "an 80,000-tonne plant", "a 50,000-tonne-a-year line"
        if !yearly, text.scalar(at: number.end) == "-" {
            var position = text.skippingSpaces(from: end)
            for _ in 0..<5 {
                if text.firstWord(of: plantWords, at: position) != nil {
                    yearly = true
                    break
                }
                while position < text.count && (FactText.isLetter(text.scalars[position]) || text.scalars[position] == "-") { position += 1 }
                position = text.skippingSpaces(from: position)
            }
        }
        if !yearly, let said = words.lastEnd(.capacityWords, in: text.clauseStart(before: number.start)..<number.start), number.start - said < 120 {
            yearly = true
        }
        guard yearly, !isVolume(before: number.start, text, words) else { return nil }
        return CapacityFact(
            text: text.string(startOfCapacityPhrase(number, text)..<end), offset: number.start, value: number.value * factor,
            unit: .tonnesPerYear, of: CapacitySubject.of(after: end, before: number.start, in: text, unit: .tonnesPerYear))
    }

    private static let periodsBefore = ["年产能", "年产", "月产能"].map { Array($0.unicodeScalars) }

    /// "年产2万吨" is written with its period before the number: keep it in the span.
    private static func startOfCapacityPhrase(_ number: NumberSpan, _ text: FactText) -> Int {
        for word in periodsBefore where text.matches(word, at: number.start - word.count) { return number.start - word.count }
        return number.start
    }

    // MARK: wafers a month

    private static let perMonth = WordList(["a month", "per month", "/month", "monthly", "each month", "every month", "/月", "每月"])
    private static let waferSizes = WordList([
        "12-inch", "8-inch", "six-inch", "eight-inch", "12-inch-equivalent", "8-inch-equivalent", "eight-inch-equivalent", "300mm",
        "300-mm", "200mm", "200-mm",
    ])
    private static let equivalentWords = WordList(["equivalent", "-equivalent"])
    private static let waferWords = WordList(["wafers", "wafer", "wpm", "片"])
    static let monthlyWords = WordList(["月产能", "月产", "monthly capacity", "monthly output capacity", "a month", "per month", "monthly"])

    private static func wafers(_ number: NumberSpan, _ text: FactText, _ words: WordOccurrences) -> CapacityFact? {
        var at = unitStart(after: number, text)
        // "30,000 12-inch wafers", "40,000 eight-inch-equivalent wafers"
        for _ in 0..<2 {
            if let size = text.firstWord(of: waferSizes, at: at) {
                at = text.skippingSpaces(from: at + size.length)
                if let equivalent = text.firstWord(of: equivalentWords, at: at) { at = text.skippingSpaces(from: at + equivalent.length) }
            }
        }
        if let word = text.firstWord(of: waferWords, at: at) {
            var end = at + word.length
            var monthly = word.word == "wpm"
            if !monthly, let period = text.firstWord(of: perMonth, at: text.skippingSpaces(from: end)) {
                monthly = true
                end = text.skippingSpaces(from: end) + period.length
            }
            if !monthly, words.lastEnd(.monthlyWords, in: text.clauseStart(before: number.start)..<number.start) != nil {
                monthly = true
            }
            guard monthly, !isVolume(before: number.start, text, words) else { return nil }
            return CapacityFact(
                text: text.string(startOfCapacityPhrase(number, text)..<end), offset: number.start, value: number.value,
                unit: .wafersPerMonth, of: CapacitySubject.of(after: end, before: number.start, in: text, unit: .wafersPerMonth))
        }
        return nil
    }

    // MARK: production lines

    private static let lineWords = WordList(["production lines", "production line", "lines", "line"])
    private static let chineseLineWords = ["生产线", "产线"].map { Array($0.unicodeScalars) }
    private static let linesWord = Array("lines".unicodeScalars)

    private static func lines(_ number: NumberSpan, _ text: FactText) -> CapacityFact? {
        guard number.value < 1000, number.value == number.value.rounded() else { return nil }
        let at = unitStart(after: number, text)
        // "4条湿法隔膜产线", "6 production lines", "six new production lines"
        if text.scalar(at: number.end) == "条" || text.scalar(at: number.end) == "條" {
            return chineseLine(value: number.value, start: number.start, classifier: number.end, text)
        }
        return englishLine(value: number.value, start: number.start, after: at, text)
    }

    private static func englishLine(value: Double, start: Int, after at: Int, _ text: FactText) -> CapacityFact? {
        var position = at
        for _ in 0..<4 {
            if let word = text.firstWord(of: lineWords, at: position) {
                // A bare "lines" counts only as production, assembly or manufacturing lines.
                let phrase = text.string(start..<(position + word.length)).lowercased()
                guard word.word.hasPrefix("production") || phrase.contains("assembly") || phrase.contains("manufacturing")
                    || phrase.contains("production") || phrase.contains("coating") || phrase.contains("cell")
                else { return nil }
                return CapacityFact(
                    text: text.string(start..<(position + word.length)), offset: start, value: value, unit: .lines,
                    of: CapacitySubject.of(after: position + word.length, before: start, in: text, unit: .lines))
            }
            guard position < text.count, FactText.isLetter(text.scalars[position]) else { return nil }
            while position < text.count && (FactText.isLetter(text.scalars[position]) || text.scalars[position] == "-") { position += 1 }
            position = text.skippingSpaces(from: position)
        }
        return nil
    }

    private static func chineseLine(value: Double, start: Int, classifier: Int, _ text: FactText) -> CapacityFact? {
        var position = classifier + 1
        while position < text.count && position - classifier <= 10 {
            for word in chineseLineWords where text.matches(word, at: position) {
                let end = position + word.count
                return CapacityFact(
                    text: text.string(start..<end), offset: start, value: value, unit: .lines,
                    of: CapacitySubject.of(after: end, before: start, in: text, unit: .lines))
            }
            guard FactText.isHan(text.scalars[position]) else { return nil }
            position += 1
        }
        return nil
    }

    /// Lines counted in Chinese numerals: "两条产线", "生产线一条".
    private static func chineseLines(in text: FactText, taken: [CapacityFact]) -> [CapacityFact] {
        guard text.hasHan else { return [] }
        var found: [CapacityFact] = []
        let takenStarts = Set(taken.map(\.offset))
        var index = -1
        while true {
            index = text.nextPosition(ofKey: "条", from: index + 1)
            guard index < text.count else { break }
            if let number = NumberReading.chineseNumber(endingAt: index, in: text), !takenStarts.contains(number.start),
                let line = chineseLine(value: number.value, start: number.start, classifier: index, text)
            {
                found.append(line)
            }
        }
        for pattern in chineseLineWords {
            var index = -1
            while true {
                index = text.nextPosition(ofKey: pattern[0], from: index + 1)
                guard index < text.count else { break }
                guard text.matches(pattern, at: index) else { continue }
                let after = index + pattern.count
                if let number = NumberReading.chineseNumber(startingAt: after, in: text), text.keys.indices.contains(number.end),
                    text.keys[number.end] == "条"
                {
                    if index >= 1, text.keys[index - 1] == "生" && pattern.count == 2 { continue }
                    found.append(
                        CapacityFact(
                            text: text.string(index..<(number.end + 1)), offset: index, value: number.value, unit: .lines,
                            of: CapacitySubject.of(after: number.end + 1, before: index, in: text, unit: .lines)))
                }
            }
        }
        return found
    }

    /// "six production lines": counts written as English words.
    private static func englishWordLines(in text: FactText) -> [CapacityFact] {
        var found: [CapacityFact] = []
        let linesWord = linesWord
        var index = -1
        while true {
            index = text.nextPosition(ofKey: "l", "i", from: index + 1)
            guard index < text.count else { break }
            guard text.matches(linesWord, at: index), index + 5 >= text.count || !FactText.isLetter(text.scalars[index + 5]) else { continue }
            // Walk back over up to three adjectives to a number word.
            var position = index
            for _ in 0..<4 {
                if let number = NumberReading.englishNumberWord(before: position, in: text) {
                    if let line = englishLine(value: number.value, start: number.start, after: text.skippingSpaces(from: number.end), text) {
                        found.append(line)
                    }
                    break
                }
                var start = position
                while start > 0 && text.scalars[start - 1] == " " { start -= 1 }
                var wordStart = start
                while wordStart > 0 && (FactText.isLetter(text.scalars[wordStart - 1]) || text.scalars[wordStart - 1] == "-") { wordStart -= 1 }
                guard wordStart < start else { break }
                position = wordStart
            }
        }
        return found
    }

    // MARK: shared

    /// Where a unit may start after a number: after spaces or one hyphen ("80,000-tonne").
    private static func unitStart(after number: NumberSpan, _ text: FactText) -> Int {
        if text.scalar(at: number.end) == "-" { return number.end + 1 }
        return text.skippingSpaces(from: number.end)
    }

    /// Words that make a figure a volume moved or made, not a capacity.
    static let volumeWords = WordList([
        "shipped", "shipment", "shipments", "sold", "sales", "deliver", "delivered", "deliveries", "supply", "supplies",
        "offtake", "purchase", "purchases", "buy", "output", "produced", "production of", "imports", "exports", "imported",
        "exported", "installed", "installations", "demand", "consumption", "enough for", "inventory", "inventories", "stockpile",
        "出货", "销量", "销售", "供应", "供货", "采购", "进口", "出口", "产量", "装机量", "装车量", "需求", "交付", "库存",
    ])

    /// True when the clause before `start` speaks of a volume, not a capacity ("shipped 38 GWh").
    private static func isVolume(before start: Int, _ text: FactText, _ words: WordOccurrences) -> Bool {
        let clause = text.clauseStart(before: start)
        guard let volume = words.lastEnd(.volumeWords, in: clause..<start) else { return false }
        if let capacity = words.lastEnd(.capacityWords, in: clause..<start), capacity > volume { return false }
        return true
    }
}
