/// Finds the supply-chain steps an article reports, from the words that name them, and links each
/// to the organizations, places, capacities and money around it. Only the news counts: a step in
/// a clause that dates it to an earlier year or schedules it for later is background or plan.
struct EventFinder {
    typealias Kind = EventFact.Kind


    let text: FactText
    let names: [NameSpan]
    let capacities: [CapacityFact]
    let money: [MoneyFact]
    /// The text's numbers (`NumberReading`): where a price list's changes are sought.
    let numbers: [NumberSpan]
    /// Where the triggers and context words occur, found in the facts' one pass (`FactWords`).
    let words: WordOccurrences

    /// Every year the text names (2000–2099), with where it stands: read once, asked for each step.
    let years: [(position: Int, year: Int)]
    /// The article's publication year and month, when its record has a date: the "now" a step is read against.
    let published: (year: Int, month: Int)?
    /// The month of the article's own day: its record's, else that of the first "M月D日" or English
    /// dateline ("Zaozhuang, March 18 —") near its start.
    let articleMonth: Int?

    init(
        text: FactText, words: WordOccurrences, names: [NameSpan], capacities: [CapacityFact], money: [MoneyFact],
        numbers: [NumberSpan] = [], published: (year: Int, month: Int)? = nil
    ) {
        self.text = text
        self.words = words
        self.names = names
        self.capacities = capacities
        self.money = money
        self.numbers = numbers
        self.published = published
        years = Self.years(in: text)
        let opening = 0..<min(text.count, 200)
        articleMonth = published?.month ?? Self.monthDay(in: text, opening).first?.month
            ?? EnglishMonths.months(in: text, opening).first(where: \.day)?.month
    }

    /// The triggers and the word lists a step's checks read, matched together in one pass over the text.
    enum Context: Int, CaseIterable {
        case agreementWords, dealWords, expansionWords, facilityWords, governmentWords, hearsay, historyWords, holdingWords
        case landWords, ownershipWords, pastPeriodWords, priceWords, productWords, shareWords, speculative, yearMarkers, planWords
        case buyingWords, triggerWords

        var list: WordList {
            switch self {
            case .agreementWords: EventFinder.agreementWords
            case .dealWords: EventFinder.dealWords
            case .expansionWords: EventFinder.expansionWords
            case .facilityWords: EventFinder.facilityWords
            case .governmentWords: EventFinder.governmentWords
            case .hearsay: EventFinder.hearsay
            case .historyWords: EventFinder.historyWords
            case .holdingWords: EventFinder.holdingWords
            case .landWords: EventFinder.landWords
            case .ownershipWords: EventFinder.ownershipWords
            case .pastPeriodWords: EventFinder.pastPeriodWords
            case .priceWords: EventFinder.priceWords
            case .productWords: EventFinder.productWords
            case .shareWords: EventFinder.shareWords
            case .speculative: EventFinder.speculative
            case .yearMarkers: EventFinder.yearMarkers
            case .planWords: EventFinder.planWords
            case .buyingWords: EventFinder.buyingWords
            case .triggerWords: EventFinder.triggerWords
            }
        }
    }
    /// The lists this finder reads from the facts' one pass (`FactWords`), in slot order.
    static let contextLists = Context.allCases.map(\.list) + EventCombination.lists


    /// The steps of a project's works: each states the project's investment and absorbs an expansion said with it.
    static let milestones: EventKinds = [.constructionStart, .toppingOut, .equipmentMoveIn, .productionStart]
    /// Words after a step named by a noun that deny it: "commercial production … is not yet underway".
    static let notYet = WordList(["not yet", "yet to", "has not", "have not", "had not", "is not", "are not", "was not", "were not", "尚未", "仍未"])
    static let control = Array("control".unicodeScalars)
    static let alternative = Array(" or ".unicodeScalars)
    static let entityList = Array("entity list".unicodeScalars)
    static let planPrefix = Array("plan".unicodeScalars)
    static let telling = WordList(["said", "says", "told", "stated"])
    static let forcedLabour = ["forced labor", "forced-labor", "forced labour", "forced-labour", "uflpa"].map { Array($0.unicodeScalars) }
    static let government = Array("government".unicodeScalars)
    /// Words that lift or suspend a measure rather than impose it.
    static let easing = WordList([
        "暂停执行", "暂停实施", "取消", "解除", "放宽", "lifted", "lifts", "eased", "eases", "relaxed", "relaxes", "scrapped",
        "revoked", "revokes", "rolled back", "rolls back",
    ])
    /// An earlier measure put out of force: "will suspend the second clause of Announcement No. 46".
    static let suspending = WordList(["suspend", "suspends", "suspended", "suspending", "suspension of", "lift", "lifted", "lifts", "revoked", "revokes"])
    static let relativeClauseOpeners = ["which ", "that "].map { Array($0.unicodeScalars) }
    /// Kinds a document's title may name without being the news: "《关于…量产专线的议案》".
    static let titledKinds: EventKinds = milestones.union([.capacityExpansion, .closureOrHalt, .priceMove])

