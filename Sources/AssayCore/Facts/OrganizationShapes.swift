/// Organizations the gazetteer does not list, found by the shape of their names: capitalized
/// words before a legal form ("… Co., Ltd.", "… Inc.", "… Sdn. Bhd.") or a government's name
/// ("Zaozhuang Municipal Government"); Chinese characters before 有限公司, 集团, 人民政府, 管委会.
enum OrganizationShapes {
    /// Legal forms that end an English company name, as written (longest first).
    private static let legalForms = [
        "GmbH & Co. KG", "AG & Co. KG", "Sp. z o.o.", "S.A.U.", "(Private) Limited", "(Pvt) Ltd", "Co., Ltd.", "Co., Limited", "Co. Ltd.", "Co., Ltd", "Co.,Ltd.", "Company Limited", "Pty. Ltd.", "Pty Ltd", "Sdn. Bhd.",
        "Sdn Bhd", "Berhad", "Bhd.", "Inc.", "Incorporated", "Corp.", "Corporation", "Ltd.", "Limited", "LLC", "L.L.C.", "GmbH",
        "AG", "SE", "S.A.", "S.p.A.", "SpA", "N.V.", "B.V.", "plc", "PLC", "K.K.", "Oyj", "Oy", "ASA", "A/S", "Holdings", "Group",
        "Co.", "Corp", "Ltd", "Inc", "Pte. Ltd.", "Pte Ltd", "(Pty) Ltd", "Pvt. Ltd.", "Pvt Ltd", "Private Limited", "Kft.",
        "Zrt.", "Ltda.", "Ltda", "Lda.", "Lda", "S.r.l.", "Srl", "s.r.o.", "a.s.", "KG", "Tbk", "KK", "AB", "SAS", "S.A.S.", "Company", "UAB", "SIA", "d.o.o.", "S.L.", "AS",
    ]
    /// Words that end an English name of a government body or institution.
    /// ("Ministry of …" and other bodies named by what follows them come from the gazetteer.)
    private static let bodyForms = [
        "Municipal People's Government", "People's Government", "Municipal Government", "Provincial Government", "County Government",
        "City Government", "City Council", "Municipal Council", "County Council", "Regional Council", "Administrative Committee",
        "Management Committee", "County Commission", "Development Board", "Development Authority", "Finance Authority",
        "Association", "Alliance",
        "Federation", "Chamber of Commerce", "Agency", "University", "Institute",
    ]

    private static let allForms = legalForms + bodyForms
    private static let formPatterns = allForms.map { Array($0.unicodeScalars) }
    /// The forms for the facts' one pass (`FactWords`), which finds where they may start.
    static let formList = WordList(allForms)
    /// The forms by their ASCII first letter, in list order (longest first where it matters): a
    /// capital tries only the forms it can start.
    private static let formsByInitial: [[Int]] = (0..<128).map { code in
        allForms.indices.filter { allForms[$0].unicodeScalars.first?.value == UInt32(code) }
    }

    static func english(in text: FactText, words: WordOccurrences) -> [NameSpan] {
        var found: [NameSpan] = []
        var covered = 0
        let formsByInitial = Self.formsByInitial
        // Where a form's keys start (the facts' one pass found them): there it is compared as written.
        for position in words.starts(of: FactWords.Shared.organizationForms.slot) where position >= covered {
            // Forms start after a space, with an ASCII character.
            let scalar = text.scalars[position]
            guard position > 0, text.scalars[position - 1] == " ", scalar.isASCII, !formsByInitial[Int(scalar.value)].isEmpty else { continue }
            if let index = formsByInitial[Int(scalar.value)].first(where: {
                text.matchesExactly(formPatterns[$0], at: position) && endsWord(text, position + formPatterns[$0].count)
            }) {
                let form = allForms[index]
                var end = position + form.unicodeScalars.count
                // "Tesla, Inc.": the name ends before the comma.
                let stemEnd = position >= 2 && text.scalars[position - 2] == "," ? position - 2 : position - 1
                let start = afterEarlierName(text, text.capitalizedRun(endingAt: stemEnd), stemEnd)
                // "Association of …" is named by what follows: left to the gazetteer.
                let continues = text.matchesExactly(" of ", at: end)
                if start < stemEnd, !continues, isName(text, start..<stemEnd, form: form) {
                    // "Pty Ltd." takes its abbreviation's full stop; an acronym ("UAB.", "LLC.") ends the sentence.
                    let acronym = form.unicodeScalars.allSatisfy { $0.value >= 0x41 && $0.value <= 0x5A }
                    if !form.hasSuffix("."), !acronym, text.scalar(at: end) == ".", !FactText.endsSentence(text.scalars, end) { end += 1 }
                    found.append(NameSpan(start: start, end: end, role: .organization(canonical: nil)))
                    covered = end
                }
            }
        }
        return found
    }

