/// A step word's own conditions: a named party, a price word, an agreement word, a company bought
/// rather than goods, a government measure rather than a cited law.
extension EventFinder {
    /// Steps a named party takes: an industry talked of in general ("several makers broke ground
    /// this year") has none in the paragraph.
    static let takenByParty: EventKinds = [
        .constructionStart, .toppingOut, .equipmentMoveIn, .productionStart, .acquisition, .closureOrHalt, .agreementSigned,
        .investmentAnnounced,
    ]

    static let tradeInTools = WordList(["curbs", "sales", "exports", "export", "ban", "bans", "restrictions", "controls", "shipments"])
    static let structureMilestones: EventKinds = [.toppingOut, .equipmentMoveIn]
    static let anyQuantityMoves: Set<String> = ["increased", "decreased", "up by", "down by"]

    /// True when an organization is named in `range`.
    func namesAParty(_ range: Range<Int>) -> Bool { names.contains { $0.isOrganization && range.contains($0.start) } }

    /// True when the paragraph before `paragraph` (past blank lines) names an organization.
    func previousParagraphNamesACompany(_ paragraph: Range<Int>) -> Bool {
        var last = paragraph.lowerBound - 1
        while last > 0, text.scalars[last] == "\n" || text.scalars[last] == " " { last -= 1 }
        guard last > 0 else { return false }
        let previous = text.paragraph(containing: last)
        return names.contains { $0.isOrganization && previous.contains($0.start) }
    }