    /// True when "N年后", "三个月后" follows the step within its clause (the time since it, not it),
    /// or "18个月前", "两年前" stands a few code points before it (a time before now).
    func toldFromAnotherTime(_ position: Int, end: Int) -> Bool {
        timeMarked(["后", "後"], in: (end + 1)..<max(end + 1, min(text.clauseEnd(after: end), end + 8)))
            || timeMarked(["前"], in: max(text.clauseStart(before: position), position - 6)..<position)
    }

    /// True when a code point of `markers` in `range` follows a unit of time (年, 月, 天, 周).
    private func timeMarked(_ markers: Set<Unicode.Scalar>, in range: Range<Int>) -> Bool {
        range.contains { $0 > 0 && markers.contains(text.scalars[$0]) && Self.timeUnits.contains(text.scalars[$0 - 1]) }
    }
    static let timeUnits: Set<Unicode.Scalar> = ["年", "月", "天", "周", "週"]

    /// What money is spent on when it grows a company's making ("to expand production", "to double its output").
    static let growingPurposes = WordList([
        "to expand", "to double", "to more than double", "to triple", "to increase production", "to increase its production",
        "to boost production", "to boost its production", "to raise production", "to raise its production", "to lift production",
        "to ramp up", "to increase output", "to boost output", "to increase capacity", "to boost capacity", "to add capacity",
        "to add a second", "to add a third", "to add another", "to add a new line", "to add a production line",
    ])

    /// Words that measure a move against an earlier time ("compared to its price from last year").
    static let comparedWith = WordList(["compared to", "compared with", "versus"])
    /// The same in Chinese (as keys: simplified), the purpose said after the amount.
    /// ("投资建设…正极材料技术改造二期项目": a retrofit of what a company runs grows it, as in the guideline's 技改扩建.)
    static let chineseGrowingPurposes = WordList(["扩产", "扩增", "扩充产能", "扩建", "扩大产能", "扩大生产", "增加产能", "提升产能", "技术改造二期", "技改扩建", "技改扩能", "技改扩产"])

    /// True when the sentence at `position` names a measure's text ("The regulation was published on Friday").
    func namesARule(_ position: Int) -> Bool { !wordStarts(in: text.sentence(containing: position), of: Self.ruleNouns).isEmpty }
    /// What a measure's text is called: "The regulation was published on Friday" after its export control is that control.
    static let ruleNouns = WordList(["regulation", "rule", "decree", "order", "notice", "announcement", "规定", "公告", "通知", "办法", "条例"])
    /// Laws and orders a head of government signs.
    static let laws = WordList(["法案", "行政令", "行政命令", "into law", "executive order", "act into", "the act", "bill into"])
    /// Policy words for duties on imports, measures apart from any export control beside them.
    static let tradeRemedies: Set<String> = ["反倾销", "反补贴", "anti-dumping duty", "anti-dumping duties", "countervailing duty", "countervailing duties", "tariff", "tariffs", "加征", "提高关税", "上调关税"]
    /// Words by which a sentence speaks of the article's project ("项目计划投资220亿元": a project's own total).
    static let sameProject = [
        "该项目", "期项目", "该工厂", "该厂", "项目计划投资", "项目总投资", "项目规划总投资", "the project", "the plant", "the facility", "the factory", "the site",
    ].map { Array($0.unicodeScalars) }

    /// A step's words in the text: a trigger, or a verb and its object (`verb` is where the verb starts).
    struct Hit {
        var kind: Kind
        var start: Int
        var end: Int
        var verb: Int
        /// For a verb and its object found apart (`EventCombination`): the words between them.
        var between: Range<Int>? = nil
    }