    /// "Kisogawa Bonding Materials KK and Taiwan Power Company": a run through "and" that passes
    /// a legal form holds two names; this one starts after the joiner.
    private static func afterEarlierName(_ text: FactText, _ start: Int, _ end: Int) -> Int {
        var start = start
        var position = start
        while position < end {
            defer { position += 1 }
            guard text.matchesExactly(" and ", at: position) || text.matchesExactly(" & ", at: position) else { continue }
            let before = text.string(start..<position)
            if legalForms.contains(where: { before.hasSuffix(" " + $0) }) {
                start = position + (text.scalars[position + 1] == "&" ? 3 : 5)
            }
        }
        return start
    }

    /// Indonesian companies put their form first: "PT Teluk Biru Nickel Industry".
    static func prefixed(in text: FactText) -> [NameSpan] {
        var found: [NameSpan] = []
        var position = text.nextPosition(ofScalar: "P", "T", from: 0)
        while position + 4 < text.count {
            var next = position + 1
            if text.matchesExactly("PT ", at: position), position == 0 || !FactText.isLetter(text.scalars[position - 1]),
                let end = text.capitalizedRunForward(from: position + 3, maximumWords: 6), end - position > 6
            {
                var stop = end
                if text.matchesExactly(" Tbk", at: stop) { stop += 4 }
                found.append(NameSpan(start: position, end: stop, role: .organization(canonical: nil)))
                next = stop + 1
            }
            position = text.nextPosition(ofScalar: "P", "T", from: next)
        }
        return found
    }

    /// A name needs a word of its own before the form: "the Group" or "Holdings" alone are not names.
    private static func isName(_ text: FactText, _ stem: Range<Int>, form: String) -> Bool {
        // The first word and how many there are: no string but the first word's.
        let words = text.scalars[stem].split(separator: " ")
        guard let firstWord = words.first else { return false }
        let first = FactText.string(firstWord)
        guard !FactText.connectors.contains(first) else { return false }
        if ["Group", "Holdings", "Co.", "Company", "Agency", "University", "Institute"].contains(form) {
            // Bare forms need two words ("Formosa Plastics Group") or one that is not a common word.
            return words.count >= 2 || (words.count == 1 && first.count >= 4)
        }
        return true
    }

    private static func endsWord(_ text: FactText, _ end: Int) -> Bool {
        guard let next = text.scalar(at: end) else { return true }
        return !FactText.isLetter(next) && !FactText.isDigit(next)
    }

    // MARK: named after what they are

