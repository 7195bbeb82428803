/// Finds the supply-chain steps an article reports, from the words that name them, and links each
/// to the organizations, places, capacities and money around it. Only the news counts: a step in
/// a clause that dates it to an earlier year or schedules it for later is background or plan.
struct EventFinder {
    typealias Kind = EventFact.Kind

    /// Words naming each step (lowercase; simplified Chinese, which traditional text folds to).
    static let triggers: [(Kind, [String])] = [
        (.constructionStart, [
            "broke ground", "breaks ground", "ground was broken", "ground-breaking ceremony", "started construction",
            "starts construction", "began construction", "begins construction", "construction began", "construction started",
            "construction has started", "construction has begun", "construction under way", "construction is under way",
            "start of construction", "foundation stone", "groundbreaking ceremony", "held a groundbreaking", "ground has been broken",
            "work began on", "work has begun on", "work started on", "began work on", "started work on", "开工", "奠基", "动工",
            "动土", "破土", "first concrete", "began civil works", "started civil works", "kicked off construction",
            "starting construction", "turned the first sod", "开建", "开始施工", "进场施工", "开始建设", "broken ground", "breaking ground",
        ]),
        (.toppingOut, [
            "topping-out", "topping out", "topped out", "tops out", "richtfest", "reached its full height", "shell is finished",
            "封顶", "上梁", "主体结构完工", "主体完工", "structural completion", "structurally complete", "主体结构竣工", "结构竣工", "全面合拢",
            "主体合拢", "topping off", "topped off",
        ]),
        (.equipmentMoveIn, [
            "tool move-in", "equipment move-in", "move-in ceremony", "moved in its first", "moved the first", "tool-in", "设备进场",
            "设备搬入", "设备入驻", "机台进驻", "搬入", "设备进厂", "moving tools", "moving chipmaking tools", "moving equipment",
            "tools into", "equipment into", "tools arrived", "first tools", "installing production equipment", "lifted into the cleanroom",
            "首台设备", "设备入场", "移机", "上机典礼", "搬机", "进机", "运抵厂房", "运抵车间", "进驻厂房", "移入厂房", "搬进厂房", "入驻厂房",
            "移入无尘室", "进驻无尘室", "设备导入", "机台导入",
        ]),
        (.productionStart, [
            "started production", "starts production", "began production", "begins production", "start of production",
            "commenced production", "started mass production", "began mass production", "entered mass production",
            "started volume production", "began volume production", "started commercial production", "began commercial production",
            "reached commercial production", "rolled off", "came off the line", "come off the line", "had come off the line", "went into production", "entered production",
            "first shipment of cells", "entered volume production", "entered mass production", "mass production", "volume production",
            "commercial production", "commissioned", "inaugurated", "first lots", "first batch", "first coil", "began operations",
            "started operations", "went into operation", "entered operation", "投产", "量产", "下线", "产出", "正式生产", "进入量产", "正式量产",
            "商转", "连续生产", "投运", "投入运营", "came on stream", "came onstream", "试产", "建成投片", "正式投片",
            "首次投片", "produced its first", "produced the first", "produced first", "produces its first", "flipped the switch on",
            "flips the switch on", "has started up", "started up its", "started up a", "started up the",
        ]),
        (.capacityExpansion, [
            "expansion", "expand", "expands", "expanded", "add capacity", "adding capacity", "will add", "to add", "boost capacity",
            "raise capacity", "increase capacity", "raise its capacity", "raise its annual capacity", "lift its capacity",
            "increase its capacity", "double its capacity", "double capacity", "debottleneck", "debottlenecking",
            "raise the nameplate capacity", "raise nameplate capacity", "新增月产能", "新增年产能", "扩产", "扩建", "扩能", "新增产能", "扩大产能", "提升产能", "增资扩产",
        ]),
        (.acquisition, [
            "acquire", "acquires", "acquired", "acquisition", "acquiring", "buy a stake", "buys a stake", "bought a stake",
            "take a stake", "takes a stake", "took a stake", "stake in", "takeover", "to buy", "agreed to buy", "bought out",
            "closed the purchase of", "completed the purchase of", "completed the acquisition", "closed the acquisition",
            "buy out", "buys out", "full ownership", "收购", "并购", "受让", "buying out", "become the owner", "became the owner",
            "becomes the owner", "sold to", "took control of", "taken control of", "takes control of", "take control of",
            "入股", "购买股权", "卖给", "售予", "出售给",
        ]),
        (.closureOrHalt, [
            "halted", "halts", "halt production", "suspended", "suspends", "suspension", "shut down", "shuts down", "shutdown",
            "care and maintenance", "idled", "idles", "idling", "mothball", "mothballed", "placed on hold", "put on hold", "closure",
            "wound down", "winds down", "pulled the plug on", "shuttered", "shutters",
            "will close", "to close", "suspend production",
            "halt production", "stop production", "halt operations", "halted operations", "停产", "暂停", "关停", "关闭", "停工",
            "停止生产", "停止开采",
        ]),
        (.exportControl, [
            "export control", "export controls", "export restrictions", "export licence", "export license", "export licences",
            "export licenses", "entity list", "restrict exports", "curbs on exports", "export curbs", "export ban", "blacklisted",
            "blacklist", "licence requirement", "license requirement", "export permit", "export permits", "出口管制", "出口许可", "实体清单", "出口限制", "管制清单",
            "限制出口", "禁止出口",
        ]),
        (.agreementSigned, [
            "signed", "signs", "sign a", "signing", "inked", "entered into", "memorandum of understanding", "struck a deal",
            "strikes a deal", "签署", "签订", "签约", "签下", "签定",
        ]),
        (.investmentAnnounced, [
            "plans to invest", "plan to invest", "will invest", "agreed to invest", "would invest", "is investing", "will pour", "will sink",
            "would sink", "to sink", "will plough", "would plough",
            "to pour", "committing", "commits",
            "investment agreement", "announced an investment", "plans to build", "will build", "拟投资", "计划投资", "将投资",
            "宣布投资", "投资建设", "拟投建", "投资协议", "投资合作协议", "斥资", "拟建设", "投资兴建", "投资议案", "拟新建", "新建年产",
            "aims to build", "aim to build", "intends to build", "intend to build", "planning to build", "plans to construct",
            "will construct", "decided to build", "decided to invest", "announced plans to build",
            "unveiled plans", "加码投资", "追加投资", "final investment decision", "投资合同", "投资协议书", "决议兴建", "决议投资", "购地兴建",
            "兴建新厂", "plans to establish", "plan to establish", "has chosen to build", "chose to build", "has selected", "will locate",
            "plans to spend", "plan to spend", "will spend",
        ]),
        (.policy, [
            "approved", "state aid", "draft rules", "draft standard", "draft regulation", "issued", "unveiled", "published",
            "would provide", "will provide", "to provide", "additional support", "government aid", "proposed", "tariff", "tariffs",
            "levies", "levy", "signed off on", "signs off on", "征求意见稿", "规范条件", "印发", "出台", "管理办法", "暂行办法", "核定", "加征",
        ]),
        (.priceMove, [
            "rose", "rises", "risen", "fell", "falls", "fallen", "climbed", "climbs", "dropped", "drops", "declined", "slid", "slipped",
            "jumped", "surged", "rallied", "plunged", "tumbled", "gained", "edged up", "edged down", "hiked", "firmed", "eased", "softened",
            "gave up", "retreated", "slumped", "sank", "soared", "spiked", "shed", "跳涨", "走低至", "走高至", "跳升", "急升", "飙升", "攀升", "大升",
            "急跌", "暴跌", "重挫", "飙涨", "急涨", "提价", "have collapsed", "has collapsed", "continue to fall", "continued to fall", "continues to fall",
            "continue to rise", "continued to rise", "continues to rise", "plummeted", "kept falling", "keep falling", "price hike", "price hikes",
            "price increase", "price increases", "price cut", "price cuts", "downward trend", "downward shift", "upward trend", "涨超", "跌超",
            "涨逾", "跌逾", "涨约", "跌约", "涨近", "跌近",
            "上涨", "下跌", "上调", "下调", "涨价", "降价", "回落", "反弹", "走高", "走低", "大涨", "大跌", "涨至", "跌至", "跌破", "涨幅",
            "跌幅", "上扬", "下滑", "走强", "走弱", "小涨", "小跌", "走扬", "调涨", "调降", "raise prices", "raise contract prices",
            "raise its prices", "cut prices",
        ]),
    ]