    func events() -> [EventFact] {
        let currentYear = published?.year ?? latestYear()
        var events: [EventFact] = []
        var kinds = EventKinds()
        var priceProducts: Set<String> = []
        var sites: [(Kind, Int, String)] = []
        // The product each price move's site moved, by the site's index.
        var movedProducts: [Int: String] = [:]
        // One pass finds every trigger; steps are then taken kind by kind, in the order of `triggers`.
        let triggers = words.wholeWords(Context.triggerWords.rawValue)
        var hits: [Hit] = []
        hits.reserveCapacity(triggers.count + 16)
        // ("a price hike": "hike" inside the trigger before it is that step again, not a second one. A step of
        // another kind overlapping it stays: "资产出售给" holds 产出 and 出售给.)
        var previous: (end: Int, kind: Kind)?
        for (start, end) in triggers {
            guard let kind = Self.kindOfTrigger[ScalarRun(text.keys[start..<end])] else { continue }
            if let previous, end <= previous.end, kind == previous.kind { continue }
            hits.append(Hit(kind: kind, start: start, end: end, verb: start))
            previous = (end, kind)
        }
        hits += combinationHits(firstSlot: Context.allCases.count)
        hits += bracketedPriceChanges()
        // "The Dutch government has stepped in to take control of chipmaker Nexperia": a state seizing a company is a measure, not a purchase.
        for index in hits.indices where hits[index].kind == .acquisition && text.contains(keys: Self.control, in: hits[index].start..<hits[index].end) {
            let clause = text.clauseStart(before: hits[index].start)..<hits[index].start
            if text.contains(keys: Self.government, in: clause) { hits[index].kind = .policy }
        }
        // "added to its forced labor entity list": the list of the forced-labour law bars imports; it is a policy.
        for index in hits.indices where hits[index].kind == .exportControl && text.contains(keys: Self.entityList, in: hits[index].start..<hits[index].end) {
            let before = max(0, hits[index].start - 40)..<hits[index].start
            if Self.forcedLabour.contains(where: { text.contains(keys: $0, in: before) }) { hits[index].kind = .policy }
        }
        // "the Minister of Energy announced an investment of over $22 million in support of eight projects":
        // money a government puts in, with no company before it in the clause, is a policy.
        // (In English only: 省, 市 and 局 name places and parks in Chinese company news.)
        for index in hits.indices where hits[index].kind == .investmentAnnounced && text.scalars[hits[index].start].isASCII {
            let before = text.clauseStart(before: hits[index].start)..<hits[index].start
            // ("The government is planning to set up a new subsidy program": a measure still planned is none;
            // "Industry Minister Park said the company will invest": a minister who tells of a company's investment.)
            // (A government named as a body, "The Australian Government is investing", is no company.)
            if words.contains(Context.governmentWords.rawValue, in: before),
                !names.contains(where: { $0.isOrganization && before.contains($0.start) && !words.contains(Context.governmentWords.rawValue, in: $0.start..<$0.end) }),
                !text.matches(Self.planPrefix, at: hits[index].start), wordStarts(in: before, of: Self.telling).isEmpty
            {
                hits[index].kind = .policy
            }
        }
        // "签署晶片法案", "signed the CHIPS Act into law": a law signed is a policy, not an agreement.
        for index in hits.indices where hits[index].kind == .agreementSigned {
            let after = hits[index].end..<min(text.sentence(containing: hits[index].start).upperBound, hits[index].end + 24)
            if !wordStarts(in: after, of: Self.laws).isEmpty { hits[index].kind = .policy }
        }
        // "暂停执行…向美国出口…的规定", "lifted its export curbs": an export control suspended or lifted is a policy of its own.
        for index in hits.indices where hits[index].kind == .exportControl {
            let start = text.clauseStart(before: hits[index].start)
            if !wordStarts(in: start..<hits[index].end, of: Self.easing).isEmpty { hits[index].kind = .policy }
            // ("will suspend the second clause of Announcement No. 46, which placed export controls": a relative
            // clause describes the measure the clause before it suspends. Only there: "suspended export licences" is a control.)
            if start > text.sentence(containing: hits[index].start).lowerBound,
                Self.relativeClauseOpeners.contains(where: { text.matches($0, at: text.skippingSpaces(from: start)) }),
                !wordStarts(in: text.clauseStart(before: start - 1)..<start, of: Self.suspending).isEmpty
            {
                hits[index].kind = .policy
            }
        }
        // "will invest $270 million to more than double its production of separators": money spent to grow
        // what a company already makes is an expansion (with its budget), not a new investment.
        // ("斥资近25亿元，分别规划在…扩增12吋…生产线": in Chinese the purpose may follow the amount's comma, in its sentence.)
        // (Money for a purchase stays with the purchase: "拟斥资3亿元收购…股权，用于扩产" grows nothing itself.)
        for index in hits.indices where hits[index].kind == .investmentAnnounced {
            let end = hits[index].end
            let ascii = text.scalars[hits[index].start].isASCII
            let window = end..<(ascii ? min(text.clauseEnd(after: end), end + 80) : min(text.sentence(containing: end).upperBound, end + 40))
            guard let purpose = wordStarts(in: window, of: ascii ? Self.growingPurposes : Self.chineseGrowingPurposes).first,
                !Self.purchaseWords.contains(where: { text.contains(keys: $0, in: end..<purpose) })
            else { continue }
            hits[index].kind = .capacityExpansion
        }
        // A press release's "About …" and forward-looking sections report nothing.
        if !hits.isEmpty {
            let last = hits.reduce(0) { max($0, $1.start) }
            let closing = closingSectionsStart(upTo: last)
            hits.removeAll { $0.start >= closing }
        }
        hits.sort { $0.start < $1.start }
        for (kind, _) in Self.triggers {
            // The first 200 mentions of a kind are enough for any article; a page repeating a
            // trigger thousands of times must not cost thousands of checks.
            var tried = 0
            for hit in hits where hit.kind == kind {
                if tried == 200 { break }
                tried += 1
                // One step of a kind per article (price moves: one per product): once found, the rest are not asked.
                if kind != .priceMove, kinds.contains(kind) { break }
                let (position, end) = (hit.start, hit.end)
                // ("提供业者晶片投产补助": a step word naming what a subsidy pays for; "启动…补助计划": a measure's
                // programme is the measure itself.)
                if !text.scalars[position].isASCII, let next = text.scalar(at: end),
                    Self.nounEndings.contains(FactText.key(of: next)) && !(kind == .policy && Self.measureNouns.contains(FactText.key(of: next)))
                        // ("收购案获批": a deal's case is the deal; "扩建案预计…" a project talked of.)
                        && !(next == "案" && Self.deals.contains(kind))
                    || Self.milestones.contains(kind) && Self.levelEndings.contains(FactText.key(of: next))
                    || text.keys[end - 1] == "工" && Self.wordsAfterWork.contains(FactText.key(of: next))
                    // "进入设备安装和室内装修阶段", "处于设备安装调试阶段": installing named as a stage under way.
                    || text.keys[end - 1] == "装" && Self.stageAfterInstalling.contains(FactText.key(of: next))
                    // "指出台积电": 出 ends the word before, 台 starts a name.
                    || text.keys[position] == "出" && position > 0 && Self.wordsEndingInOut.contains(text.keys[position - 1])
                    // ("推动工厂", "行动": 动 ends the word before; "举行动土仪式" is 举行 and then 动土.)
                    || text.keys[position] == "动" && position > 0 && Self.wordsEndingInMove.contains(text.keys[position - 1])
                        && !(text.keys[position - 1] == "行" && position > 1 && text.keys[position - 2] == "举")
                    // "东莹化工拟投资建设的“6.2万吨/年…项目”将延期": an investment named as what a project is.
                    || kind == .investmentAnnounced && (end..<min(text.count, end + 3)).contains(where: { text.keys[$0] == "的" && (end..<$0).allSatisfy { FactText.isHan(text.scalars[$0]) } })
                {
                    continue
                }
                // "包括公示、签约、在建、投产的…项目": a step named in a list of stages is a category, not news.
                if !text.scalars[position].isASCII, position > 0, text.scalars[position - 1] == "、", end < text.count, text.scalars[end] == "、" { continue }
                // "审议通过了《关于…建设…量产专线的议案》": a step in a document's title is its subject, not news.
                if Self.titledKinds.contains(kind), Self.insideBookTitle(text, position), Self.closesBookTitle(text, after: end) { continue }
                // "开工建设两年后": a time after the step, told as background; "约于18个月前动工": a time before now.
                if !text.scalars[position].isASCII, toldFromAnotherTime(position, end: end) { continue }
                // "此次布局的…项目的投运，将连接起…": a step named as a noun (…的投运) with a plan after it.
                if !text.scalars[position].isASCII, position > 0, text.keys[position - 1] == "的",
                    planEnd(in: end..<max(text.clauseEnd(after: end), min(text.sentence(containing: end).upperBound, end + 12))) != nil
                {
                    continue
                }
                // "今天的项目就是明天的产出": a step of a time to come, named as a noun.
                if !text.scalars[position].isASCII, position >= 3, text.keys[position - 1] == "的",
                    Self.timesToCome.contains(where: { text.keys[(position - 3)..<(position - 1)].elementsEqual($0) })
                {
                    continue
                }
                // "头部企业通过收购、参股、合作布局…": ways of doing listed, not a deal done.
                if !text.scalars[position].isASCII, position >= 2, text.keys[position - 2] == "通", text.keys[position - 1] == "过",
                    end < text.count, text.scalars[end] == "、"
                {
                    continue
                }
                // "项目不停工": a Chinese step denied right before it.
                if !text.scalars[position].isASCII, position > 0, text.keys[position - 1] == "不" { continue }
                // "near Niagara Falls": a capitalized step word after a capitalized word is part of a name
                // (in a sentence, not a headline in title case).
                if kind == .priceMove, partOfAName(position) { continue }
                // "primarily due to increased prices", "amid rising prices": a moved price named as a thing.
                if kind == .priceMove, priceNamedAsAThing(position, end: end) { continue }
                // "自项目签约以来", "投产以后": a time since or after the step, told as background.
                if !text.scalars[position].isASCII, text.matchesExactly("以来", at: end) || text.matchesExactly("以后", at: end) { continue }
                // "人均产出有望提高": a Chinese step word before a modal is a noun, the subject of a forecast.
                // ("启动…补助计划": a measure's programme is the measure, not a plan.)
                if !text.scalars[position].isASCII, Self.speculative.match(in: text, at: end, wholeWord: false) != nil
                    || Self.planWords.match(in: text, at: end, wholeWord: false) != nil && !(kind == .policy && Self.measureNouns.contains(text.keys[end]))
                {
                    continue
                }
                // "价格明年有机会调涨", "价格将延续上涨": a forecast or a plan between a verb and its object.
                if hit.end - hit.start > 4, words.contains(Context.speculative.rawValue, in: hit.start..<hit.end)
                    || hit.between.map(future) ?? false
                    // ("construction still hasn't kicked off": a denial between the noun and its verb.)
                    || hit.between.map({ !wordStarts(in: $0, of: Self.negations).isEmpty }) ?? false
                    // ("to review, suspend or write-down operations": the verb one of several ways, none taken;
                    // "restricted from receiving goods or technology exports" names two things, one step.)
                    || hit.between.map({ text.matches(Self.alternative, at: $0.lowerBound) }) ?? false
                {
                    continue
                }
                // "a binding order … subject to commercial production": a step as a condition ("subject to export controls" is the measure).
                if Self.milestones.contains(kind), text.matchesExactly("subject to ", at: position - 11) { continue }
                // "cleared out the installed equipment": a verb's participle describing its object, not a step.
                if let between = hit.between, hit.verb == hit.start, between.lowerBound >= 2, text.keys[between.lowerBound - 2] == "e",
                    text.keys[between.lowerBound - 1] == "d", attributive(before: hit.verb)
                {
                    continue
                }
                // "Installation of equipment is scheduled to start": a step named by a noun, planned by what follows.
                // (An announced step stays news with its date ahead: "the closure of its plant by the end of 2014".)
                if text.scalars[hit.verb].isASCII, nominal(hit) {
                    let after = end..<min(text.sentence(containing: end).upperBound, end + 40)
                    // ("commercial production … is not yet underway": denied by what follows.)
                    if !Self.announced.contains(kind) && planEnd(in: after) != nil
                        || words.contains(Context.speculative.rawValue, in: after)
                        || !wordStarts(in: end..<min(after.upperBound + 20, text.sentence(containing: end).upperBound), of: Self.notYet).isEmpty
                    {
                        continue
                    }
                }
                // "…, and one mothballed a pilot plant in Salta", "China's restrictions on exports of graphite,
                // introduced in December": deep in an article, a step told with no company is background or
                // another story. (A price moves with no company: it is exempt. Asked before `fits` and `isNews`: the cheaper test.)
                // (An export control's maker is a government, named by a word of one: "the Chinese commerce ministry
                // expressed firm opposition to the new Japanese export controls". Deep policies with a government
                // word were more often background than news on the sets measured, and are not spared.)
                if kind != .priceMove, text.sentencesEnded(before: position) >= Self.lede, !linksAnOrganization(position),
                    !(kind == .exportControl && words.contains(Context.governmentWords.rawValue, in: text.sentence(containing: position)))
                {
                    continue
                }
                // A step's clause is read up to its verb: "Construction would begin" is a plan. (Both are
                // pure; `fits` goes first because it is the cheaper and turns more steps away.)
                guard fits(kind, at: position, end: end), isNews(kind, at: hit.verb, end: end, currentYear: currentYear) else { continue }
                // An expansion stated with a start of production or construction is that step ("投产，新增产能…").
                // (In the paragraph or the one after: "…held a groundbreaking ceremony …\n\nConstruction of the plant … will expand its capacity".)
                if kind == .capacityExpansion, sites.contains(where: { Self.milestones.contains($0.0) && followsClosely(position, after: $0.1) }) {
                    continue
                }
                // "issued a notice on imposing export restrictions": a measure on exports is the export control.
                // (In its paragraph or the next: "The export restrictions … will take effect.\n\nThe regulation was published on Friday.")
                // ("…列入出口管制「实体清单」…对…模拟芯片进行反倾销立案调查": a trade remedy is a measure of its own.)
                if kind == .policy, !Self.tradeRemedies.contains(text.keyString(position..<end)),
                    hits.contains(where: { control in
                        control.kind == .exportControl
                            && (text.paragraph(containing: control.start) == text.paragraph(containing: position)
                                || control.start < position && followsClosely(position, after: control.start) && namesARule(position))
                    })
                {
                    continue
                }
                // A step that states its investment is that step only: the investment is sought elsewhere.
                if kind == .investmentAnnounced,
                    sites.contains(where: { ($0.0 == .capacityExpansion || Self.milestones.contains($0.0)) && text.paragraph(containing: $0.1) == text.paragraph(containing: position) })
                {
                    continue
                }
                if kind == .priceMove {
                    // "南亚科持续上调价格": a company moving its own price, no product named.
                    // ("联电…上调…报价", "收到联电此次涨价通知": a company's moves of its own price are one, whatever product each names.)
                    // ("As lithium prices continue to fall": lithium carbonate's move, told again.)
                    let own = ownPrice(before: position, end: end)
                    let named = product(near: position)
                    guard let moved = own ?? named,
                        !priceProducts.contains(where: { Self.productFamilies[$0] == moved }), priceProducts.insert(moved).inserted
                    else { continue }
                    // ("三星电子和SK海力士宣布上调NAND闪存价格…NAND闪存价格环比上涨超过100%": a company's move of a
                    // product it names is that product's move too, told once.)
                    if own != nil, let named { priceProducts.insert(named) }
                    // "DRAM and NAND flash dropped by 15% and 28%": each product named before the move moved.
                    for other in products(before: position) where priceProducts.insert(other).inserted {
                        movedProducts[sites.count] = other
                        sites.append((kind, position, text.string(position..<end)))
                    }
                    movedProducts[sites.count] = moved
                } else {
                    guard !kinds.contains(kind) else { continue }
                }
                kinds.insert(kind)
                sites.append((kind, position, text.string(position..<end)))
            }
        }
        // "DRAM contract prices rose … DDR5 chips rose 8% and DDR4 parts 5%": a product's move told by its kinds is theirs.
        let kindsMoved = Set(movedProducts.values.compactMap { Self.productKinds[$0] })
        if !kindsMoved.isEmpty {
            sites = sites.indices.filter { movedProducts[$0].map { !kindsMoved.contains($0) } ?? true }.map { sites[$0] }
        }
        // "has begun volume production …\n\nTanjung broke ground on the site in March 2024": a project's earlier
        // milestones told after a later one in the lede are its history. (The same company's: a round-up's
        // items are other projects.)
        if let news = sites.filter({ Self.milestones.contains($0.0) && text.sentencesEnded(before: $0.1) < Self.ledeSentences })
            .max(by: { Self.stage($0.0) < Self.stage($1.0) })
        {
            let companies = Set(link(news.0, at: news.1, word: news.2).organizations)
            sites.removeAll { site in
                Self.milestones.contains(site.0) && Self.stage(site.0) < Self.stage(news.0) && text.sentencesEnded(before: site.1) >= Self.ledeSentences
                    && link(site.0, at: site.1, word: site.2).organizations.allSatisfy(companies.contains)
            }
        }
        // A groundbreaking, move-in or production start that states the investment is that step
        // only; an investment agreement is an agreement and an investment.
        let stepKinds = Self.milestones.union([.capacityExpansion])
        let steps = sites.filter { stepKinds.contains($0.0) }.map(\.1)
        // (Every purchase named, taken or not: the title may have given the one taken.)
        let acquisitions = hits.filter { $0.kind == .acquisition }.map(\.start)
        // (The paragraph after the step's may go on with the project's figures: "…开工仪式举行。\n\n据悉，项目由…投资建设，总投资25亿元".)
        sites.removeAll { site in
            guard site.0 == .investmentAnnounced else { return false }
            // (Further on, "该项目分三期建设，其中一期项目计划总投资约47亿元" is still the project that broke ground.)
            let sentence = text.sentence(containing: site.1)
            return steps.contains { followsClosely(site.1, after: $0) }
                || !steps.isEmpty && (Self.sameProject.contains { text.contains(keys: $0, in: sentence) } || namesItsSite(sentence))
                // "will invest 50 million euros to buy an 8% stake": money paid for a stake is the acquisition.
                || acquisitions.contains { $0 > site.1 && $0 < text.clauseEnd(after: site.1) }
        }
        // "15个项目现场签约落户海沧", "signed an agreement for its 20 GWh project in the Suining Economic
        // Development Zone": a project signed with a park or a government is an investment agreed too.
        if steps.isEmpty, !sites.contains(where: { $0.0 == .investmentAnnounced }),
            let signing = sites.first(where: { $0.0 == .agreementSigned }), projectSigned(at: signing.1)
        {
            sites.append((.investmentAnnounced, signing.1, signing.2))
        }
        for (kind, position, word) in sites.sorted(by: { $0.1 < $1.1 }) {
            events.append(link(kind, at: position, word: word))
        }
        return events
    }