    /// "miner Vulcan Energy Resources", "Petrochemical firm Hanwha Total", "chipmaker Nexperia": a
    /// capitalized name right after a lower-case word for a kind of company is that company, in
    /// news English's usual apposition. Known places are not companies ("top supplier Chile").
    static func appositives(in text: FactText, places: [NameSpan]) -> [NameSpan] {
        var found: [NameSpan] = []
        let scalars = text.scalars
        let kinds = companyKinds
        // Asked at capitalized ASCII words after a space (a tenth of English words), by the word
        // before, packed into a number: one set lookup a word, no string made.
        for start in text.possibleStarts {
            let position = Int(start)
            // (The capital asked first: most starts fail it, a branch the processor predicts.)
            guard scalars[position].value &- 0x41 < 26, position >= 5, scalars[position - 1] == " ", found.count < 200 else { continue }
            var packed: UInt64 = 0
            var wordStart = position - 1
            while wordStart > 0, wordStart >= position - 12 {
                let value = scalars[wordStart - 1].value
                guard value &- 0x61 < 26 || value == 0x2D else { break }
                packed = packed << 5 | UInt64(value == 0x2D ? 27 : value - 0x60)
                wordStart -= 1
            }
            guard position - 1 - wordStart >= 4, wordStart == 0 || !FactText.isLetter(scalars[wordStart - 1]), kinds.contains(packed),
                !places.contains(where: { $0.start == position }), var end = text.capitalizedRunForward(from: position, maximumWords: 4)
            else { continue }
            // "firm Hanwha's plant": the name without its possessive.
            if end - position > 2, scalars[end - 1] == "s", scalars[end - 2] == "'" || scalars[end - 2] == "’" { end -= 2 }
            if scalars[end - 1] == "'" || scalars[end - 1] == "’" { end -= 1 }
            // ("One producer I visited": a name has two letters at least.)
            guard end - position >= 2 else { continue }
            found.append(NameSpan(start: position, end: end, role: .organization(canonical: nil)))
        }
        return found
    }

    /// "firm", "miner", "supplier", and the makers of goods ("chipmaker", "automaker"), each packed
    /// as the scan reads it (last letter first, five bits a letter). (Not "producer" or "developer":
    /// "producer John Shanks", "developer Tequila Works' Gylt" are a person and a game; nor "lawmaker"
    /// or "filmmaker", people.)
    private static let companyKinds: Set<UInt64> = Set(
        [
            "firm", "company", "miner", "supplier", "manufacturer", "refiner", "startup", "start-up", "conglomerate", "giant", "foundry",
            "smelter", "explorer", "chipmaker", "carmaker", "automaker", "batterymaker", "cellmaker", "toolmaker", "steelmaker",
            "truckmaker", "phonemaker", "drugmaker",
        ].map { word in
            word.unicodeScalars.reversed().reduce(UInt64(0)) { packed, scalar in
                packed << 5 | UInt64(scalar == "-" ? 27 : scalar.value - 0x60)
            }
        })

    // MARK: parties of an agreement

    /// The verb of a signing, found by the facts' one pass (`FactWords`).
    static let signedWord = WordList(["signed"])
    /// What a signing's sentence must name, read from the same pass.
    static let agreementWords = WordList(["agreement", "memorandum", "contract", "deal", "pact", "accord"])
    /// Matched only after a signing: in the one pass it would start a walk at every space.
    private static let withWord = WordList([" with "])
    private static let joiners = WordList([" and ", ", "])

    /// Organizations named without a legal form where they can only be organizations: the parties
    /// of a signed agreement ("Southwest Aluminum signed a … agreement with Zhongke Jiuwei and
    /// Northern Huachuang"). Names another finder knows (`known`) are left to it.
    static func agreementParties(in text: FactText, words: WordOccurrences, known: [NameSpan]) -> [NameSpan] {
        var found: [NameSpan] = []
        let length = signedWord.words[0].count
        var signings = 0
        for position in words.starts(of: FactWords.Shared.signedWord.slot) {
            guard position + length < text.count, signings < 200 else { break }
            guard position >= 1, text.scalars[position - 1] == " ", text.scalars[position + length] == " " else { continue }
            signings += 1
            let sentence = text.sentence(containing: position)
            guard words.contains(.agreementWords, in: position..<sentence.upperBound) else { continue }
            var parties: [Range<Int>] = []
            let subject = text.capitalizedRun(endingAt: position - 1, maximumWords: 4)
            if subject < position - 1 { parties.append(subject..<(position - 1)) }
            if let with = withWord.lastEnd(in: text, position..<min(sentence.upperBound, position + 120)) {
                var start = with
                while let end = text.capitalizedRunForward(from: start, maximumWords: 4) {
                    parties.append(start..<end)
                    guard let next = text.firstWord(of: joiners, at: end) else { break }
                    start = end + next.length
                }
            }
            // Words quoted are a person's, not the article's report of who signed.
            if text.insideQuotation(position) { continue }
            for party in parties where party.count >= 4 {
                let span = NameSpan(start: party.lowerBound, end: party.upperBound, role: .organization(canonical: nil))
                if !known.contains(where: { $0.overlaps(span) }) { found.append(span) }
            }
        }
        return found
    }

