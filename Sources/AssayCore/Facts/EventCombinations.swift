/// Steps named by a verb and its object in one clause rather than by a fixed phrase: "series
/// production … got going", "lifts the site's capacity", "finished the superstructure". A news
/// writer varies the verb far more than the noun; pairing the two families finds the wordings a
/// phrase list never holds. A pair is then checked as any trigger is (news, not plan or history).
struct EventCombination: Sendable {
    let kind: EventFact.Kind
    let verbs: WordList
    let objects: WordList
    /// Code points a verb and its object may stand apart here (40 unless set otherwise, at most `reach`).
    let span: Int
    /// Words after an object that make it a modifier of another noun: "installing production equipment".
    let notBefore: [[Unicode.Scalar]]
    /// True when only a verb before its object names the step: "a grant … awarded under a programme" is a participle.
    let verbFirst: Bool

    init(_ kind: EventFact.Kind, verbs: [String], objects: [String], notBefore: [String] = [], verbFirst: Bool = false, span: Int = 40) {
        precondition(span <= Self.reach, "a combination's span is at most `reach`")
        self.span = span
        self.kind = kind
        self.verbs = WordList(verbs)
        self.objects = WordList(objects)
        self.notBefore = notBefore.map { Array($0.unicodeScalars) }
        self.verbFirst = verbFirst
    }

    /// Code points any verb and its object may stand apart, words between them included (each
    /// combination's `span` is at most this).
    static let reach = 60