    /// Clause words that make a step a plan ("is scheduled to start construction").
    private static let planWords = WordList([
        "will", "would", "is expected", "are expected", "expected to", "scheduled", "plans to", "planned", "plan to", "aims to",
        "aim to", "intends", "is set to", "are set to", "could", "may", "might", "target", "targeted for", "targeted to", "预计", "计划", "将于", "将在", "有望",
        "力争", "预期", "准备", "明年", "next year", "later this year", "by the end of", "年底前", "将", "拟", "designed to",
        "推动", "确保", "争取", "once", "after", "有意", "is due to", "are due to", "was due to", "were due to",
        "slated", "poised to", "on track to", "seeks to", "seeking to", "looking to", "hopes to", "hoping to", "wants to",
        "is to be", "are to be", "即将", "预定", "打算", "strive", "strives", "striving", "to hold", "will hold", "to host", "will host",
    ])
    /// Words that deny a step in its clause: "has not started production", "尚未投产".
    private static let negations = WordList([
        "not", "never", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "isn't", "aren't",
        "wasn't", "weren't", "no plans", "no plan", "no intention", "no decision", "尚未", "并未", "未能", "没有", "不会",
        "无意", "暂无", "未曾", "仍未", "还未", "并非", "未来", "未", "不存在", "no", "yet to", "scrapped", "abandoned", "shelved", "cancelled", "canceled", "放弃", "终止", "取消",
    ])
    /// Clause words that make a step history ("was bought by a consortium in 2022").
    private static let historyWords = WordList([
        "already", "previously", "earlier", "last year", "since", "was bought", "was acquired", "were bought",
        "曾", "此前", "去年", "早在", "先后", "已于", "已经", "前年", "此前已", "以来", "days after", "weeks after", "months after",
        "a day after", "a week after", "shortly after", "comes after", "came after", "同年", "follows", "followed", "此后",
    ])
    /// Kinds a plan may be the news of: announcing an investment, an expansion or a purchase is the event.
    private static let announced: EventKinds = [
        .investmentAnnounced, .capacityExpansion, .acquisition, .exportControl, .policy, .closureOrHalt, .priceMove,
    ]
    /// Words that make any step a possibility, not news ("is designed to expand").
    private static let speculative = WordList([
        "designed to", "could", "might", "capable of", "would be able", "may consider", "consider", "considering", "exploring",
        "weighing", "if ", "unless", "expected to", "expects to", "expect to", "expecting to", "forecast", "predict", "或将", "有望", "方可", "如果", "若", "预计", "预期",
        "counting on", "hoped", "hoping", "一旦", "假如", "倘若", "可能", "有机会", "可望", "是否", "continuing to", "continues to", "起草",
        "before ", "until ", "pending", "preparations for", "preparing for", "in preparation for", "ready for", "ready to", "有权", "the right to", "an option to", "倾向", "tend to", "tends to",
        // A step put off is no step: "pushed back the start of production".
        "pushed back", "push back", "delayed", "postponed", "put off", "推迟", "延期", "延后", "暂缓", "延迟", "延误", "受阻",
    ])
    /// Words anywhere in a sentence that make it hearsay or a forecast ("some speculate that idled mines could restart").
    private static let hearsay = WordList([
        "speculat", "rumor", "rumour", "传闻", "据传", "市场另传出", "analysts expect", "subject to approval", "reportedly", "allegedly",
        "is said to", "are said to", "据报道", "denied", "否认", "传言", "传出", "消息称", "另有消息", "待证实", "未经证实", "unconfirmed",
        "denies", "deny", "dismissed reports", "dismissed speculation", "dismissed rumours", "dismissed rumors", "refuted",
        "辟谣", "不实", "不属实", "知情人士", "猜测", "疑似", "网传", "自媒体", "报道称", "文章称", "市场传言", "there were reports",
        "there have been reports", "reports that", "awaiting", "awaits", "according to a report", "according to reports", "report said",
        "reports said", "a report by",
    ])
    /// "agreements signed in 2022", "一厂于2017年实现量产": a step dated by a bare year is history.
    private static let yearMarkers = WordList(["in ", "since ", "于", "在", "by "])