    /// Checks a trigger's own conditions: prices need a price word, agreements an agreement word…
    func fits(_ kind: Kind, at start: Int, end: Int) -> Bool {
        let sentence = text.sentence(containing: start)
        if Self.takenByParty.contains(kind) {
            let paragraph = text.paragraph(containing: start)
            // ("Construction on Ford's battery plant hit a milestone on Wednesday. / Company representatives held
            // a topping out ceremony": a structure's milestone goes on from the paragraph before.)
            guard names.contains(where: { paragraph.contains($0.start) }) || pointsBack(paragraph) || namedSubject(before: start)
                || namedProject(in: sentence) || namedSite(before: start)
                || Self.structureMilestones.contains(kind) && previousParagraphNamesACompany(paragraph)
            else { return false }
        }
        let clause = text.clauseStart(before: start)..<min(sentence.upperBound, end + 40)
        switch kind {
        case .priceMove:
            // "as low nickel prices cut into margins": a price eating into something moves nothing itself.
            if text.matchesExactly(" into ", at: end) { return false }
            // "漲幅呈現擴大態勢": the rise as a noun is a move only with its amount in the clause, or a
            // percentage in the clause before ("季增45%，涨幅创历史新高").
            if text.keys[end - 1] == "幅" {
                let opening = text.clauseStart(before: start)
                let previous = opening > sentence.lowerBound ? text.clauseStart(before: opening - 1)..<opening : opening..<opening
                // (A date's digits are no amount: "1月以来存储芯片涨幅呈现扩大态势".)
                let amountEnd = text.clauseEnd(after: end)
                if !(opening..<amountEnd).contains(where: { digit in
                    guard FactText.isDigit(text.scalars[digit]) else { return false }
                    var after = digit + 1
                    while after < amountEnd, FactText.isDigit(text.scalars[after]) { after += 1 }
                    return after >= amountEnd || !["年", "月", "日"].contains(text.scalars[after])
                }),
                    !previous.contains(where: { text.scalars[$0] == "%" || text.scalars[$0] == "％" })
                {
                    return false
                }
            }
            // "DRAM的价格持续上涨,也将推升…", "現貨價格持續上揚，主因…": a trend told without its amount is the
            // background of the news, not a move ("持续上调价格": a company setting its own price is one).
            // ("存儲芯片價格持續上漲": the trend word may be the trigger's own.)
            if FactText.isHan(text.scalars[start]), precededBy(Self.trends, start) || Self.trends.contains(where: { text.contains(keys: $0, in: start..<end) }),
                !(end..<text.clauseEnd(after: end)).contains(where: { FactText.isDigit(text.scalars[$0]) }),
                !words.contains(Context.priceWords.rawValue, in: end..<min(sentence.upperBound, end + 3))
            {
                return false
            }
            // "with contract prices … rising about 15% from February": a participle moves a price only by an
            // amount told right after it ("amid rising prices", "falling demand" name a state), and only when
            // it is the sentence's first move ("fell for a fifth session, with spot offers dropping to…" tells
            // that move again; "have plummeted over the past year, with chemical prices falling…" its time).
            if end - start > 3, text.keys[end - 3] == "i", text.keys[end - 2] == "n", text.keys[end - 1] == "g",
                !(end..<min(text.clauseEnd(after: end), end + 16)).contains(where: { FactText.isDigit(text.scalars[$0]) })
                    || words.contains(Context.triggerWords.rawValue, in: sentence.lowerBound..<start)
            {
                return false
            }
            // "Tianqi Lithium rose 4.1%": a company that opens the clause and moves is its shares, whatever
            // its name holds ("futures on the Guangzhou Futures Exchange rose" are futures).
            // ("Tinci lifted its list price" moves a price: the step's own words name it.)
            // ("南亚科持续上调价格": a price named right after the verb is the company's own price.)
            // ("…融捷股份、天齐锂业跌超4%": in Chinese a company right before the move is its shares, first in its clause or not.)
            // ("Australian lithium miner PLS rises on …": a company named after its kind opens no clause, and moves as much.)
            // ("Kestrel hiked chip prices": a verb that sets a price moves no shares.)
            if !words.contains(Context.priceWords.rawValue, in: start..<min(sentence.upperBound, end + 3)),
                !Self.priceSetting.contains(text.keyString(start..<end)),
                let subject = names.first(where: { $0.isOrganization && $0.end <= start && start - $0.end <= 2 }),
                text.skippingSpaces(from: text.clauseStart(before: start)) == subject.start || FactText.isHan(text.scalars[start])
                    || (namedAfterItsKind(subject) && !words.contains(Context.priceWords.rawValue, in: end..<text.clauseEnd(after: end)))
            {
                return false
            }
            // "雅保 (ALB-US) 應聲大漲 11%", "…(002240.SZ)等涨超7%": a stock's ticker right before the move.
            if tickerBefore(start) { return false }
            // "demand for 150mm wafers has declined": demand or sales moving, with no price between it and the verb.
            // ("as demand from makers of lithium manganese iron phosphate cathode eased"; "Profit … fell 73%".)
            // (A move opening its clause has its subject before an apposition: "Profit at SQM, the world's second-largest producer, fell".)
            let subjectFrom = text.skippingSpaces(from: clause.lowerBound) == start ? sentence.lowerBound : clause.lowerBound
            if let volume = wordStarts(in: max(subjectFrom, start - 80)..<start, of: Self.volumeWords).last,
                !words.contains(Context.priceWords.rawValue, in: volume..<start)
            {
                return false
            }
            // "The lithium yield has increased from 75 percent": words said of any quantity move a price only with a price word.
            if Self.anyQuantityMoves.contains(text.keyString(start..<end)) { return words.contains(Context.priceWords.rawValue, in: sentence) }
            // "lithium carbonate fell", "prices rose": a price word in the sentence or a product in the clause.
            // ("Lithium hexafluorophosphate, the main electrolyte salt, slipped 2%": the subject may stand before an apposition.)
            let priced = words.contains(Context.priceWords.rawValue, in: sentence)
                || words.contains(Context.productWords.rawValue, in: clause.lowerBound..<start)
                || Self.productWords.match(in: text, at: text.skippingSpaces(from: sentence.lowerBound), wholeWord: true) != nil
            // ("Imports of spodumene concentrate fell": a volume that opens the clause moves, not a price.)
            guard priced, !namesShares(in: max(clause.lowerBound, start - 60)..<min(clause.upperBound, end + 20)) else { return false }
            // ("滙鋰股價今早高開，一度急升逾12%": a Chinese clause with no subject of its own goes on with the one before.)
            if FactText.isHan(text.scalars[start]), !words.contains(Context.priceWords.rawValue, in: clause.lowerBound..<start),
                !words.contains(Context.productWords.rawValue, in: clause.lowerBound..<start),
                namesShares(in: min(max(sentence.lowerBound, start - 60), clause.lowerBound)..<clause.lowerBound)
            {
                return false
            }
            return true
        case .productionStart:
            let word = text.keyString(start..<end)
            // "installed the first batch of equipment", "completed loading the first batch of concentrate": tools moving in, a cargo shipped.
            if word == "first batch" {
                let around = max(clause.lowerBound, start - 30)..<min(clause.upperBound, end + 30)
                if !wordStarts(in: around, of: Self.notProduced).isEmpty { return false }
            }
            // "the plant was commissioned", "commissioned its second line": what is commissioned is a plant, a line or a
            // capacity ("600 of 850 rooms have been commissioned", "commissioned a study" are not). The passive's
            // thing stands before the verb, the active's after it.
            if word == "commissioned" {
                let passive = wordBefore(start).map { before in Self.passiveAuxiliaries.contains { text.keys[before].elementsEqual($0) } } ?? false
                let thing = passive ? max(clause.lowerBound, start - 40)..<start : end..<min(clause.upperBound, end + 40)
                return !wordStarts(in: thing, of: Self.builtThings).isEmpty || capacities.contains { thing.contains($0.offset) }
            }
            // "opened a 300 million dollar lithium processing plant": a plant opened is one set going; "opened talks" is not.
            guard Self.opening.contains(word) else { return true }
            let object = end..<min(clause.upperBound, end + 45)
            return !wordStarts(in: object, of: Self.openedPlants).isEmpty && wordStarts(in: object, of: Self.notOpenedPlants).isEmpty
        case .agreementSigned:
            // "contracts signed in the fourth quarter": a participle after its noun describes it.
            if end - start >= 2, text.keys[end - 2] == "e", text.keys[end - 1] == "d", let noun = text.previousWord(before: start)?.lowercased(), Self.agreementNouns.contains(noun) { return false }
            // "entered into an agreement to acquire …": an agreement to buy is the purchase.
            // (To buy goods is a supply deal: the object bought is a company or a stake.)
            if let bought = words.lastEnd(Context.buyingWords.rawValue, in: end..<min(sentence.upperBound, end + 80)),
                acquiring(endingAt: bought) || words.contains(Context.ownershipWords.rawValue, in: bought..<min(sentence.upperBound, bought + 40))
                    || namesACompany(bought..<min(sentence.upperBound, bought + 40))
                    // ("签署钠电池采购协议，同兴科技宣布…": the company must be bought in the buying word's clause.)
                    || names.contains(where: { $0.isOrganization && (bought..<min(bought + 20, text.clauseEnd(after: bought))).contains($0.start) })
            {
                return false
            }
            // "has signed supply agreements totaling 9 GWh with integrators": agreements counted in the perfect,
            // with no party named after them, are a tally of business, not one signed now ("five projects
            // signed agreements with local authorities" on a day is).
            // "signed a 50-year lease for 85 acres": a site rented from no one named is no deal of the supply
            // chain (a lease with a development corporation is the project's agreement with the zone).
            if text.scalars[start].isASCII, !wordStarts(in: end..<min(sentence.upperBound, end + 30), of: Self.leases).isEmpty,
                !namesAParty(end..<sentence.upperBound)
            {
                return false
            }
            if text.scalars[start].isASCII, let auxiliary = wordBefore(start), Self.perfectAuxiliaries.contains(where: { text.keys[auxiliary].elementsEqual($0) }),
                !wordStarts(in: end..<min(sentence.upperBound, end + 40), of: Self.pluralAgreements).isEmpty,
                !namesAParty(end..<sentence.upperBound)
            {
                return false
            }
            // "entered into a placing agreement with the placing agents", "签署贷款协议": raising money is no supply-chain deal.
            if raisesMoney(text.clauseStart(before: start)..<min(sentence.upperBound, end + 80)) { return false }
            // "签约" is itself to sign a contract: "签约仪式", "现场签约".
            return text.contains(keys: Self.memorandum, in: start..<end) || text.contains(keys: Self.contractSigning, in: start..<end)
                || words.contains(Context.agreementWords.rawValue, in: sentence)
        case .policy:
            // "according to a report published Thursday": a report's publication is no measure.
            if let noun = wordBefore(start), Self.documentNouns.contains(where: { text.keys[noun].elementsEqual($0) }) { return false }
            // "The court upheld anti-dumping duties": a ruling on a measure in force is no new one.
            if !wordStarts(in: clause.lowerBound..<start, of: Self.rulings).isEmpty { return false }
            // "不构成《…管理办法》规定的…", "根据《…条例》": a law cited is no new measure.
            if citedTitle(at: start) { return false }
            // "issued a statement", "unveiled the first map of Titan": a verb of making public is a
            // measure only when a measure or its money is named around it ("the rule, issued by", "unveiled 1.5 trillion won of loans").
            // ("Chinese competitors, backed by state subsidies, add capacity": a participle describes.)
            if text.keys[start] == "b", text.matchesExactly(" by", at: start + 6),
                !(wordBefore(start).map { word in Self.passiveAuxiliaries.contains { text.keys[word].elementsEqual($0) } } ?? false)
            {
                return false
            }
            // "it would provide up to 640 billion yen in additional support": what a government provides is a
            // measure when it is money ("Tamil Nadu would provide land", "would provide Graphex with three
            // blocks of factory buildings" are an agreement's terms).
            if text.keyString(start..<end).hasSuffix("provide"), !money.contains(where: { (end..<min(text.clauseEnd(after: end), end + 60)).contains($0.offset) }) {
                return false
            }
            if Self.publishing.contains(text.keyString(start..<end)) {
                // ("The council's previous forecast, issued in July,": the thing issued stands before the comma.)
                var comma = start - 1
                while comma > 0, text.scalars[comma] == " " { comma -= 1 }
                if comma > 0, text.scalars[comma] == "," {
                    var word = comma
                    while word > 0, text.scalars[word - 1].isASCII, FactText.isLetter(text.scalars[word - 1]) { word -= 1 }
                    if word < comma, Self.publishedMeasures.match(in: text, at: word, limit: comma, wholeWord: true) == nil { return false }
                }
                let around = text.clauseStart(before: start)..<min(sentence.upperBound, end + 80)
                guard !wordStarts(in: around, of: Self.publishedMeasures).isEmpty || money.contains(where: { around.contains($0.offset) }) else { return false }
            }
            // "the shareholders of Neo Lithium have approved the transaction", "approved by both boards": a company's own approval.
            if text.keyString(start..<end).hasPrefix("approv"),
                !wordStarts(in: clause.lowerBound..<min(clause.upperBound, end + 30), of: Self.corporateBodies).isEmpty
            {
                return false
            }
            // ("Japan approved as much as ¥590 billion in subsidies to Rapidus": a country right before the verb acts as its state.)
            return words.contains(Context.governmentWords.rawValue, in: sentence)
                || text.scalars[start].isASCII && names.contains { name in
                    guard case .place(.country, _) = name.role else { return false }
                    // ("Taiwan's TSMC approved capital appropriations": a company between acts for itself.)
                    return name.start >= clause.lowerBound && name.end <= start && start - name.end <= 16
                        && !names.contains { $0.isOrganization && $0.start >= name.end && $0.start < start }
                }
        case .capacityExpansion:
            // An expansion is of capacity, by a named company: "部分厂商新增产能" of an unnamed industry is no event.
            let paragraph = text.paragraph(containing: start)
            // ("在现有厂区建设年产3.6万吨…": building at a site adds capacity only when what is built makes something;
            // "在现有厂区建设研发中心" does not.)
            if Self.buildingAtASite.contains(text.keyString(start..<end)),
                !capacities.contains(where: { $0.offset >= end && $0.offset < sentence.upperBound }),
                !Self.makingWords.contains(where: { text.contains(keys: $0, in: end..<min(sentence.upperBound, end + 30)) })
            {
                return false
            }
            // ("公司将投资9.6亿元…实施技改扩建": "the company" of the sentence is the article's.)
            // ("intends to expand its footprint in LFP cathodes": a presence grown, not a capacity.)
            if expandsAPresence(after: end, in: sentence) { return false }
            // "The acquisition more than doubles Circulon's pre-processing capacity": a purchase's effect, not a plant grown.
            if !wordStarts(in: clause.lowerBound..<start, of: Self.purchases).isEmpty { return false }
            // "as part of its ongoing global expansion", "commentary on capacity expansion": the bare noun
            // names an expansion with its figure or budget ("its expansion to 40 GWh", "an expansion plan worth NT$100 billion"), or none.
            if Self.bareExpansion.contains(where: { text.keys[start..<end].elementsEqual($0) }),
                !capacities.contains(where: { sentence.contains($0.offset) }), !money.contains(where: { sentence.contains($0.offset) })
            {
                return false
            }
            // "将限制其新增产能", "curbs on its expansion": an expansion held back is none.
            if !wordStarts(in: max(clause.lowerBound, start - 16)..<start, of: Self.limiting).isEmpty { return false }
            // "the new plant will add 300,000 more jobs": people hired right after the verb, not capacity
            // ("will double the site's chipmaking capacity and add 1,000 jobs" grows a capacity).
            let object = end..<min(text.clauseEnd(after: end), end + 25)
            if text.scalars[start].isASCII, let hired = wordStarts(in: object, of: Self.jobs).first,
                !text.string(end..<hired).contains(" and "), !capacities.contains(where: { object.contains($0.offset) })
            {
                return false
            }
            // "A second line would increase its capacity": what would follow is a consequence, not a step.
            if let verb = wordBefore(start), text.keys[verb].elementsEqual("would".unicodeScalars) { return false }
            // ("…to more than double its production of separators": the purpose says what grows.)
            return (words.contains(Context.expansionWords.rawValue, in: sentence) || !wordStarts(in: end..<sentence.upperBound, of: Self.growingPurposes).isEmpty
                || !wordStarts(in: end..<sentence.upperBound, of: Self.chineseGrowingPurposes).isEmpty)
                && (names.contains { $0.isOrganization && paragraph.contains($0.start) } || pointsBack(sentence))
        case .closureOrHalt:
            // "to close" and "closure" are of a plant, not of a deal ("expected to close in June");
            // a bare "suspended" or 暂停 is of production, not of quotes or talks ("暂停对外报价").
            let word = text.keyString(start..<end)
            let bare = ["suspended", "suspends", "suspension", "halted", "halts", "暂停", "停工"].contains(word)
            // "Different consumers were shut down this week due to national holidays": a holiday's pause is routine.
            if !wordStarts(in: clause, of: Self.holidays).isEmpty { return false }
            // "a planned hub in Georgia was put on hold": a plant not yet built stops no production.
            if !wordStarts(in: clause.lowerBound..<start, of: Self.plannedThings).isEmpty { return false }
            // "where production has been suspended since August": a state lasting since then, not news of a halt.
            if text.matchesExactly(" since ", at: end) { return false }
            // "has halted the metal's exports" is an export ban.
            if text.contains(keys: Self.export, in: start..<min(sentence.upperBound, end + 30)) { return false }
            guard bare || text.contains(keys: Self.close, in: start..<end) || text.contains(keys: Self.closure, in: start..<end) else { return true }
            // ("模组厂暂停报价", "suspended trading": what a bare halt stops, when named right after it, is not production.)
            if bare, Self.notProduction.match(in: text, at: text.skippingSpaces(from: end), limit: min(text.count, end + 12), wholeWord: true) != nil {
                return false
            }
            // ("青岚已宣布三元厂全面停工": a plant named in the clause.)
            return (words.contains(Context.facilityWords.rawValue, in: clause) || namedSite(before: start)) && !words.contains(Context.dealWords.rawValue, in: clause)
        case .acquisition:
            guard !words.contains(Context.landWords.rawValue, in: sentence) else { return false }
            // "upgraded the stock to buy": a rating, not a purchase.
            if !wordStarts(in: max(clause.lowerBound, start - 40)..<start, of: Self.ratings).isEmpty { return false }
            // "ESMC is a joint venture led by TSMC, with … each taking a 10% stake": who owns a company, described.
            if Self.ownershipDescriptions.contains(where: { text.contains(keys: $0, in: sentence.lowerBound..<start) }) { return false }
            // A stake held is no purchase: "which holds a 15% stake in the company".
            if words.contains(Context.holdingWords.rawValue, in: max(clause.lowerBound, start - 40)..<start) { return false }
            // Buying needs a company or a stake bought: "agreed to buy lithium carbonate" is a supply deal.
            // "a plan to buy back 1.5% of its shares" is a buyback.
            // ("It takes up 15-20% of the cost": to occupy, not to buy.)
            if text.matchesExactly(" back", at: end) || text.contains(keys: Self.buyBack, in: start..<end) || text.contains(keys: Self.spacedUp, in: start..<end) {
                return false
            }
            // "its stake sold to Kestrel", "Sixty percent of Zeeland Wafer Services B.V. … has been sold to", not
            // "any chips sold to Huawei": what is sold, a stake or a business, stands before the buyer in the
            // sentence; in Chinese in the clause ("将所持51%股权出售予…", not "部分設備將出售予海外買家": a
            // company's own name earlier in the sentence sells nothing).
            let chinese = Self.chineseSales.contains(text.keyString(start..<end))
            if chinese || text.keys[start] == "s" && text.matches(Self.soldTo, at: start) {
                let before = (chinese ? text.clauseStart(before: start) : sentence.lowerBound)..<start
                return words.contains(Context.ownershipWords.rawValue, in: before)
            }
            guard Self.bareBuying.contains(text.keyString(start..<end)) else { return true }
            // "has officially been acquired by Infineon": the passive's subject is the company bought.
            if let before = wordBefore(start), Self.passiveAuxiliaries.contains(where: { text.keys[before].elementsEqual($0) }) { return true }
            // The company bought is named right after the verb ("to acquire Kestrel Ltd."), not after
            // the goods ("to buy lithium carbonate from Salar Verde").
            let object = end..<min(text.count, end + 20)
            return words.contains(Context.ownershipWords.rawValue, in: max(clause.lowerBound, start - 40)..<min(clause.upperBound, end + 60))
                || names.contains { $0.isOrganization && object.contains($0.start) }
                // ("to acquire Lithea, an Argentina-focused mining firm": the kind may follow the name in an apposition.)
                || namesACompany(end..<min(sentence.upperBound, end + 60))
                // ("is to buy GaN Systems of Canada": a name of capitalized words the gazetteer does not know.)
                || capitalizedName(at: end)
        case .investmentAnnounced:
            // "will spend $1.4 billion on a factory", not "will spend the day": spending is an investment when money follows.
            // "拟斥资14.7亿元收购…股权", "will spend $2bn to acquire": money for a purchase is the acquisition.
            if Self.purchaseWords.contains(where: { text.contains(keys: $0, in: end..<min(sentence.upperBound, end + 24)) }) { return false }
            // "will spend 4 trillion won … to expand production": the budget of an expansion is that expansion.
            // ("will invest $134.9 million as growth capital": money for a company, not a plant.)
            if !wordStarts(in: end..<min(sentence.upperBound, end + 80), of: Self.notANewPlant).isEmpty { return false }
            // "投资建设年产3万吨…项目已完成建设": the investment of a project told as done.
            if !wordStarts(in: end..<min(sentence.upperBound, end + 40), of: Self.completed).isEmpty { return false }
            // "计划总投资50亿元": a project's total, told to describe it.
            if end >= 3, text.keys[end - 3] == "总", text.keys[end - 2] == "投", text.keys[end - 1] == "资" { return false }
            // "will invest about $300m annually": a yearly spend keeps an operation going; it builds nothing new.
            if !wordStarts(in: end..<min(sentence.upperBound, end + 30), of: Self.yearly).isEmpty { return false }
            // "aims to build an additional 500,000 EVs": building is an investment when a plant, its capacity or its money follows.
            // ("picked Illinois for a $2 billion gigafactory": a site chosen for a plant, not a supplier picked.)
            // ("continue to pour fuel on the fire", "suspect of committing the assassination": pouring and committing are of money or a plant.)
            if Self.buildingWords.contains(where: { text.contains(keys: $0, in: start..<end) }) || Self.siting.contains(text.keyString(start..<end))
                || Self.figurative.contains(text.keyString(start..<end))
            {
                // ("planning to set up a new subsidy program to support the construction of storage facilities":
                // what is set up is named right after the verb.)
                let setUp = text.keyString(start..<end).hasSuffix("set up")
                let object = end..<min(sentence.upperBound, end + (setUp ? 30 : 80))
                return !wordStarts(in: object, of: Self.builtThings).isEmpty || capacities.contains { object.contains($0.offset) }
                    || money.contains { object.contains($0.offset) }
            }
            guard text.contains(keys: Self.spend, in: start..<end) else { return true }
            return money.contains { (end..<min(sentence.upperBound, end + 30)).contains($0.offset) }
        case .equipmentMoveIn:
            // "first imposed sweeping curbs on sales of chipmaking tools": tools whose trade is restricted move nowhere.
            return wordStarts(in: start..<end, of: Self.tradeInTools).isEmpty
        case .exportControl:
            // "an interview regarding U.S. export restrictions", "amid tighter export curbs": a measure named as the
            // topic of something else is not imposed there.
            return !(text.scalars[start].isASCII && namedAsTopic(before: start))
        default:
            return true
        }
    }