    // MARK: Chinese

    /// Suffixes of Chinese company names (simplified; traditional text is folded to them).
    private static let chineseCompanyForms = ["股份有限公司", "有限责任公司", "有限公司", "株式会社", "合同会社", "集团", "研究所", "研究院", "大学", "学院"]
    /// Suffixes of government bodies: accepted only after a place ("肥东县人民政府", "宜春市生态环境局").
    private static let chineseBodyForms = ["人民政府", "管委会", "管理委员会", "政府", "局", "厅", "委员会"]
    /// Characters and words a name does not run back across.
    static let chineseStops: Set<Unicode.Scalar> = [
        "与", "和", "及", "同", "向", "对", "由", "在", "为", "是", "被", "将", "把", "从", "于", "等", "的", "了", "让", "给", "跟", "、",
        "，", "。", "：", "；", "“", "”", "《", "》", "「", "」", "即", "或", "并", "且", "而", "至", "到", "自", "据", "称", "已", "以",
    ]
    static let chineseStopWords = [
        "旗下", "子公司", "母公司", "公司", "宣布", "表示", "签约", "签署", "携手", "联合", "牵头", "收购", "公告",
        "消息", "获悉", "日讯", "报讯", "记者", "落户", "位于", "入驻", "坐落", "建设", "参股", "持有", "拟", "计划", "引进", "发布",
        "上午", "下午", "今天", "昨日", "近日", "日前", "举行", "披露", "补助", "补贴", "核定", "通过", "审议", "支持", "奖励", "选定",
        "入选", "授予", "评为", "责令", "依法", "包括", "股东", "客户", "供应商", "制造商", "厂商", "国内", "厂", "设备商", "材料商",
        "代工商", "经销商", "贸易商", "服务商", "开发商", "承包商",
        // A descriptor before the name: "本地半導體初創企業港芯科技有限公司", "记忆体大厂华岳…", "锂电龙头…".
        "企业", "业者", "大厂", "龙头",
    ]
    private static let pronounStarts: Set<Unicode.Scalar> = ["该", "本", "这", "此", "其", "各", "全", "贵", "我", "某", "一", "两", "多"]

    private static let chineseForms = (chineseCompanyForms + chineseBodyForms).map { ($0, Array($0.unicodeScalars)) }
    /// The keys a form starts with: at any other character (most of a text) no form is tried.
    private static let chineseFormFirstKeys = KeyBits(chineseForms.map { $0.1[0] })
    private static let chineseStopPatterns = chineseStopWords.map { Array($0.unicodeScalars) }