    private static let priceWords = WordList([
        "price", "prices", "futures", "contract", "spot", "quotes", "a tonne", "per tonne", "a ton", "per ton", "价格", "报价", "均价", "期货",
        "现货", "价", "加工费", "元/吨",
    ])
    /// Moves that are not prices: shares, results, volumes.
    private static let shareWords = WordList([
        "shares", "share price", "stock", "index", "profit", "revenue", "income", "earnings", "sales", "shipments", "output",
        "exports", "imports", "出口量", "进口量",
        "cost", "costs", "h股", "a股", "港股", "美股", "股价", "股票", "收涨", "收跌", "指数", "板块", "市值", "净利", "营收", "利润", "收入", "产量", "出货", "成本",
        "target price", "price target", "rating", "目标价", "评级", "锂电股", "概念股", "个股", "股市", "股指",
    ])
    /// Words right after a Chinese step that make it a noun or a condition ("投产后", "开工率", "扩产步伐").
    private static let nounEndings: [Unicode.Scalar] = ["后", "前", "时", "率", "的", "进", "步", "能", "计", "厂", "线", "阶", "规", "幅", "验", "空", "趋", "压", "潜", "已", "检", "周", "目", "场", "不"]
    private static let agreementWords = WordList([
        "agreement", "deal", "contract", "memorandum", "mou", "accord", "framework", "lease", "pact", "协议", "合同", "备忘录", "框架",
        "协定", "合约",
    ])
    private static let governmentWords = WordList([
        "ministry", "commission", "government", "council", "department", "regulator", "authority", "bureau", "administration",
        "state", "federal", "parliament", "washington", "beijing", "brussels",
        "部", "委", "政府", "国务院", "局", "署", "省", "市",
    ])
    private static let facilityWords = WordList([
        "plant", "factory", "mine", "fab", "line", "site", "refinery", "smelter", "facility", "production", "operations", "output",
        "mining", "pit",
        "工厂", "矿", "产线", "基地", "生产", "开采", "项目", "装置", "产能", "运营", "工地", "施工",
    ])
    /// What a stake or a company is bought as: "agreed to buy lithium carbonate" is a supply deal.
    private static let ownershipWords = WordList([
        "stake", "shares", "%", "interest in", "majority", "controlling", "company", "business", "unit", "subsidiary", "assets", "operations", "股权", "股份", "公司",
        "the latter", "the former", "the target", "per share", "all-stock", "all-cash",
        "资产", "业务",
    ])
    /// Agreements as nouns, which a participle after them describes ("contracts signed in 2023").
    private static let agreementNouns: Set<String> = [
        "contract", "contracts", "agreement", "agreements", "deal", "deals", "memorandum", "memorandums", "accords", "pacts",
    ]
    /// What an agreement to buy or sell a company says after it.
    private static let buyingWords = WordList([
        "to acquire", "to buy", "to purchase", "to sell", "for the acquisition of", "for the purchase of", "for the sale of",
        "to take over", "收购", "股权转让", "股份转让", "收购协议", "股权购买", "股份购买", "share purchase", "stock purchase",
    ])
    /// Buying words that name a purchase of a company whatever follows: "signed an agreement to acquire the latter".
    private static let acquiringWords: Set<String> = [
        "to acquire", "for the acquisition of", "to take over", "收购", "股权转让", "股份转让", "收购协议", "股权购买", "股份购买", "share purchase",
        "stock purchase",
    ]
    /// Words that point back to the company an article is about: "The company will…", "公司决定…".
    private static let anaphors = WordList([
        "the company", "the group", "the firm", "the miner", "the refiner", "the maker", "producer", "chipmaker", "the developer", "该公司", "公司",
        "集团",
    ])
    /// Nouns an infinitive after them serves: "on the path to expand", "in a bid to build" name a purpose, not a step.
    private static let purposeWords = WordList([
        "path to", "bid to", "effort to", "efforts to", "drive to", "push to", "race to", "races to", "racing to", "strategy to",
        "goal to", "ambition to", "quest to", "need to", "pressure to", "way to", "in order to", "so as to", "investment to", "investments to",
        "commitment to", "program to", "programme to", "initiative to", "with",
    ])
    /// A stake held, not bought: "which holds a 15% stake in the company", "持有其20%股权".
    private static let holdingWords = WordList(["holds", "owns", "has held", "has owned", "持有", "持股"])
    /// Words before a participle that make it an adjective ("of idled capacity", "the suspended line").
    private static let attributiveMarkers: Set<String> = ["the", "a", "an", "of", "its", "their", "these", "those", "such"]
    /// Verbs that say buying without saying what: their object must be a company or a stake.
    private static let bareBuying: Set<String> = [
        "to buy", "agreed to buy", "acquire", "acquires", "acquired", "acquiring", "acquisition", "收购", "受让", "sold to",
    ]
    /// "as prices slid through the year", "去年…": moves told of a past period.
    private static let pastPeriodWords = WordList([
        "last year", "last month", "through the year", "a year earlier", "in the past year", "去年", "全年", "ago", "earlier this year",
        "years earlier", "months earlier", "at the time", "前年", "earlier this month", "earlier this week", "earlier in the month",
        "in recent years", "over the years", "past decade", "past two years", "past three years", "past four years", "past five years",
        "past six years", "past few years", "past several years",
    ])
    static let products = [
        ("lithium carbonate", "lithium carbonate"), ("碳酸锂", "lithium carbonate"), ("lithium hydroxide", "lithium hydroxide"),
        ("氢氧化锂", "lithium hydroxide"), ("spodumene", "spodumene"), ("锂辉石", "spodumene"), ("锂精矿", "spodumene"),
        ("cobalt", "cobalt"), ("钴", "cobalt"), ("nickel", "nickel"), ("镍", "nickel"), ("dram", "DRAM"), ("nand", "NAND"),
        ("hbm", "HBM"), ("ddr4", "DRAM"), ("ddr5", "DRAM"), ("lpddr", "DRAM"), ("polysilicon", "polysilicon"), ("多晶硅", "polysilicon"), ("lfp", "LFP"), ("磷酸铁锂", "LFP"),
        ("cathode", "cathode"), ("正极", "cathode"), ("electrolyte", "electrolyte"), ("电解液", "electrolyte"),
        ("六氟磷酸锂", "lithium hexafluorophosphate"), ("wafer", "wafers"), ("晶圆", "wafers"), ("memory", "memory"), ("存储", "memory"),
        ("内存", "memory"), ("foundry", "foundry"), ("代工", "foundry"), ("graphite", "graphite"), ("石墨", "graphite"),
        ("lithium", "lithium"), ("锂", "lithium"), ("sodium", "sodium"), ("钠", "sodium"),
        ("cobalt sulfate", "cobalt sulfate"), ("cobalt sulphate", "cobalt sulfate"), ("硫酸钴", "cobalt sulfate"),
        ("四氧化三钴", "cobalt oxide"), ("cobalt oxide", "cobalt oxide"), ("nickel sulfate", "nickel sulfate"),
        ("nickel sulphate", "nickel sulfate"), ("硫酸镍", "nickel sulfate"), ("lepidolite", "lepidolite"), ("锂云母", "lepidolite"),
        ("precursor", "precursor"), ("前驱体", "precursor"), ("nand flash", "NAND"), ("电芯", "cells"),
        ("lithium hexafluorophosphate", "lithium hexafluorophosphate"), ("lipf6", "lithium hexafluorophosphate"),
        ("gallium", "gallium"), ("镓", "gallium"), ("germanium", "germanium"), ("锗", "germanium"), ("indium", "indium"), ("铟", "indium"),
        ("antimony", "antimony"), ("锑", "antimony"), ("rare earth", "rare earths"), ("稀土", "rare earths"), ("manganese", "manganese"),
        ("锰", "manganese"), ("硅料", "polysilicon"), ("tungsten", "tungsten"), ("钨", "tungsten"),
    ]

    private static let productWords = WordList(products.map(\.0))
    private static let expansionWords = WordList(["capacity", "capacities", "产能", "plant", "line", "tonnes", "gwh", "工厂", "产线", "项目", "基地"])
    /// Asked of a step word's keys: "memorandum" signs, "close" and "closure" shut a plant.
    private static let memorandum = Array("memorandum".unicodeScalars)
    private static let close = Array("close".unicodeScalars)
    private static let closure = Array("closure".unicodeScalars)
    private static let export = Array("export".unicodeScalars)
    private static let contractSigning = Array("签约".unicodeScalars)
    /// What a halt may be of besides production: a deal, a construction site, an investment ("暂停…工厂建设").
    private static let dealWords = WordList(["deal", "transaction", "acquisition", "交易", "construction", "investment", "建设", "投资", "talks", "谈判"])
    private static let landWords = WordList(["acquisition of land", "land acquisition", "征地"])
    /// Every trigger in one list, and the step each names.
    private static let triggerWords = WordList(triggers.flatMap(\.1))
    /// Each trigger's kind by its keys (no two kinds share a trigger).
    private static let kindOfTrigger: [ScalarRun: Kind] = {
        var kinds: [ScalarRun: Kind] = [:]
        for (kind, words) in triggers {
            for word in words {
                let keys = ScalarRun(word.unicodeScalars.map { FactText.key(of: $0) })
                if kinds[keys] == nil { kinds[keys] = kind }
            }
        }
        return kinds
    }()

    let text: FactText
    let names: [NameSpan]
    let capacities: [CapacityFact]
    let money: [MoneyFact]
    /// Where the triggers and context words occur, found in the facts' one pass (`FactWords`).
    let words: WordOccurrences

    /// Every year the text names (2000–2099), with where it stands: read once, asked for each step.
    private let years: [(position: Int, year: Int)]
    /// The article's publication year and month, when its record has a date: the "now" a step is read against.
    private let published: (year: Int, month: Int)?
    /// The month of the article's own day: its record's, else that of the first "M月D日" or English
    /// dateline ("Zaozhuang, March 18 —") near its start.
    private let articleMonth: Int?

    init(
        text: FactText, words: WordOccurrences, names: [NameSpan], capacities: [CapacityFact], money: [MoneyFact],
        published: (year: Int, month: Int)? = nil
    ) {
        self.text = text
        self.words = words
        self.names = names
        self.capacities = capacities
        self.money = money
        self.published = published
        years = Self.years(in: text)
        let opening = 0..<min(text.count, 200)
        articleMonth = published?.month ?? Self.monthDay(in: text, opening).first?.month
            ?? EnglishMonths.months(in: text, opening).first(where: \.day)?.month
    }

