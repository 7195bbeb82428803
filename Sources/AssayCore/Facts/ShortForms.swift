/// The shorter forms an article may use for a company it first names in full: without its place,
/// legal form and trade words. "Zhejiang Lanbo Sodium Energy Materials Co., Ltd." → "Lanbo Sodium
/// Energy Materials", …, "Lanbo"; "常州璟膜新材料科技有限公司" → "璟膜新材料科技", "璟膜新材料", "璟膜".
enum ShortForms {
    /// Legal forms, as code points: every name's last word is compared with them, no string built.
    private static let englishLegalWords = runs([
        "Co.,", "Co.", "Co", "Ltd.", "Ltd", "Limited", "Inc.", "Inc", "Corp.", "Corporation", "LLC", "GmbH", "AG", "SE", "Pty",
        "Pty.", "Sdn.", "Sdn", "Bhd.", "Bhd", "Berhad", "plc", "PLC", "Group", "Holdings", "Company", "S.A.", "N.V.", "B.V.", "K.K.",
        "Co.,Ltd.", "Oy", "Oyj", "ASA",
    ])
    /// Words that say what a company does: a short form never starts with one.
    private static let tradeWords = runs([
        "New", "Advanced", "Global", "International", "China", "National", "General", "United", "Energy", "Power", "Technology",
        "Technologies", "Materials", "Material", "Battery", "Batteries", "Lithium", "Sodium", "Semiconductor", "Electronics",
        "Electric", "Chemical", "Chemicals", "Solutions", "Systems", "Industries", "Industrial", "Resources", "Mining", "Metals",
        "Refining", "Graphite", "Packaging", "Municipal", "People's", "Provincial", "County", "City", "Government", "Sci-Tech",
        "Science", "High-tech", "Hi-Tech", "Development", "Investment", "Holding", "Green", "Smart", "Precision", "Micro", "Clean",
        "Aluminum", "Aluminium", "Copper", "Steel", "Nickel", "Cobalt", "Silicon", "Vacuum", "Microelectronics", "Equipment", "Motor",
        "Motors", "Auto", "Automotive", "Solar", "Photovoltaic", "Storage", "Cell", "Cells", "Chip", "Chips", "Display", "Optical",
        "Nonferrous", "Rare", "Earth", "Northern", "Southern", "Eastern", "Western", "Central", "North", "South", "East", "West",
    ])
    /// Legal forms and trade words as keys (`stripSuffixes` compares keys), in the order they are tried.
    private static let chineseLegalForms = ["股份有限公司", "有限责任公司", "有限公司", "集团", "控股", "股份"].map { Array($0.unicodeScalars) }
    private static let chineseTradeWords = [
        "科技", "技术", "新材料", "新能源", "材料", "实业", "发展", "工业", "电子", "能源", "投资", "制造", "电池", "化工", "半导体",
        "集成电路", "微电子", "贸易", "国际", "产业",
    ].map { Array($0.unicodeScalars) }
    private static let chineseTradeWordsAndLegalForms = chineseTradeWords + chineseLegalForms

    static func candidates(of name: [Unicode.Scalar], places: CompiledGazetteer) -> [[Unicode.Scalar]] {
        guard let first = name.first else { return [] }
        return FactText.isHan(first) ? chinese(name, places) : english(name, places)
    }

    private static func english(_ name: [Unicode.Scalar], _ places: CompiledGazetteer) -> [[Unicode.Scalar]] {
        // A name written without a legal form is already the short one: most names, told by their
        // last word before the name is cut into words.
        var lastEnd = name.count
        while lastEnd > 0 && name[lastEnd - 1] == " " { lastEnd -= 1 }
        var lastStart = lastEnd
        while lastStart > 0 && name[lastStart - 1] != " " { lastStart -= 1 }
        let lastWord = name[lastStart..<lastEnd]
        guard lastWord.elementsEqual([","]) || englishLegalWords.contains(ScalarRun(lastWord)) else { return [] }
        // Words as slices of the name: no string is made but for the place test of a leading word.
        var words = name.split(separator: " ")
        let written = words.count
        while let last = words.last, englishLegalWords.contains(ScalarRun(last)) || last.elementsEqual([","]) { words.removeLast() }
        guard words.count < written else { return [] }
        if let last = words.last, last.last == "," { words[words.count - 1] = last.dropLast() }
        // Government bodies keep their full name: "Zaozhuang" alone is the city, not its government.
        if words.contains(where: { Self.bodyWords.contains(ScalarRun($0)) }) { return [] }
        while let first = words.first, tradeWords.contains(ScalarRun(first)) || places.isPlace(FactText.string(first)) { words.removeFirst() }
        guard let first = words.first, FactText.string(first).count >= 3, !tradeWords.contains(ScalarRun(first)) else { return [] }
        var forms: [[Unicode.Scalar]] = []
        var form: [Unicode.Scalar] = []
        var ends: [Int] = []
        for (index, word) in words.enumerated() {
            if index > 0 { form.append(" ") }
            form += word
            ends.append(form.count)
        }
        for end in ends.reversed() where !form[..<end].elementsEqual(name) { forms.append(Array(form[..<end])) }
        return forms
    }

    private static let bodyWords = runs(["Government", "Committee"])

    private static func runs(_ words: [String]) -> Set<ScalarRun> { Set(words.map { ScalarRun(Array($0.unicodeScalars)) }) }

    private static func chinese(_ name: [Unicode.Scalar], _ places: CompiledGazetteer) -> [[Unicode.Scalar]] {
        var stem = name
        // Bracketed parts ("（深圳）") are places inside the name.
        if let open = stem.firstIndex(where: { $0 == "（" || $0 == "(" }), let close = stem[open...].firstIndex(where: { $0 == "）" || $0 == ")" }) {
            stem.removeSubrange(open...close)
        }
        if chineseBody(stem) { return [] }
        stripSuffixes(&stem, chineseLegalForms)
        // A leading place, with or without its administrative suffix ("常州", "江西省").
        for length in stride(from: min(stem.count - 2, 6), through: 2, by: -1) where length > 0 {
            if places.isPlace(FactText.string(stem[0..<length])) {
                stem.removeFirst(length)
                if let first = stem.first, PlaceShapes.isAdministrativeSuffix(FactText.key(of: first)) { stem.removeFirst() }
                break
            }
        }
        var forms: [[Unicode.Scalar]] = []
        while stem.count >= 2 {
            if stem != name { forms.append(stem) }
            guard stripSuffixes(&stem, chineseTradeWordsAndLegalForms, once: true) else { break }
        }
        return forms
    }

    private static func chineseBody(_ stem: [Unicode.Scalar]) -> Bool {
        let text = FactText.string(stem.map { FactText.key(of: $0) }[...])
        return ["政府", "管委会", "委员会", "局", "厅"].contains { text.hasSuffix($0) }
    }

    /// Removes trailing `words` (compared as keys); with `once`, one of them. True when one went.
    @discardableResult
    private static func stripSuffixes(_ stem: inout [Unicode.Scalar], _ words: [[Unicode.Scalar]], once: Bool = false) -> Bool {
        var removed = false
        var again = true
        while again {
            again = false
            for pattern in words {
                if stem.count > pattern.count + 1, zip(stem.suffix(pattern.count), pattern).allSatisfy({ FactText.key(of: $0) == $1 }) {
                    stem.removeLast(pattern.count)
                    removed = true
                    again = !once
                    break
                }
            }
        }
        return removed
    }
}