    /// True when a preposition of topic ("regarding", "amid", "despite") stands before `start`, past
    /// at most three names or modifiers ("regarding U.S. export restrictions", "amid Beijing's new curbs").
    func namedAsTopic(before start: Int) -> Bool {
        var position = start
        for _ in 0..<4 {
            var tokenEnd = position
            while tokenEnd > 0, text.scalars[tokenEnd - 1] == " " { tokenEnd -= 1 }
            guard tokenEnd > 0, tokenEnd < position else { return false }
            var tokenStart = tokenEnd
            while tokenStart > 0, text.scalars[tokenStart - 1] != " ", text.scalars[tokenStart - 1] != "\n" { tokenStart -= 1 }
            // ("Amid Tensions, China Imposes Export Controls": a clause's end stops the walk.)
            if Self.clauseEnds.contains(text.scalars[tokenEnd - 1]) { return false }
            let token = text.keyString(tokenStart..<tokenEnd)
            if Self.topicPrepositions.contains(token) { return true }
            guard FactText.isUppercase(text.scalars[tokenStart]) || Self.measureModifiers.contains(token) else { return false }
            position = tokenStart
        }
        return false
    }
    static let clauseEnds: Set<Unicode.Scalar> = [",", ";", ":", "，"]
    static let topicPrepositions: Set<String> = ["regarding", "about", "concerning", "amid", "amidst", "despite", "against"]
    static let measureModifiers: Set<String> = [
        "new", "tighter", "tougher", "stricter", "sweeping", "existing", "current", "the", "its", "their", "such", "these", "those",
        "any", "broader", "wider", "recent", "latest",
    ]
    static let spend = Array("spend".unicodeScalars)
    /// Words after an investment that tell its project as finished.
    static let completed = WordList(["已完成建设", "已建成", "已投产", "已竣工", "has been completed", "was completed", "have been completed"])
    static let siting: Set<String> = ["picked", "has picked", "has selected"]
    static let leases = WordList(["lease", "leases", "lease agreement", "leasing agreement"])
    static let perfectAuxiliaries = ["has", "have", "had"].map { Array($0.unicodeScalars) }
    static let pluralAgreements = WordList(["agreements", "contracts", "deals", "memorandums", "memoranda", "accords", "pacts", "mous"])
    static let plannedThings = WordList(["a planned", "the planned", "its planned", "their planned", "a proposed", "the proposed", "its proposed"])
    /// Verbs of making something public, a policy only with a measure named around them.
    static let publishing: Set<String> = ["issued", "unveiled", "published", "proposed"]
    /// Who approves inside a company: an approval of theirs is no measure.
    static let corporateBodies = WordList([
        "shareholders", "stockholders", "board", "boards", "directors", "股东", "董事会",
        // ("The meeting also approved the appointment of …": a company's general meeting.)
        "the meeting", "general meeting",
    ])
    static let rulings = WordList(["upheld", "upholds", "struck down", "court", "tribunal", "法院"])
    static let ratings = WordList(["upgraded", "upgrades", "downgraded", "downgrades", "rating", "rated"])
    static let holidays = WordList(["holiday", "holidays", "假期", "春节", "国庆"])
    /// What a government issues or unveils as a measure.
    static let publishedMeasures = WordList([
        "rule", "rules", "regulation", "regulations", "measure", "measures", "policy", "policies", "programme", "programmes", "program",
        "programs", "plan", "plans", "scheme", "schemes", "subsidy", "subsidies", "grant", "grants", "aid", "incentive", "incentives",
        "loan", "loans", "fund", "funding", "package", "standard", "standards", "guideline", "guidelines", "notice", "decree", "order",
        "directive", "law", "act", "bill", "list", "licence", "license", "licences", "licenses", "tariff", "tariffs", "duty", "duties",
        "ban", "quota", "quotas", "support", "strategy", "roadmap", "framework", "draft", "requirement", "requirements", "tax", "credit",
        "credits", "restrictions", "curbs", "controls",
    ])
    /// Investing verbs with other senses, an investment only with money or a plant after them.
    static let figurative: Set<String> = [
        "committing", "commits", "to pour", "will pour", "will sink", "would sink", "to sink", "will plough", "would plough",
        // ("Infineon is investing in a long-term future in Dresden": an investing going on is one of money or a plant.)
        "is investing", "are investing",
    ]
    /// ("it will add capacity in the range most important for cars": what a plant will add, with no figure, describes it.)
    static let bareExpansion = ["expansion", "expansions", "will add", "to add", "add capacity", "adding capacity"].map { Array($0.unicodeScalars) }
    /// Sentences that describe who owns a company rather than report a purchase.
    static let ownershipDescriptions = ["is a joint venture", "is jointly owned", "is owned by", "is a unit of", "is a subsidiary of"].map {
        Array($0.unicodeScalars)
    }
    static let passiveAuxiliaries = ["been", "being", "be"].map { Array($0.unicodeScalars) }
    static let notANewPlant = WordList([
        "to expand", "expansion of", "for the expansion", "to ramp up", "ramp up", "to boost", "to increase production",
        "to increase capacity", "to raise capacity", "to double", "用于扩产", "扩产", "扩建", "产能升级", "growth capital", "working capital",
        // ("will invest a total of AUD600,000 … for 560 shares in Envirostream": money for a stake.)
        "shares in", "shares of", "stake in",
    ])
    static let buildingWords = ["build", "construct", "establish", "set up"].map { Array($0.unicodeScalars) }
    /// What building invests in: a plant or a project, not goods ("to build 500,000 EVs").
    static let builtThings = WordList([
        "plant", "plants", "factory", "factories", "gigafactory", "fab", "fabs", "facility", "facilities", "line", "lines", "base",
        "campus", "mine", "refinery", "smelter", "site", "hub", "center", "centre", "project", "complex", "park", "works", "foundry",
        "工厂", "基地", "项目", "产线", "生产线",
    ])

