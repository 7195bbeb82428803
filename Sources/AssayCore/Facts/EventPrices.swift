/// The products a price move is about: the nearest product, several moving together, or a
/// company's own price.
extension EventFinder {
    /// True when an English move word stands between a preposition and "price(s)": "due to increased
    /// prices", "from higher prices" name a price, not its move ("Samsung increased prices" moves one).
    func priceNamedAsAThing(_ position: Int, end: Int) -> Bool {
        guard text.scalars[position].isASCII, end < text.count, text.scalars[end] == " ", text.matches(Self.price, at: end + 1),
            let before = wordBefore(position)
        else { return false }
        return Self.prepositions.contains { text.keys[before].elementsEqual($0) }
    }
    static let price = Array("price".unicodeScalars)
    static let prepositions = ["to", "of", "amid", "from", "on", "by", "with", "despite", "over", "for"].map { Array($0.unicodeScalars) }

    /// The product a price move is about: the nearest product word in its sentence.
    func product(near position: Int) -> String? {
        let sentence = text.sentence(containing: position)
        // "上调…电解液报价": the product is the one the price word follows, when the clause has one.
        let clause = text.clauseStart(before: position)..<min(sentence.upperBound, position + 30)
        // Read once, not at every position: each read of a static is a call on Linux.
        let (priceWords, productWords, names) = (Self.priceWords, Self.productWords, Self.productNames)
        // The price word nearest before the move ("DRAM合约价续涨 NAND晶圆现货价回落": 现货价, not 合约价), else the first after it.
        func isPriceWord(_ index: Int) -> Bool { priceWords.match(in: text, at: index, limit: clause.upperBound, wholeWord: false) != nil }
        let nearest = stride(from: min(position, clause.upperBound) - 1, through: clause.lowerBound, by: -1).first(where: isPriceWord)
            ?? (min(position, clause.upperBound)..<clause.upperBound).first(where: isPriceWord)
        if let index = nearest {
            var back = index - 1
            var found: (start: Int, word: Int)?
            while back >= max(clause.lowerBound, index - 12) {
                // The longest product ending there: "四氧化三钴" before "钴", "cobalt sulfate" before "sulfate".
                if let word = productWords.match(in: text, at: back, limit: index, wholeWord: false),
                    back + productWords.words[word].count >= (found.map { $0.start + productWords.words[$0.word].count } ?? index - 2)
                {
                    found = (back, word)
                }
                back -= 1
            }
            if let found, let name = names[found.word] { return name }
        }
        // "Spodumene concentrate with 6% lithium oxide delivered to China fell 2%": in English the product
        // the move's clause opens with is what moved, however near another stands.
        let opening = text.skippingSpaces(from: text.clauseStart(before: position))
        if text.scalars[position].isASCII, opening < position, let word = productWords.match(in: text, at: opening, limit: position, wholeWord: true),
            let name = names[word]
        {
            return name
        }
        var best: (distance: Int, name: String)?
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            guard let word = productWords.match(in: text, at: index, limit: sentence.upperBound, wholeWord: false) else {
                index += 1
                continue
            }
            // Measured from the product's nearer end: "碳酸锂连续提价" is about 碳酸锂, not the 锂 of a later 锂电池.
            let end = index + productWords.words[word].count
            let distance = end <= position ? position - end : abs(index - position)
            if let name = names[word], best == nil || distance < best!.distance { best = (distance, name) }
            // Past the whole product: the "锂" that ends "六氟磷酸锂" is no product of its own.
            index += productWords.words[word].count
        }
        if let best { return best.name }
        // "Spodumene concentrate moved the other way. Delivered prices for 6% material in China fell 3%": a
        // sentence naming no product goes on with the one its paragraph's sentence before opens with.
        let paragraph = text.paragraph(containing: position)
        guard sentence.lowerBound > paragraph.lowerBound else { return nil }
        let previous = text.sentence(containing: sentence.lowerBound - 1)
        let previousOpening = text.skippingSpaces(from: max(previous.lowerBound, paragraph.lowerBound))
        guard previousOpening < previous.upperBound,
            let word = productWords.match(in: text, at: previousOpening, limit: previous.upperBound, wholeWord: true)
        else { return nil }
        return names[word]
    }

    /// The company a move's clause opens with, when it moves a price of its own and names no product.
    /// ("南亚科持续上调价格": the company stands just before a verb that sets a price, not "the contract on an exchange climbed".)
    /// ("TSMC told clients it will hike prices": in English the sentence's company before the verb sets it.)
    func ownPrice(before position: Int, end: Int) -> String? {
        guard Self.priceSetting.contains(text.keyString(position..<end)) else { return nil }
        let sentence = text.sentence(containing: position)
        let reach = text.scalars[position].isASCII ? position - sentence.lowerBound : 8
        guard let name = names.last(where: { $0.isOrganization && $0.end <= position && position - $0.end <= reach }) else { return nil }
        return "price of " + text.string(name.start..<name.end)
    }
    static let priceSetting: Set<String> = [
        "上调", "下调", "调涨", "调降", "提价", "降价", "涨价", "调升", "hiked", "hike", "hikes", "raise prices", "raise its prices", "raise contract prices", "cut prices",
    ]

    /// The products a move is told of together, joined by "and" or "、" before it in its sentence
    /// ("DRAM and NAND flash, dropped by 15% and 28%"), when there are several.
    func products(before position: Int) -> [String] {
        let window = max(text.sentence(containing: position).lowerBound, position - 60)..<position
        let (productWords, productNames) = (Self.productWords, Self.productNames)
        var found: [(start: Int, end: Int, name: String)] = []
        var index = window.lowerBound
        while index < window.upperBound {
            if let word = productWords.match(in: text, at: index, limit: window.upperBound, wholeWord: true) {
                if let name = productNames[word] { found.append((index, index + productWords.words[word].count, name)) }
                index += productWords.words[word].count
            } else {
                index += 1
            }
        }
        // The last run of products with only a conjunction between each two.
        var names: [String] = []
        for (offset, product) in found.enumerated().reversed() {
            if let later = found.dropFirst(offset + 1).first {
                let between = String(text.string(product.end..<later.start).filter { $0 != " " }).lowercased()
                guard Self.conjunctions.contains(between) else { break }
            }
            if !names.contains(product.name) { names.append(product.name) }
        }
        return names.count > 1 ? names : []
    }
    /// "电池级碳酸锂报 79000 元/吨(-2000 元/吨)": a price list's change in brackets after a price, signed and
    /// per unit (a share of output or revenue, "(+12%)", is no price), as a move of the product before it.
    /// ("(持平)", unchanged, has no sign.)
    func bracketedPriceChanges() -> [Hit] {
        var hits: [Hit] = []
        let scalars = text.scalars
        // Asked of the text's numbers (a few dozen), not of every code point.
        for number in numbers where number.start >= 2 && hits.count < 200 {
            let sign = number.start - 1
            guard Self.signs.contains(scalars[sign]) else { continue }
            var open = sign - 1
            while open > 0, scalars[open] == " " { open -= 1 }
            guard scalars[open] == "(" || scalars[open] == "（" else { continue }
            // The closing bracket within a short unit after the figure, with a "/" of a per-unit price before it.
            var close = number.end
            var perUnit = false
            while close < min(scalars.count, number.end + 12), scalars[close] != ")", scalars[close] != "）", scalars[close] != "\n" {
                if scalars[close] == "/" { perUnit = true }
                close += 1
            }
            guard perUnit, close < scalars.count, scalars[close] == ")" || scalars[close] == "）" else { continue }
            // ("(-2000元/吨。)": a sentence's end inside the bracket; every step lies inside its sentence, which the
            // finders' ranges after a step count on.)
            guard close < text.sentence(containing: open).upperBound else { continue }
            hits.append(Hit(kind: .priceMove, start: open, end: close + 1, verb: open))
        }
        return hits
    }
    static let signs: Set<Unicode.Scalar> = ["+", "-", "−", "＋", "－"]

    static let conjunctions: Set<String> = ["and", ",", "、", "和", "与", "及", "以及", "or", ",and", "，"]
}