    static func chinese(in text: FactText, places: [NameSpan]) -> [NameSpan] {
        guard text.hasHan else { return [] }
        var found: [NameSpan] = []
        // Read once, not at every character: each read of a static is a call on Linux.
        let firstKeys = chineseFormFirstKeys
        let forms = chineseForms
        var index = 0
        while index < text.count {
            guard FactText.isHan(text.scalars[index]), firstKeys.contains(text.keys[index]) else {
                index += 1
                continue
            }
            var matched = false
            for (form, pattern) in forms where text.keys[index] == pattern[0] && text.matches(pattern, at: index) {
                let end = index + pattern.count
                // Bodies' names hold 和 ("工业和信息化厅"); companies' names rarely do, and there it joins two names.
                let start = nameStart(before: index, text, joinedBy: chineseBodyForms.contains(form) ? ["和"] : [])
                guard index - start >= 2, !pronounStarts.contains(text.keys[start]) else { continue }
                // 大学生, 学院派: a student or a school of thought, not the institution.
                if form == "大学" || form == "学院", let next = text.scalar(at: end), ["生", "派", "毕", "教"].contains(FactText.key(of: next)) {
                    continue
                }
                // 布局, 格局, 当局: words that end in 局 without being a bureau.
                if form == "局", ["布", "格", "结", "当", "开", "大", "全", "战", "时", "政", "变", "破", "残", "赛", "棋", "出"].contains(text.keys[index - 1]) {
                    continue
                }
                if chineseBodyForms.contains(form) {
                    // A body is named after its place: the stem must start with one.
                    guard places.contains(where: { $0.start == start }) || startsWithAdministrativeName(text, start..<index) else { continue }
                }
                found.append(NameSpan(start: start, end: end, role: .organization(canonical: nil)))
                index = end
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        return found
    }

    /// Listed companies named with their stock code, as Taiwan, Hong Kong and mainland financial news
    /// write them: "朋程(8255)", "茂矽（2342）", "宁德时代(300750.SZ)". The code says a company stands
    /// there; the name is the Han run before it (2 to 6 characters, back to a descriptor: "晶圓代工廠茂矽").
    static func listed(in text: FactText) -> [NameSpan] {
        guard text.hasHan else { return [] }
        var found: [NameSpan] = []
        for open in 2..<max(2, text.count - 5) where text.scalars[open] == "(" || text.scalars[open] == "（" {
            var close = open + 1
            while close < text.count, close - open <= 7, text.scalars[close].isASCII, FactText.isDigit(text.scalars[close]) { close += 1 }
            // ("《锂电白皮书(2024)》": a year in a title names an edition.)
            guard (4...6).contains(close - open - 1), close < text.count, !EventFinder.insideBookTitle(text, open) else { continue }
            // An exchange after the code: ".TW", ".SZ", "-HK".
            if text.scalars[close] == "." || text.scalars[close] == "-" {
                var letters = close + 1
                while letters < text.count, letters - close <= 3, text.scalars[letters].isASCII, FactText.isLetter(text.scalars[letters]) { letters += 1 }
                close = letters
            }
            guard close < text.count, text.scalars[close] == ")" || text.scalars[close] == "）" else { continue }
            let start = nameStart(before: open, text, maximum: 6)
            guard open - start >= 2, (start..<open).allSatisfy({ FactText.isHan(text.scalars[$0]) }), !pronounStarts.contains(text.keys[start]) else { continue }
            // The Han run must start there: a longer run is a sentence before the code, not a name.
            guard start == 0 || !FactText.isHan(text.scalars[start - 1]) || chineseStops.contains(text.keys[start - 1])
                || chineseStopPatterns.contains(where: { text.matches($0, at: start - $0.count) })
            else { continue }
            found.append(NameSpan(start: start, end: open, role: .organization(canonical: nil)))
        }
        return found
    }

    /// Walks back from `end` over Han characters (and bracketed parts: "（深圳）") to where a name starts.
    static func nameStart(before end: Int, _ text: FactText, maximum: Int = 24, joinedBy joiners: Set<Unicode.Scalar> = []) -> Int {
        var start = end
        while start > 0 && end - start < maximum {
            let scalar = text.keys[start - 1]
            if scalar == "）" || scalar == ")" {
                // A bracketed place inside the name: jump over it.
                var open = start - 1
                while open > 0 && text.keys[open] != "（" && text.keys[open] != "(" && start - open < 8 { open -= 1 }
                guard text.keys[open] == "（" || text.keys[open] == "(" else { break }
                start = open
                continue
            }
            guard FactText.isHan(text.scalars[start - 1]), !chineseStops.contains(scalar) || joiners.contains(scalar) else { break }
            if chineseStopPatterns.contains(where: { text.matches($0, at: start - $0.count) }) {
                break
            }
            start -= 1
        }
        return start
    }

    /// "宜春市…", "肥东县…": a stem that starts with a name ending in an administrative suffix.
    private static func startsWithAdministrativeName(_ text: FactText, _ stem: Range<Int>) -> Bool {
        for position in (stem.lowerBound + 1)..<min(stem.upperBound, stem.lowerBound + 6) where PlaceShapes.isAdministrativeSuffix(text.keys[position]) {
            return position - stem.lowerBound >= 1
        }
        return false
    }
}
