/// The words the event finder reads: the triggers naming each step, and the context words its
/// checks ask of a clause or a sentence (plans, denials, history, prices, agreements…).
extension EventFinder {
    /// Words naming each step (lowercase; simplified Chinese, which traditional text folds to).
    /// ("同意公司在现有厂区建设年产3.6万吨…正极材料": building on a site the company runs adds to it, when what is
    /// built makes something: `fits` asks.)
    static let buildingAtASite = ["在现有厂区建设", "在现有厂区内建设", "在现有厂房内建设", "利用现有厂房建设", "在现有厂区新建"]
    static let triggers: [(Kind, [String])] = [
        (.constructionStart, [
            "broke ground", "breaks ground", "official groundbreaking", "hosted its groundbreaking", "hosted a groundbreaking", "ground breaking ceremony", "ground breaking of", "ground was broken", "ground-breaking ceremony", "started construction",
            "starts construction", "began construction", "begins construction", "construction began", "construction started",
            "construction has started", "construction has begun", "construction under way", "construction is under way",
            "start of construction", "foundation stone", "groundbreaking ceremony", "held a groundbreaking", "ground has been broken",
            "work began on", "work has begun on", "work started on", "began work on", "started work on", "开工", "奠基", "动工",
            "动土", "破土", "first concrete", "began civil works", "started civil works", "kicked off construction",
            "starting construction", "turned the first sod", "sod turning", "sod-turning", "turned the sod", "turning of the sod", "sod was turned", "开建", "开始施工", "进场施工", "开始建设", "broken ground", "breaking ground",
            "groundbreaking was held", "groundbreaking took place", "groundbreaking ceremony was held",
            // ("the groundbreaking of a $20 billion factory": the noun, not the adjective of "groundbreaking technology".)
            "the groundbreaking of", "celebrated the groundbreaking", "celebrates the groundbreaking", "held the groundbreaking", "marked the groundbreaking",
            "ceremonial groundbreaking", "cornerstone laying", "cornerstone-laying", "laid the cornerstone", "laying of the cornerstone",
        ]),
        (.toppingOut, [
            "topping-out", "topping out", "topped out", "tops out", "richtfest", "reached its full height", "shell is finished",
            "封顶", "上梁", "主体结构完工", "主体完工", "structural completion", "structurally complete", "主体结构竣工", "结构竣工", "全面合拢",
            "主体合拢", "topping off", "topped off", "封金顶", "结顶", "final piece of structural steel", "final beam", "last beam",
            "final steel beam", "last steel beam", "last piece of structural steel", "last piece of steel", "final piece of steel",
        ]),
        (.equipmentMoveIn, [
            "tool move-in", "equipment move-in", "move-in ceremony", "moved in its first", "moved the first", "tool-in", "设备进场",
            "设备搬入", "设备入驻", "机台进驻", "搬入", "设备进厂", "moving tools", "moving chipmaking tools", "moving equipment",
            "tools into", "equipment into", "tools arrived", "first tools", "installing production equipment", "lifted into the cleanroom",
            "首台设备", "设备入场", "移机", "上机典礼", "搬机", "进机", "运抵厂房", "运抵车间", "进驻厂房", "移入厂房", "搬进厂房", "入驻厂房",
            "移入无尘室", "进驻无尘室", "设备导入", "机台导入", "完成设备安装", "设备安装完成", "设备安装", "equipment installation",
            "installation of equipment", "installation of production equipment",
        ]),
        (.productionStart, [
            "started production", "starts production", "began production", "begins production", "start of production",
            "commenced production", "started mass production", "began mass production", "entered mass production",
            "started volume production", "began volume production", "started commercial production", "began commercial production",
            "reached commercial production", "rolled off", "came off the line", "come off the line", "had come off the line", "came off the production line", "come off the production line", "went into production", "entered production",
            "first shipment of cells", "entered volume production", "entered mass production", "mass production", "volume production",
            "commercial production", "commissioned", "inaugurated", "inaugurating", "inaugurates", "succeeded in producing",
            "succeeded in mass-producing", "succeeded in mass producing", "production ceremony", "first lots", "first batch", "first coil", "began operations",
            "started operations", "went into operation", "entered operation", "began the operation of", "began operation of", "began operating",
            "started operating", "commenced operations", "commenced operation", "投产", "量产", "下线", "产出", "正式生产", "进入量产", "正式量产",
            "商转", "连续生产", "投运", "投入运营", "came on stream", "came onstream", "试产", "建成投片", "正式投片",
            "首次投片", "produced its first", "produced the first", "produced first", "assembled its first", "assembled the first", "produces its first", "flipped the switch on",
            "flips the switch on", "has started up", "started up its", "started up a", "started up the", "first production of",
            "achieved first production", "achieved the first production", "opened", "opens", "moved into production", "moves into production", "has moved into production", "official opening of", "grand opening of", "the opening of", "start of operation", "start of operations", "beginning of operation", "beginning of operations", "commencement of operations", "commencement of production",
        ]),
        (.capacityExpansion, [
            "expansion", "expand", "expands", "expanded", "add capacity", "adding capacity", "will add", "to add", "boost capacity",
            "raise capacity", "increase capacity", "raise its capacity", "raise its annual capacity", "lift its capacity",
            "increase its capacity", "double its capacity", "double capacity", "triple its capacity", "triple capacity", "debottleneck", "debottlenecking",
            "raise the nameplate capacity", "raise nameplate capacity", "ramp up production capacity", "ramp up capacity", "ramp up its production capacity", "inaugurated the expansion", "opened the expansion", "commissioned the expansion",
            "completed the expansion", "新增月产能", "新增年产能", "产能升级", "扩产", "扩建", "扩能", "新增产能", "扩大产能", "提升产能", "增资扩产",
        ] + buildingAtASite),
        (.acquisition, [
            "acquire", "acquires", "acquired", "acquisition", "acquiring", "buy a stake", "buys a stake", "bought a stake",
            "take a stake", "takes a stake", "took a stake", "stake in", "takeover", "to buy", "agreed to buy", "bought out",
            "will buy", "buys", "bought", "is buying", "has bought",
            "closed the purchase of", "completed the purchase of", "completed the acquisition", "closed the acquisition",
            "buy out", "buys out", "full ownership", "收购", "并购", "受让", "buying out", "become the owner", "became the owner",
            "becomes the owner", "sold to", "took control of", "taken control of", "takes control of", "take control of",
            "入股", "购买股权", "卖给", "售予", "出售给",
            // ("has agreed to a cash offer valuing it at £284.8m from China's Ganfeng Lithium")
            "agreed to a cash offer", "agreed to a takeover offer", "agreed to an offer", "accepted a cash offer", "accepted a takeover offer",
            "accepted an offer", "agreed to a buyout offer", "to be taken over", "was taken over", "taken over by",
        ]),
        (.closureOrHalt, [
            "halted", "halts", "halt production", "suspended", "suspends", "suspension", "shut down", "shuts down", "shutdown",
            "care and maintenance", "idled", "idles", "idling", "mothball", "mothballed", "placed on hold", "put on hold", "closure",
            "wound down", "winds down", "pulled the plug on", "shuttered", "shutters", "will shutter", "to shutter", "shutting down",
            "will shut its", "would shut its", "to shut its", "will shut the", "would shut the",
            "will close", "to close", "suspend production", "be closing", "is closing", "are closing",
            "halt production", "stop production", "halt operations", "halted operations", "停产", "暂停", "关停", "关闭", "停工",
            "停止生产", "停止开采",
        ]),
        (.exportControl, [
            "export control", "export controls", "export restrictions", "export licence", "export license", "export licences",
            "export licenses", "require a licence", "require a license", "requires a licence", "requires a license", "require licences",
            "require licenses", "entity list", "restrict exports", "restriction on the export", "restrictions on the export", "export-licensing", "export licensing", "ban on the export", "ban on exports", "restriction on exports", "restrictions on exports", "curbs on exports", "export curbs", "export ban", "blacklisted",
            "blacklist", "licence requirement", "license requirement", "licence requirements", "license requirements", "export permit", "export permits", "出口管制", "出口许可", "实体清单", "实体名单", "出口限制", "管制清单",
            "限制出口", "禁止出口",
        ]),
        (.agreementSigned, [
            "signed", "signs", "sign a", "signing", "inked", "entered into", "memorandum of understanding", "struck a deal",
            "strikes a deal", "签署", "签订", "签约", "签下", "签定", "订立", "达成协议", "达成合作协议",
        ]),
        (.investmentAnnounced, [
            "plans to invest", "plan to invest", "planned to invest", "planning to invest", "will invest", "will be investing", "agreed to invest", "would invest", "is investing", "are investing", "initially investing", "will initially invest", "will pour", "will sink",
            "would sink", "to sink", "will plough", "would plough",
            "to pour", "committing", "commits",
            "investment agreement", "announced an investment", "plans to build", "will build", "拟投资", "计划投资", "将投资", "宣布投建", "投建",
            "宣布投资", "投资建设", "拟投建", "投资协议", "投资合作协议", "斥资", "拟建设", "投资兴建", "投资议案", "拟新建", "新建年产",
            "aims to build", "aim to build", "intends to build", "intend to build", "planning to build", "plans to construct",
            "will construct", "decided to build", "decided to invest", "announced plans to build",
            "plans to set up", "planning to set up", "will set up", "decided to set up", "committed an investment", "commits an investment",
            "unveiled plans", "加码投资", "追加投资", "final investment decision", "投资合同", "投资协议书", "决议兴建", "决议投资", "购地兴建",
            "兴建新厂", "plans to establish", "plan to establish", "has chosen to build", "chose to build", "has selected", "will locate", "picked", "has picked",
            "plans to spend", "plan to spend", "will spend", "approved an investment", "approved the investment",
            // ("are forming a joint venture to build a $900 million plant")
            "joint venture to build",
        ]),
        (.policy, [
            "approved", "state aid", "draft rules", "draft standard", "draft regulation", "issued", "unveiled", "published",
            "would provide", "will provide", "to provide", "additional support", "government aid", "proposed", "tariff", "tariffs",
            "levies", "levy", "decided to support", "decided to subsidize", "decided to subsidise", "signed off on", "signs off on", "征求意见稿", "规范条件", "印发", "出台", "管理办法", "暂行办法", "核定", "加征", "提高关税", "上调关税", "政府补贴", "财政补贴", "课征", "征收关税",
            "anti-dumping duty", "anti-dumping duties", "antidumping duty", "antidumping duties", "countervailing duty", "countervailing duties",
            "passed a bill", "passed the bill", "passed legislation", "passed a law", "passes a bill", "passed an amendment",
            "反倾销", "反补贴", "in direct funding", "补助计划", "补助计画", "补助要点", "补助办法", "祭补助", "暂停实施",
        ]),
        (.priceMove, [
            "rose", "rises", "risen", "fell", "falls", "fallen", "climbed", "climbs", "dropped", "drops", "declined", "slid", "slipped",
            "jumped", "surged", "rallied", "plunged", "tumbled", "gained", "edged up", "edged down", "hiked", "firmed", "eased", "softened",
            "gave up", "retreated", "slumped", "sank", "soared", "spiked", "shed", "跳涨", "走低至", "走高至", "跳升", "急升", "飙升", "攀升", "大升",
            "急跌", "暴跌", "重挫", "飙涨", "急涨", "提价", "have collapsed", "has collapsed", "continue to fall", "continued to fall", "continues to fall",
            "continue to rise", "continued to rise", "continues to rise", "continue to decline", "continued to decline", "continues to decline",
            "continue to drop", "continued to drop", "continues to drop", "continue to climb", "continued to climb", "continues to climb",
            "continue to slide", "continued to slide", "continues to slide", "continue to weaken", "continued to weaken", "continues to weaken",
            "plummeted", "shot up", "shoots up", "skyrocketed", "kept falling", "keep falling", "rising", "falling", "climbing", "dropping", "declining", "sliding", "slipping", "price hike", "price hikes", "hike", "hikes", "up by", "down by", "increased", "decreased",
            "price increase", "price increases", "price cut", "price cuts", "downward trend", "downward shift", "upward trend", "涨超", "跌超",
            "涨逾", "跌逾", "涨约", "跌约", "涨近", "跌近", "limit up", "limit-up", "the daily limit", "daily trading limit", "month high", "month low", "year high", "year low", "record high", "record low", "all-time high", "all-time low", "up limit", "limit down", "limit-down", "down limit", "涨停", "跌停",
            "上涨", "下跌", "上调", "下调", "涨价", "降价", "回落", "反弹", "走高", "走低", "大涨", "大跌", "涨至", "跌至", "跌破", "涨幅",
            "跌幅", "上扬", "下滑", "走强", "走弱", "小涨", "小跌", "走扬", "调涨", "调降", "调升", "raise prices", "raise contract prices",
            "raise its prices", "cut prices",
        ]),
    ]