    /// True when an expansion's object is a presence, not a capacity: "expand its footprint", "expand the partnership".
    func expandsAPresence(after end: Int, in sentence: Range<Int>) -> Bool {
        var position = text.skippingSpaces(from: end)
        // "eventually expand to Asia", "expand into Europe": a company going to a region grows its reach, not a plant.
        // ("will expand into Hungary with a 100 GWh plant" grows a capacity: its figures say so.)
        func figured() -> Bool { capacities.contains { sentence.contains($0.offset) } || money.contains { sentence.contains($0.offset) } }
        if let direction = Self.directions.match(in: text, at: position, limit: sentence.upperBound, wholeWord: true) {
            let place = text.skippingSpaces(from: position + Self.directions.words[direction].count)
            if Self.regions.match(in: text, at: place, limit: sentence.upperBound, wholeWord: true) != nil
                || names.contains(where: { $0.start == place && !$0.isOrganization })
            {
                if !figured() { return true }
            }
        }
        // "expand overseas.", "expand abroad and at home": the adverb alone, not "its overseas production capacity".
        if let adverb = Self.regionAdverbs.match(in: text, at: position, limit: sentence.upperBound, wholeWord: true) {
            let after = text.skippingSpaces(from: position + Self.regionAdverbs.words[adverb].count)
            if after >= sentence.upperBound || !FactText.isLetter(text.scalars[after])
                || Self.adverbFollowers.match(in: text, at: after, limit: sentence.upperBound, wholeWord: true) != nil
            {
                if !figured() { return true }
            }
        }
        if let determiner = Self.determiners.match(in: text, at: position, limit: sentence.upperBound, wholeWord: true) {
            position = text.skippingSpaces(from: position + Self.determiners.words[determiner].count)
        }
        if Self.presenceNouns.match(in: text, at: position, limit: sentence.upperBound, wholeWord: true) != nil { return true }
        // ("expand its EV lineup": one word may describe the noun.)
        var wordEnd = position
        while wordEnd < sentence.upperBound, FactText.isLetter(text.scalars[wordEnd]) || text.scalars[wordEnd] == "-" { wordEnd += 1 }
        guard wordEnd > position, wordEnd < sentence.upperBound, text.scalars[wordEnd] == " " else { return false }
        return Self.presenceNouns.match(in: text, at: wordEnd + 1, limit: sentence.upperBound, wholeWord: true) != nil
    }
    static let determiners = WordList(["its", "their", "the", "our", "his", "her", "a"])
    static let directions = WordList(["to", "into", "across"])
    static let regions = WordList([
        "asia", "europe", "africa", "north america", "south america", "latin america", "the americas", "the middle east",
        "southeast asia", "new markets", "overseas markets", "international markets", "other markets", "other countries", "other regions",
    ])
    static let presenceNouns = WordList([
        "footprint", "presence", "reach", "portfolio", "business", "businesses", "cooperation", "partnership", "partnerships", "ties",
        "range", "lineup", "line-up", "offerings", "offering", "market share", "customer base", "collaboration", "relationship",
        "product range", "product line", "product lineup", "network", "team", "workforce", "board",
        // ("originally intended to expand its investment to $1.5 billion": money or a holding grown, not a plant.)
        "investment", "investments", "stake", "shareholding",
        // ("will expand its revolving credit facility to $500 million")
        "credit facility", "revolving credit facility", "loan facility", "financing facility",
    ])
    static let regionAdverbs = WordList(["overseas", "abroad", "internationally", "globally"])
    static let adverbFollowers = WordList(["and", "in", "through", "by", "with", "as", "while", "after", "over"])
    static let purchaseWords = ["收购", "并购", "增持", "每股", "to acquire", "to buy", "its stake", "stake in"].map { Array($0.unicodeScalars) }
    static let buyBack = Array("buy back".unicodeScalars)
    static let soldTo = Array("sold to".unicodeScalars)
    static let chineseSales: Set<String> = ["售予", "卖给", "出售给"]
    static let purchases = WordList(["acquisition", "purchase", "takeover", "merger", "the deal", "the transaction", "收购", "并购"])
    static let spacedUp = Array(" up ".unicodeScalars)
    static let yearly = WordList(["annually", "a year", "per year", "each year", "every year", "per annum"])