    /// True when a sentence speaks of "the Dresden project", "the Kulim plant", "the eco-friendly plant": one
    /// project, the article's (the article and at most two words before the noun; "a second plant" is another).
    func namesItsSite(_ sentence: Range<Int>) -> Bool {
        // (`wordStarts` gives where each noun ends: back to its start.)
        wordStarts(in: sentence, of: Self.projectNouns).contains { nounEnd in
            var end = nounEnd
            while end > sentence.lowerBound, text.scalars[end - 1] != " " { end -= 1 }
            for _ in 0..<3 {
                // The word before `end`: Latin letters, hyphens and apostrophes back to a space.
                guard end - 2 >= sentence.lowerBound, text.scalars[end - 1] == " " else { return false }
                var start = end - 1
                while start > sentence.lowerBound, FactText.isLetter(text.scalars[start - 1]) || "-'’".unicodeScalars.contains(text.scalars[start - 1]) {
                    start -= 1
                }
                guard start < end - 1 else { return false }
                if text.keys[start..<(end - 1)].elementsEqual("the".unicodeScalars) { return true }
                // ("the second plant in Georgia", "the other plant": another project.)
                if Self.otherProjects.contains(where: { text.keys[start..<(end - 1)].elementsEqual($0) }) { return false }
                end = start
            }
            return false
        }
    }