    /// Clause words that make a step a plan ("is scheduled to start construction").
    static let planWords = WordList([
        "will", "would", "is expected", "are expected", "expected to", "scheduled", "plans to", "planned", "plan to", "aims to",
        "aim to", "intends", "is set to", "are set to", "could", "may", "might", "target", "targeted for", "targeted to", "预计", "计划", "将于", "将在", "有望",
        "力争", "预期", "准备", "明年", "next year", "later this year", "by the end of", "年底前", "将", "拟", "designed to",
        "推动", "确保", "争取", "once", "after", "有意", "is due to", "are due to", "was due to", "were due to",
        "slated", "on track to", "plans for", "plan for", "for future", "seeks to", "seeking to", "寻求", "looking to", "hopes to", "hoping to", "wants to",
        "is to be", "are to be", "later that year", "later that month", "later in the year", "the following year", "即将", "预定", "打算", "要实现", "尽早", "尽快", "早日", "即可", "才能", "strive", "strives", "striving", "to hold", "will hold", "to host", "will host",
    ])
    /// Words that deny a step in its clause: "has not started production", "尚未投产".
    static let negations = WordList([
        "not", "never", "none", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "isn't", "aren't",
        "wasn't", "weren't", "didn’t", "doesn’t", "don’t", "hasn’t", "haven’t", "hadn’t", "won’t", "wouldn’t", "isn’t", "aren’t", "wasn’t",
        "weren’t", "no plans", "no plan", "no intention", "no decision", "尚未", "并未", "未能", "没有", "不会",
        "无意", "暂无", "未曾", "仍未", "还未", "并非", "未来", "未", "不存在", "no", "yet to", "scrapped", "abandoned", "shelved", "cancelled", "canceled", "放弃", "终止", "取消",
        "halting plans", "halted plans", "halts plans", "pausing plans", "paused plans", "pauses plans", "pause plans", "suspended plans",
        "put plans on hold",
    ])
    /// Words that end a deal before its step ("announced the termination of the acquisition"), as 终止
    /// and 取消 among the denials; asked of deals only ("terminated 300 workers and halted production" halted).
    static let dealEndings = WordList([
        "terminated", "terminates", "terminate", "terminating", "termination", "called off", "calls off", "walked away from", "walks away from",
    ])
    static let deals: EventKinds = [.acquisition, .agreementSigned, .investmentAnnounced]
    /// Clause words that make a step history ("was bought by a consortium in 2022").
    static let historyWords = WordList([
        "already", "previously", "earlier", "last year", "since", "was bought", "was acquired", "were bought",
        "曾", "此前", "去年", "早在", "先后", "已于", "已经", "前年", "此前已", "以来", "days after", "weeks after", "months after",
        "a day after", "a week after", "shortly after", "comes after", "came after",
        // ("More than two years after China began restricting exports of gallium": a step years back dates the news.)
        "year after", "years after", "decade after", "decades after", "同年", "follows", "followed",
        // "said last February that it had been awarded": a step of a month gone by, as "last year".
        "last january", "last february", "last march", "last april", "last may", "last june", "last july", "last august",
        "last september", "last october", "last november", "last december",
        // ("two years ago it was bought by Boréal Lithium": a time before now opens the clause.)
        "years ago", "year ago", "months ago", "decades ago",
        // ("has in recent years granted subsidies to several battery makers": a record, not news.)
        "in recent years", "in recent months", "over the years", "in the past",
        // ("截至2025年底，全国已建成投运…": a tally as of a date; "多次上调": a step taken time and again.)
        "截至", "截止", "多次", "屡次", "此后", "过去两年", "过去几年", "过去一年", "近年来", "多年来", "相继", "近年", "近几年", "historically", "typically", "历史上",
    ])
    /// Kinds a plan may be the news of: announcing an investment, an expansion or a purchase is the event.
    static let announced: EventKinds = [
        .investmentAnnounced, .capacityExpansion, .acquisition, .exportControl, .policy, .closureOrHalt, .priceMove,
    ]
    /// Words that make any step a possibility, not news ("is designed to expand").
    static let speculative = WordList([
        "designed to", "could", "might", "can ", "cannot ", "can't ", "can’t ", "likely to", "unlikely to", "whether", "unclear", "closer to", "a step closer", "capable of", "would be able", "may consider", "consider", "considering", "exploring",
        "weighing", "if ", "unless", "expected to", "expects to", "expect to", "expecting to", "expects", "anticipates", "predicts", "foresees", "forecast", "predict", "或将", "有望", "方可", "如果", "若", "预计", "预期",
        "counting on", "hoped", "hoping", "希望", "相信", "recommended", "recommends", "urged", "urges", "calls for", "called for", "建议", "呼吁", "一旦", "假如", "倘若", "可能", "有机会", "可望", "是否", "continuing to", "continues to", "起草", "预测", "预估", "即便", "即使", "potential for", "the potential to", "酝酿", "筹划", "最快", "mulling", "mulls", "mulled", "contemplating", "contemplates", "is close to", "are close to", "was close to",
        "on the verge of", "on the brink of", "poised to",
        // ("is in advanced talks to buy": a deal negotiated is not made.)
        // ("continues to evaluate a second phase …, subject to financing and a final investment decision": a condition.)
        "subject to financing", "subject to funding", "subject to a final", "subject to final", "subject to regulatory",
        "subject to shareholder", "subject to board", "subject to approvals", "subject to conditions", "subject to customary",
        "conditions precedent",
        // ("尚待雙方簽訂正式協議", "不排除在檳城擴建第二座廠": a step waited on or not ruled out.)
        "尚待", "有待", "仍待", "不排除",
        "in talks", "in advanced talks", "in early talks", "in exclusive talks", "in discussions", "in advanced discussions", "in negotiations",
        // ("as the sector moves toward mass production": a step aimed at.)
        "toward", "towards",
        // ("The agreement still has to be signed by the mayor": a step owed; "beginning with first commercial
        // production from the project": a contract's terms from a step to come.)
        "has to be", "have to be", "needs to be", "need to be", "must be", "must still", "must first", "beginning with", "starting with",
        // ("正評估擴充雲林廠產能": a step weighed ("考虑到…" is "given that", not a weighing).)
        "正评估", "正在评估", "正考虑", "正在考虑", "研拟", "potentially", "possibly", "potential", "engineering work", "feasibility", "随着",
        // A step threatened is not taken: "smelter risks shutdown", "面临停产".
        "risks", "at risk of", "faces", "threatens to", "threatened to", "面临", "恐将", "将继续", "将持续",
        // ("the looming threat of stricter export restrictions", "fears of a shutdown": a step feared.)
        "threat of", "threats of", "risk of", "fear of", "fears of", "prospect of", "possibility of",
        "before ", "until ", "pending", "preparations for", "preparing for", "in preparation for", "ready for", "ready to", "有权", "the right to", "an option to", "authority to", "the power to", "倾向", "tend to", "tends to",
        // A step put off is no step: "pushed back the start of production".
        "pushed back", "push back", "delayed", "postponed", "put off", "deferred", "defers", "deferring", "推迟", "延期", "延后", "暂缓", "延迟", "延误", "受阻",
    ])
    /// Words anywhere in a sentence that make it hearsay or a forecast ("some speculate that idled mines could restart").
    static let hearsay = WordList([
        "speculat", "rumor", "rumour", "传闻", "据传", "市场另传出", "analysts expect", "subject to approval", "reportedly", "allegedly",
        "is said to", "are said to", "据报道", "denied", "否认", "传言", "传出", "消息称", "另有消息", "待证实", "未经证实", "unconfirmed",
        "denies", "deny", "dismissed reports", "dismissed speculation", "dismissed rumours", "dismissed rumors", "refuted",
        "辟谣", "不实", "不属实", "知情人士", "猜测", "疑似", "网传", "自媒体", "报道称", "文章称", "市场传言", "there were reports",
        "there have been reports", "reports that", "awaiting", "awaits", "according to a report", "according to reports", "report said",
        "reports said", "a report by", "a report that", "about a report",
        // ("Reports say that Intel is pushing ahead with the plan to acquire …")
        "reports say", "reports suggest", "reports indicate",
    ])
    /// "agreements signed in 2022", "一厂于2017年实现量产": a step dated by a bare year is history.
    static let yearMarkers = WordList(["in ", "since ", "于", "在", "by "])