    /// True when `position` stands inside a title in 《》 that the words before it cite ("根据", "不构成").
    func citedTitle(at position: Int) -> Bool {
        var open = position - 1
        while open >= max(0, position - 40), text.scalars[open] != "《" {
            if text.scalars[open] == "》" { return false }
            open -= 1
        }
        guard open >= max(0, position - 40), text.scalars[open] == "《" else { return false }
        return Self.citingWords.contains { word in
            open >= word.count && text.matches(word, at: open - word.count)
        }
    }
    static let citingWords = ["根据", "依据", "按照", "依照", "构成", "符合", "参照", "违反", "适用", "遵守", "基于", "对照"].map { Array($0.unicodeScalars) }

    /// True when the words after a buying verb name a company by its kind: "to buy lithium chemicals producer Arcadium".
    func namesACompany(_ range: Range<Int>) -> Bool {
        let nouns = Self.companyNouns
        return range.contains { nouns.match(in: text, at: $0, limit: range.upperBound, wholeWord: true) != nil && ($0 == 0 || !FactText.isLetter(text.scalars[$0 - 1])) }
    }
    /// True when the word before `name` says what kind of company it is ("miner PLS").
    func namedAfterItsKind(_ name: NameSpan) -> Bool {
        wordBefore(name.start).map(namesACompany) ?? false
    }
    /// What a bare halt may stop that is not production: quotes, orders, talks, trading.
    static let notProduction = WordList([
        "报价", "对外报价", "接单", "谈判", "交易", "quotes", "quoting", "quotations", "talks", "negotiations", "trading", "orders",
    ])
    static let companyNouns = WordList([
        "producer", "maker", "miner", "developer", "firm", "rival", "startup", "start-up", "manufacturer", "explorer", "supplier", "refiner",
        "chipmaker", "automaker", "carmaker", "recycler", "company", "processor", "designer", "provider", "operator",
    ])