    static let projectNouns = WordList(["project", "plant", "factory", "facility", "fab", "refinery", "gigafactory"])
    static let otherProjects = ["second", "third", "fourth", "other", "another", "next", "second-phase"].map { Array($0.unicodeScalars) }

    /// True when the signing at `position` is of a project with a park or a government: "项目…签约" in
    /// its clause, or "project" in its sentence with a park and the project's capacity or money there.
    func projectSigned(at position: Int) -> Bool {
        let sentence = text.sentence(containing: position)
        if !text.scalars[position].isASCII {
            return Self.projects.contains { text.contains(keys: $0, in: text.clauseStart(before: position)..<position) }
        }
        // (A contract to supply a project is a sale, not an investment; "five projects signed agreements to cooperate",
        // with no figure of a project, is no project's investment.)
        guard !Self.supplying.contains(where: { text.contains(keys: $0, in: sentence) }) else { return false }
        // "signed a joint venture agreement on Wednesday to build a $780 million plant": an agreement made to build
        // a plant whose cost it states.
        let after = position..<min(sentence.upperBound, position + 120)
        if !wordStarts(in: after, of: Self.agreedToBuild).isEmpty, money.contains(where: { after.contains($0.offset) }) { return true }
        return text.contains(keys: Self.englishProject, in: sentence)
            && (capacities.contains { sentence.contains($0.offset) } || money.contains { sentence.contains($0.offset) })
            && names.contains { name in
                guard case .place(.park, _) = name.role else { return false }
                return sentence.contains(name.start)
            }
    }
    static let agreedToBuild = WordList(["to build", "to construct", "to set up", "to establish", "to invest"])
    static let englishProject = Array("project".unicodeScalars)
    static let supplying = ["supply", "offtake", "purchase", "sale"].map { Array($0.unicodeScalars) }