    static let priceWords = WordList([
        "price", "prices", "futures", "contract", "spot", "quotes", "a tonne", "per tonne", "a ton", "per ton", "价格", "报价", "均价", "期货",
        "现货", "价", "加工费", "元/吨",
    ])
    /// Moves that are not prices: shares, results, volumes.
    static let shareWords = WordList([
        "shares", "share price", "stock", "index", "profit", "revenue", "income", "earnings", "sales", "shipments", "output",
        "exports", "imports", "出口量", "进口量", "排产",
        "cost", "costs", "h股", "a股", "港股", "美股", "股价", "股票", "收涨", "收跌", "指数", "板块", "市值", "净利", "营收", "利润", "收入", "产量", "出货", "成本",
        "target price", "price target", "rating", "目标价", "评级", "锂电股", "概念股", "个股", "股市", "股指",
        // Valuations, land and homes move, but are no prices of the supply chain ("估值明显回落", "土地与住宅价格大涨").
        "valuation", "valuations", "估值", "land prices", "housing", "home prices", "house prices", "rents", "土地", "住宅", "房价", "租金",
    ])
    /// Words right after a Chinese step that make it a noun or a condition ("投产后", "开工率", "扩产步伐", "量产产线", "量产中心", "量产平台", "出口管制相关措施", "并购机会", "扩建案").
    static let nounEndings: [Unicode.Scalar] = ["后", "前", "时", "率", "的", "进", "步", "能", "计", "厂", "线", "阶", "规", "幅", "验", "空", "趋", "压", "潜", "已", "检", "周", "目", "场", "不", "尚", "产", "中", "布", "模", "有", "手", "许", "证", "潮", "基", "风", "补", "平", "相", "机", "案", "情"]
    /// Words after a milestone's word that make it a kind or a level ("量产技术", "量产水准", "量产良率"); after
    /// a deal's they are its object ("簽署技術授權合約").
    static let levelEndings: [Unicode.Scalar] = ["技", "水", "良"]
    /// Times to come before "的" and a step named as a noun: "明天的产出", "未来的投产".
    static let timesToCome = ["明天", "未来", "今后", "将来", "明年"].map { Array($0.unicodeScalars) }
    /// Noun endings that begin a measure's own words (计划, 补助): after a policy's step word they are the measure.
    static let measureNouns: Set<Unicode.Scalar> = ["计", "补"]
    /// What follows a step ending in 工 when that 工 starts another word: "电动工具", "启动工作", "推动工业".
    static let wordsAfterWork: [Unicode.Scalar] = ["具", "作", "业", "人", "资", "艺", "序", "程"]
    /// Characters that end a word with 动 ("推动土建施工": 推动, then 土建; 动土 is not there).
    static let wordsEndingInMove: [Unicode.Scalar] = ["推", "带", "联", "移", "驱", "拉", "调", "变", "运", "活", "发", "波", "转", "流", "振", "互", "感", "触", "震", "鼓", "主", "被", "自", "机", "电", "手", "劳", "行"]
    /// Characters before "出台" that make its 出 the end of another word: "指出台积电", "推出台湾…", "釋出台美…".
    static let wordsEndingInOut: [Unicode.Scalar] = [
        "指", "提", "推", "演", "退", "输", "作", "杰", "突", "发", "给", "做", "说", "列", "派", "付", "支", "产", "露", "超", "得", "看", "拿", "卖",
        "选", "跳", "走", "杀", "逃", "撤", "释",
    ]
    /// What follows "设备安装" when it names a stage of the works, not the tools' arrival: "安装和装修", "安装调试", "安装阶段".
    static let stageAfterInstalling: [Unicode.Scalar] = ["和", "调", "阶", "及", "、", "工"]
    static let agreementWords = WordList([
        "agreement", "deal", "contract", "memorandum", "mou", "accord", "framework", "lease", "pact", "signing ceremony", "协议", "合同", "备忘录", "框架",
        "协定", "合约", "意愿书", "意向书",
    ])
    static let governmentWords = WordList([
        "ministry", "minister", "government", "council", "department", "regulator", "authority", "bureau", "administration",
        // (Words match as prefixes: "state" alone would find "statement", "commission" "commissioned".)
        "commission ", "commission,", "commission.", "commission;", "commission:", "commission)", "commission'", "commission’",
        "commissions", "commissioner",
        "state ", "state,", "state.", "state;", "state:", "state'", "state’", "state-owned", "state-backed", "state-run", "state-funded",
        "states", "federal", "parliament", "cabinet", "washington", "beijing", "brussels",
        "national assembly", "congress", "senate", "legislature", "lawmakers", "legislators",
        "部", "委", "政府", "国务院", "局", "署", "省", "市", "白宫", "总统", "总理", "首相", "white house", "agency",
    ])
    static let facilityWords = WordList([
        "plant", "factory", "mine", "fab", "line", "site", "refinery", "smelter", "facility", "production", "operations", "output",
        "mining", "pit",
        "工厂", "矿", "产线", "基地", "生产", "开采", "项目", "装置", "产能", "运营", "工地", "施工",
    ])
    /// What a stake or a company is bought as: "agreed to buy lithium carbonate" is a supply deal.
    static let ownershipWords = WordList([
        "stake", "shares", "share capital", "equity interest", "%", "interest in", "majority", "controlling", "company", "business", "unit", "subsidiary", "assets", "operations", "股权", "股份", "公司",
        "the latter", "the former", "the target", "per share", "all-stock", "all-cash", "shareholding", "per cent", "percent",
        "资产", "业务",
        // ("公开收购…普通股": ordinary shares bought in the market are a stake.)
        "普通股",
    ])
    /// Agreements as nouns, which a participle after them describes ("contracts signed in 2023").
    static let agreementNouns: Set<String> = [
        "contract", "contracts", "agreement", "agreements", "deal", "deals", "memorandum", "memorandums", "accords", "pacts",
    ]
    /// Agreements that raise money (shares placed, loans, credit lines): signing one is no step of a supply chain.
    static let financingAgreements = WordList([
        "placing agreement", "placement agreement", "underwriting agreement", "subscription agreement", "loan agreement",
        "credit agreement", "facility agreement", "financing agreement", "credit facility", "loan facility",
        "配售协议", "承销协议", "认购协议", "贷款协议", "借款协议", "授信协议", "融资协议", "融资租赁",
    ])
    /// What an agreement to buy or sell a company says after it.
    static let buyingWords = WordList([
        "to acquire", "to buy", "to purchase", "to sell", "for the acquisition of", "for the purchase of", "for the sale of",
        "to take over", "收购", "股权转让", "股份转让", "收购协议", "股权购买", "股份购买", "share purchase", "stock purchase",
    ])
    /// Buying words that name a purchase of a company whatever follows: "signed an agreement to acquire the latter".
    static let acquiringWords: Set<String> = [
        "to acquire", "for the acquisition of", "to take over", "收购", "股权转让", "股份转让", "收购协议", "股权购买", "股份购买", "share purchase",
        "stock purchase",
    ]
    /// Words that point back to the company an article is about: "The company will…", "公司决定…".
    static let anaphors = WordList([
        "the company", "the group", "the firm", "the miner", "the refiner", "the maker", "producer", "chipmaker", "the developer", "该公司", "公司",
        "集团",
    ])
    /// Nouns an infinitive after them serves: "on the path to expand", "in a bid to build" name a purpose, not a step.
    static let purposeWords = WordList([
        "path to", "bid to", "effort to", "efforts to", "drive to", "push to", "race to", "races to", "racing to", "strategy to",
        "goal to", "ambition to", "quest to", "need to", "pressure to", "way to", "in order to", "so as to", "investment to", "investments to",
        "commitment to", "program to", "programme to", "initiative to", "with", "work to", "working to",
        // "is focused on increasing capacity", "致力于扩大产能": an aim, not a step.
        "focused on", "focuses on", "focusing on", "focus on", "committed to", "dedicated to", "致力于",
    ])
    /// A stake held, not bought: "which holds a 15% stake in the company", "持有其20%股权".
    static let holdingWords = WordList([
        "holds", "owns", "has held", "has owned", "持有", "持股",
        // ("GEM will own up to a 25% stake in the project, the Vale unit will take 30%": a venture's shares, described.)
        "will own", "will hold", "would own", "would hold",
        // ("The three companies each own a 30% stake in the JV": partners' shares, described.)
        "own a", "own an", "each own", "jointly own", "each hold", "jointly hold",
    ])
    /// Words before a participle that make it an adjective ("of idled capacity", "the suspended line").
    static let attributiveMarkers: Set<String> = ["the", "a", "an", "of", "its", "their", "these", "those", "such", "other", "several", "some", "many", "both"]
    /// Verbs that say buying without saying what: their object must be a company or a stake.
    static let bareBuying: Set<String> = [
        "to buy", "agreed to buy", "acquire", "acquires", "acquired", "acquiring", "acquisition", "收购", "受让", "sold to",
        "will buy", "buys", "bought", "is buying", "has bought",
    ]
    /// "as prices slid through the year", "去年…": moves told of a past period.
    static let pastPeriodWords = WordList([
        "last year", "last month", "through the year", "a year earlier", "in the past year", "past year", "past 12 months", "去年", "全年", "ago", "earlier this year",
        "years earlier", "months earlier", "at the time", "前年", "earlier this month", "earlier in the month",
        "in recent years", "in recent months", "in recent weeks", "over recent months", "past few months", "past several months",
        "over the years", "past decade", "past two years", "past three years", "past four years", "past five years",
        "past six years", "past few years", "past several years", "in previous months", "previous months",
        // ("moved the first tools into its clean rooms last October": a month gone by, as "last year".)
        "last january", "last february", "last march", "last april", "last may", "last june", "last july", "last august",
        "last september", "last october", "last november", "last december",
    ])
    static let products = [
        ("lithium carbonate", "lithium carbonate"), ("碳酸锂", "lithium carbonate"), ("lithium hydroxide", "lithium hydroxide"),
        ("氢氧化锂", "lithium hydroxide"), ("spodumene", "spodumene"), ("锂辉石", "spodumene"), ("锂精矿", "spodumene"), ("lithium concentrate", "spodumene"),
        ("cobalt", "cobalt"), ("钴", "cobalt"), ("nickel", "nickel"), ("镍", "nickel"), ("dram", "DRAM"), ("nand", "NAND"),
        ("hbm", "HBM"), ("ddr4", "DDR4"), ("ddr5", "DDR5"), ("lpddr", "LPDDR"),
        // (NAND's market kinds, quoted as wafers: "512Gb TLC wafer現貨價格" is NAND's price, not a foundry's.)
        ("tlc", "NAND"), ("qlc", "NAND"), ("tlc wafer", "NAND"), ("qlc wafer", "NAND"), ("nand wafer", "NAND"), ("nand晶圆", "NAND"), ("nand flash wafer", "NAND"), ("nand flash wafers", "NAND"), ("dram wafer", "DRAM"), ("dram wafers", "DRAM"), ("tlc晶圆", "NAND"), ("qlc晶圆", "NAND"), ("polysilicon", "polysilicon"), ("多晶硅", "polysilicon"), ("lfp", "LFP"), ("磷酸铁锂", "LFP"),
        ("cathode", "cathode"), ("正极", "cathode"), ("electrolyte", "electrolyte"), ("电解液", "electrolyte"),
        ("六氟磷酸锂", "lithium hexafluorophosphate"), ("wafer", "wafers"), ("晶圆", "wafers"), ("memory", "memory"), ("存储", "memory"),
        ("内存", "memory"), ("foundry", "foundry"), ("代工", "foundry"), ("graphite", "graphite"), ("石墨", "graphite"),
        ("lithium", "lithium"), ("锂", "lithium"),
        // (Battery-market reports say "carbonate" and "hydroxide" for lithium's; cobalt's and sodium's are named in full.)
        ("carbonate", "lithium carbonate"), ("hydroxide", "lithium hydroxide"), ("cobalt hydroxide", "cobalt hydroxide"),
        ("sodium carbonate", "soda ash"), ("soda ash", "soda ash"), ("sodium", "sodium"), ("钠", "sodium"),
        ("cobalt sulfate", "cobalt sulfate"), ("cobalt sulphate", "cobalt sulfate"), ("硫酸钴", "cobalt sulfate"),
        ("四氧化三钴", "cobalt oxide"), ("cobalt oxide", "cobalt oxide"), ("nickel sulfate", "nickel sulfate"),
        ("nickel sulphate", "nickel sulfate"), ("硫酸镍", "nickel sulfate"), ("lepidolite", "lepidolite"), ("锂云母", "lepidolite"), ("amblygonite", "amblygonite"), ("磷锂铝石", "amblygonite"),
        ("precursor", "precursor"), ("前驱体", "precursor"), ("nand flash", "NAND"), ("电芯", "cells"),
        ("battery cells", "cells"), ("storage cells", "cells"),
        ("lithium hexafluorophosphate", "lithium hexafluorophosphate"), ("lipf6", "lithium hexafluorophosphate"),
        ("gallium", "gallium"), ("镓", "gallium"), ("germanium", "germanium"), ("锗", "germanium"), ("indium", "indium"), ("铟", "indium"),
        // ("lithium-ion electrolyte": a battery's chemistry, no lithium market; an empty name is no product.)
        ("lithium-ion", ""), ("li-ion", ""),
        ("antimony", "antimony"), ("锑", "antimony"), ("rare earth", "rare earths"), ("稀土", "rare earths"), ("manganese", "manganese"),
        ("锰", "manganese"), ("硅料", "polysilicon"), ("tungsten", "tungsten"), ("钨", "tungsten"),
    ]