    /// True when the agreements named in `range` all raise money ("a revised placing agreement",
    /// "the original placing agreement entered into"): each agreement word is inside a financing one.
    func raisesMoney(_ range: Range<Int>) -> Bool {
        var financed = false
        var position = range.lowerBound
        while position < range.upperBound {
            if let word = Self.financingAgreements.match(in: text, at: position, limit: range.upperBound) {
                financed = true
                position += Self.financingAgreements.words[word].count
                continue
            }
            // (As prefixes, as the one pass reads them: "two offtake agreements" name agreements too.)
            if Self.agreementWords.match(in: text, at: position, limit: range.upperBound, wholeWord: false) != nil { return false }
            position += 1
        }
        return financed
    }

    /// The ends of the whole words of `list` in `range` (a Latin word starting at a word's start),
    /// matched here for the few short ranges a step asks about.
    func wordStarts(in range: Range<Int>, of list: WordList) -> [Int] {
        var ends: [Int] = []
        // Only the text's possible starts are tried (inside a Latin word no whole word starts): found
        // by halving, then stepped through, not every code point of the range.
        let starts = text.possibleStarts
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if Int(starts[middle]) < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        while low < starts.count, Int(starts[low]) < range.upperBound {
            let index = Int(starts[low])
            if let word = list.match(in: text, at: index, limit: range.upperBound, wholeWord: true) { ends.append(index + list.words[word].count) }
            low += 1
        }
        return ends
    }