    /// True when `position` is in the paragraph of `earlier` or the one right after it, not opening a new item.
    func followsClosely(_ position: Int, after earlier: Int) -> Bool {
        let paragraph = text.paragraph(containing: position)
        let first = text.paragraph(containing: earlier)
        if paragraph == first { return true }
        var previous = paragraph.lowerBound - 1
        while previous > 0, text.scalars[previous] == "\n" || text.scalars[previous] == " " { previous -= 1 }
        return previous >= 0 && first.contains(previous) && !opensAnItem(paragraph)
    }

    /// The sentences an article's news is told in, with its company named: past them, a step with no
    /// company is not reported (on sets read before any rule of theirs, 19 of 21 such steps were extras).
    static let lede = 6

    /// The sentences that give an article's news before its background.
    static let ledeSentences = 2

    /// A milestone's place in a project's course: groundbreaking, topping-out, move-in, production.
    static func stage(_ kind: Kind) -> Int {
        switch kind {
        case .constructionStart: 0
        case .toppingOut: 1
        case .equipmentMoveIn: 2
        default: 3
        }
    }

    /// True when the step at `position` has an organization to link: one in its sentence or paragraph.
    func linksAnOrganization(_ position: Int) -> Bool {
        // (The step's sentence lies in its paragraph: the paragraph is what `link` falls back to.)
        let paragraph = text.paragraph(containing: position)
        return names.contains { $0.isOrganization && $0.lies(in: paragraph) }
    }