    /// The triggers and the word lists a step's checks read, matched together in one pass over the text.
    private enum Context: Int, CaseIterable {
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
        let milestone: EventKinds = [.constructionStart, .toppingOut, .equipmentMoveIn, .productionStart]
        // One pass finds every trigger; steps are then taken kind by kind, in the order of `triggers`.
        var hits: [Hit] = []
        for (start, end) in words.wholeWords(Context.triggerWords.rawValue) {
            guard let kind = Self.kindOfTrigger[ScalarRun(text.keys[start..<end])] else { continue }
            hits.append(Hit(kind: kind, start: start, end: end, verb: start))
        }
        hits += combinationHits(firstSlot: Context.allCases.count)
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
                if !text.scalars[position].isASCII, let next = text.scalar(at: end), Self.nounEndings.contains(FactText.key(of: next)) { continue }
                // "项目不停工": a Chinese step denied right before it.
                if !text.scalars[position].isASCII, position > 0, text.keys[position - 1] == "不" { continue }
                // "near Niagara Falls": a capitalized step word after a capitalized word is part of a name
                // (in a sentence, not a headline in title case).
                if kind == .priceMove, partOfAName(position) { continue }
                // "自项目签约以来", "投产以后": a time since or after the step, told as background.
                if !text.scalars[position].isASCII, text.matchesExactly("以来", at: end) || text.matchesExactly("以后", at: end) { continue }
                // "人均产出有望提高": a Chinese step word before a modal is a noun, the subject of a forecast.
                if !text.scalars[position].isASCII, Self.speculative.match(in: text, at: end, wholeWord: false) != nil
                    || Self.planWords.match(in: text, at: end, wholeWord: false) != nil
                {
                    continue
                }
                // "价格明年有机会调涨", "价格将延续上涨": a forecast or a plan between a verb and its object.
                if hit.end - hit.start > 4, words.contains(Context.speculative.rawValue, in: hit.start..<hit.end)
                    || hit.between.map(future) ?? false
                {
                    continue
                }
                // "Installation of equipment is scheduled to start": a step named by a noun, planned by what follows.
                if text.scalars[hit.verb].isASCII, nominal(hit), words.contains(Context.planWords.rawValue, in: end..<min(text.sentence(containing: end).upperBound, end + 40))
                    || words.contains(Context.speculative.rawValue, in: end..<min(text.sentence(containing: end).upperBound, end + 40))
                {
                    continue
                }
                // A step's clause is read up to its verb: "Construction would begin" is a plan.
                guard isNews(kind, at: hit.verb, end: end, currentYear: currentYear), fits(kind, at: position, end: end) else { continue }
                // An expansion stated with a start of production or construction is that step ("投产，新增产能…").
                if kind == .capacityExpansion,
                    sites.contains(where: { milestone.contains($0.0) && text.sentence(containing: $0.1) == text.sentence(containing: position) })
                {
                    continue
                }
                // "issued a notice on imposing export restrictions": a measure on exports is the export control.
                // (In its paragraph: "The export restrictions … will take effect. The regulation was published on Friday.")
                if kind == .policy, hits.contains(where: { $0.kind == .exportControl && text.paragraph(containing: $0.start) == text.paragraph(containing: position) }) {
                    continue
                }
                // A step that states its investment is that step only: the investment is sought elsewhere.
                if kind == .investmentAnnounced,
                    sites.contains(where: { ($0.0 == .capacityExpansion || milestone.contains($0.0)) && text.paragraph(containing: $0.1) == text.paragraph(containing: position) })
                {
                    continue
                }
                if kind == .priceMove {
                    // "南亚科持续上调价格": a company moving its own price, no product named.
                    guard let product = product(near: position) ?? ownPrice(before: position, end: end), priceProducts.insert(product).inserted else { continue }
                    // "DRAM and NAND flash dropped by 15% and 28%": each product named before the move moved.
                    for other in products(before: position) where priceProducts.insert(other).inserted {
                        sites.append((kind, position, text.string(position..<end)))
                    }
                } else {
                    guard !kinds.contains(kind) else { continue }
                }
                kinds.insert(kind)
                sites.append((kind, position, text.string(position..<end)))
            }
        }
        // A groundbreaking, move-in or production start that states the investment is that step
        // only; an investment agreement is an agreement and an investment.
        let stepKinds = milestone.union([.capacityExpansion])
        let steps = sites.filter { stepKinds.contains($0.0) }.map { text.paragraph(containing: $0.1) }
        // (The paragraph after the step's may go on with the project's figures: "…开工仪式举行。\n\n据悉，项目由…投资建设，总投资25亿元".)
        sites.removeAll { site in
            guard site.0 == .investmentAnnounced else { return false }
            let paragraph = text.paragraph(containing: site.1)
            var previous = paragraph.lowerBound - 1
            while previous > 0, text.scalars[previous] == "\n" || text.scalars[previous] == " " { previous -= 1 }
            return steps.contains { $0 == paragraph || previous >= 0 && $0.contains(previous) && !opensAnItem(paragraph) }
        }
        for (kind, position, word) in sites.sorted(by: { $0.1 < $1.1 }) {
            events.append(link(kind, at: position, word: word))
        }
        return events
    }

    /// True when the step happens now: not dated to an earlier year, not scheduled or planned.
    private func isNews(_ kind: Kind, at start: Int, end: Int, currentYear: Int?) -> Bool {
        let clause = text.clauseStart(before: start)
        let sentence = text.sentence(containing: start)
        let before = clause..<start
        if words.contains(Context.speculative.rawValue, in: before) || words.contains(Context.hearsay.rawValue, in: sentence) { return false }
        // "赣州基地是否已停产？": a question reports nothing.
        if let last = text.scalar(at: sentence.upperBound - 1), last == "?" || last == "？" { return false }
        // "如下游客户签订长期协议，…": a clause opened by 如 is a condition ("如期", "如今", "如何", "如下：" are not).
        if clause + 1 < text.count, text.keys[clause] == "如", !["期", "今", "此", "何"].contains(text.keys[clause + 1]),
            !(text.keys[clause + 1] == "下" && clause + 2 < text.count && !FactText.isHan(text.scalars[clause + 2])),  // "如下：" (as follows)
            !names.contains(where: { $0.start == clause })  // "如东", "如皋": a name, not a condition
        {
            return false
        }
        // "approved €298 million in aid last year", "as prices slid through the year": told of a past period.
        if let past = words.lastEnd(Context.pastPeriodWords.rawValue, in: end..<min(sentence.upperBound, end + 60)),
            // ("slipped to 0.45 from 0.50 a month ago": a price compared with an earlier one moved now.)
            !(kind == .priceMove && text.matchesExactly("ago", at: past - 3))
        {
            return false
        }
        // "restarts of idled mines", "the acquired plant": a participle naming a state, not a step.
        // (The step word's ending is read first, from its keys: most do not end in "ed".)
        if end - start >= 2, text.keys[end - 2] == "e", text.keys[end - 1] == "d", attributive(before: start) { return false }
        // Said in a quotation: a person's words, not the news the article reports.
        if text.insideQuotation(start), !quotedTerm(around: start) { return false }
        // A step dated by a bare year ("began production in 2021", "于2017年实现量产") is history.
        if datedByYear(start: start, end: end, sentence: sentence, currentYear: currentYear) { return false }
        // "碳酸锂价格将上涨5%": a market's move ahead is a forecast; a company's own ("will raise prices") is news.
        if kind == .priceMove, future(before),
            !names.contains(where: { $0.isOrganization && before.contains($0.start) })
        {
            return false
        }
        if !Self.announced.contains(kind), let plan = words.lastEnd(Context.planWords.rawValue, in: before),
            !(plan >= 3 && text.keys[plan - 2] == "计" && ["原", "定", "按", "照", "依"].contains(text.keys[plan - 3]))  // "比原计划提前", "按照原定计划完成": as planned, done
        {
            return false
        }
        if kind != .priceMove, let history = words.lastEnd(Context.historyWords.rawValue, in: before), !recentDay(after: history) { return false }
        // The checks below scan their ranges themselves; those above read the one pass and reject most steps first.
        // "has not started production", "has no plans to close", "尚未投产": a step denied in its clause.
        // (Whole words: "not" is no denial in "notice", nor "never" in "nevertheless".)
        // ("No. 2 line" is a number, not a denial.)
        // (Read here, not in the one pass: "no" and "not" are too common to record everywhere.)
        if wordStarts(in: before, of: Self.negations).contains(where: { text.scalar(at: $0) != "." }) { return false }
        // "on the path to expand its capacity", "in a bid to build": an infinitive of purpose.
        if wordStarts(in: max(clause, start - 24)..<start, of: Self.purposeWords).contains(where: { text.skippingSpaces(from: $0) == start }) {
            return false
        }
        // "今年3月开工": a month of this year without its day dates an earlier step or a later plan.
        // (The sentence's opening clause counts when the step's own clause gives no nearer day: "今年7月，…至上周五价格回落".)
        if !text.scalars[start].isASCII, monthOfThisYear(in: before)
            || monthOfThisYear(in: sentence.lowerBound..<openingClauseEnd(sentence, before: start)) && !namesADay(before)
        {
            return false
        }
        // "Once fully operational, …", "Approximately a year ago, …": the sentence's opening clause
        // makes what follows a condition or history.
        if openedAsConditionOrHistory(sentence, before: clause, currentYear: currentYear) { return false }
        // "从开工到投产仅用时17个月": a span between two steps, told as a record.
        if !text.scalars[start].isASCII, start > sentence.lowerBound {
            let previous = text.keys[start - 1]
            if previous == "从" || previous == "到" && text.nextPosition(ofKey: "从", from: sentence.lowerBound) < start { return false }
            // ("从破土动工到竣工": the span's first step may be two words, "破土" then "动工".)
            if (max(sentence.lowerBound, start - 3)..<start).contains(where: { text.keys[$0] == "从" }),
                (end..<min(sentence.upperBound, end + 3)).contains(where: { text.keys[$0] == "到" })
            {
                return false
            }
        }
        // "6月30日，…正式开工" in an article of 12月24日: a step dated months before the article's own day.
        if let month = articleMonth, let stepMonth = leadingMonth(sentence: sentence, before: start), month - stepMonth >= 2 { return false }
        if text.scalars[start].isASCII, datedByEarlierMonth(start: start, end: end, clause: clause, sentence: sentence, currentYear: currentYear) { return false }
        // "mines that halted in August", "which began production": a relative clause describes, it does not report.
        if relativeClause(before: start) { return false }
        // "此前，…已与…签订": Chinese history words often stand before a comma.
        if kind != .priceMove, !text.scalars[start].isASCII, let history = words.lastEnd(Context.historyWords.rawValue, in: sentence.lowerBound..<start),
            !recentDay(after: history)
        {
            return false
        }
        if let currentYear {
            // "in 2022", "2019年": a year before the article's own in the same clause.
            // After the step, to the end of its clause: "signed a contract for the project in 2024".
            var clauseEnd = end
            while clauseEnd < min(sentence.upperBound, end + 80), text.scalars[clauseEnd] != "," && text.scalars[clauseEnd] != "，" { clauseEnd += 1 }
            let after = end..<max(clauseEnd, min(sentence.upperBound, end + 30))
            if yearsIn(before).contains(where: { $0 < currentYear }) { return false }
            // After the step a year dates it ("in October 2024", "2024年"), unless it is what the step
            // is for or runs to ("additional support for fiscal 2025", "through 2025").
            for (position, year) in years where year < currentYear && position >= after.lowerBound && position + 4 <= after.upperBound {
                let lead = text.string(max(after.lowerBound, position - 8)..<position).lowercased()
                if !Self.yearPurposes.contains(where: { lead.hasSuffix($0) }) { return false }
            }
        }
        return true
    }

    /// True when the quotation around `position` is a term, not a person's words: a few words with
    /// no clause inside, closed soon after ('its "Entity List,"', "「新型工業加速計劃」").
    private func quotedTerm(around position: Int) -> Bool {
        let closing: Set<Unicode.Scalar> = ["\"", "”", "」"]
        var close = position
        while close < min(text.count, position + 40), !closing.contains(text.scalars[close]) {
            // ('"Entity List,"': a comma or full stop may stand inside the closing mark.)
            let inside = close + 1 < text.count && closing.contains(text.scalars[close + 1])
            if !inside, [",", "，", ".", "。", ";", "；", "!", "?", "！", "？"].contains(text.scalars[close]) { return false }
            close += 1
        }
        guard close < text.count, closing.contains(text.scalars[close]) else { return false }
        var open = position - 1
        while open >= max(0, position - 40), !["\"", "“", "「"].contains(text.scalars[open]) {
            if [",", "，", ".", "。", ";", "；", "!", "?", "！", "？"].contains(text.scalars[open]) { return false }
            open -= 1
        }
        return open >= max(0, position - 40)
    }

    /// True when a paragraph opens a new item of a list ("三是布局海外", "- ", "3.", "Separately,", "此外"), not more of the one before.
    private func opensAnItem(_ paragraph: Range<Int>) -> Bool {
        let opening = text.skippingSpaces(from: paragraph.lowerBound)
        guard let first = text.scalar(at: opening) else { return false }
        if Self.bullets.contains(first) || FactText.isDigit(first) { return true }
        if text.scalar(at: opening + 1) == "是" { return true }
        return Self.itemOpenings.match(in: text, at: opening, limit: paragraph.upperBound, wholeWord: true) != nil
    }
    private static let itemOpenings = WordList(["separately", "in a separate", "meanwhile", "elsewhere", "also", "此外", "另外", "同时", "另据", "其次", "最后", "第三", "第二"])

    /// True when the capitalized Latin word at `position` (a price's move: "Falls", "Drops") follows a capitalized word in a sentence
    /// written in lower case ("has been producing graphite near Niagara Falls, New York").
    private func partOfAName(_ position: Int) -> Bool {
        guard FactText.isUppercase(text.scalars[position]), position + 1 < text.count, !FactText.isUppercase(text.scalars[position + 1]),
            let previous = wordBefore(position),
            FactText.isUppercase(text.scalars[previous.lowerBound])
        else { return false }
        // A headline capitalizes its words: most words of a sentence start in lower case.
        let sentence = text.sentence(containing: position)
        var lowercaseWords = 0
        for index in sentence where index > sentence.lowerBound && text.scalars[index - 1] == " " && FactText.isLetter(text.scalars[index]) {
            if !FactText.isUppercase(text.scalars[index]) { lowercaseWords += 1 }
            if lowercaseWords >= 4 { return true }
        }
        return false
    }

    /// True when a future auxiliary stands in `range`: "价格将延续上涨", "prices would likely rise".
    private func future(_ range: Range<Int>) -> Bool {
        range.contains { index in
            Self.futureMarkers.match(in: text, at: index, limit: range.upperBound, wholeWord: true) != nil
                && (index == 0 || !text.scalars[index].isASCII || !FactText.isLetter(text.scalars[index - 1]))
        }
    }
    private static let futureMarkers = WordList(["将", "will", "would", "shall", "将会", "将于"])

    /// True when a sentence's opening clause, before the step's own, is a condition ("Once fully
    /// operational,", "若获批，") or history ("A year ago,", "此前，").
    private func openedAsConditionOrHistory(_ sentence: Range<Int>, before clause: Int, currentYear: Int?) -> Bool {
        let opening = text.skippingSpaces(from: sentence.lowerBound)
        guard opening < clause else { return false }
        var end = opening
        while end < clause, text.scalars[end] != "," && text.scalars[end] != "，" { end += 1 }
        guard end < clause, end - opening <= 40 else { return false }
        if Self.conditionOpenings.match(in: text, at: opening, limit: end, wholeWord: true) != nil { return true }
        // "In 2024,", "In July 2022,", "Since 2008,", "2024年，": an earlier year.
        if let currentYear, yearsIn(opening..<end).contains(where: { $0 < currentYear }) { return true }
        let history = Self.historyOpenings
        return (opening..<end).contains { history.match(in: text, at: $0, limit: end, wholeWord: true) != nil && ($0 == opening || !FactText.isLetter(text.scalars[$0 - 1])) }
    }
    private static let conditionOpenings = WordList(["once", "if", "when", "unless", "upon", "一旦", "若", "如果", "倘若", "假如", "待"])
    private static let historyOpenings = WordList([
        "ago", "last year", "earlier", "previously", "in the past", "a year earlier", "years earlier", "去年", "此前", "早在", "前年", "曾经",
    ])


    /// True when an English step is dated to a month two or more before the article's own ("On
    /// October 24, Eramet announced…" in December): in the sentence's opening clause, the step's
    /// own clause, or after the step up to the next comma. A month of another year is the years' to judge.
    private func datedByEarlierMonth(start: Int, end: Int, clause: Int, sentence: Range<Int>, currentYear: Int?) -> Bool {
        // "will shut the line by the end of June": a plan's month is ahead, whatever its number.
        guard let articleMonth, !words.contains(Context.planWords.rawValue, in: sentence.lowerBound..<end) else { return false }
        var after = end
        while after < min(sentence.upperBound, end + 60), text.scalars[after] != "," { after += 1 }
        let opening = sentence.lowerBound..<min(openingClauseEnd(sentence, before: start), start)
        for range in [opening, clause..<start, end..<after] {
            for mention in EnglishMonths.months(in: text, range) where articleMonth - mention.month >= 2 {
                if let year = yearsIn(mention.end..<min(text.count, mention.end + 10)).first, year != currentYear { continue }
                return true
            }
        }
        return false
    }

    /// A month a sentence or a step's clause opens with ("6月30日，", "今年6月8日，").
    private func leadingMonth(sentence: Range<Int>, before start: Int) -> Int? {
        guard !text.scalars[start].isASCII else { return nil }
        let opening = text.skippingSpaces(from: sentence.lowerBound)
        let found = monthDay(in: opening..<min(start, opening + 12))
        return found.first(where: { $0.position <= opening + 2 })?.month
    }

    /// Each "M月D日" in `range`, with where it starts.
    private func monthDay(in range: Range<Int>) -> [(position: Int, month: Int)] { Self.monthDay(in: text, range) }

    private static func monthDay(in text: FactText, _ range: Range<Int>) -> [(position: Int, month: Int)] {
        var found: [(position: Int, month: Int)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard FactText.isDigit(text.scalars[index]), index == 0 || !FactText.isDigit(text.scalars[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < range.upperBound, FactText.isDigit(text.scalars[end]) { end += 1 }
            // Not the month of a year ("2023年3月"): that is read by the year's rules.
            let afterYear = index >= 1 && text.scalars[index - 1] == "年" && index >= 5 && FactText.isDigit(text.scalars[index - 2])
            if end < range.upperBound, end - index <= 2, text.scalars[end] == "月", !afterYear, let month = Int(text.string(index..<end)), (1...12).contains(month) {
                var day = end + 1
                while day < text.count, FactText.isDigit(text.scalars[day]) { day += 1 }
                if day > end + 1, day < text.count, text.scalars[day] == "日" || text.scalars[day] == "号" { found.append((index, month)) }
            }
            index = end
        }
        return found
    }

    /// Where a sentence's first clause ends (its first comma), or `start` when the step comes first.
    private func openingClauseEnd(_ sentence: Range<Int>, before start: Int) -> Int {
        var end = sentence.lowerBound
        while end < start, text.scalars[end] != "，" && text.scalars[end] != "," { end += 1 }
        return end
    }

    /// True when a day is named in `range`: "上周五", "18日", "昨日".
    private func namesADay(_ range: Range<Int>) -> Bool {
        range.contains { index in
            Self.recentWords.contains { text.matches($0, at: index) }
                || text.keys[index] == "日" && index > range.lowerBound && FactText.isDigit(text.scalars[index - 1])
        }
    }

    /// True when "今年" and a month without a day ("今年3月") stand in `range`.
    private func monthOfThisYear(in range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index + 3 < range.upperBound {
            defer { index += 1 }
            guard text.keys[index] == "今", text.keys[index + 1] == "年" else { continue }
            var next = index + 2
            while next < range.upperBound, FactText.isDigit(text.scalars[next]) || NumberReading.isChineseNumeral(text.scalars[next]) { next += 1 }
            guard next > index + 2, next < text.count, text.scalars[next] == "月" else { continue }
            let day = next + 1 < text.count && (FactText.isDigit(text.scalars[next + 1]) || NumberReading.isChineseNumeral(text.scalars[next + 1]))
            if !day { return true }
        }
        return false
    }

    /// True when a step is named by a noun ("installation", "expansion", "closure"): its tense is in the words after it.
    private func nominal(_ hit: Hit) -> Bool {
        // A phrase's last word names it ("mass production"); a combination's verb does ("installation of …").
        var start = hit.verb
        var end = hit.verb
        if hit.between == nil {
            end = hit.end
            start = end
            while start > hit.start, FactText.isLetter(text.scalars[start - 1]) { start -= 1 }
        } else {
            while end < text.count, FactText.isLetter(text.scalars[end]) { end += 1 }
        }
        guard end - start >= 5 else { return false }
        let suffix = text.keys[(end - 3)..<end]
        return suffix.elementsEqual("ion".unicodeScalars) || suffix.elementsEqual("ure".unicodeScalars)
    }

    /// True when the step's verb opens a relative clause: "that halted", "which has begun".
    private func relativeClause(before start: Int) -> Bool {
        // Read on the keys, no string built: this is asked of every step word.
        guard var word = wordBefore(start) else { return false }
        if Self.auxiliaries.contains(where: { text.keys[word].elementsEqual($0) }) {
            guard let before = wordBefore(word.lowerBound) else { return false }
            word = before
        }
        return Self.relativePronouns.contains { text.keys[word].elementsEqual($0) }
    }
    private static let documentNouns = ["report", "study", "article", "survey", "paper", "data", "story", "analysis"].map { Array($0.unicodeScalars) }
    private static let auxiliaries = ["has", "had", "have", "was", "were", "is", "are"].map { Array($0.unicodeScalars) }
    private static let relativePronouns = ["that", "which", "who"].map { Array($0.unicodeScalars) }

    /// The Latin word right before `end` and one space, as `FactText.previousWord` reads it, without building it.
    private func wordBefore(_ end: Int) -> Range<Int>? {
        guard end >= 2, text.scalars[end - 1] == " " else { return nil }
        var start = end - 1
        while start > 0, text.scalars[start - 1].isASCII && FactText.isLetter(text.scalars[start - 1]) || text.scalars[start - 1] == "'" || text.scalars[start - 1] == "’" {
            start -= 1
        }
        return start < end - 1 ? start..<(end - 1) : nil
    }

    /// "已于25日停产": "already, on the 25th" dates the news to a day of this month, not to the past.
    private func recentDay(after history: Int) -> Bool {
        guard history >= 2, text.keys[history - 2] == "已", text.keys[history - 1] == "于" else { return false }
        var index = history
        while index < text.count, FactText.isDigit(text.scalars[index]) || NumberReading.isChineseNumeral(text.scalars[index]) { index += 1 }
        if index > history { return index < text.count && (text.scalars[index] == "日" || text.scalars[index] == "号") }
        // "已于上周移入厂房", "已于本月初开始量产".
        return Self.recentWords.contains { text.matches($0, at: history) }
    }
    private static let recentWords = ["上周", "本周", "本月", "上月", "近日", "日前", "昨", "今日", "今天", "当天"].map { Array($0.unicodeScalars) }

    /// True when the word before a participle makes it an adjective: "the suspended line", "its newly commissioned cleanroom".
    private func attributive(before start: Int) -> Bool {
        // Read on the keys, no string built.
        guard let word = wordBefore(start) else { return false }
        if marksAttribute(word) { return true }
        // An adverb between ("newly", "recently") is read past.
        guard word.count > 3, text.keys[word.upperBound - 2] == "l", text.keys[word.upperBound - 1] == "y", let before = wordBefore(word.lowerBound) else {
            return false
        }
        return marksAttribute(before)
    }

    /// An article, a determiner or a possessive ("the company's idled plant") before a participle.
    private func marksAttribute(_ word: Range<Int>) -> Bool {
        if word.count >= 2, text.keys[word.upperBound - 1] == "s", text.scalars[word.upperBound - 2] == "'" || text.scalars[word.upperBound - 2] == "’" {
            return true
        }
        return Self.attributiveKeys.contains { text.keys[word].elementsEqual($0) }
    }
    private static let attributiveKeys = attributiveMarkers.map { Array($0.unicodeScalars) }

    private static let yearPurposes = ["fiscal ", "for ", "fy", "fy ", "through ", "until ", "to ", "by "]

    /// True when a bare year (not part of a full date) stands with the step in its clause:
    /// "began production in 2021", "signed in 2022", "于2017年实现量产".
    private func datedByYear(start: Int, end: Int, sentence: Range<Int>, currentYear: Int?) -> Bool {
        let clause = text.clauseStart(before: start)
        for range in [clause..<start, end..<min(sentence.upperBound, end + 30)] {
            var index = range.lowerBound
            while index + 4 <= range.upperBound {
                defer { index += 1 }
                guard text.scalars[index] == "1" || text.scalars[index] == "2", (0..<4).allSatisfy({ FactText.isDigit(text.scalars[index + $0]) }),
                    index == 0 || !FactText.isDigit(text.scalars[index - 1]), index + 4 == text.count || !FactText.isDigit(text.scalars[index + 4])
                else { continue }
                let after = index + 4
                // "2024年6月5日" and "June 3, 2024" are dates of the news; "2017年" and "in 2021" are not.
                if after < text.count, text.scalars[after] == "年" {
                    var next = after + 1
                    // "2017年实现量产" is history; "(2024年本)" names an edition, not a time.
                    guard next < text.count, FactText.isDigit(text.scalars[next]) || NumberReading.isChineseNumeral(text.scalars[next]) else {
                        if next < text.count, text.scalars[next] == "本" { continue }
                        return true
                    }
                    // "2021年3月动土" (a month, no day) in an article of a later year is history too.
                    while next < text.count, FactText.isDigit(text.scalars[next]) || NumberReading.isChineseNumeral(text.scalars[next]) { next += 1 }
                    let day = next + 1 < text.count && text.scalars[next] == "月" && (FactText.isDigit(text.scalars[next + 1]) || NumberReading.isChineseNumeral(text.scalars[next + 1]))
                    if !day, let currentYear, let year = Int(text.string(index..<after)), year < currentYear { return true }
                    // "2023年3月开工" in an article of 11月14日, 2023: months before the article's own.
                    if !day, let month = Int(text.string((after + 1)..<next)), let articleMonth, articleMonth - month >= 2 { return true }
                    continue
                }
                let word = max(0, index - 6)..<index
                // ("在2019世界制造业大会上": a year naming an event, not a date.)
                if after < text.count, FactText.isHan(text.scalars[after]) { continue }
                if words.contains(Context.yearMarkers.rawValue, in: word), !(index >= 2 && text.scalars[index - 2] == ",") { return true }
            }
        }
        return false
    }

    /// Steps a named party takes: an industry talked of in general ("several makers broke ground
    /// this year") has none in the paragraph.
    private static let takenByParty: EventKinds = [
        .constructionStart, .toppingOut, .equipmentMoveIn, .productionStart, .acquisition, .closureOrHalt, .agreementSigned,
        .investmentAnnounced,
    ]

    /// Checks a trigger's own conditions: prices need a price word, agreements an agreement word…
    private func fits(_ kind: Kind, at start: Int, end: Int) -> Bool {
        let sentence = text.sentence(containing: start)
        if Self.takenByParty.contains(kind) {
            let paragraph = text.paragraph(containing: start)
            guard names.contains(where: { paragraph.contains($0.start) }) || pointsBack(paragraph) else { return false }
        }
        let clause = text.clauseStart(before: start)..<min(sentence.upperBound, end + 40)
        switch kind {
        case .priceMove:
            // "Tianqi Lithium rose 4.1%": a company that opens the clause and moves is its shares, whatever
            // its name holds ("futures on the Guangzhou Futures Exchange rose" are futures).
            // ("Tinci lifted its list price" moves a price: the step's own words name it.)
            // ("南亚科持续上调价格": a price named right after the verb is the company's own price.)
            if !words.contains(Context.priceWords.rawValue, in: start..<min(sentence.upperBound, end + 3)),
                let subject = names.first(where: { $0.isOrganization && $0.end <= start && start - $0.end <= 2 }),
                text.skippingSpaces(from: text.clauseStart(before: start)) == subject.start
            {
                return false
            }
            // "lithium carbonate fell", "prices rose": a price word in the sentence or a product in the clause.
            // ("Lithium hexafluorophosphate, the main electrolyte salt, slipped 2%": the subject may stand before an apposition.)
            let priced = words.contains(Context.priceWords.rawValue, in: sentence)
                || words.contains(Context.productWords.rawValue, in: clause.lowerBound..<start)
                || Self.productWords.match(in: text, at: text.skippingSpaces(from: sentence.lowerBound), wholeWord: true) != nil
            // ("Imports of spodumene concentrate fell": a volume that opens the clause moves, not a price.)
            return priced && !words.contains(Context.shareWords.rawValue, in: max(clause.lowerBound, start - 60)..<min(clause.upperBound, end + 20))
        case .agreementSigned:
            // "contracts signed in the fourth quarter": a participle after its noun describes it.
            if end - start >= 2, text.keys[end - 2] == "e", text.keys[end - 1] == "d", let noun = text.previousWord(before: start)?.lowercased(), Self.agreementNouns.contains(noun) { return false }
            // "entered into an agreement to acquire …": an agreement to buy is the purchase.
            // (To buy goods is a supply deal: the object bought is a company or a stake.)
            if let bought = words.lastEnd(Context.buyingWords.rawValue, in: end..<min(sentence.upperBound, end + 80)),
                acquiring(endingAt: bought) || words.contains(Context.ownershipWords.rawValue, in: bought..<min(sentence.upperBound, bought + 40))
                    || namesACompany(bought..<min(sentence.upperBound, bought + 40))
                    || names.contains(where: { $0.isOrganization && (bought..<(bought + 20)).contains($0.start) })
            {
                return false
            }
            // "签约" is itself to sign a contract: "签约仪式", "现场签约".
            return text.contains(keys: Self.memorandum, in: start..<end) || text.contains(keys: Self.contractSigning, in: start..<end)
                || words.contains(Context.agreementWords.rawValue, in: sentence)
        case .policy:
            // "according to a report published Thursday": a report's publication is no measure.
            if let noun = wordBefore(start), Self.documentNouns.contains(where: { text.keys[noun].elementsEqual($0) }) { return false }
            // "不构成《…管理办法》规定的…", "根据《…条例》": a law cited is no new measure.
            if citedTitle(at: start) { return false }
            return words.contains(Context.governmentWords.rawValue, in: sentence)
        case .capacityExpansion:
            // An expansion is of capacity, by a named company: "部分厂商新增产能" of an unnamed industry is no event.
            let paragraph = text.paragraph(containing: start)
            // ("公司将投资9.6亿元…实施技改扩建": "the company" of the sentence is the article's.)
            return words.contains(Context.expansionWords.rawValue, in: sentence)
                && (names.contains { $0.isOrganization && paragraph.contains($0.start) } || pointsBack(sentence))
        case .closureOrHalt:
            // "to close" and "closure" are of a plant, not of a deal ("expected to close in June");
            // a bare "suspended" or 暂停 is of production, not of quotes or talks ("暂停对外报价").
            let word = text.string(start..<end).lowercased()
            let bare = ["suspended", "suspends", "suspension", "halted", "halts", "暂停", "停工"].contains(word)
            // "has halted the metal's exports" is an export ban.
            if text.contains(keys: Self.export, in: start..<min(sentence.upperBound, end + 30)) { return false }
            guard bare || text.contains(keys: Self.close, in: start..<end) || text.contains(keys: Self.closure, in: start..<end) else { return true }
            return words.contains(Context.facilityWords.rawValue, in: clause) && !words.contains(Context.dealWords.rawValue, in: clause)
        case .acquisition:
            guard !words.contains(Context.landWords.rawValue, in: sentence) else { return false }
            // A stake held is no purchase: "which holds a 15% stake in the company".
            if words.contains(Context.holdingWords.rawValue, in: max(clause.lowerBound, start - 40)..<start) { return false }
            // Buying needs a company or a stake bought: "agreed to buy lithium carbonate" is a supply deal.
            // "a plan to buy back 1.5% of its shares" is a buyback.
            // ("It takes up 15-20% of the cost": to occupy, not to buy.)
            let phrase = text.string(start..<end).lowercased()
            if text.matchesExactly(" back", at: end) || phrase.contains("buy back") || phrase.contains(" up ") { return false }
            guard Self.bareBuying.contains(text.string(start..<end).lowercased()) else { return true }
            // The company bought is named right after the verb ("to acquire Kestrel Ltd."), not after
            // the goods ("to buy lithium carbonate from Salar Verde").
            let object = end..<min(text.count, end + 20)
            return words.contains(Context.ownershipWords.rawValue, in: max(clause.lowerBound, start - 40)..<min(clause.upperBound, end + 60))
                || names.contains { $0.isOrganization && object.contains($0.start) }
                // ("to acquire Lithea, an Argentina-focused mining firm": the kind may follow the name in an apposition.)
                || namesACompany(end..<min(sentence.upperBound, end + 60))
        case .investmentAnnounced:
            // "will spend $1.4 billion on a factory", not "will spend the day": spending is an investment when money follows.
            guard text.contains(keys: Self.spend, in: start..<end) else { return true }
            return money.contains { (end..<min(sentence.upperBound, end + 30)).contains($0.offset) }
        default:
            return true
        }
    }
    private static let spend = Array("spend".unicodeScalars)

    /// True when `position` stands inside a title in 《》 that the words before it cite ("根据", "不构成").
    private func citedTitle(at position: Int) -> Bool {
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
    private static let citingWords = ["根据", "依据", "按照", "依照", "构成", "符合", "参照", "违反", "适用", "遵守"].map { Array($0.unicodeScalars) }

    /// True when the words after a buying verb name a company by its kind: "to buy lithium chemicals producer Arcadium".
    private func namesACompany(_ range: Range<Int>) -> Bool {
        let nouns = Self.companyNouns
        return range.contains { nouns.match(in: text, at: $0, limit: range.upperBound, wholeWord: true) != nil && ($0 == 0 || !FactText.isLetter(text.scalars[$0 - 1])) }
    }
    private static let companyNouns = WordList([
        "producer", "maker", "miner", "developer", "firm", "rival", "startup", "start-up", "manufacturer", "explorer", "supplier", "refiner",
    ])

    /// The ends of the whole words of `list` in `range` (a Latin word starting at a word's start),
    /// matched here for the few short ranges a step asks about.
    private func wordStarts(in range: Range<Int>, of list: WordList) -> [Int] {
        var ends: [Int] = []
        for index in range where index == 0 || !(text.scalars[index].isASCII && FactText.isLetter(text.scalars[index]) && FactText.isLetter(text.scalars[index - 1])) {
            if let word = list.match(in: text, at: index, limit: range.upperBound, wholeWord: true) { ends.append(index + list.words[word].count) }
        }
        return ends
    }

    /// True when a paragraph without a name speaks of "the company" an earlier paragraph named.
    /// (An item of a list, "- Idling production at Train 2", continues the paragraph that named the company.)
    private func pointsBack(_ paragraph: Range<Int>) -> Bool {
        let opening = text.skippingSpaces(from: paragraph.lowerBound)
        // (Not an item about an unnamed party: "◆某头部企业拟收购…".)
        let listItem = opening < text.count && Self.bullets.contains(text.scalars[opening]) && !text.contains(keys: Self.unnamed, in: paragraph)
        return (listItem || !wordStarts(in: paragraph, of: Self.anaphors).isEmpty) && names.contains { $0.isOrganization && $0.end <= paragraph.lowerBound }
    }
    private static let unnamed = Array("某".unicodeScalars)
    private static let bullets: Set<Unicode.Scalar> = ["-", "•", "·", "◆", "●", "*", "–", "▪", "■"]

    /// True when the buying word ending at `end` names a company's purchase whatever its object.
    private func acquiring(endingAt end: Int) -> Bool {
        Self.acquiringWords.contains { word in
            let count = word.unicodeScalars.count
            return end >= count && text.string((end - count)..<end).lowercased() == word
        }
    }

    /// The product a price move is about: the nearest product word in its sentence.
    private func product(near position: Int) -> String? {
        let sentence = text.sentence(containing: position)
        // "上调…电解液报价": the product is the one the price word follows, when the clause has one.
        let clause = text.clauseStart(before: position)..<min(sentence.upperBound, position + 30)
        // Read once, not at every position: each read of a static is a call on Linux.
        let (priceWords, productWords, products) = (Self.priceWords, Self.productWords, Self.products)
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
            if let found { return products[found.word].1 }
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
            if best == nil || distance < best!.distance { best = (distance, products[word].1) }
            // Past the whole product: the "锂" that ends "六氟磷酸锂" is no product of its own.
            index += productWords.words[word].count
        }
        return best?.name
    }

    /// The company a move's clause opens with, when it moves a price of its own and names no product.
    /// ("南亚科持续上调价格": the company stands just before a verb that sets a price, not "the contract on an exchange climbed".)
    private func ownPrice(before position: Int, end: Int) -> String? {
        guard Self.priceSetting.contains(text.string(position..<end).lowercased()),
            let name = names.last(where: { $0.isOrganization && $0.end <= position && position - $0.end <= 8 })
        else { return nil }
        return "price of " + text.string(name.start..<name.end)
    }
    private static let priceSetting: Set<String> = [
        "上调", "下调", "调涨", "调降", "提价", "降价", "涨价", "hiked", "raise prices", "raise its prices", "raise contract prices", "cut prices",
    ]

    /// The products a move is told of together, joined by "and" or "、" before it in its sentence
    /// ("DRAM and NAND flash, dropped by 15% and 28%"), when there are several.
    private func products(before position: Int) -> [String] {
        let window = max(text.sentence(containing: position).lowerBound, position - 60)..<position
        let (productWords, products) = (Self.productWords, Self.products)
        var found: [(start: Int, end: Int, name: String)] = []
        var index = window.lowerBound
        while index < window.upperBound {
            if let word = productWords.match(in: text, at: index, limit: window.upperBound, wholeWord: true) {
                found.append((index, index + productWords.words[word].count, products[word].1))
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
    private static let conjunctions: Set<String> = ["and", ",", "、", "和", "与", "及", "以及", "or", ",and", "，"]

    /// The year the article reports from: that of a full date near its start ("April 1, 2025",
    /// "2025年4月1日", "2025-04-01"), else the latest year it names (2000–2099). A target year
    /// ("mass production in 2027") must not make this year's steps look like history.
    private func latestYear() -> Int? {
        for (position, year) in years where position < 400 {
            let after = position + 4
            let commaBefore = position >= 3 && text.scalars[position - 2] == "," && FactText.isDigit(text.scalars[position - 3])
            let dashAfter = after + 2 < text.count && text.scalars[after] == "-" && FactText.isDigit(text.scalars[after + 1])
            // "2025年4月1日" with its day: a year and a month alone ("2025年4月开工") may tell history.
            var index = after + 1
            if after < text.count, text.scalars[after] == "年" {
                while index < text.count, FactText.isDigit(text.scalars[index]) { index += 1 }
            }
            var day = index + 1
            while day < text.count, FactText.isDigit(text.scalars[day]) { day += 1 }
            let chineseDate = index > after + 1 && index < text.count && text.scalars[index] == "月" && day > index + 1 && day < text.count
                && text.scalars[day] == "日"
            if commaBefore || dashAfter || chineseDate { return year }
        }
        return yearsIn(0..<text.count).max()
    }

    /// The years standing wholly in `range`. Whether four digits are a year depends on the code
    /// points around them, not on where a search starts, so the text's years answer for any range.
    private func yearsIn(_ range: Range<Int>) -> [Int] {
        years.filter { $0.position >= range.lowerBound && $0.position + 4 <= range.upperBound }.map(\.year)
    }

    private static func years(in text: FactText) -> [(position: Int, year: Int)] {
        // Full-width digits count as digits (`FactText.isDigit`).
        func digit(_ scalar: Unicode.Scalar) -> Int { Int(scalar.value >= 0xFF10 ? scalar.value - 0xFF10 : scalar.value - 0x30) }
        var years: [(position: Int, year: Int)] = []
        let scalars = text.scalars
        var index = text.nextPosition(ofKey: "2", "0", from: 0)
        while index + 4 <= scalars.count {
            if scalars[index] == "2", scalars[index + 1] == "0", FactText.isDigit(scalars[index + 2]), FactText.isDigit(scalars[index + 3]),
                index == 0 || !FactText.isDigit(scalars[index - 1]) && scalars[index - 1] != ",",
                // ("in 2024, the company…" is a year; "2024,500" is not.)
                index + 4 == scalars.count || !FactText.isDigit(scalars[index + 4])
                    && !(scalars[index + 4] == "," && index + 5 < scalars.count && FactText.isDigit(scalars[index + 5]))
            {
                years.append((index, 2000 + digit(scalars[index + 2]) * 10 + digit(scalars[index + 3])))
                index = text.nextPosition(ofKey: "2", "0", from: index + 4)
                continue
            }
            index = text.nextPosition(ofKey: "2", "0", from: index + 1)
        }
        return years
    }

    /// The facts of a step: organizations and places of its sentence (else its paragraph), the
    /// capacities and money of its paragraph.
    private func link(_ kind: Kind, at position: Int, word: String) -> EventFact {
        let sentence = text.sentence(containing: position)
        let paragraph = text.paragraph(containing: position)
        func names(in range: Range<Int>, organizations: Bool) -> [String] {
            var found: [String] = []
            for name in self.names where name.start >= range.lowerBound && name.end <= range.upperBound && name.isOrganization == organizations {
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