    /// True when a paragraph without a name speaks of "the company" an earlier paragraph named.
    /// (An item of a list, "- Idling production at Train 2", continues the paragraph that named the company.)
    func pointsBack(_ paragraph: Range<Int>) -> Bool {
        let opening = text.skippingSpaces(from: paragraph.lowerBound)
        // (Not an item about an unnamed party: "◆某头部企业拟收购…".)
        let listItem = opening < text.count && Self.bullets.contains(text.scalars[opening]) && !text.contains(keys: Self.unnamed, in: paragraph)
        return (listItem || !wordStarts(in: paragraph, of: Self.anaphors).isEmpty) && names.contains { $0.isOrganization && $0.end <= paragraph.lowerBound }
    }
    static let unnamed = Array("某".unicodeScalars)

    /// True when a Chinese sentence names its project by its capacity ("年产10GWh锂电池生产研发项目…封顶"): a
    /// project that specific is a party's, though the company is named only later.
    func namedProject(in sentence: Range<Int>) -> Bool {
        Self.projects.contains { text.contains(keys: $0, in: sentence) } && capacities.contains { sentence.contains($0.offset) }
    }
    /// 项目, and 專案 as Taiwan writes a project (its keys: 专案).
    static let projects = ["项目", "专案"].map { Array($0.unicodeScalars) }

    /// True when a Chinese step's clause names the plant or project it is of: "晋华存储器…项目FAB主厂房…封顶仪式",
    /// "台泥已宣布三元厂全面停工". A name before 厂 or 项目 is a party's site, though the company is
    /// one the gazetteer does not know; "多家电池厂停产" of an unnamed industry is not.
    func namedSite(before start: Int) -> Bool {
        guard FactText.isHan(text.scalars[start]) else { return false }
        let clause = text.clauseStart(before: start)..<start
        guard wordStarts(in: clause, of: Self.unnamedSites).isEmpty else { return false }
        return clause.contains { position in
            guard let noun = Self.siteNouns.match(in: text, at: position, limit: start, wholeWord: false) else { return false }
            // ("模组厂商", "原厂家": 厂 in a word for a maker, not a plant.)
            let after = position + Self.siteNouns.words[noun].count
            if after < text.count, Self.makerEndings.contains(text.keys[after]) { return false }
            return position - clause.lowerBound >= 2
                && FactText.isHan(text.scalars[position - 1]) && FactText.isHan(text.scalars[position - 2])
                && !Self.siteDeterminers.contains(text.keys[position - 1])
        }
    }
    /// What a named site is: a plant, a project (专案 in Taiwan), a facility, a base.
    static let siteNouns = WordList(["厂", "项目", "专案", "设施", "基地"])
    /// Characters after 厂 that make it a maker: 厂商, 厂家.
    static let makerEndings: Set<Unicode.Scalar> = ["商", "家"]
    /// Words before a plant or project that leave it unnamed: several, some, each, these.
    static let unnamedSites = WordList(["多家", "多个", "一批", "部分", "若干", "一些", "众多", "各地", "这些", "其他", "相关", "不少", "多座", "数家", "某"])
    /// Characters right before 厂 or 项目 that make it a kind, not a name: "该厂", "新厂", "工厂", "重点项目".
    static let siteDeterminers: Set<Unicode.Scalar> = ["该", "新", "工", "点", "大", "各", "此", "本", "批", "类", "个", "家", "座"]

    /// True when the step's clause opens with two or more capitalized words: a company the
    /// gazetteer and the legal-form shapes do not know ("Dongwha Electrolyte broke ground").
    func namedSubject(before start: Int) -> Bool {
        var position = text.skippingSpaces(from: text.clauseStart(before: start))
        var capitalized = 0
        while position < start, let scalar = text.scalar(at: position), scalar.isASCII, FactText.isUppercase(scalar) {
            var end = position
            while end < start, FactText.isLetter(text.scalars[end]) || text.scalars[end] == "-" { end += 1 }
            let word = text.keys[position..<end]
            // "The", "In", "On": an article or a preposition opens the clause, not a name.
            if capitalized == 0, Self.openingWords.contains(where: { word.elementsEqual($0) }) {
                position = text.skippingSpaces(from: end)
                continue
            }
            capitalized += 1
            position = text.skippingSpaces(from: end)
        }
        return capitalized >= 2
    }
    /// Words a clause opens with that are no name: articles, prepositions, conjunctions, pronouns.
    static let openingWords = [
        "the", "a", "an", "in", "on", "at", "for", "and", "but", "meanwhile", "also", "last", "this", "when", "while", "after", "before",
        "as", "if", "once", "since", "i", "we", "it", "he", "she", "they", "its", "their", "our", "officials", "workers", "crews",
    ].map { Array($0.unicodeScalars) }
    static let bullets: Set<Unicode.Scalar> = ["-", "•", "·", "◆", "●", "*", "–", "▪", "■"]