    static let all: [EventCombination] = [
        EventCombination(
            .constructionStart,
            verbs: [
                "start", "starts", "started", "starting", "begin", "begins", "began", "begun", "commence", "commences", "commenced",
                "kicked off", "kicks off", "got under way", "got underway", "went to work", "launched", "marking the start of", "启动",
            ],
            objects: [
                "construction", "building work", "construction work", "civil works", "civil work", "site works", "site work",
                "earthworks", "piling", "pile-driving", "foundation work", "building the", "building a", "building its", "施工", "建设", "桩基",
            ]),
        EventCombination(
            .toppingOut,
            verbs: ["completed", "completes", "completion of", "finished", "finishes", "placed", "hoisted", "installed", "合拢", "完成", "完工", "就位"],
            objects: [
                "superstructure", "main structure", "steel structure", "steel frame", "steel skeleton", "structural frame", "roof truss",
                "final beam", "last beam", "highest point", "last structural steel", "final structural steel", "last steel beam", "主体结构", "钢结构", "屋面",
            ]),
        EventCombination(
            .equipmentMoveIn,
            verbs: [
                "moved in", "moves in", "moved into", "arrived", "arrives", "received", "receives", "installed", "hoisted", "lowered into",
                "lowered through", "rolled in", "rolled into", "brought in", "first", "installation", "到厂", "进场", "入场", "搬入", "到位", "进驻",
            ],
            objects: [
                "production tool", "production tools", "process tool", "process tools", "first tool", "first tools", "chipmaking tools",
                "chipmaking tool", "chipmaking machine",
                "lithography", "scanner", "implanter", "machines", "equipment", "tools", "machinery", "设备", "机台", "光刻机", "euv system",
                "euv machine", "euv tool",
            ],
            // ("the first wafer fabrication equipment maker to set up": a kind of company, not tools moving in.)
            notBefore: [
                "maker", "makers", "manufacturer", "manufacturers", "supplier", "suppliers", "vendor", "vendors", "company", "companies",
                "firm", "firms", "industry", "sector", "market", "spending", "sales", "orders", "厂商", "供应商", "企业", "市场",
            ]),
        EventCombination(
            .productionStart,
            verbs: [
                "began", "begun", "started", "commenced", "got going", "got under way", "got underway", "kicked off", "came on stream",
                "went live", "delivered first", "delivered its first", "开始", "正式", "启动", "实现", "the start of", "the beginning of",
            ],
            objects: [
                "production", "mass production", "series production", "volume production", "manufacturing", "producing", "making",
                "trial production", "trial productions",
                "turning out", "量产", "批量生产", "规模化生产", "大规模生产", "规模生产",
            ],
            notBefore: [
                "equipment", "tools", "tool", "line", "lines", "capacity", "facility", "facilities", "plant", "site", "base", "hall",
                "building", "machines", "process", "trials", "trial", "start", "target", "targets", "permit", "permits",
            ]),
        // "launched the world's first GWh-class sodium-ion battery production line": a line set going.
        EventCombination(
            .productionStart, verbs: ["launched", "launches", "started up", "starts up", "fired up", "switched on", "put into operation"],
            objects: ["production line", "production lines", "assembly line", "manufacturing line"], verbFirst: true, span: 60),
        // "在现有厂区建设年产3.6万吨…": building at a site already running adds to it.
        EventCombination(
            .capacityExpansion, verbs: ["现有厂区", "现有厂房", "原有厂区", "现有基地", "现有园区"], objects: ["建设", "新建", "扩建", "新增"],
            verbFirst: true, span: 8),
        EventCombination(
            .capacityExpansion,
            verbs: [
                "lift", "lifts", "lifted", "lifting", "raise", "raises", "raised", "raising", "boost", "boosts", "boosted", "boosting",
                "increase", "increases", "increased", "increasing", "taking", "takes", "bringing", "brings", "double", "doubles",
                "doubled", "doubling", "triple", "tripled", "expand", "expands", "expanded", "expanding",
                // "扩充南部科学园区12吋厂产能", "月产能由4万片增加至5万片": in Chinese too, the verb and 产能 apart.
                "扩充", "扩大", "提升", "增加", "提高",
            ],
            objects: ["capacity", "nameplate", "产能"],
            notBefore: ["utilization", "utilisation", "use", "share", "factor", "利用率", "利用", "过剩", "占比", "份额", "规划"]),
        EventCombination(
            .closureOrHalt,
            verbs: [
                "stopped", "stops", "ceased", "ceases", "suspended", "suspends", "halted", "halts", "paused", "pauses", "idled", "shut",
                "halting", "suspending", "stopping", "ceasing", "pausing", "idling", "shutting", "halt", "suspend", "stop", "cease", "pause",
                "停止", "暂停", "中止",
            ],
            objects: ["production", "output", "mining", "operations", "work at", "wafer starts", "new wafers", "the line", "生产", "开采", "运营"]),
        EventCombination(
            .acquisition,
            verbs: [
                "take", "takes", "took", "taken", "taking", "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired",
                "acquiring", "purchase", "purchases", "purchased", "purchasing", "认购", "购入",
            ],
            // ("再次认购1300万股…AMAL股份": shares subscribed are a stake bought.)
            objects: [
                "% of", "% stake", "percent of", "per cent of", "percent stake", "per cent stake", "majority stake", "controlling stake",
                "controlling interest", "股份", "股权",
            ]),
        EventCombination(
            .agreementSigned,
            verbs: [
                "executed", "concluded", "sealed", "clinched", "finalised", "finalized", "penned", "put pen to paper", "entered into",
                "struck", "reached",
                // ("extending to 10 years a supply agreement": an agreement extended or renewed is signed anew.)
                "extended", "extends", "extending", "renewed", "renews", "renewing",
            ],
            objects: ["agreement", "agreements", "contract", "contracts", "deal", "deals", "memorandum", "pact", "accord", "mou"],
            // "sealed a deal to take 51% of": an agreement to buy is the purchase.
            notBefore: ["to buy", "to acquire", "to take", "to purchase", "for the purchase", "for the acquisition", "to sell"]),
        EventCombination(
            .priceMove,
            verbs: [
                "lifted", "lifts", "raised", "raises", "raising", "marked up", "marking up", "marks up", "lowered", "lowers", "lowering",
                "cut", "cuts", "cutting", "hiked", "hikes", "trimmed", "trims",
            ],
            objects: ["price", "prices", "list price", "list prices", "quotes", "quotations"],
            // ("raised its DRAM contract price outlook": a forecast revised, not a price.)
            notBefore: ["outlook", "forecast", "forecasts", "estimate", "estimates", "guidance", "target", "targets", "expectations"]),
        // "已最终敲定向台积电…提供66亿美元政府补贴": a government's grant, said in Chinese.
        EventCombination(
            .policy,
            verbs: [
                "敲定", "批准", "核准", "拨款", "批出", "获得", "启动", "推出", "launched", "launches", "clawing back", "claws back", "clawed back", "revoked", "rescinded", "received", "receives",
                "secured", "secures", "won", "wins",
            ],
            // ("received state incentives valued at $536 million", "secured financial support of $7.6 million from the … Energy Agency".)
            objects: [
                "补贴", "补助", "资助", "奖励", "incentives", "grant", "grants", "subsidy", "subsidies", "grant funding", "financial support",
                "state aid",
            ], verbFirst: true, span: 60),
        // "氢氧化锂报价涨5000元": a quote and its move.
        EventCombination(.priceMove, verbs: ["报价", "价格", "均价", "现货价"], objects: ["涨", "跌"], verbFirst: true, span: 6),
        // "拟通过全资子公司在摩洛哥投资约2亿美元", "plans a significant investment totaling CNY800 million":
        // a company's proposal and its investment, apart.
        // ("投资扩建" is an expansion; "…产业投资合伙企业", "投资有限公司", "an investment fund" are names or firms.)
        EventCombination(
            .investmentAnnounced,
            verbs: [
                "拟", "宣布", "计划", "决定", "plans a", "plans an", "planned a", "planned an", "announced a", "announced an", "announces a",
                "announces an", "unveiled a", "unveiled an", "will make a", "will make an",
            ],
            objects: ["投资", "新建", "investment"],
            notBefore: [
                "扩建", "扩产", "技改", "合伙", "有限", "基金", "公司", "集团", "控股", "人", "fund", "funds", "firm", "bank", "company", "vehicle",
                "grade", "banker", "bankers", "arm", "income", "returns", "return",
            ], verbFirst: true),
        // "较T-1增11美元", "环比下跌2%": a price list's change against the day, week or month before.
        EventCombination(
            .priceMove,
            verbs: ["较t-1", "较上日", "较前日", "较昨日", "较上周", "较上月", "较前一交易日", "环比", "日环比", "周环比"],
            objects: ["增", "减", "涨", "跌", "上涨", "下跌", "上升", "下降", "上调", "下调"]),
        EventCombination(
            .policy,
            verbs: [
                "approved", "approves", "signed off on", "signs off on", "cleared", "clears", "granted", "grants", "awarded", "awards",
                "authorised", "authorized", "green-lit", "greenlit", "backed", "will receive", "to receive", "finalized", "finalised",
                "finalizes", "finalises", "to approve",
            ],
            objects: [
                "subsidies", "subsidy", "state aid", "aid", "grant", "grants", "incentives", "incentive", "funding", "tax credits",
                "tax credit", "loan", "loans", "award", "awards", "tax break", "tax breaks", "tax abatement", "payment-in-lieu", "financial support",
            ], verbFirst: true),
        EventCombination(
            .exportControl,
            verbs: [
                "ban on", "banned", "bans", "banning", "halted", "halts", "suspended", "suspends", "restricted", "restricts", "restricting",
                "curbed", "curbs", "tightened", "extended its ban", "extend its ban", "prolonged", "require licences", "require licenses",
                "requires licences", "requires licenses", "licences for", "licenses for", "permits for", "will stop", "stops", "stopped", "freeze on", "暂停", "叫停", "禁止",
                "限制", "suspension of", "suspension on", "moratorium on", "require", "requires", "will require",
            ],
            // ("will require exporters to obtain licences": a licence asked of exporters.)
            objects: ["exports", "export of", "exports of", "shipments abroad", "exporters to", "出口"],
            notBefore: ["volumes", "volume", "data", "earnings", "revenue", "量", "额"]),
    ]