    /// The facts of a step: organizations and places of its sentence (else its paragraph), the
    /// capacities and money of its paragraph.
    func link(_ kind: Kind, at position: Int, word: String) -> EventFact {
        let sentence = text.sentence(containing: position)
        let paragraph = text.paragraph(containing: position)
        func names(in range: Range<Int>, organizations: Bool) -> [String] {
            var found: [String] = []
            for name in self.names where name.lies(in: range) && name.isOrganization == organizations {
                let value: String
                switch name.role {
                case .organization(let canonical): value = canonical ?? text.string(name.start..<name.end)
                case .place: value = text.string(name.start..<name.end)
                }
                if !found.contains(value) { found.append(value) }
            }
            return found
        }
        var organizations = names(in: sentence, organizations: true)
        if organizations.isEmpty { organizations = names(in: paragraph, organizations: true) }
        var places = names(in: sentence, organizations: false)
        if places.isEmpty { places = names(in: paragraph, organizations: false) }
        let linksFigures = kind != .priceMove
        return EventFact(
            type: kind, text: word, offset: position, organizations: kind == .priceMove ? [] : organizations,
            places: linksFigures ? places : [],
            capacities: linksFigures ? capacities.filter { paragraph.contains($0.offset) }.map(\.text) : [],
            money: linksFigures ? money.filter { paragraph.contains($0.offset) }.map(\.text) : [])
    }
}