    static let opening: Set<String> = ["opened", "opens", "official opening of", "grand opening of", "the opening of"]
    /// Words around "first batch" that make it tools or a shipment, not output.
    static let notProduced = WordList([
        "equipment", "tools", "machines", "loading", "loaded", "shipped", "shipment", "cargo", "delivered", "exported", "imported", "employees",
        "workers", "staff", "hires", "students", "trainees",
    ])
    /// Words that hold a step back: "限制…新增产能", "limit its expansion".
    static let jobs = WordList(["jobs", "job", "workers", "employees", "positions", "staff"])
    static let limiting = WordList(["限制", "阻碍", "抑制", "制约", "limit", "limits", "limiting", "curb", "curbs", "curbing", "hinder", "hinders", "hamper", "hampers"])
    /// What an opening sets going: a plant, not an office or an investigation.
    static let openedPlants = WordList(["plant", "factory", "facility", "refinery", "mine", "fab", "gigafactory"])
    /// Words between "opened" and a plant that make the opening of something else: "opened talks on a plant".
    static let notOpenedPlants = WordList(["talks", "investigation", "probe", "bidding", "tender", "consultation", "the way", "door", "doors", "office", "centre", "center"])

    /// What moves besides a price, said as the subject of a rise or fall.
    static let volumeWords = WordList([
        "demand", "sales", "需求", "销量", "销售额",
        // ("production of lithium globally jumped from 737,000 tonnes": an amount made, not a price.)
        "production", "output", "shipments", "imports", "exports", "产量", "出货量", "进口量", "出口量",
        // A company's results are no price either.
        "profit", "profits", "revenue", "revenues", "earnings", "net income", "operating income", "利润", "净利润", "营收", "营业收入",
        "gross margin", "margins", "毛利率",
    ])

    /// True when a word of shares, results or volumes stands in `range`; a product's index quoted with its
    /// price ("锂辉石指数报5900元/吨") is a price, not a stock index ("稀土指数涨3%", "consumer price index fell" stay so).
    func namesShares(in range: Range<Int>) -> Bool {
        let range = range.clamped(to: 0..<text.count)
        var upper = range.upperBound
        while let end = words.lastEnd(Context.shareWords.rawValue, in: range.lowerBound..<upper) {
            let length = Self.indexWords.first { end - $0.count >= range.lowerBound && text.matches($0, at: end - $0.count) }?.count
            guard let length else { return true }
            var before = end - length
            if before > 0, text.scalars[before - 1] == " " { before -= 1 }
            let named = max(0, before - 20)..<before
            let quoted = end..<max(end, min(text.clauseEnd(after: end), end + 40))
            guard words.lastEnd(Context.productWords.rawValue, in: named) == before, words.contains(Context.priceWords.rawValue, in: quoted)
            else { return true }
            upper = end - length
        }
        return false
    }
    static let indexWords = ["指数", "index"].map { Array($0.unicodeScalars) }
    /// What a plant that makes something is built with: "年产", "生产线", "产能".
    static let makingWords = ["年产", "产线", "产能"].map { Array($0.unicodeScalars) }

    /// True when a stock's ticker in brackets ends within a few code points before `start`:
    /// "(ALB-US)", "（002240.SZ）", "(03750-HK)".
    func tickerBefore(_ start: Int) -> Bool {
        var close = start - 1
        while close >= 0, start - close <= 6, text.scalars[close] != ")" && text.scalars[close] != "）" { close -= 1 }
        guard close >= 0, start - close <= 6 else { return false }
        var open = close - 1
        while open >= 0, close - open <= 14, text.scalars[open] != "(" && text.scalars[open] != "（" { open -= 1 }
        guard open >= 0, close - open >= 3, close - open <= 14 else { return false }
        var inside = text.scalars[(open + 1)..<close]
        // ("(深:002240)", "（沪：603399）": an exchange named in Chinese before the code.)
        if let first = inside.first, Self.exchanges.contains(FactText.key(of: first)), inside.count > 2, inside[inside.startIndex + 1] == ":" || inside[inside.startIndex + 1] == "：" {
            inside = inside.dropFirst(2)
        }
        let tickerLike = !inside.isEmpty && inside.allSatisfy { $0.isASCII && (FactText.isUppercase($0) || FactText.isDigit($0) || $0 == "." || $0 == "-" || $0 == ":" || $0 == " ") }
        return tickerLike && inside.contains { $0 == "." || $0 == "-" || $0 == ":" || FactText.isDigit($0) }
    }

    /// Stock exchanges as Chinese tickers name them: Shenzhen, Shanghai, Hong Kong, Taiwan.
    static let exchanges: Set<Unicode.Scalar> = ["深", "沪", "港", "台"]

    /// True when two capitalized words follow `end`: a name ("GaN Systems"), not goods ("lithium carbonate");
    /// or one that a comma or "for" closes ("to buy Cymer, which makes…", "to buy Cymer for $2.6 billion"), not a place.
    func capitalizedName(at end: Int) -> Bool {
        var position = text.skippingSpaces(from: end)
        var words = 0
        while words < 2, let scalar = text.scalar(at: position), scalar.isASCII, FactText.isUppercase(scalar) {
            var wordEnd = position
            while wordEnd < text.count, FactText.isLetter(text.scalars[wordEnd]) || FactText.isDigit(text.scalars[wordEnd]) { wordEnd += 1 }
            if words == 0, wordEnd - position >= 3, text.scalar(at: wordEnd) == "," || text.matchesExactly(" for ", at: wordEnd),
                !names.contains(where: { $0.start == position && !$0.isOrganization })
            {
                return true
            }
            words += 1
            // (The first word runs on to the second: "GaN Systems".)
            guard words == 2 || wordEnd < text.count && text.scalars[wordEnd] == " " else { return false }
            position = text.skippingSpaces(from: wordEnd)
        }
        return words == 2
    }

    /// True when the buying word ending at `end` names a company's purchase whatever its object.
    func acquiring(endingAt end: Int) -> Bool {
        Self.acquiringWords.contains { word in
            let count = word.unicodeScalars.count
            return end >= count && text.keyString((end - count)..<end) == word
        }
    }
}