    /// True when a word of `notBefore` follows the object (after a space, up to the next word).
    func followed(_ end: Int, in text: FactText) -> Bool {
        let next = text.skippingSpaces(from: end)
        return notBefore.contains { keys in
            // A Latin word follows after a space; a Chinese one right after the object.
            guard next > end || FactText.isHan(keys[0]), text.matches(keys, at: next) else { return false }
            let after = next + keys.count
            return after >= text.count || !FactText.isLetter(text.scalars[after])
        }
    }

    /// Steps whose verbs say a start ("began", "started"): followed by "to", they start another verb.
    static let startingKinds: EventKinds = [.constructionStart, .productionStart]

    /// The lists the one pass over the text matches: each combination's verbs, then its objects.
    static let lists: [WordList] = all.flatMap { [$0.verbs, $0.objects] }
}

extension EventFinder {
    /// Each combination's verb and object in one clause, close together, either order: the step's
    /// span runs from the first to the last of the two.
    func combinationHits(firstSlot: Int) -> [Hit] {
        var hits: [Hit] = []
        // By index: binding each combination would copy its word lists (a dozen references) per body.
        let combinations = EventCombination.all
        for index in combinations.indices {
            let verbs = words.wholeWords(firstSlot + 2 * index)
            guard !verbs.isEmpty else { continue }
            let objects = words.wholeWords(firstSlot + 2 * index + 1)
            var found = 0
            // Each combination's own span bounds its window (most are closer than `reach`).
            let span = combinations[index].span
            // Objects and verbs both ascend: the first verb that may reach an object only moves on.
            var lowest = verbs.startIndex
            for object in objects where found < 50 {
                while lowest < verbs.endIndex, verbs[lowest].end + span < object.start { lowest += 1 }
                var next = lowest
                while next < verbs.endIndex, verbs[next].start <= object.end + span {
                    let verb = verbs[next]
                    next += 1
                    guard verb.end <= object.start || (verb.start >= object.end && !combinations[index].verbFirst) else { continue }
                    let (first, last) = verb.start < object.start ? (verb, object) : (object, verb)
                    guard last.start - first.end <= span else { continue }
                    // One clause: no comma, semicolon or sentence end between the two.
                    guard text.clauseStart(before: last.start) <= first.start, !combinations[index].followed(object.end, in: text) else { continue }
                    // "has begun to impact … manufacturing": a start of another verb, not of the object.
                    if verb.start < object.start, EventCombination.startingKinds.contains(combinations[index].kind),
                        text.matchesExactly("to ", at: text.skippingSpaces(from: verb.end))
                    {
                        continue
                    }
                    // "with construction to start later this year": an infinitive after its object is a step to come.
                    if verb.start > object.end, let to = wordBefore(verb.start), text.keys[to].elementsEqual("to".unicodeScalars) { continue }
                    // "Taiwan Semiconductor Manufacturing Company (TSMC) has begun": a word of a name is no object.
                    if names.contains(where: { $0.start <= object.start && object.end <= $0.end }) { continue }
                    hits.append(Hit(kind: combinations[index].kind, start: first.start, end: last.end, verb: verb.start, between: first.end..<last.start))
                    found += 1
                    break
                }
            }
        }
        return hits
    }
}