    static let productWords = WordList(products.map(\.0))
    /// Each product word's product, nil for the words that only keep a longer match from naming one ("lithium-ion").
    static let productNames: [String?] = products.map { $0.1.isEmpty ? nil : $0.1 }
    /// The market a product's price stands for: after a move of lithium carbonate, "lithium prices" moving is the same move.
    /// (Not cobalt or nickel: "电解钴", "LME nickel" are the metal, a market of its own beside its salts.)
    static let productFamilies: [String: String] = [
        "lithium carbonate": "lithium", "lithium hydroxide": "lithium",
        "DRAM": "memory", "NAND": "memory", "HBM": "memory", "DDR4": "memory", "DDR5": "memory", "LPDDR": "memory",
    ]
    /// Kinds of a product: when a kind's price moves, the product's move is told by it (DDR5 is DRAM).
    static let productKinds: [String: String] = ["DDR4": "DRAM", "DDR5": "DRAM", "LPDDR": "DRAM"]
    /// What an expansion grows ("will expand its manufacturing facility near Niagara Falls").
    static let expansionWords = WordList([
        "capacity", "capacities", "产能", "plant", "line", "tonnes", "gwh", "工厂", "产线", "项目", "基地", "facility", "factory",
        "refinery", "gigafactory",
    ])
    /// Asked of a step word's keys: "memorandum" signs, "close" and "closure" shut a plant.
    static let memorandum = Array("memorandum".unicodeScalars)
    static let close = Array("close".unicodeScalars)
    static let closure = Array("closure".unicodeScalars)
    static let export = Array("export".unicodeScalars)
    static let contractSigning = Array("签约".unicodeScalars)
    /// What a halt may be of besides production: a deal, a construction site, an investment ("暂停…工厂建设").
    static let dealWords = WordList(["deal", "transaction", "gap", "gaps", "acquisition", "交易", "construction", "investment", "建设", "投资", "talks", "谈判"])
    static let landWords = WordList([
        "acquisition of land", "land acquisition", "征地", "the land", "land for", "parcel of land", "plot of land", "土地", "地块",
        // ("has acquired a business site of about 150,000㎡": a site bought is land.)
        "business site", "a site of", "acquired a site", "acquire a site", "acquiring a site",
    ])
    /// Every trigger in one list, and the step each names.
    static let triggerWords = WordList(triggers.flatMap(\.1))
    /// Each trigger's kind by its keys (no two kinds share a trigger).
    static let kindOfTrigger: [ScalarRun: Kind] = {
        var kinds: [ScalarRun: Kind] = [:]
        for (kind, words) in triggers {
            for word in words {
                let keys = ScalarRun(word.unicodeScalars.map { FactText.key(of: $0) })
                if kinds[keys] == nil { kinds[keys] = kind }
            }
        }
        return kinds
    }()
}
