import AssayCore
import AssayDaemon
import AssayTestSupport
import Foundation
import Testing

/// Supply-chain facts read from article bodies: figures and their units, names from the gazetteer
/// and by their shape, events and what they link. Sentences here are written for the tests.
@Suite struct FactFinderTests {
    static let finder = FactFinder(gazetteer: GazetteerFile.builtIn)

    private func facts(_ body: String) -> ArticleFacts { Self.finder.facts(in: body) }

    @Test func moneyIsReadAsAmountAndCurrencyOnlyWhenItPaysForSomething() {
        let found = facts(
            """
            The company will invest 1.5 billion yuan in the plant. A rival agreed to buy the mine for $20bn.
            项目总投资15亿元。政府提供86万元补贴。公司拟以2.3万亿韩元收购该工厂。新台幣300億元資本支出預算獲董事會通過。
            Revenue rose to 3.2 billion yuan. Carbonate traded at 76,500 yuan a tonne. 公司营收7.4亿元。
            """)
        let money = Set(found.money.map { "\(FactEvaluation.Keys.number($0.amount)) \($0.currency)" })
        #expect(money == ["1500000000 CNY", "20000000000 USD", "860000 CNY", "2300000000000 KRW", "30000000000 TWD"])
        #expect(found.money.first?.text == "1.5 billion yuan")
        #expect(found.money.first?.for == "the plant" || found.money.first?.for == nil)
    }

    /// Shapes the facts fuzz target found that built a backward range and stopped the process: a move
    /// word more than 60 code points into a long Chinese clause, and a currency word both after one
    /// amount and before the next. Each is now read like any other text.
    @Test func shapesTheFuzzerFoundAreReadWithoutStopping() {
        let longClause = "碳酸锂价格方面，在海外矿山等消息面持续发酵以及市场情绪明显升温和海外宏观环境整体回暖的背景下叠加春节前贸易商普遍惜售带来的阶段性偏紧局面本周大涨12%。"
        #expect(facts(longClause).eventTypes == ["price_move"])
        #expect(facts("The fund raised 3USD2 million.").money.last?.amount == 2_000_000)
    }

    /// Jobs added are no capacity, money for shares is no plant investment, 出 ending 釋出 starts no
    /// 出台, and a Chinese trend told without its amount is background; a trend with its figure moves.
    @Test func jobsSharesReleasesAndTrendsAreNoSteps() {
        #expect(
            facts("Kestrel Fab Ltd. will spend 1.2 trillion won on the M9 line, and the new plant will add 3,000 more jobs to the region.")
                .eventTypes == ["investment_announced"])
        #expect(facts("Brightwater Lithium Corp. will invest a total of A$600,000 for 560 shares in Pastos Salt Ltd.").eventTypes.isEmpty)
        #expect(facts("南亚科技股份有限公司表示，美国商务部长日前釋出台美晶片製造五五分的說法。").eventTypes.isEmpty)
        #expect(facts("DRAM的价格持续上涨，也将推升南亚科技股份有限公司的业绩。").eventTypes.isEmpty)
        #expect(facts("碳酸锂价格持续上涨至8.2万元/吨。").eventTypes == ["price_move"])
    }

    @Test func delaysSuspensionsStockCodesAndTheProjectsInvestment() {
        // A step put off by a verb before it is not taken.
        #expect(facts("Kestrel Semiconductor Ltd. said it had decided to delay installation of equipment into its new Fab 7 in Tucson.").eventTypes.isEmpty)
        // A measure suspended whose relative clause recalls the export controls it placed is a policy.
        #expect(
            facts("The Ministry of Commerce said it will suspend the second clause of Announcement No. 12, which placed export controls on gallium.")
                .eventTypes == ["policy"])
        #expect(facts("The ministry suspended export licences for gallium shipped to the United States.").eventTypes == ["export_control"])
        // A listed company named by its stock code is an organization; the code is no second name of it.
        let listed = facts("二極體廠岳程(8265)公告，擬以自有資金公開收購晶圓代工廠茂岩(2361)普通股，持股比將增至三成。")
        #expect(listed.eventTypes == ["acquisition"])
        #expect(Set(listed.organizations.map(\.text)) == ["岳程", "茂岩"])
        // A groundbreaking whose plant's investment is told two paragraphs on is that step alone.
        #expect(
            facts(
                """
                Kestrel Lithium Corp. has broken ground on a lithium hydroxide refinery near Midland, Texas.

                The plant is expected to be complete in 2028.

                Kestrel will invest $410 million in the eco-friendly plant and create 300 jobs, the governor's office said.
                """
            ).eventTypes == ["construction_start"])
        #expect(facts("A team rolled in the new fab's first chipmaking tool, Kestrel Semiconductor Ltd. said on Monday.").eventTypes == ["equipment_move_in"])
        // A trend inside the trigger's own words, told without its amount, is background as one before it is.
        #expect(facts("受需求增長影響，存儲芯片價格持續上漲。").eventTypes.isEmpty)
    }

    @Test func aBracketedChangeAcrossASentenceEndIsReadWithoutStopping() {
        // (A review found it: the bracket's hit ran past its sentence's end and a range after it trapped.)
        #expect(facts("碳酸锂报79000元/吨(-2000元/吨。)").eventTypes.isEmpty)
        #expect(facts("Lithium carbonate 79,000 yuan/t (-2,000 yuan/t. ) today.").eventTypes.isEmpty)
        #expect(facts("碳酸锂报79000元/吨(-2000元/吨)。").eventTypes == ["price_move"])
    }

    @Test func experienceCeremoniesAnnouncedClosuresAndReports() {
        // A step word qualifying a noun is no step.
        #expect(facts("台積電董事長指出，台積電已走過中國與新加坡等海外擴產經驗，深感台灣是最佳的生產基地。").eventTypes.isEmpty)
        // 举行 and then 动土: the ceremony held is the groundbreaking.
        #expect(facts("封測大廠岳程(8265)於昨（11）日舉行動土儀式。").eventTypes == ["construction_start"])
        // A closure announced for a coming year is decided now; a start in a coming year is a schedule.
        #expect(facts("December 3, 2025 — Kestrel Semiconductor Ltd. will close its wafer factory in Tempe in 2026.").eventTypes == ["closure_or_halt"])
        #expect(facts("December 3, 2025 — Kestrel Semiconductor Ltd. will begin construction of its wafer factory in Tempe in 2026.").eventTypes.isEmpty)
        // A NAND kind quoted as wafers moves NAND's price, told once.
        #expect(facts("NAND Flash價格走揚。本週512Gb TLC wafer現貨價格單週上漲17.07%，報價達6.455美元。").eventTypes == ["price_move"])
        // A country right before the verb acts as its state.
        #expect(facts("Japan approved as much as ¥590 billion in subsidies to chip venture Kestrel Foundry Corp. on Tuesday.").eventTypes == ["policy"])
        // The rise as a noun moves a price only with its amount.
        #expect(facts("近一個多月以來，存儲芯片漲幅呈現擴大態勢。").eventTypes.isEmpty)
        #expect(facts("本週存儲芯片漲幅達12%。").eventTypes == ["price_move"])
        // A facility grown is an expansion as a plant is.
        #expect(facts("Kestrel Graphite Corp. will expand its manufacturing facility near Niagara Falls, New York.").eventTypes == ["capacity_expansion"])
        // A company's move of a product's price and that product's move told again are one move.
        #expect(facts("三星电子宣布上调NAND闪存价格。据业内人士1月26日透露，三星电子今年第一季度NAND闪存价格环比上涨超过100%。").eventTypes == ["price_move"])
        // A plan given up long ago governs the step it names.
        #expect(facts("Kestrel Energy Corp. originally intended to expand its investment to $1.5 billion this year.").eventTypes.isEmpty)
        // Near misses of these rules stay what they are.
        #expect(facts("1月以来存储芯片涨幅呈现扩大态势。").eventTypes.isEmpty)
        #expect(facts("Taiwan's TSMC approved about $15 billion in capital appropriations on Tuesday.").eventTypes.isEmpty)
        #expect(facts("Kestrel Lithium Corp. will expand its revolving credit facility to $500 million.").eventTypes.isEmpty)
        // What reports say is hearsay.
        #expect(facts("Reports say that Kestrel Semiconductor Ltd. is pushing ahead with the plan to acquire Brightwater Foundry Inc. for $3 billion.").eventTypes.isEmpty)
    }

    @Test func priceIndexesComparisonsRetrofitsAndOneHike() {
        // A product's index quoted in a price list moves that product; a share index does not.
        #expect(facts("1月6日，锂辉石指数报5900元/吨，上涨90元/吨；锂云母指数报2315元/吨，上涨60元/吨。").events.map(\.type.rawValue) == ["price_move", "price_move"])
        #expect(facts("1月6日，创业板指数报2315点，上涨60点。").eventTypes.isEmpty)
        #expect(facts("1月6日，稀土指数上涨3%，领涨两市。").eventTypes.isEmpty)
        // A move measured against last year is a move now; a move told of last year is history.
        #expect(facts("The price of silicon wafers shot up by 20% compared to its price from last year.").eventTypes == ["price_move"])
        #expect(facts("The price of silicon wafers shot up by 20% last year.").eventTypes.isEmpty)
        #expect(facts("The price of silicon wafers slumped 40% last year versus a 10% gain two years earlier.").eventTypes.isEmpty)
        // "a price hike": the hike inside the trigger is one move, not two.
        #expect(facts("Kestrel Wafer Co. announced a price hike on all silicon wafer products of 10% from April.").events.map(\.type.rawValue) == ["price_move"])
        // Lithium concentrate is spodumene's market: a product of its own beside hydroxide.
        #expect(facts("The price of lithium hydroxide and lithium concentrate also declined on Monday.").events.map(\.type.rawValue) == ["price_move", "price_move"])
        // A retrofit of a running line, and building on a site the company runs, add capacity.
        #expect(facts("湖南鸿远锂电科技有限公司拟投资建设10000t/a锂电池正极材料技术改造二期项目。").eventTypes == ["capacity_expansion"])
        #expect(facts("广东鸿远新材料股份有限公司拟在现有厂区建设年产3.6万吨磷酸锰铁锂正极材料项目。").eventTypes == ["capacity_expansion"])
        #expect(facts("广东鸿远新材料股份有限公司拟在现有厂区建设研发中心及办公楼。").eventTypes.isEmpty)
    }

    @Test func capacitiesAreNormalizedAndVolumesAreNot() {
        let found = facts(
            """
            The line has an annual capacity of 40 GWh of cells. It will add 20,000 tonnes a year of cathode material and run \
            six production lines. An 80,000-tonne lithium hydroxide plant is planned.
            该项目年产2万吨正极材料，月产能4万片，建设两条产线。
            The company shipped 38 GWh last year and sold 11,800 tonnes of carbonate.
            """)
        let capacities = Set(found.capacities.map { "\(FactEvaluation.Keys.number($0.value)) \($0.unit.rawValue)" })
        #expect(capacities == ["40 GWh", "20000 t/yr", "6 lines", "80000 t/yr", "40000 wafers/month", "2 lines"])
        #expect(found.capacities.first { $0.value == 40 }?.of == "cells")
        #expect(found.capacities.first { $0.value == 20000 && $0.text.hasPrefix("20,000") }?.of == "cathode material")
    }

    @Test func organizationsComeFromTheGazetteerInEitherScriptAndByTheirShape() {
        let found = facts(
            """
            Contemporary Amperex Technology Co., Limited (CATL) and 台積電 both commented. Kestrel Advanced Packaging Sdn. Bhd. \
            opened a plant; Kestrel said the site would hire 300 people.
            常州璟膜新材料科技有限公司表示，璟膜新材料将扩大产能。肥东县人民政府出席签约。
            """)
        let names = Dictionary(grouping: found.organizations, by: \.name).mapValues { Set($0.map(\.text)) }
        #expect(names["CATL"] == ["Contemporary Amperex Technology Co., Limited", "CATL"])
        #expect(names["TSMC"] == ["台積電"])
        #expect(names["Kestrel Advanced Packaging Sdn. Bhd."] == ["Kestrel Advanced Packaging Sdn. Bhd.", "Kestrel"])
        #expect(names["常州璟膜新材料科技有限公司"] == ["常州璟膜新材料科技有限公司", "璟膜新材料"])
        #expect(names["肥东县人民政府"] != nil)
        #expect(found.organizations.first { $0.name == "CATL" }?.known == true)
        #expect(found.organizations.first { $0.name.hasPrefix("Kestrel") }?.known == false)
    }

    /// A name after a word for a kind of company is that company; after a maker of laws or films, a
    /// person; a known place is not a company however it is described.
    @Test func organizationsNamedAfterWhatTheyAre() {
        let found = facts(
            """
            Petrochemical firm Bayou Total has raised its separator film capacity to 140,000 tonnes a year. Nearby, \
            chipmaker Kestrel's new fab is running. Lawmaker Anna Berg and filmmaker Tom Vale visited; top supplier Chile was absent.
            """)
        #expect(Set(found.organizations.map(\.text)) == ["Bayou Total", "Kestrel"])
        #expect(found.events.map(\.type) == [.capacityExpansion])
        #expect(found.events.first?.organizations == ["Bayou Total"])
    }

    @Test func placesAreWholeNamesAndNothingInsideAnotherNameCounts() {
        let found = facts(
            """
            ZAOZHUANG, Shandong — The plant sits in the Zaozhuang High-tech Zone. Guangzhou Futures Exchange prices fell.
            项目位于阜阳经济技术开发区，另一工厂在熊本縣菊陽町。Zhang Xiqing attended.
            """)
        let places = Dictionary(uniqueKeysWithValues: found.places.map { ($0.text, $0.kind) })
        #expect(places["Shandong"] == .province)
        #expect(places["Zaozhuang High-tech Zone"] == .park)
        #expect(places["阜阳经济技术开发区"] == .park)
        #expect(places["熊本縣"] == .province)
        #expect(places["菊陽町"] == .city)
        // Inside other names, or a person's name: not places.
        #expect(places["Guangzhou"] == nil)
        #expect(places["Xiqing"] == nil)
        #expect(found.organizations.contains { $0.text == "Guangzhou Futures Exchange" })
    }

    @Test func eventsAreTheNewsNotTheHistoryOrThePlans() {
        let news = facts(
            """
            Gotion High-Tech Co., Ltd. laid the foundation stone on Monday for a 20 GWh battery plant in Kenitra, with a total \
            investment of $1.28 billion.

            The company's first plant, which began production in 2021, is in Hefei. A second phase is scheduled to start \
            production next year. "We will expand again," an executive said.
            """)
        #expect(news.eventTypes == ["construction_start"])
        let event = news.events.first
        #expect(event?.organizations == ["Gotion High-Tech"])
        #expect(event?.places.contains("Kenitra") == true)
        #expect(event?.capacities == ["20 GWh"])
        #expect(event?.money == ["$1.28 billion"])

        let chinese = facts("赣锋锂业5日晚间公告称，公司位于江西省新余市的氢氧化锂项目一期工程已正式投产。项目投产后将新增就业。二期预计明年投产。")
        #expect(chinese.eventTypes == ["production_start"])
        #expect(facts("Lithium carbonate prices fell for a fifth session. Nickel rose 2%. The company's shares fell 3%.").events.count == 2)
    }

    /// A year written "20" then full-width digits is a year too (it ended the finder with a crash
    /// when read as a number through a string): the step it dates is history, as with ASCII digits.
    @Test func aYearWithFullWidthDigitsDatesAStepLikeAnyYear() {
        let body = "Birchwood Cells Ltd. said on Monday that orders rose in 2025. Its plant in Kemi started production in YEAR, the company said."
        let ascii = facts(body.replacingOccurrences(of: "YEAR", with: "2021"))
        let fullWidth = facts(body.replacingOccurrences(of: "YEAR", with: "20\u{FF12}\u{FF11}"))
        #expect(ascii.eventTypes.isEmpty)
        #expect(fullWidth.eventTypes == ascii.eventTypes)
        #expect(facts(body.replacingOccurrences(of: "YEAR", with: "March")).eventTypes == ["production_start"])
    }

    /// A step named by a verb and its object, as writers vary it ("series production … got going",
    /// "lifts the site's capacity"), read like any trigger: a plan, a modifier or a share move is none.
    @Test func stepsNamedByAVerbAndItsObjectAreFound() {
        func types(_ body: String) -> [String] { facts(body).eventTypes }
        #expect(types("Series production of sodium-ion cells got going on Monday at Northwind Cells Ltd.'s plant in Kemi, Finland.") == ["production_start"])
        #expect(types("Harbour Anode Ltd. said its new furnace line lifts the site's capacity to 40,000 tonnes a year.") == ["capacity_expansion"])
        #expect(types("Danube Cathode Kft. has finished the superstructure of its precursor plant in Pécs, Hungary.") == ["topping_out"])
        #expect(types("Larch Membranes Ltd. executed a six-year contract with Wolfspeed for the supply of substrates.") == ["agreement_signed"])
        #expect(types("Tinci Materials lifted its list price for electrolyte by 2,000 yuan a tonne.") == ["price_move"])
        // The verb comes after its object here: the clause up to the verb holds the plan.
        #expect(types("Fenwick Cells Ltd. has bought land in Kemi. Construction would begin in the spring.").isEmpty)
        // "production" names the equipment, not the step.
        #expect(types("Tata Electronics has begun installing production equipment at its fab in Dholera.") == ["equipment_move_in"])
        // A company opening the clause that rises is its shares, even when its name holds a product.
        #expect(types("Equities followed the metals. Tianqi Lithium rose 4.1% in Shenzhen.").isEmpty)
        #expect(types("Lithium carbonate futures on the Guangzhou Futures Exchange rose 3.4% on Thursday.") == ["price_move"])
        // "a deal to take 51% of" is the purchase, not a second step.
        #expect(types("Kalajoki Battery Chemicals Oyj has sealed a deal to take 51% of Cévenole Lithium SAS.") == ["acquisition"])
        // A Chinese step word before a modal is a noun, the subject of a forecast; a rumour is no news.
        #expect(types("惠州亿纬锂能股份有限公司表示，新厂房人均产出有望提高一倍。").isEmpty)
        #expect(types("对于市场关于公司拟收购一家锂矿企业的传言，当升科技表示没有相关计划。").isEmpty)
        // Storage cells shipped are goods, not a storage station's nameplate.
        #expect(facts("Harbour Cells Ltd. shipped 31 GWh of storage cells in the first nine months.").capacities.isEmpty)
    }

    /// Written after thirty more unseen articles: history told by a sentence's opening year, steps
    /// put off, an agreement to buy a company, exports that rise, room to rise.
    @Test func stepsPutOffDatedOrOnlyPossibleAreNoEvents() {
        func types(_ body: String) -> [String] { facts(body).eventTypes }
        #expect(types("Today is 2026. In 2024, Coosa Anode LLC also signed a memorandum of understanding with a cell maker.").isEmpty)
        #expect(types("In 2026, Coosa Anode LLC signed a memorandum of understanding with a cell maker.") == ["agreement_signed"])
        #expect(types("Senior Tech Ltd. said delays at a customer pushed back the start of production by a year.").isEmpty)
        #expect(types("Harbour Anode Ltd. said construction is due to begin in the third quarter.").isEmpty)
        #expect(
            types("On Dec. 12, Redbank Materials Corp. entered into an agreement to acquire 60% of Lindqvist Targets AB for $90 million.")
                == ["acquisition"])
        #expect(types("Tomita Trading Corp. signed a ten-year agreement to buy lithium carbonate from Salar Verde Minerals S.A.") == ["agreement_signed"])
        #expect(types("Zimbabwe's lithium concentrate exports rose by about a fifth this year.").isEmpty)
        #expect(types("法人预估，明年DDR5合约价仍有上涨空间。").isEmpty)
        // Written after thirty more: a question, a volume opening its clause, a participle after its noun.
        #expect(types("问：江西青岚锂业有限公司赣州基地是否已停产？").isEmpty)
        #expect(types("Imports of spodumene concentrate into China fell 9% to 410,000 tonnes in January.").isEmpty)
        #expect(types("Traders said Tianqi Lithium held contracts signed in the fourth quarter, when prices were lower.").isEmpty)
        #expect(facts("锂精矿价格现时已跌至每噸约900美元。").money.isEmpty)
    }

    /// Written after measuring on real reporting: steps denied, described by a relative clause or
    /// served by a purpose, products moving together, and the dates that make a step history or news.
    @Test func deniedDescribedAndDatedStepsAreToldFromNews() {
        func types(_ body: String) -> [String] { facts(body).eventTypes }
        // Denials, relative clauses and purposes report nothing.
        #expect(types("Marrowstone Lithium Ltd. said no agreement has been signed with the buyer.").isEmpty)
        #expect(types("Orsk Cathode AB has not started production at its new plant.").isEmpty)
        #expect(types("Two mines near Yichun that halted in August remained shut, Orsk Cathode AB said.").isEmpty)
        #expect(types("Kestrel Fab Ltd. is on the path to expand its wafer capacity in Penang.").isEmpty)
        #expect(types("The refinery of Wandoo Basin Ltd. has yet to receive a final investment decision.").isEmpty)
        #expect(types("江苏启翰锂电材料有限公司并未签署任何收购协议。").isEmpty)
        // …while the same steps told as news are events.
        #expect(types("Orsk Cathode AB has started producing cathode material at its new plant in Skelleftea.") == ["production_start"])
        #expect(types("Wandoo Basin Ltd. made a final investment decision on its hydroxide refinery.") == ["investment_announced"])
        // Two products moving in one sentence are two moves; a longer product is not the shorter one inside it.
        func moves(_ body: String) -> Int { facts(body).events.filter { $0.type == .priceMove }.count }
        #expect(moves("Contract prices of DRAM and NAND flash dropped by 12% and 20% in the quarter.") == 2)
        #expect(moves("Contract prices of DRAM dropped by 12% in the quarter.") == 1)
        #expect(moves("本周四氧化三钴市场价上涨5000元/吨。电解钴上涨8000元/吨。") == 2)
        #expect(types("电池级碳酸锂价格报7.54万元，较T-1增600元。") == ["price_move"])
        // An export ban is an export control, not a halt; an agreement to acquire is the acquisition.
        #expect(types("The government of Nortania said it has halted the metal's exports for four months.") == ["export_control"])
        #expect(
            types("Brightwater Lithium Corp. signed an agreement with Pastos Salt Ltd. to acquire the latter in a cash deal.") == ["acquisition"])
        // A month of an earlier year or of this year tells history; "已于25日" is news of this month.
        #expect(types("2026年12月6日，安徽钧曜新能源科技有限公司项目于2025年4月开工建设。").isEmpty)
        #expect(types("如东沛川储能系统有限公司今年3月开工建设。").isEmpty)
        #expect(types("如东沛川储能系统有限公司储能电池项目二期厂房实现结构封顶。") == ["topping_out"])
        #expect(types("龍蟠鋰業科技有限公司已於25日停產，員工已放假。") == ["closure_or_halt"])
        // A sentence opened by a condition or by history; a span between two steps; a month before the article's day.
        #expect(types("Once fully running, the Tarlow plant of Brightwater Lithium Corp. will add 20 GWh of annual capacity.").isEmpty)
        #expect(types("About a year ago, Brightwater Lithium Corp. unveiled plans to build a refinery.").isEmpty)
        #expect(types("江苏启翰锂电材料有限公司项目从开工到投产仅用时11个月。").isEmpty)
        #expect(types("12月24日，江苏启翰锂电材料有限公司举行仪式。6月30日，江苏启翰锂电材料有限公司项目正式开工。") == [])
        #expect(types("12月24日，江苏启翰锂电材料有限公司项目正式开工。") == ["construction_start"])
        // A company moving its own price; an item of a list continuing the paragraph that named the company.
        #expect(types("南亚科技股份有限公司持续上调价格。") == ["price_move"])
        #expect(
            types("Brightwater Lithium Corp. announced changes at its Tarlow site, including:\n\n- Idling production at Line 2 and placing it in care and maintenance")
                == ["closure_or_halt"])
        // A rumour in a roundup item, and a government's grant said in Chinese.
        #expect(types("◆ 另有市场消息称，一家头部电池企业正洽谈入股某锂矿企业。").isEmpty)
        #expect(types("美国商务部已最终敲定向江苏启翰锂电材料有限公司提供6亿美元政府补贴。") == ["policy"])
        // A step named by a noun and planned after it; plans scrapped; a proposal to sign; maintenance; an anniversary.
        #expect(types("At the Tarlow plant of Brightwater Lithium Corp., installation of equipment is scheduled to start in May.").isEmpty)
        #expect(types("Brightwater Lithium Corp. has scrapped plans to build a refinery in Tarlow.").isEmpty)
        #expect(types("江苏启翰锂电材料有限公司拟与肥东县人民政府签署《项目投资合作协议》。") == ["investment_announced"])
        #expect(types("江苏启翰锂电材料有限公司宣布停产检修。").isEmpty)
        #expect(types("江苏启翰锂电材料有限公司新厂动土周年。").isEmpty)
        #expect(types("Today is 2026. In July 2022, Brightwater Lithium Corp. signed a supply contract with Tarlow Cells Ltd.").isEmpty)
        #expect(types("江苏启翰锂电材料有限公司回收车间按照原定计划完成封顶。") == ["topping_out"])
        // A year followed by a comma still dates the step.
        #expect(types("Today is 2026. Fenwick Ridge Lithium Inc., which began producing hydroxide in 2024, sells to Ford Motor.").isEmpty)
    }

    /// An English step dated months before the article's own day is history: the day comes from
    /// the record's date, else from a dateline. Months that bound a figure or a plan are not the step's.
    @Test func stepsOfMonthsBeforeTheArticleAreHistory() {
        func types(_ body: String, published: String? = nil) -> [String] { Self.finder.facts(in: body, published: published).eventTypes }
        let bought = "On October 24, Brightwater Lithium Corp. completed the acquisition of Pastos Salt Ltd."
        #expect(types(bought) == ["acquisition"])
        #expect(types(bought, published: "2025-12-03T08:00:00Z").isEmpty)
        #expect(types(bought, published: "2025-11-03T08:00:00Z") == ["acquisition"])
        #expect(types("Perth, December 3\n\n" + bought).isEmpty)
        #expect(types("Orsk Cathode AB began production at its Skelleftea plant in August.", published: "2025-12-01T00:00:00Z").isEmpty)
        #expect(types("Orsk Cathode AB began production at its Skelleftea plant on November 28.", published: "2025-12-01T00:00:00Z") == ["production_start"])
        // A month that bounds a move or starts a plan is not the step's date.
        #expect(types("Contract prices of DRAM rose about 9% in December from October.", published: "2025-12-20T00:00:00Z") == ["price_move"])
        #expect(
            types("The Ministry of Commerce of Nortania will require export permits for graphite from Dec. 1.", published: "2025-10-20T00:00:00Z")
                == ["export_control"])
        #expect(
            types("Kestrel Fab Ltd. will close its planar NAND line at the end of June.", published: "2025-12-20T00:00:00Z") == ["closure_or_halt"])
        // The record's year is the article's: a step "since late 2024" is history in 2025 even when no later year is named.
        #expect(types("Prices of spodumene have tumbled 80% since late 2024.", published: "2025-09-12T00:00:00Z").isEmpty)
    }

    /// Wordings met in a fifth set of real reporting, written anew: a step in the progressive, a
    /// first product, a grant finalized, spending on a plant, and a company bought named by an apposition.
    @Test func progressiveFirstProductAndSpendingWordingsAreSteps() {
        func types(_ body: String) -> [String] { facts(body).eventTypes }
        #expect(types("A Michigan factory of Tarlow Cells Ltd. is halting production for up to six weeks.") == ["closure_or_halt"])
        #expect(types("The Kwinana refinery has produced its first lithium hydroxide, Brightwater Lithium Corp. said.") == ["production_start"])
        #expect(types("The Department of Commerce finalized an award of up to $406 million of direct funding to Kestrel Fab Ltd.") == ["policy"])
        #expect(types("Orsk Cathode AB plans to spend nearly $1.4 billion to build a factory in Skelleftea.") == ["investment_announced"])
        #expect(types("Orsk Cathode AB chief executive Anna Berg will spend the day at the Skelleftea plant.").isEmpty)
        #expect(types("Brightwater Lithium Corp. has agreed to acquire Pastovia, an Argentina-focused mining firm, for up to $962m.") == ["acquisition"])
        #expect(types("Brightwater Lithium Corp. has agreed to buy Argentine spodumene from Salta traders for up to $96m.").isEmpty)
        // A market's move ahead is a forecast, a company's own is news.
        #expect(types("碳酸锂价格将延续上涨态势。").isEmpty)
        #expect(types("碳酸锂价格将上涨5%。").isEmpty)
        #expect(types("Kestrel Fab Ltd. will raise prices of silicon wafers by 10% from April.") == ["price_move"])
        // A span, a target, a time after history, a law cited: no steps. A grant under a named programme is one.
        #expect(types("江苏启翰锂电材料有限公司项目从破土动工到竣工仅用时11个月。").isEmpty)
        #expect(types("江苏启翰锂电材料有限公司紧紧盯牢10月底投产目标。").isEmpty)
        #expect(types("江苏启翰锂电材料有限公司于2021年收购一座锂矿，此后关停了该矿。").isEmpty)
        #expect(types("江苏启翰锂电材料有限公司表示，本次交易不构成《上市公司重大资产重组管理办法》规定的重大资产重组。").isEmpty)
        #expect(types("工业和信息化部印发《锂电池行业规范条件管理办法》。") == ["policy"])
        #expect(types("創新科技及工業局今日宣布，已批出「新型工業加速計劃」下的資助，資助港碩半導體有限公司約2億港元。") == ["policy"])
    }

    /// Wordings met in a sixth set of real reporting, written anew.
    @Test func termsInQuotesLinesLaunchedAndProjectFiguresAreRead() {
        func types(_ body: String) -> [String] { facts(body).eventTypes }
        #expect(types("Kestrel Fab Ltd. has broken ground on a $420 million packaging plant in Penang.") == ["construction_start"])
        // A term in quotation marks is the writer's, not a person's words.
        #expect(
            types("The Bureau of Industry and Security said it would add 12 companies to its \"Entity List,\" which means sales need a licence.")
                == ["export_control"])
        #expect(types("Tarlow Cells Ltd. launched the world's first GWh-class sodium-ion battery production line in Fuyang.") == ["production_start"])
        #expect(types("南亚科技股份有限公司今日举行新厂设备导入典礼。") == ["equipment_move_in"])
        #expect(types("江苏启翰锂电材料有限公司董事会同意在现有厂区建设年产3.6万吨磷酸锰铁锂项目。") == ["capacity_expansion"])
        #expect(types("寶威鋰業有限公司再次認購1300萬股澳洲鋰礦有限公司股份。") == ["acquisition"])
        // A step word inside a noun, a question, a state denied: no steps.
        #expect(types("工研院为江苏启翰锂电材料有限公司建置12吋半導體研發試量產場域。").isEmpty)
        #expect(types("江苏启翰锂电材料有限公司正考量是否要把產品大規模量產。").isEmpty)
        #expect(types("江苏启翰锂电材料有限公司泰安基地不存在“全面停产”情形。").isEmpty)
        // The paragraph after a groundbreaking goes on with the project's investment; a new item of a list does not.
        let opened = "江苏启翰锂电材料有限公司正极材料项目开工仪式今日举行。\n\n据悉，该项目由江苏启翰锂电材料有限公司投资建设，总投资25亿元。"
        #expect(types(opened) == ["construction_start"])
        let roundup = "江苏启翰锂电材料有限公司正极材料项目开工仪式今日举行。\n\n三是布局海外。江苏启翰锂电材料有限公司拟在摩洛哥投资约2亿美元建设负极材料项目。"
        #expect(Set(types(roundup)) == ["construction_start", "investment_announced"])
    }

    /// Wordings met in a seventh set of real reporting, written anew: plants switched on, the last
    /// steel placed, a move of about 8%, and steps that are names, denials, long trends or ongoing work.
    @Test func switchedOnPlantsAndLongTrendsAreToldApart() {
        func types(_ body: String) -> [String] { facts(body).eventTypes }
        #expect(types("Brightwater Lithium Corp. has flipped the switch on its battery recycling plant in Atoka.") == ["production_start"])
        #expect(types("Orsk Cathode AB has started up a battery recycling plant in Atoka.") == ["production_start"])
        #expect(types("江苏启翰锂电材料有限公司波兰工厂正在开始大规模生产电解液。") == ["production_start"])
        #expect(types("The last structural steel was placed at the Tarlow plant of Brightwater Lithium Corp. on Friday.") == ["topping_out"])
        #expect(types("碳酸锂期货上午涨约8%。") == ["price_move"])
        #expect(types("Kestrel Fab Ltd. has been producing wafers near Niagara Falls, New York, for a decade.").isEmpty)
        #expect(types("五一期间，江苏启翰锂电材料有限公司项目不停工。").isEmpty)
        #expect(types("江苏启翰锂电材料有限公司产出不断增加。").isEmpty)
        #expect(types("Nickel prices have fallen nearly 70 percent in the past six years.").isEmpty)
        #expect(types("Yibin Tianyi Lithium Co. is continuing to expand its lithium hydroxide production capacity.").isEmpty)
        #expect(types("Mass production of these chips is targeted for 2027, Kestrel Fab Ltd. said.").isEmpty)
    }

    /// Wordings met in an eighth set of real reporting, written anew.
    @Test func operationsBegunExportsStoppedAndYearlySpendingAreRead() {
        func types(_ body: String) -> [String] { facts(body).eventTypes }
        #expect(types("Dongwha Electrolyte USA Inc. broke ground in Clarksville earlier this week on its new plant.") == ["construction_start"])
        #expect(types("Orsk Cathode AB began the operation of a separator factory recently completed in Changzhou.") == ["production_start"])
        #expect(types("Tarlow Cells Ltd. installed the final beam at its Kemi plant on Friday.") == ["topping_out"])
        #expect(types("The government of Nortania said on Monday it will stop nickel ore exports from January 1.") == ["export_control"])
        #expect(types("Kestrel Fab Ltd. said it has acquired Britain's largest chipmaker, Newport Wafer Fab.") == ["acquisition"])
        // A yearly spend, a denial inside the step, a plant described, a long stretch of the past, a distant goal: no steps.
        #expect(!types("Brightwater Lithium Corp. will invest about $30m annually to keep the idle Tarlow site safe.").contains("investment_announced"))
        #expect(types("The construction of the Tarlow plant of Brightwater Lithium Corp. still hasn’t kicked off.").isEmpty)
        #expect(types("Brightwater Lithium Corp. runs two other recently commissioned refineries.").isEmpty)
        #expect(types("过去两年江苏启翰锂电材料有限公司保守扩产。").isEmpty)
        #expect(types("江苏启翰锂电材料有限公司表示，真正量产尚远。").isEmpty)
        // A company unknown to the gazetteer and without a legal form is still a party when it opens the step's clause.
        #expect(types("Dongwha Electrolyte broke ground in Clarksville on Tuesday.") == ["construction_start"])
        #expect(types("When I got word that a deal had finally been struck, I thought of an old friend.").isEmpty)
        // An announced closure stays news with its date ahead; a smelter close to shutting has not shut.
        #expect(types("Kestrel Fab Ltd. announced the closure of its Penang plant by the end of 2027.") == ["closure_or_halt"])
        #expect(types("PT Gunbuster Nickel Industry has slashed production and is close to shutting down.").isEmpty)
        // Chinese milestones in other words; a purpose clause; money spent on a purchase.
        #expect(types("江苏启翰锂电材料有限公司电池项目PACK2厂房喜封金顶。") == ["topping_out"])
        #expect(types("江苏启翰锂电材料有限公司负极材料项目（一期）完成设备安装，进入试生产阶段。").contains("equipment_move_in"))
        #expect(types("江苏启翰锂电材料有限公司春节期间坚守岗位，目前正在为今年一季度完成项目主体结构封顶加速冲刺。").isEmpty)
        #expect(types("江苏启翰锂电材料有限公司项目长假期间未停工，其中为主厂房提供动力的C2综合动力站日前率先完成封顶。") == ["topping_out"])
        #expect(types("赣锋锂业拟斥资14.7亿元收购五矿盐湖49%股权。") == ["acquisition"])
        // A groundbreaking held, a duty imposed, a sentence opened by a schedule, a project named by its capacity.
        #expect(types("A groundbreaking was held Friday at the Kemi site of Tarlow Cells Ltd.") == ["construction_start"])
        #expect(
            types("The Commerce Department is imposing a preliminary anti-dumping duty of 93.5% on imports of graphite from Nortania.")
                == ["policy"])
        #expect(types("Scheduled to begin mass production in 2026, the Tennessee plant of Tarlow Cells Ltd. will expand its capacity.").isEmpty)
        #expect(types("近日，年产10GWh锂电池生产研发项目一期PACK2厂房喜封金顶。") == ["topping_out"])
        // The project that broke ground is the one whose investment is told further on.
        let project = "3月15日，总投资260亿元的江苏启翰锂电材料有限公司项目正式开工建设。\n\n项目规划用地3000亩。\n\n该项目分三期建设，其中一期项目计划总投资约47亿元。"
        #expect(types(project) == ["construction_start"])
    }

    /// Towns before their known province or country, and legal forms of more than one word.
    @Test func townsBeforeTheirProvinceAndCompoundLegalFormsAreFound() {
        let found = facts(
            "ZEITZ, Germany — Harbour Anode Ltd. bought Elster Graphitwerk GmbH & Co. KG, which runs a plant in Weissenfels, "
                + "Saxony-Anhalt.\n\nThe buyer, based in Livingston, Scotland, also owns Nemunas Films UAB.\n\n"
                + "设备商弘扬精机股份有限公司表示订单充足。")
        let places = Set(found.places.filter { $0.kind == .city }.map(\.text))
        #expect(places.isSuperset(of: ["ZEITZ", "Weissenfels", "Livingston"]), "\(places)")
        let organizations = Set(found.organizations.map(\.name))
        #expect(organizations.isSuperset(of: ["Elster Graphitwerk GmbH & Co. KG", "Nemunas Films UAB", "弘扬精机股份有限公司"]), "\(organizations)")
        // Chinese parks: a two-character city is a bare name of the park's; a district before a
        // park is a place of its own; an industrial zone is a park, not a district.
        let parks = facts("公司在抚州高新区开工建设。新厂位于泰山区南林科技园区。工厂在高雄市大发工业区。")
        let kinds = Dictionary(parks.places.map { ($0.text, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["抚州高新区"] == .park && kinds["高新区"] == nil, "\(kinds)")
        #expect(kinds["泰山区"] == .city && kinds["南林科技园区"] == .park, "\(kinds)")
        #expect(kinds["大发工业区"] == .park, "\(kinds)")
        #expect(facts("Chivhu Lithium (Private) Limited said so. Fjordcell AS signed it.").organizations.map(\.name) == [
            "Chivhu Lithium (Private) Limited", "Fjordcell AS",
        ])
        // A person or a company before a comma and a place is not a town.
        let people = facts("The plan was announced by Maria Keller, Germany's economy minister, and Harbour Anode Ltd., Scotland.")
        #expect(!people.places.contains { $0.text.contains("Keller") || $0.text.contains("Harbour") })
    }

    /// Written after the finders met thirty articles they had not seen: goods bought are no
    /// acquisition, a stake held is none, rumours and quotes halted are no events, and names keep
    /// their words ("Battery" inside one, two names joined by "and", a maker's descriptor before a Chinese name).
    @Test func eventsNeedTheirObjectAndNamesTheirOwnWords() {
        let found = facts(
            "A consortium led by Tomita Trading Corp. has signed a ten-year agreement to buy lithium carbonate from Salar Verde "
                + "Minerals S.A., the companies said on Monday.\n\nSeveral smaller rivals of Kestrel Cells Ltd. have reportedly "
                + "mothballed plants in Hubei this year.\n\nBrightwater Anode Ltd., which holds a 15% stake in the company, did not "
                + "comment.\n\n部分贸易商暂停对外报价。")
        #expect(found.events.map(\.type) == [.agreementSigned])
        let bought = facts("Meridian Cathode Ltd. agreed to acquire Kestrel Cells Ltd. for $120 million on Monday.")
        #expect(bought.events.map(\.type) == [.acquisition])
        let names = facts(
            "HELSINKI — Kalajoki Battery Chemicals Oyj has sealed a deal, said Kisogawa Bonding Materials KK and Taiwan Power "
                + "Company.\n\n封装材料厂昕路先进材料股份有限公司与南昌大学签约。")
        #expect(
            Set(names.organizations.map(\.name)) == [
                "Kalajoki Battery Chemicals Oyj", "Kisogawa Bonding Materials KK", "Taiwan Power Company", "昕路先进材料股份有限公司", "南昌大学",
            ])
    }

    /// A page with no full stops that repeats names, figures and steps thousands of times (the shape
    /// of a hostile or broken page): every form is reported once, at its first place, and the work
    /// stays linear (each finder looks at a window around a figure, not the whole page).
    @Test func aHugeRepetitivePageGivesEachFactOnce() {
        let unit = "Acme Lithium Co., Ltd. signed an agreement with Beta Cells Inc. for 5 GWh and a $2 billion investment as "
            + "lithium prices rose and the Zaozhuang High-tech Zone broke ground "
        let found = facts(String(repeating: unit, count: 1500))
        #expect(found.organizations.map(\.text).sorted() == ["Acme Lithium Co., Ltd.", "Beta Cells Inc."])
        #expect(found.capacities.map(\.text) == ["5 GWh"])
        #expect(found.money.map(\.text) == ["$2 billion"])
        #expect(found.places.map(\.text) == ["Zaozhuang High-tech Zone"])
        #expect(Set(found.eventTypes) == ["agreement_signed", "construction_start", "price_move"])
        #expect(found.events.count == 3)
        #expect(found.organizations.allSatisfy { $0.offset < unit.unicodeScalars.count })
    }

    /// The four seeds: each project's organizations, place, capacity and step come out.
    @Test func theSeedsFactsComeOut() throws {
        let pipeline = ArticlePipeline(factFinder: Self.finder)
        func seedFacts(_ prefix: String) throws -> ArticleFacts {
            let input = InputDocument(bytes: try Fixtures.bytes(try Fixtures.seed(prefix)), path: prefix, receivedAt: "2026-01-01T00:00:00Z")
            return try #require(pipeline.process(input, ingestedAt: "2026-01-01T00:00:00Z").first?.article?.facts)
        }
        let sodium = try seedFacts("002")
        #expect(sodium.organizations.contains { $0.name == "ZheJiang VASTSIB Technology Co., Ltd." && $0.text == "VASTSIB" })
        #expect(sodium.capacities.map(\.value) == [10000])
        #expect(sodium.capacities.first?.unit == .tonnesPerYear)
        #expect(sodium.capacities.first?.of == "cathode material")
        #expect(sodium.places.contains { $0.text == "Binhai" && $0.kind == .city })
        #expect(sodium.places.contains { $0.text == "Jiangsu" && $0.kind == .province })
        let start = try #require(sodium.events.first)
        #expect(sodium.eventTypes == ["construction_start"])
        #expect(start.organizations == ["ZheJiang VASTSIB Technology Co., Ltd."])
        #expect(start.capacities == ["10,000-ton-per-year"])

        let aluminium = try seedFacts("003")
        #expect(aluminium.eventTypes == ["agreement_signed"])
        #expect(Set(aluminium.events.first?.organizations ?? []) == ["Southwest Aluminum", "Zhongke Jiuwei", "NAURA"])
        #expect(aluminium.places.contains { $0.text == "Nanchong" })

        let xiamen = try seedFacts("000")
        #expect(xiamen.eventTypes == ["agreement_signed"])
        #expect(xiamen.organizations.contains { $0.name == "Qingdao Zhongkehualian Advanced Materials Corp" })
        #expect(xiamen.places.contains { $0.text == "Xiamen Torch Development Zone" && $0.kind == .park })

        let visit = try seedFacts("001")
        #expect(visit.events.isEmpty)
        #expect(visit.organizations.map(\.name).contains("OptimumNano"))
        #expect(visit.places.contains { $0.text == "Shucheng City" })
        #expect(visit.money.isEmpty && visit.capacities.isEmpty)
    }

    /// The labelled set: the finders reach these scores on the articles they were tuned on, and
    /// keep at least these on the held-out ones (the issue's targets are 0.9 precision, 0.8 recall).
    @Test func theLabelledSetScores() throws {
        let lines = try String(contentsOf: Fixtures.factsFile, encoding: .utf8).split(separator: "\n")
        var cases: [FactEvaluation.Case] = []
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let labelled = try #require(object["facts"] as? [String: [[String: Any]]])
            func keys(_ type: String, _ key: (([String: Any]) -> String)) -> [String] { (labelled[type] ?? []).map(key) }
            let expected = FactEvaluation.Keys(byType: [
                "organizations": keys("organizations") { "\($0["name"]!)" },
                "places": keys("places") { "\(($0["seen"] as! String).lowercased()) (\($0["kind"]!))" },
                "capacities": keys("capacities") { "\(FactEvaluation.Keys.number(($0["value"] as! NSNumber).doubleValue)) \($0["unit"]!)" },
                "money": keys("money") { "\(FactEvaluation.Keys.number(($0["amount"] as! NSNumber).doubleValue)) \($0["currency"]!)" },
                "events": keys("events") { "\($0["type"]!)" },
            ])
            cases.append(
                .init(
                    id: object["id"] as! String, split: object["split"] as! String, language: object["lang"] as! String,
                    expected: expected, found: FactEvaluation.Keys(Self.finder.facts(in: object["text"] as! String))))
        }
        #expect(cases.count == 292)
        let evaluation = FactEvaluation(cases: cases)
        for type in FactEvaluation.types {
            let tune = evaluation.score(type) { $0.split == "tune" }
            #expect(tune.precision >= 0.9 && tune.recall >= 0.85, "\(type) tune \(tune.precision) \(tune.recall)")
            let holdout = evaluation.score(type) { $0.split == "holdout" }
            // The issue's line, on the articles never tuned on.
            #expect(holdout.precision >= 0.9 && holdout.recall >= 0.8, "\(type) holdout \(holdout.precision) \(holdout.recall)")
        }
    }

    /// Wordings met in real reporting on 2026-12-02, written anew: Chinese words that hold a step's
    /// characters across a word boundary, a company's profile, a failed deal, a project signed with a
    /// park, and steps said by a planned investment or a noun with "of".
    @Test func stepsReadAcrossWordBoundariesProfilesAndProjectSignings() {
        // 电动工具 holds 动工, 指出台积电 holds 出台, 量产产线 and 量产中心 use 量产 as a modifier.
        #expect(facts("江西青岚锂业有限公司的电池广泛用于电动工具和储能。").eventTypes.isEmpty)
        #expect(facts("工业和信息化部官员指出台积电的订单仍在增长。").eventTypes.isEmpty)
        #expect(facts("江西青岚锂业有限公司将重点建设5GWh的钠离子电池量产产线。").eventTypes.isEmpty)
        #expect(facts("江西青岚锂业有限公司今天在宜春举行开工仪式。").eventTypes == ["construction_start"])
        // A paragraph that opens by saying what a company is goes on with its record.
        #expect(facts("江西青岚锂业有限公司是一家专注于硅基负极材料的高新技术企业。该团队攻克多项难题，成功实现规模化量产。").eventTypes.isEmpty)
        // A deal that fell through, a past period opening the sentence, an investment's planned total.
        #expect(facts("Kestrel Lithium Ltd. raised its budget after its takeover of Bayouline Graphite Materials LLC failed last week.").eventTypes.isEmpty)
        #expect(facts("In recent years, lithium carbonate prices have dropped by about 80%.").eventTypes.isEmpty)
        #expect(facts("江西青岚锂业有限公司年产5万吨磷酸铁锂项目计划总投资50亿元，分三期建设。").eventTypes.isEmpty)
        // A step given a time ahead in its clause is a plan; the same step without it is news.
        let site = "Construction began on Monday at the Kwinana site of Eastfield Lithium Refining Pty Ltd, with the first production of lithium hydroxide"
        #expect(facts(site + " from the expansion expected in 2027.").eventTypes == ["construction_start"])
        #expect(facts(site + " from the expansion last week.").eventTypes == ["construction_start", "production_start"])
        // Announced in other words: a planned investment, a planned sum, the groundbreaking of a plant.
        #expect(facts("Eastfield Lithium Refining Pty Ltd said on Thursday it planned to invest $1.4 billion in a refinery.").eventTypes == ["investment_announced"])
        #expect(facts("Eastfield Lithium Refining Pty Ltd plans a significant investment totaling $800 million in a cell plant.").eventTypes == ["investment_announced"])
        #expect(facts("Officials and Eastfield Lithium Refining Pty Ltd celebrated the groundbreaking of a $2 billion refinery on Friday.").eventTypes == ["construction_start"])
        // Building that invests in no plant: "aims to build 500,000 cars".
        #expect(facts("Eastfield Lithium Refining Pty Ltd aims to build an additional 500,000 vehicles next year.").eventTypes.isEmpty)
        // Traditional script gets the checks of simplified: a halt of quotes is no halt of production.
        #expect(facts("三星电子暂停报价。").eventTypes.isEmpty)
        #expect(facts("三星電子暫停報價。").eventTypes.isEmpty)
        // DDR4 and DDR5 are products of their own: two moves.
        #expect(facts("本周DDR4现货价格上涨7%，DDR5现货价格上涨5%。").events.map(\.type) == [.priceMove, .priceMove])
        // Set 13's shapes: a first production, a passive purchase, a closing, a freeze on exports, plans halted, an
        // expansion's budget, a production not yet under way, a document's years, an export rule suspended, 实体名单.
        #expect(facts("Eastfield Lithium Refining Pty Ltd has achieved the first production of spodumene concentrate at its plant.").eventTypes == ["production_start"])
        #expect(facts("Marrangu Lithium Limited has officially been acquired by Kestrel Holdings Ltd.").eventTypes == ["acquisition"])
        #expect(facts("Kestrel Semiconductor Inc. said it will be closing one of its production facilities in Durham.").eventTypes == ["closure_or_halt"])
        #expect(facts("The Ruvuma government has imposed an immediate freeze on exports of all raw minerals.").eventTypes == ["export_control"])
        #expect(facts("Eastfield Lithium Refining Pty Ltd is halting plans to build a refinery in Kwinana.").eventTypes.isEmpty)
        #expect(!facts("Eastfield Lithium Refining Pty Ltd will spend $2 billion over the next five years to expand production at its site.").eventTypes.contains("investment_announced"))
        #expect(facts("Even though commercial production at Eastfield Lithium Refining Pty Ltd is not yet underway, the offtake stands.").eventTypes.isEmpty)
        #expect(facts("商务部、海关总署日前联合印发《新型储能规模化建设专项行动方案(2025—2027年)》。").eventTypes == ["policy"])
        #expect(facts("中国商务部表示，已暂停执行向美国出口镓、锗的相关规定。").eventTypes == ["policy"])
        #expect(facts("美国商务部近日将全球32个实体列入实体名单。").eventTypes == ["export_control"])
        // Sets 14 and 15's shapes: a bare "expansion" with no figure or budget, a participle before its object, a condition
        // ("subject to" a step; "subject to export controls" is the measure), shares of listed miners, 结顶, a state seizing control.
        #expect(facts("Kestrel Semiconductor Inc. said TSMC's global expansion continues.").eventTypes.isEmpty)
        #expect(facts("Kestrel Semiconductor Inc. unveiled a capacity expansion plan worth $3.5 billion on Monday.").eventTypes == ["capacity_expansion"])
        #expect(facts("By early 2019, Kestrel Semiconductor Inc. cleared out the installed equipment and closed the office.").eventTypes.isEmpty)
        #expect(facts("Kestrel Semiconductor Inc. installed the first lithography tools at its Dresden fab this week.").eventTypes == ["equipment_move_in"])
        #expect(facts("The Ruvuma Minerals Ltd. order is subject to commercial production at the Kilwa mine.").eventTypes.isEmpty)
        #expect(facts("Gallium and germanium will be subject to export controls from 1 August, China's Ministry of Commerce said.").eventTypes == ["export_control"])
        #expect(facts("1月14日，A股锂矿股回调，融捷股份、天齐锂业跌超4%。").eventTypes.isEmpty)
        #expect(facts("长电科技绍兴项目一期主体工程6月28日结顶。").eventTypes == ["topping_out"])
        #expect(facts("The Dutch government has stepped in to take control of chipmaker Kestrel Semiconductor B.V. on Sunday.").eventTypes == ["policy"])
        // A project signed with a park is an investment agreed too.
        #expect(Set(facts("6月25日，江西青岚锂业有限公司钠离子电池项目签约落地宜春经济技术开发区，总投资26亿元。").eventTypes) == ["agreement_signed", "investment_announced"])
    }

    /// Set 31's shapes: a step after a condition, at the earliest, being planned, a time to come, a rule cited, a chance, a case.
    @Test func chineseConditionsPlansAndNouns() {
        #expect(facts("江西青岚锂业有限公司表示，一旦土地完成交付，可马上动工建厂。").eventTypes.isEmpty)
        #expect(facts("江西青岚锂业有限公司表示，若天候允许，年产3万吨正极材料项目今天正式开工。").eventTypes.isEmpty)
        // ("若干" is "several", no condition.)
        #expect(facts("江西青岚锂业有限公司表示，若干配套工程已完工，年产3万吨正极材料项目今天正式开工。").eventTypes == ["construction_start"])
        #expect(facts("江西青岚锂业有限公司表示，厂房最快十月动工。").eventTypes.isEmpty)
        #expect(facts("青岚科技发布公告，宣布正筹划通过发行股份方式收购江西青岚锂业有限公司控股权。").eventTypes.isEmpty)
        #expect(facts("青岚科技发布公告，宣布以3亿元收购江西青岚锂业有限公司控股权。").eventTypes == ["acquisition"])
        #expect(facts("县长强调，江西青岚锂业有限公司今天的项目就是明天的产出。").eventTypes.isEmpty)
        #expect(facts("江西青岚锂业有限公司称，这一结论基于《上市公司重大资产重组管理办法》的量化标准得出。").eventTypes.isEmpty)
        #expect(facts("江西青岚锂业有限公司将积极寻求估值合理的外延并购机会。").eventTypes.isEmpty)
        #expect(facts("在美國拋出產能新規後，外界擔憂台積電中科二期擴建案預計導入新製程生變。").eventTypes.isEmpty)
        #expect(facts("青岚科技对江西青岚锂业有限公司的收购案今天获股东会通过，交易金额为3亿元。").eventTypes == ["acquisition"])
    }

    /// Set 32's shapes: a state that goes on, "poised to", history in a later opening clause, the
    /// month "May", last year's months, a price "up by" a share, a price hike, a ceremony set for a day.
    @Test func englishStatesMonthsAndHikes() {
        #expect(facts("The Kestrel Lithium Ltd. mine will remain on care and maintenance while the owner reviews its options.").eventTypes.isEmpty)
        #expect(facts("Kestrel Lithium Ltd. placed the mine on care and maintenance on Monday.").eventTypes == ["closure_or_halt"])
        #expect(facts("Kestrel Semiconductor Inc. is poised to receive a $1.5 billion grant from the Commerce Department.").eventTypes.isEmpty)
        #expect(facts("In line with its strategy, earlier in June, Kestrel Lithium Ltd. announced a plan to invest $650 million in a refinery.").eventTypes.isEmpty)
        #expect(facts("In line with its strategy, Kestrel Lithium Ltd. announced a plan to invest $650 million in a refinery.").eventTypes == ["investment_announced"])
        // "May" with a capital is the month: a step then, in an October article, is history; in May's own, news.
        let october = Self.finder.facts(in: "In May, Kestrel Semiconductor Inc. began production at its fab in Utah.", published: "2023-10-03T08:00:00Z")
        #expect(october.eventTypes.isEmpty)
        let may = Self.finder.facts(in: "In May, Kestrel Semiconductor Inc. began production at its fab in Utah.", published: "2023-05-20T08:00:00Z")
        #expect(may.eventTypes == ["production_start"])
        // A month after the article's own, with no year and no plan, was last year's.
        let february = Self.finder.facts(in: "Kestrel Lithium Ltd. broke ground on a cathode plant in Tennessee in December.", published: "2024-02-10T08:00:00Z")
        #expect(february.eventTypes.isEmpty)
        let january = Self.finder.facts(in: "Kestrel Lithium Ltd. broke ground on a cathode plant in Tennessee in December.", published: "2024-01-05T08:00:00Z")
        #expect(january.eventTypes == ["construction_start"])
        #expect(facts("The spodumene price assessment was at $700 per tonne on Friday, up by 67% from a month ago.").eventTypes == ["price_move"])
        #expect(facts("Kestrel Semiconductor Inc. told clients on Wednesday it will hike chip prices by 10% to 20%.").eventTypes == ["price_move"])
        #expect(facts("Kestrel Semiconductor Inc. hiked chip prices by 10% to 20%.").eventTypes == ["price_move"])
        #expect(facts("The groundbreaking ceremony for the planned Kestrel Semiconductor Inc. factory complex in suburban Columbus is set for Friday.").eventTypes.isEmpty)
        #expect(facts("Kestrel Semiconductor Inc. held a production ceremony for the second phase of its wafer fab in Wuxi on Tuesday.").eventTypes == ["production_start"])
    }

    /// Shapes of written news from set 34: what was said before, tallies of unnamed ones, a time
    /// clause of "when", a plant not yet built, a decision to come, a participle describing.
    @Test func statementsToldAgainTalliesAndTimeClauses() {
        #expect(facts("Kestrel Lithium Ltd. has said it will invest $1.6 billion in the refinery.").eventTypes.isEmpty)
        #expect(facts("Kestrel Lithium Ltd. said on Monday it will invest $1.6 billion in the refinery.").eventTypes == ["investment_announced"])
        #expect(facts("Kestrel Lithium Ltd. said only a handful of cathode plants in the state have begun production.").eventTypes.isEmpty)
        #expect(facts("When lithium carbonate prices soared past 500,000 yuan a tonne, sodium-ion cells from Kestrel Lithium Ltd. looked cheap.").eventTypes.isEmpty)
        #expect(facts("Kestrel Lithium Ltd. has signed supply agreements totaling more than 9 GWh with integrators and developers.").eventTypes.isEmpty)
        #expect(facts("Five projects signed agreements with Kestrel Lithium Ltd. on Monday.").eventTypes == ["agreement_signed"])
        #expect(facts("Kestrel Lithium Ltd. said a planned recycling hub in Georgia was put on hold.").eventTypes.isEmpty)
        #expect(facts("Kestrel Lithium Ltd. deferred a planned expansion of its Bungarra processing plant.").eventTypes.isEmpty)
        #expect(facts("Kestrel Lithium Ltd. aims to take a final investment decision by the end of the year.").eventTypes.isEmpty)
        #expect(facts("Chinese rivals such as Kestrel Semiconductor Inc., backed by state subsidies, add capacity.").eventTypes.isEmpty)
        #expect(facts("Kestrel Semiconductor Inc. said the ministry's previous outlook, issued in July, had called for spending of $126 billion.").eventTypes.isEmpty)
        #expect(facts("江西青岚锂业有限公司正极材料项目自今年3月2日开工以来，进展顺利。").eventTypes.isEmpty)
        #expect(facts("按照建设计划，江西青岚锂业有限公司项目在明年1月将完成主体结构，下半年完成设备安装并试产。").eventTypes.isEmpty)
        #expect(facts("江西青岚锂业有限公司厂房首榀钢屋架吊装，相当于传统建筑的上梁。").eventTypes.isEmpty)
        #expect(facts("青岚科技以23.4亿港元（相当于约3亿美元）收购江西青岚锂业有限公司的全部已发行股本。").eventTypes == ["acquisition"])
    }

    /// Set 33's wordings of steps, and a structure's milestone told in the paragraph after the one naming its company.
    @Test func cornerstonesOpeningsLastSteelAndIncreases() {
        #expect(facts("Officials attended the cornerstone laying ceremony for a cathode plant built by Kestrel Lithium Ltd. in Debrecen.").eventTypes == ["construction_start"])
        #expect(facts("Kestrel Lithium Ltd. announced the opening of its first LFP cell factory in Subotica on Monday.").eventTypes == ["production_start"])
        #expect(facts("Kestrel Lithium Ltd. announced the opening of talks with the province.").eventTypes.isEmpty)
        #expect(facts("The governor helped Kestrel Lithium Ltd. place the last piece of structural steel at its battery plant in Bowling Green.").eventTypes == ["topping_out"])
        let milestone = facts("Construction on the battery plant of Kestrel Lithium Ltd. in Glendale hit a milestone on Wednesday.\n\nCompany representatives held a topping out ceremony in the morning.")
        #expect(milestone.eventTypes == ["topping_out"])
        #expect(facts("Kestrel Lithium Ltd. said it will triple its capacity for lithium hydroxide to 30,000 tonnes a year.").eventTypes == ["capacity_expansion"])
        #expect(facts("Memory chip prices increased in July, Kestrel Research said.").eventTypes == ["price_move"])
        #expect(facts("The lithium yield of Kestrel Lithium Ltd. has increased from 75 percent to 85 percent.").eventTypes.isEmpty)
        // A site rented from no one named, what happened since then, a power to act, a first batch of people.
        #expect(facts("Kestrel Lithium Ltd. has signed a lease agreement for a 50-year term for the brownfield site in Niles.").eventTypes.isEmpty)
        #expect(facts("Kestrel Lithium Ltd. signed the lease with the Coega Development Corporation at a ceremony on Monday.").eventTypes == ["agreement_signed"])
        #expect(facts("Since then, Kestrel Lithium Ltd. has signed an agreement with Bayou Power Systems Inc. to share technology.").eventTypes.isEmpty)
        #expect(facts("Section 232 gives the president authority to impose tariffs on chips from Kestrel Semiconductor Inc. and others.").eventTypes.isEmpty)
        #expect(facts("Kestrel Semiconductor Inc. welcomed its first batch of employees at the new fab on Monday.").eventTypes.isEmpty)
    }

    /// Set 35's shapes: tools whose trade is curbed, a relative clause of two auxiliaries, a past
    /// period far after the step, equipment expected, a comparison with last year's target.
    @Test func curbedToolsRelativeClausesAndComparisons() {
        #expect(!facts("Washington first imposed sweeping curbs on sales of chipmaking tools to Kestrel Semiconductor Inc. of China.").eventTypes.contains("equipment_move_in"))
        #expect(facts("The transaction with Kestrel Lithium Ltd., which has been approved by both boards, is expected to close in June.").eventTypes.isEmpty)
        #expect(facts("Kestrel Lithium Ltd. idled a smaller collection and sorting facility in Arizona last year.").eventTypes.isEmpty)
        #expect(facts("Kestrel Lithium Ltd. idled a smaller collection and sorting facility in Arizona on Monday.").eventTypes == ["closure_or_halt"])
        #expect(facts("Fit-out of the Kestrel Lithium Ltd. plant will now begin, with the first production equipment expected on site in the autumn.").eventTypes.isEmpty)
        #expect(facts("The first wafer of Kestrel Semiconductor Inc. came off the line about six weeks later than the company had targeted last year.").eventTypes == ["production_start"])
        // Capacity grown with the verb and 产能 apart is an expansion, its budget with it; a utilization rate is not capacity.
        #expect(facts("青嵐記憶體股份有限公司宣布，將投資新台幣280億元，擴充南部科學園區12吋廠產能，月產能由4萬片增加至5萬片。").eventTypes == ["capacity_expansion"])
        #expect(facts("江西青岚锂业有限公司表示，一季度产能利用率提升至85%。").eventTypes.isEmpty)
    }

    /// Verbs with other senses: committing and pouring invest only money or a plant; issuing and
    /// unveiling are a measure only with one named around them.
    @Test func investingAndPublishingVerbsNeedTheirObjects() {
        #expect(facts("Kestrel Lithium Ltd. said a former contractor was suspected of committing the fraud.").eventTypes.isEmpty)
        #expect(facts("Kestrel Lithium Ltd. is committing $2 billion to a cathode plant in Ohio.").eventTypes == ["investment_announced"])
        #expect(facts("The Ministry of Commerce issued a statement on Tuesday welcoming the results of Kestrel Semiconductor Inc.").eventTypes.isEmpty)
        #expect(facts("The Ministry of Commerce issued rules on Tuesday requiring chip makers such as Kestrel Semiconductor Inc. to report their stocks.").eventTypes == ["policy"])
        #expect(facts("The ministry unveiled 1.5 trillion won of low-interest loans for battery makers such as Kestrel Lithium Ltd.").eventTypes == ["policy"])
    }

    /// Past the opening sentences, a step told with no company is background or another story; with
    /// its company named, or as a price move, it is still news.
    @Test func deepStepsWithoutACompanyAreBackground() {
        let opening = """
            Kestrel Lithium Ltd. will idle its Harlow concentrator from March. The company blamed weak prices. \
            About 170 jobs will go. Output was cut by a third last year. Shares fell 4%. Analysts expect more cuts.


            """
        let unnamed = "Several producers delayed expansions, and one mothballed a pilot plant in Salta."
        #expect(facts(unnamed).eventTypes == ["closure_or_halt"])
        #expect(facts(opening + unnamed).eventTypes.isEmpty)
        #expect(facts(opening + "China imposed restrictions on exports of some graphite products on Friday.").eventTypes.isEmpty)
        #expect(facts(opening + "Separately, Ardent Mining Ltd. mothballed a pilot plant in Salta on Tuesday.").eventTypes == ["closure_or_halt"])
        #expect(facts(opening + "Spot lithium carbonate prices rose 3% to 76,800 yuan a tonne on Tuesday.").eventTypes == ["price_move"])
    }

    /// Wordings met in real reporting on 2026-12-03 (sets 36 and 37), written anew: steps that are
    /// only possible, feared, a trend, a body's remit, a company's own approval or one of several ways;
    /// a price named as a thing; and a purchase said with "will buy".
    @Test func possibleFearedOngoingAndApprovedStepsAndBuying() {
        #expect(facts("Kestrel Semiconductor Inc. said on Friday it will buy wafer equipment maker Nexx Systems Inc for $206 million.").eventTypes == ["acquisition"])
        let dateline = facts("TOKYO, March 16 Kestrel Semiconductor Inc. said on Friday it will buy Nexx Systems Inc for $206 million.")
        #expect(dateline.eventTypes == ["acquisition"])
        #expect(dateline.organizations.map(\.text).first == "Kestrel Semiconductor Inc.")
        #expect(facts("Any disruption at Kestrel Semiconductor Inc. can quickly shut down domestic chip manufacturing.").eventTypes.isEmpty)
        #expect(facts("Kestrel Semiconductor Inc. shut down its Texas fab on Monday.").eventTypes == ["closure_or_halt"])
        #expect(facts("Shares of Kestrel Semiconductor Inc. fell, compounded by the looming threat of stricter U.S. export restrictions.").eventTypes.isEmpty)
        #expect(facts("Kestrel Semiconductor Inc. has been expanding its production capacity to meet demand.").eventTypes.isEmpty)
        #expect(facts("Kestrel Semiconductor Inc. is expanding its production capacity to 40,000 wafers a month.").eventTypes == ["capacity_expansion"])
        #expect(facts("Lithium carbonate output rose in June, primarily due to increased prices.").eventTypes.isEmpty)
        #expect(facts("The Bureau of Industry and Security, which oversees U.S. export control regulations, met Kestrel Semiconductor Inc. on Monday.").eventTypes.isEmpty)
        #expect(facts("The shareholders of Kestrel Lithium Ltd. have approved the transaction and the filings with the regulatory agencies are complete.").eventTypes.isEmpty)
        #expect(facts("The ministry approved a subsidy of 47 billion yen for Kestrel Semiconductor Inc. on Friday.").eventTypes == ["policy"])
        #expect(facts("Low prices are forcing Kestrel Lithium Ltd. to review, suspend or write-down operations.").eventTypes.isEmpty)
        #expect(facts("Kestrel Lithium Ltd. will suspend operations at its Harlow mine on Monday.").eventTypes == ["closure_or_halt"])
        #expect(facts("The project of Kestrel Lithium Ltd. advances into the final investment decision stage in the coming weeks.").eventTypes.isEmpty)
        #expect(facts("The companies are now restricted from receiving US goods or technology exports without a license from the Commerce Department.").eventTypes == ["export_control"])
    }

    /// Wordings met in real reporting on 2026-12-03 (sets 38 and 39), written anew: plants set up,
    /// investing ahead, exports suspended or licensed, the forced-labour entity list, a likely move.
    @Test func plantsSetUpExportsLicensedAndLikelyMoves() {
        #expect(facts("Kestrel Energy Ltd. is planning to set up a ₹9,000-crore anode plant in Karnataka.").eventTypes == ["investment_announced"])
        #expect(facts("The government is planning to set up a new subsidy program to support the construction of storage facilities for Kestrel Energy Ltd.").eventTypes.isEmpty)
        #expect(facts("Kestrel Power Ltd. will be investing over Rs 1,000 crore to set up this refinery.").eventTypes == ["investment_announced"])
        #expect(facts("The DRC announced on Monday a four-month suspension of cobalt exports.").eventTypes == ["export_control"])
        #expect(facts("China will require exporters to obtain licences for equipment used to make cathode material, the commerce ministry said on Thursday.").eventTypes == ["export_control"])
        #expect(facts("The Department of Homeland Security added two Chinese suppliers to its forced labor entity list on Tuesday.").eventTypes == ["policy"])
        #expect(facts("Prices across the cobalt complex are likely to continue their downward trend.").eventTypes.isEmpty)
        #expect(facts("Kestrel Nickel Ltd. marked the day by inaugurating the first nickel sulfate production operation in Indonesia.").eventTypes == ["production_start"])
        // A one-word company closed by a comma; a purchase in doubt; a first output; land bought; a story told on.
        #expect(facts("ASML agreed on Wednesday to buy Cymer, which manufactures components for microchips, for 1.95 billion euros.").eventTypes == ["acquisition"])
        #expect(facts("It is unclear whether regulators would allow Kestrel Semiconductor Inc. to buy Intel.").eventTypes.isEmpty)
        #expect(facts("Posco said Wednesday that it has succeeded in producing neon at its Gwangyang steel mill.").eventTypes == ["production_start"])
        #expect(facts("Lam Research has committed an investment of over Rs 10,000 Crore in Karnataka.").eventTypes == ["investment_announced"])
        #expect(!facts("Kestrel Chemical Co. has acquired a business site of about 150,000㎡ in the city, where it will build a plant.").eventTypes.contains("acquisition"))
        #expect(facts("Kestrel Chemical Co. launched its photoresist business in 1997. Then, it started production of KrF photoresists at its Naoetsu plant.").eventTypes.isEmpty)
        #expect(facts("Kestrel Chemical Co. said on Monday it started production of KrF photoresists at its Naoetsu plant.").eventTypes == ["production_start"])
        #expect(facts("Kestrel Metals Corp., a division of a Swiss trading house, has acquired Toronto-based lithium-ion battery recycler Larch Cycle Holdings Corp.").eventTypes == ["acquisition"])
        #expect(facts("The lawmakers called for Kestrel Energy Ltd., also known as KEL, and Larch Power Inc. to be added to the entity list.").eventTypes.isEmpty)
        #expect(facts("Regarding the progress of mass production for 8-inch SiC, Kestrel Semiconductor Inc. remains dominant.").eventTypes.isEmpty)
        // A venture's shares described; goods sold; an amount made; a step come closer; a minister's money.
        #expect(facts("Kestrel Nickel Ltd. will own up to a 25% stake in the project, and Larch Metals Inc. will take 30%.").eventTypes.isEmpty)
        #expect(facts("It's blocking any chips sold to Huawei, said the congressman.").eventTypes.isEmpty)
        #expect(facts("Sixty percent of Zeeland Wafer Services B.V., which reclaims test wafers, has been sold to Arden Precision Silicon Ltd for €41 million.").eventTypes == ["acquisition"])
        #expect(facts("According to the research team, production of lithium globally jumped from 737,000 tonnes in 2022 to almost 1.2 million tonnes.").eventTypes.isEmpty)
        #expect(facts("The step means that Kestrel Semiconductor Inc. is closer to increasing the manufacturing capacity at its Singapore site.").eventTypes.isEmpty)
        #expect(facts("Today, the Minister of Energy announced an investment of over $22 million in support of eight battery projects.").eventTypes == ["policy"])
        #expect(facts("Industry Minister Park said the company will invest $2 billion in a cathode plant.").eventTypes == ["investment_announced"])
        #expect(facts("Kestrel Lithium Ltd. is set to hold a shareholder vote on its acquisition of Larch Mining Inc. on Friday.").eventTypes == ["acquisition"])
        // Deep in an article, an export control with a government named is still news.
        let opening = """
            Kestrel Lithium Ltd. will idle its Harlow concentrator from March. The company blamed weak prices. \
            About 170 jobs will go. Output was cut by a third last year. Shares fell 4%. Analysts expect more cuts.


            """
        #expect(facts(opening + "On Tuesday, the Chinese commerce ministry expressed firm opposition to the new Japanese export controls.").eventTypes == ["export_control"])
    }

    /// Chinese wordings met in real reporting on 2026-12-03 (set 41), written anew: 动土 across a word
    /// boundary, an investment named as what a project is, 订立 and 意愿书 as agreements.
    @Test func chineseWordBoundariesAttributiveInvestmentsAndAgreements() {
        #expect(facts("为了把工期抢回来，青岚半导体项目推动土建施工与洁净机电施工同步进行。").eventTypes.isEmpty)
        #expect(facts("青岚化工有限公司拟投资建设的6.2万吨/年电解质项目将延期至2027年6月完成。").eventTypes.isEmpty)
        #expect(facts("青岚化工有限公司拟投资建设6.2万吨/年电解质项目。").eventTypes == ["investment_announced"])
        #expect(facts("青嵐半導體有限公司今日與國家集成電路產業基金訂立合營協議。").eventTypes == ["agreement_signed"])
        #expect(facts("青岚科技有限公司已与中油签署采购合作意愿书。").eventTypes == ["agreement_signed"])
    }

    /// Shapes that look like steps and are not: stakes held, targets, delays, habits, topics, talks, a
    /// company's results moving, unnamed companies counted, a participle going on from an earlier year;
    /// and steps said in ways the finder missed: quoted as done today, a takeover agreed to, a bill passed.
    @Test func targetsDelaysHabitsAndHoldingsAreNoEventsWhileStepsToldOtherwiseAre() {
        #expect(facts("Ostrava Cells s.r.o., Brightwell Motors Inc. and Veska Energy AG each own a 30% stake in the venture.").eventTypes.isEmpty)
        #expect(facts("Veska Energy AG bought a 30% stake in Ostrava Cells s.r.o. on Monday.").eventTypes == ["acquisition"])
        #expect(facts("Veska Energy AG aims to lift group capacity to 90,000 tonnes a year by 2031.").eventTypes.isEmpty)
        #expect(facts("Veska Energy AG had planned to add two coating lines in Brno this year.").eventTypes.isEmpty)
        #expect(facts("Veska Energy AG said it will add two coating lines in Brno this year.").eventTypes == ["capacity_expansion"])
        #expect(facts("Halden Microsystems GmbH said the start of construction of its sensor fab would slip to 2028.").eventTypes.isEmpty)
        #expect(facts("Halden Microsystems GmbH blamed delays in a state aid decision for the wait.").eventTypes.isEmpty)
        #expect(facts("Fabs of Halden Microsystems GmbH generally run around the clock, shutting down for two holidays a year.").eventTypes.isEmpty)
        #expect(facts("Expanding production capacity quickly is essential for Halden Microsystems GmbH, its chief said.").eventTypes.isEmpty)
        #expect(facts("Halden Microsystems GmbH is in advanced talks to buy Oder Silicon AG, people familiar with the matter said.").eventTypes.isEmpty)
        #expect(facts("Net profit at Veska Energy AG, the region's largest lithium refiner, fell 64% in the quarter.").eventTypes.isEmpty)
        #expect(facts("Lithium hydroxide, the main cathode input, fell 4% in the week.").eventTypes == ["price_move"])
        #expect(facts("Hundreds of smaller refiners have gone bankrupt or idled plants since prices fell.").eventTypes.filter { $0 != "price_move" }.isEmpty)
        #expect(facts("Automakers and suppliers are breaking ground on battery factories across the region.").eventTypes.isEmpty)
        #expect(facts("Ostrava Cells s.r.o. and Veska Energy AG said the companies had signed a supply agreement on Friday.").eventTypes == ["agreement_signed"])
        let converted = "Halden Microsystems GmbH opened its 150-millimetre fab in Erfurt in 2021. "
        #expect(facts(converted + "It converted part of it to 200-millimetre wafers in 2024, raising capacity to 9,000 wafers a month. Its new CEO starts in 2026.").eventTypes.isEmpty)
        #expect(facts("Pilot runs at Halden Microsystems GmbH are expected to start in the third quarter, followed by volume production in the fourth.").eventTypes.isEmpty)
        #expect(facts("The lobby began an effort to get the parliament to approve new subsidies for Halden Microsystems GmbH.").eventTypes.isEmpty)
        #expect(facts("Taiwan Semiconductor Manufacturing Company (TSMC) has begun tool move-in at its new fab.").eventTypes == ["equipment_move_in"])
        // Conditions, applications, delays told after, producers' shares, denials by "none", infinitives after their
        // object, a month and year past an apposition; in Chinese, what is waited on or not ruled out, unnamed
        // parties, a past year's trend, a gross margin, and a Taiwan filing's years of the Republic.
        #expect(facts("Halden Microsystems GmbH studies a second phase, subject to financing and a final investment decision.").eventTypes.isEmpty)
        #expect(facts("Halden Microsystems GmbH said on Monday it has applied for state aid in Berlin.").eventTypes.isEmpty)
        #expect(facts("Filings showed that equipment installation at the Halden Microsystems GmbH fab was months behind.").eventTypes.isEmpty)
        #expect(facts("Lithium miners bucked the trend. Australian producers gained after a broker raised its forecast.").eventTypes.isEmpty)
        #expect(facts("Three projects were promised for the valley by Halden Microsystems GmbH and its peers. Today, none has started construction.").eventTypes.isEmpty)
        #expect(facts("Kalmar Cells AB announced plans to invest $1.1 billion in a cell plant, with construction to start later this year.").eventTypes == ["investment_announced"])
        #expect(facts("May 6, 2026 — Kalmar Cells AB completed its acquisition of Bluefield Controls, a maker of battery software, in September 2025, and sales rose.").eventTypes.isEmpty)
        #expect(facts("May 6, 2026 — Kalmar Cells AB completed its acquisition of Bluefield Controls, a maker of battery software, on Monday.").eventTypes == ["acquisition"])
        #expect(facts("China's Ministry of Commerce said on Monday that exports of cathode technologies will require a licence from July 1.").eventTypes == ["export_control"])
        #expect(facts("青岚微电子表示，最终补助金额尚待双方签订正式协议后确定。").eventTypes.isEmpty)
        #expect(facts("青岚微电子表示，未来若需求持续增加，不排除在槟城扩建第二座厂。").eventTypes.isEmpty)
        #expect(facts("青岚微电子股份有限公司表示，部分客户已签署长期产能保障协议。").eventTypes.isEmpty)
        #expect(facts("青岚微电子股份有限公司表示，公司已与宁德时代签署长期产能保障协议。").eventTypes == ["agreement_signed"])
        #expect(facts("分析师认为，储能电芯价格在过去一年下跌超过30%。").eventTypes.isEmpty)
        #expect(facts("公司产品销售均价同比下降约45%，毛利率相应下滑。").events.map(\.text).allSatisfy { $0 != "下滑" })
        #expect(facts("鈞碩半導體股份有限公司美國子公司新廠於113年動土、114年完成主體結構，預計於116年第1季完成設備進駐。").eventTypes.isEmpty)
        #expect(facts("鈞碩半導體股份有限公司美國子公司新廠今（6）日動土，預計於116年第1季完成設備進駐。").eventTypes == ["construction_start"])
        // Conditions precedent, a plant described by what it is to be, a state since an earlier year, a petition,
        // a general meeting's approvals, a rating, a holiday's pause, a court's ruling, a step for the future,
        // and a step that drives something else in Chinese.
        #expect(facts("Kalmar Cells AB signed an offtake agreement. The agreement is subject to customary conditions precedent and a final investment decision.").eventTypes == ["agreement_signed"])
        #expect(facts("Kalmar Cells AB applied for an air permit for the cathode plant it plans to build near Lulea.").eventTypes.isEmpty)
        #expect(facts("Kalmar Cells AB plans to build a cathode plant near Lulea for $600 million.").eventTypes == ["investment_announced"])
        #expect(facts("May 6, 2026 — The Dutch government has required licences for exports of some lithography systems since 2023.").eventTypes.isEmpty)
        #expect(facts("An alliance of storage makers has petitioned for anti-dumping duties on imported cells, the ministry said.").eventTypes.isEmpty)
        #expect(facts("Shareholders of Kalmar Cells AB met on Friday. The meeting also approved the appointment of a former ministry official.").eventTypes.isEmpty)
        #expect(facts("Harbourline upgraded the stock of Kalmar Cells AB to buy on Monday.").eventTypes.isEmpty)
        #expect(facts("Several cathode plants of Kalmar Cells AB were shut down this week due to national holidays.").eventTypes.isEmpty)
        #expect(facts("The trade court on Wednesday upheld countervailing duties on imported cells from four countries.").eventTypes.isEmpty)
        #expect(facts("Kalmar Cells AB keeps a right of first refusal for offtake as part of the agreement for future commercial production of lithium.").eventTypes.isEmpty)
        #expect(facts("受基建项目开工加快带动，螺纹钢期货主力合约周涨3.2%。").eventTypes.filter { $0 != "price_move" }.isEmpty)
        // Storage cells are a product; a Chinese sentence opened by recent years tells a trend.
        #expect(facts("Average prices for storage cells in China fell 6% this week to 0.27 yuan per watt-hour.").eventTypes == ["price_move"])
        #expect(facts("近两年，负极材料行业经历了价格大幅下跌和产能出清。").eventTypes.isEmpty)
        // A product's move told again by its kinds' moves is theirs: DRAM by DDR5 and DDR4.
        let memory = "Contract prices for DRAM chips rose for a fourth month in March, a tracker said. Average contract prices for DDR5 chips rose 8% from February."
        #expect(facts(memory).events.map(\.text) == ["rose"])
        #expect(facts(memory + " Prices for older DDR4 parts increased 5%. NAND flash spot prices fell 4% in the week.").events.map(\.text) == ["rose", "increased", "fell"])
        #expect(facts("Contract prices for DRAM chips rose 6% in March. NAND flash spot prices fell 4% in the week.").events.map(\.text) == ["rose", "fell"])
        // Steps told otherwise.
        #expect(facts("\"Today we broke ground on the first cell plant in the province,\" Kalmar Cells AB chief Ingrid Holm told guests.").eventTypes == ["construction_start"])
        #expect(facts("\"We will break ground on the first cell plant next year,\" Kalmar Cells AB chief Ingrid Holm told guests.").eventTypes.isEmpty)
        #expect(facts("Kalmar Cells AB has agreed to a cash offer valuing it at 310 million euros from Veska Energy AG.").eventTypes == ["acquisition"])
        #expect(facts("Kalmar Cells AB is to be taken over by Veska Energy AG in a deal worth 310 million euros.").eventTypes == ["acquisition"])
        #expect(facts("Kalmar Cells AB said it would shut its oldest cell plant in Vasteras by the end of the year.").eventTypes == ["closure_or_halt"])
        #expect(facts("Asked about a report that Kalmar Cells AB would shut its oldest plant, its chief said nothing was decided.").eventTypes.isEmpty)
        #expect(facts("The National Assembly of Korea on Thursday passed a bill giving larger tax credits to chipmakers.").eventTypes == ["policy"])
        #expect(facts("Kalmar Cells AB and Veska Energy AG are forming a joint venture to build a $900 million cathode plant.").eventTypes == ["investment_announced"])
    }

    /// Wordings of two sets written for measuring on 2026-12-03 (written43, written44), written anew: a
    /// step years back, one aimed at or planned for later that year, a month gone by, an effect, a state
    /// gone on, shares, land and homes moving, a level reached, a step weighed, a project's earlier milestone.
    @Test func stepsYearsBackAimedAtOrBearingOnOthersAreNoEvents() {
        #expect(facts("Two years after China began restricting exports of gallium, buyers in Europe still pay double.").eventTypes.isEmpty)
        #expect(facts("China began restricting exports of gallium on Monday.").eventTypes == ["export_control"])
        #expect(facts("Kestrel Cells Ltd. said the sodium-ion sector moves toward mass production.").eventTypes.isEmpty)
        #expect(facts("Kestrel Cells Ltd. began mass production at its Harlow plant on Monday.").eventTypes == ["production_start"])
        #expect(facts("Kestrel Packaging Ltd. plans to move tools in during the third quarter, with volume production later that year.").eventTypes.isEmpty)
        #expect(facts("Kestrel Packaging Ltd. moved the first tools into its clean rooms last October.").eventTypes.isEmpty)
        let opening = "Kestrel Cathode Co. signed an agreement with Navarre on Monday for a plant due to start in 2026. "
        #expect(facts(opening + "Kestrel opened its first European plant, in Hungary, in 2025.").eventTypes == ["agreement_signed"])
        #expect(facts(opening + "Kestrel opened its first European plant, in Hungary, on Monday.").eventTypes == ["agreement_signed", "production_start"])
        #expect(facts("有分析认为，青岚晶圆厂受外部出口管制影响较小。").eventTypes.isEmpty)
        #expect(facts("青岚半导体股份有限公司第一座厂已量产超过一年。").eventTypes.isEmpty)
        #expect(facts("青岚半导体股份有限公司第一座厂今日正式量产。").eventTypes == ["production_start"])
        #expect(facts("受消息刺激，青嵐資源股價今早高開，一度急升逾12%。").eventTypes.isEmpty)
        #expect(facts("碳酸鋰現貨價格今早高開，一度急升逾12%。").eventTypes == ["price_move"])
        #expect(facts("園區周邊土地與住宅價格隨之大漲。").eventTypes.isEmpty)
        #expect(facts("青嵐材料股份有限公司8吋基板良率已達量產水準。").eventTypes.isEmpty)
        #expect(facts("青嵐材料股份有限公司正評估擴充雲林廠添加劑產能。").eventTypes.isEmpty)
        #expect(facts("青嵐材料股份有限公司今日與工研院簽署技術授權合約。").eventTypes == ["agreement_signed"])
        // A participle moving a price by an amount; the product a clause opens with.
        #expect(facts("Memory prices firm in March, with contract prices for DRAM modules rising about 15% from February.").eventTypes == ["price_move"])
        #expect(facts("Lithium carbonate fell for a fifth session on Wednesday, with spot offers dropping to 71,500 yuan a tonne.").events.map(\.text) == ["fell"])
        #expect(facts("Cell makers worry about falling demand amid rising prices.").eventTypes.isEmpty)
        let prices = "Battery-grade lithium carbonate rose 2% on Wednesday as cathode makers restocked. "
        #expect(facts(prices + "Spodumene concentrate with 6% lithium oxide delivered to China fell 2% to $1,040 a tonne.").events.map(\.text) == ["rose", "fell"])
        #expect(facts(prices + "Lithium carbonate with 99.5% purity delivered to Shanghai fell 2% to 80,900 yuan a tonne.").events.map(\.text) == ["rose"])
        // A dateline's town no list knows names the step's place (a brief's kicker does not); what a government
        // provides is a measure when it is money; licence requirements widened are an export control.
        let closing = facts("ELYRIA — Ridgeline Separator Films will close its battery separator plant by the end of May.")
        #expect(closing.places.map(\.text) == ["ELYRIA"])
        #expect(closing.eventTypes == ["closure_or_halt"])
        #expect(facts("GREENFIELD, Feb 5 — Workers raised the last beam at the plant.").places.map(\.text) == ["GREENFIELD"])
        #expect(facts("CLOSED — Halden Semiconductor ASA closed the purchase of a wafer plant.").places.isEmpty)
        #expect(facts("The state would provide land in an industrial estate for the Kestrel Cells Ltd. plant.").eventTypes.isEmpty)
        #expect(facts("The ministry said on Tuesday it would provide up to 640 billion yen in additional support to Kestrel Semiconductor Inc.").eventTypes == ["policy"])
        #expect(facts("The Dutch government on Monday expanded licence requirements for exports of deposition equipment.").eventTypes == ["export_control"])
        // Prices eating into margins; a record of recent years; goods sold; what a project does once built;
        // a sentence ending on an earlier year; a reporter named 曾; a descriptor before a company's name.
        #expect(facts("Kestrel Nickel Ltd. posted a loss on Tuesday as low nickel prices cut into margins at its smelter.").eventTypes.isEmpty)
        #expect(facts("Hungary's foreign ministry has in recent years granted subsidies to several battery makers.").eventTypes.isEmpty)
        #expect(facts("南晶記憶體股份有限公司宣布，台中8吋廠即日起停產，部分設備將出售予海外買家。").eventTypes == ["closure_or_halt"])
        #expect(facts("青岚锂业有限公司宣布，将所持青岚矿业有限公司51%股权出售给华岳资源有限公司。").eventTypes == ["acquisition"])
        #expect(facts("荆门绿链循环科技有限公司回收项目今日开工，建成后可回收处理退役动力电池，产出碳酸锂、硫酸镍等产品。").eventTypes == ["construction_start"])
        let results = "MONTREAL, Feb 26 — Kestrel Materials Inc. said on Thursday its board had approved a plant to open in 2028. "
        #expect(facts(results + "It signed a long-term supply contract with a U.S. automaker's battery joint venture in 2024.").eventTypes.isEmpty)
        #expect(facts(results + "It signed a long-term supply contract with a U.S. automaker's battery joint venture on Thursday.").eventTypes == ["agreement_signed"])
        #expect(facts("（中央社記者曾智怡台北26日電）經濟部產業發展署今天宣布，核定補助3項研發計畫。").eventTypes == ["policy"])
        #expect(facts("法人指出，成熟製程產能仍供過於求，陸系晶圓廠持續擴產，報價壓力未解。").eventTypes.isEmpty)
        #expect(facts("青嵐晶圓股份有限公司今日宣布擴產，月產能將增至3萬片。").eventTypes == ["capacity_expansion"])
        // A step owed or a contract's term; a kind of company in the plural; a government investing; a vote to
        // approve a tax break; cells off the production line; a purchase's effect on capacity.
        #expect(facts("The agreement with Kestrel Cathode LLC still has to be signed by the county mayor.").eventTypes.isEmpty)
        #expect(facts("Kestrel Cells Inc. will buy up to 12,000 tonnes a year from Larch Lithium Corp., beginning with first commercial production from the project.").eventTypes.isEmpty)
        #expect(facts("Kestrel Wafer Corp. said oversupply looms as Chinese producers ramp up capacity rapidly.").eventTypes.isEmpty)
        #expect(facts("The Australian Government is investing $38 million in three processing projects.").eventTypes == ["policy"])
        #expect(facts("The Maury County Commission voted 17-4 on Monday to approve a 15-year tax abatement for Kestrel Cathode LLC.").eventTypes == ["policy"])
        #expect(facts("Kestrel Battery Co. said the first cells have come off the production line at its Georgia plant.").eventTypes == ["production_start"])
        #expect(!facts("Kestrel Metals Inc. bought the Reno plant. The acquisition more than doubles Kestrel's recycling capacity.").eventTypes.contains("capacity_expansion"))
        #expect(facts("SUMCO Corporation has told customers it will raise contract prices for polished wafers by 5%.").eventTypes == ["price_move"])
        // A cabinet's approval; an agreement to build a costed plant; a product carried from the sentence before;
        // a pattern of past moves; a tally as of a date; a move made time and again.
        #expect(facts("India's Union Cabinet on Tuesday approved financial support for a chip assembly plant of Kestrel Semicon Pvt. Ltd.").eventTypes == ["policy"])
        #expect(facts("Kestrel Materials Co. and Larch Mining Holdings signed a joint venture agreement on Wednesday to build a $780 million precursor plant.").eventTypes == ["agreement_signed", "investment_announced"])
        let carbonate = "Lithium carbonate futures jumped 5% on Wednesday. "
        #expect(facts(carbonate + "Spodumene concentrate moved the other way. Delivered prices for 6% material in China fell 3% to $905 a tonne.").events.map(\.text) == ["jumped", "fell"])
        #expect(facts("Gallium went under licence in 2023. Each time, prices jumped on the announcement.").eventTypes.isEmpty)
        #expect(facts("截至2025年底，全国已建成投运新型储能装机规模超过1亿千瓦。").eventTypes.isEmpty)
        #expect(facts("回顧過去兩年，晶圓代工龍頭多次上調先進封裝產能目標。").eventTypes.isEmpty)
        let startup = facts("【本報訊】本地半導體初創企業港芯科技有限公司昨日宣布，其生產線正式投產。")
        #expect(startup.organizations.map(\.text) == ["港芯科技有限公司"])
        #expect(startup.eventTypes == ["production_start"])
        let lede = """
            PENANG, Malaysia — Kestrel Packaging Sdn. Bhd. has begun volume production at its new plant in Batu Kawan, the company said on Friday.

            The plant can process up to 15,000 wafers a month.


            """
        #expect(facts(lede + "Kestrel Packaging Sdn. Bhd. broke ground on the site in March 2024.").eventTypes == ["production_start"])
        #expect(facts(lede + "Separately, Larch Devices Inc. broke ground on a test plant in Kulim on Thursday.").eventTypes == ["production_start", "construction_start"])
    }

    @Test func stepsOfNamedSitesTickersListsAndLaws() {
        // A named plant or project is a party, though its company is one no list knows; an unnamed industry is not.
        #expect(facts("青岚存储器集成电路生产线项目主厂房今天举行封顶仪式。").eventTypes == ["topping_out"])
        #expect(facts("为稳定供应链，青岚已宣布三元厂全面停工。").eventTypes == ["closure_or_halt"])
        #expect(facts("受需求疲软影响，多家电池厂全面停工。").eventTypes.isEmpty)
        // The year of the record's own date is news; a permit's procedures and a list of stages are no step.
        let dated = Self.finder.facts(in: "8月19日，开发区2024年第三次活动暨青岚3000吨钠离子电池负极材料项目开工仪式举行。", published: "2024-08-22T08:00:00Z")
        #expect(dated.eventTypes == ["construction_start"])
        #expect(facts("江西青岚锂业有限公司正在办理开工手续。").eventTypes.isEmpty)
        #expect(facts("一季度，包括公示、签约、在建、投产的钠电项目共计124个，江西青岚锂业有限公司位列其中。").eventTypes.isEmpty)
        // A stock's ticker before a move is its shares; demand falling is no price.
        #expect(facts("碳酸锂期货涨停，青岚锂业(002999.SZ)等锂矿股涨超7%。").events.map(\.type) == [.priceMove])
        #expect(facts("Kestrel Semiconductor Inc. noted that demand for 150mm wafers has declined.").eventTypes.isEmpty)
        // A plant opened, a sod turned, a daily limit hit, a company bought by its name.
        #expect(facts("Kestrel Lithium Ltd. opened a $300 million lithium processing plant in Goromonzi on Wednesday.").eventTypes == ["production_start"])
        #expect(facts("Kestrel Lithium Ltd. opened talks with the province on a lithium processing plant.").eventTypes.isEmpty)
        #expect(facts("Officials attended a sod turning ceremony today for the Kestrel Lithium Ltd. hydroxide refinery.").eventTypes == ["construction_start"])
        #expect(facts("The most active lithium carbonate contract closed up 8%, hitting the daily limit.").eventTypes == ["price_move"])
        #expect(facts("Kestrel Semiconductor Inc. is to buy Bayou Power Systems of Canada for $830 million in cash.").eventTypes == ["acquisition"])
        // A halt lasting since a past month, a gap to close, a budget to ramp up production.
        #expect(facts("The Kestrel Lithium Ltd. mine, where production has been suspended since August, holds 46,000 tons.").eventTypes.isEmpty)
        #expect(facts("A local chip fabrication facility of Kestrel Semiconductor Inc. is expected to close this gap.").eventTypes.isEmpty)
        #expect(facts("Kestrel Lithium Ltd. said it plans to invest $2.5 billion to ramp up production capacity at its Rincon project.").eventTypes == ["capacity_expansion"])
        // A law signed is a policy; a duty on imports is one beside an export control.
        #expect(facts("美国总统8月9日签署芯片法案，提供527亿美元补贴。").eventTypes == ["policy"])
        #expect(Set(facts("美国商务部将23家中国实体列入实体清单。商务部决定对原产于美国的模拟芯片进行反倾销立案调查。").eventTypes) == ["export_control", "policy"])
        // Set 18's shapes: a start of operation, trial productions, an official opening; a maker of tools, land bought,
        // a restriction on the export, a step in a document's title, a time after a step, a wave of price cuts.
        #expect(facts("Kestrel Semiconductor Inc. today announced the start of operation at its Fab2 in Kitakami.").eventTypes == ["production_start"])
        #expect(facts("Kestrel Lithium Ltd. has officially commenced trial productions on its two plants.").eventTypes == ["production_start"])
        #expect(facts("Kestrel Semiconductor Inc. celebrated the official opening of a $3.5 billion wafer facility in Texas.").eventTypes == ["production_start"])
        #expect(facts("Kestrel Semiconductor Inc. is the first wafer fabrication equipment maker to set up a plant in Penang.").eventTypes.isEmpty)
        #expect(facts("Kestrel Lithium Ltd. has completed the acquisition of the land where its hydroxide plant will be built.").eventTypes.isEmpty)
        #expect(facts("The Ruvuma cabinet has authorised a restriction on the export of unprocessed lithium ore.").eventTypes == ["export_control"])
        #expect(facts("江苏青岚股份有限公司董事会审议通过了《关于建设滤波器芯片封装量产专线的议案》。").eventTypes.isEmpty)
        #expect(!facts("开工建设两年后，西藏青岚锂业有限公司的盐湖项目于6月30日开始试生产。").eventTypes.contains("construction_start"))
        #expect(facts("江西青岚锂业有限公司表示，降价潮暂时不会波及DDR5内存。").eventTypes.isEmpty)
        // Sets 19 and 20's shapes: 專案 is a project, a grant received is a measure, a site picked for a plant an
        // investment; a first batch loaded, a time ago, a step as a noun before a plan, a production base.
        #expect(facts("同興科技宣布投建年產10萬噸鈉電正極材料及6GWh電芯專案。").eventTypes == ["investment_announced"])
        #expect(facts("Kestrel Lithium Ltd. has secured financial support of $7.6 million from the Swedish Energy Agency.").eventTypes == ["policy"])
        #expect(facts("Kestrel Lithium Ltd. picked Illinois for a $2 billion gigafactory.").eventTypes == ["investment_announced"])
        #expect(facts("Kestrel Lithium Ltd. completed loading the first batch of lithium concentrate from its mine.").eventTypes.isEmpty)
        #expect(facts("台积电指出，青岚亚利桑那州晶圆厂约于18个月前动工。").eventTypes.isEmpty)
        #expect(facts("此次布局的江西青岚锂业有限公司电池组件项目的投运，将连接起原料端和市场端。").eventTypes.isEmpty)
        #expect(!facts("江西青岚锂业有限公司20GWh储能电池量产基地的建设是国内规模最大的钠电项目。").eventTypes.contains("production_start"))
        #expect(facts("据央视财经报道，去年存储芯片价格持续上涨。").eventTypes.isEmpty)
        #expect(facts("经济部今天启动IC设计业者补助计划，另提供业者芯片投产补助。").eventTypes == ["policy"])
        #expect(facts("头部企业通过收购、参股、合作布局全球锂资源，江西青岚锂业有限公司也在其中。").eventTypes.isEmpty)
        #expect(!facts("江西青岚锂业有限公司投资建设年产3万吨高纯锂盐技改项目已完成建设，于1月2日点火试生产。").eventTypes.contains("investment_announced"))
        // Set 21's shapes: a ticker with its exchange in Chinese, a risk of a fall, a committee's recommendation.
        #expect(facts("碳酸锂期货上午涨约8%。锂矿股午后冲高，青岚锂业(深:002240)逼近涨停。").events.map(\.type) == [.priceMove])
        #expect(facts("江西青岚锂业有限公司表示，DDR4价格下跌风险加剧。").eventTypes.isEmpty)
        #expect(facts("A U.S. congressional committee has recommended a comprehensive tightening of export controls on chipmaking tools.").eventTypes.isEmpty)
        // Set 22's shapes: money paid for a stake is the purchase; a market's move told again under its family's
        // name; a battery's chemistry is no product; a ceremonial groundbreaking; a mass-production platform.
        #expect(facts("Kestrel Motors will invest 40 million euros ($43 million) to buy a 7% stake in Bayou Lithium Ltd.").eventTypes == ["acquisition"])
        #expect(facts("Kestrel Lithium Ltd. will invest $400 million to build a hydroxide refinery in Nevada.").eventTypes == ["investment_announced"])
        let retold = facts("Battery-grade lithium carbonate prices fell 3% today.\n\nAs lithium prices continue to fall, traders expect imports to rise.")
        #expect(retold.events.map(\.type) == [.priceMove])
        let twoMarkets = facts("Lithium hydroxide fell 4% on the week. Prices for lithium-ion electrolyte rose by 2,000 yuan a tonne as makers passed on costs.")
        #expect(twoMarkets.events.map(\.type) == [.priceMove, .priceMove])
        #expect(facts("Hundreds of officials gathered on Friday to witness the ceremonial groundbreaking of Kestrel Semiconductor Inc.'s first fab.").eventTypes == ["construction_start"])
        #expect(facts("青嵐科技股份有限公司執行長表示，此次動土是重要里程碑，此量產平台引入歐洲，並以平台化思維打造產線。").eventTypes == ["construction_start"])
        // The site a groundbreaking was on is the project: its plans there are no investment of their own.
        let site = facts("Kestrel Semiconductor Inc. broke ground on its first fab in Clay on Friday.\n\nThe project took years to clear its permits.\n\nKestrel Semiconductor Inc. plans to build four fabs over two decades on the site, its largest investment yet.")
        #expect(site.eventTypes == ["construction_start"])
        // An agreement renewed is signed anew; a lead extended is no agreement.
        #expect(facts("Kestrel Motors Ltd. renewed its supply agreement with Bayou Lithium Ltd. for lithium hydroxide on Monday.").eventTypes == ["agreement_signed"])
        #expect(facts("Kestrel Semiconductor Inc. extended its lead in the market for power chips in the quarter.").eventTypes.isEmpty)
        // Set 23's shapes: money spent to grow what a company makes is an expansion; bare "carbonate" and "hydroxide" are lithium's.
        #expect(facts("Kestrel Chemicals Ltd. will invest more than $270 million in the U.S. and Japan to more than double its production of battery separators.").eventTypes == ["capacity_expansion"])
        #expect(facts("China's carbonate prices rose over the week, while hydroxide prices fell amid muted spot demand.").events.map(\.type) == [.priceMove, .priceMove])
        // Set 24's shapes: who owns a joint venture, described; capacity a plant will add, with no figure; halts in recent months.
        #expect(facts("Kestrel Foundry GmbH is a joint venture led by Kestrel Semiconductor Inc., with Bayou Power Systems Ltd. and Vale Chips AG each taking a 10% stake.").eventTypes.isEmpty)
        #expect(facts("Although the Kestrel Foundry GmbH plant will make older chips, it will add capacity in the range that matters most for cars.").eventTypes.isEmpty)
        #expect(facts("Kestrel Foundry GmbH will add 20,000 wafers a month of capacity at its Dresden plant.").eventTypes == ["capacity_expansion"])
        #expect(facts("Kestrel Motors Ltd. and other automakers have been forced to halt production in recent months as chips ran short.").eventTypes.isEmpty)
        // A price list's signed per-unit changes in brackets: one move per product; unchanged, or a share of output, is none.
        let list = facts("11月20日，电池级碳酸锂报 81000 元/吨(-1500 元/吨)，工业级碳酸锂报 79000 元/吨(-800 元/吨)，锂辉石报 620 美元/吨(+8 美元/吨)，氢氧化锂报 74000 元/吨(持平)。")
        #expect(list.events.map(\.type) == [.priceMove, .priceMove])
        #expect(facts("江西青岚锂业有限公司碳酸锂产量 5000 吨(+12%)，营收 8 亿元(+9%)。").eventTypes.isEmpty)
        // A step begun is news even when what it builds is slated for later.
        #expect(facts("Kestrel Lithium Ltd. began construction of a refinery in Nevada slated for completion in 2027.").eventTypes == ["construction_start"])
        // Set 26's shapes: a year after an abbreviation's full stop still dates the step in its sentence.
        let bought = "HUDSON, June 3, 2013 - Kestrel Semiconductor Inc. acquired the site from Bayou River Equipment Corp."
        #expect(facts(bought + " in 1998; it makes specialty chips there.").eventTypes.isEmpty)
        #expect(facts(bought + " on Monday; it makes specialty chips there.").eventTypes == ["acquisition"])
        // A company named after its kind that "rises" is its shares; a product that rises is a move.
        let deal = "\n\nKestrel Lithium said it signed a two-year deal to supply spodumene concentrate to Bayou Chemicals."
        #expect(facts("Australian lithium miner Kestrel Lithium rises on spodumene supply deal" + deal).eventTypes == ["agreement_signed"])
        #expect(facts("Spodumene rises on tight supply in Western Australia" + deal).eventTypes.sorted() == ["agreement_signed", "price_move"])
        #expect(facts("Chipmaker Nanya Technology hiked DRAM contract prices by 15% this quarter.").eventTypes == ["price_move"])
        // A forecast governs the moves after it in its sentence.
        #expect(facts("集邦科技指出，预估第四季DRAM合约价将季增45%，整体合约价将上涨50%，两者涨幅皆创历史新高。").eventTypes.isEmpty)
        #expect(facts("集邦科技指出，第四季DRAM合约价季增45%，涨幅创历史新高。").eventTypes == ["price_move"])
        #expect(facts("受储能需求超预期拉动，本周电池级碳酸锂现货价格上涨3%。").eventTypes == ["price_move"])
        // A bare halt of quotes or trading stops no production; of production it does.
        #expect(facts("存储模组厂暂停报价。业内人士表示，市场仍在观望。").eventTypes.isEmpty)
        #expect(facts("江西青岚锂业有限公司工厂暂停生产。业内人士表示，市场仍在观望。").eventTypes == ["closure_or_halt"])
        // A step said to mean something is explained, not reported; a market that "continued to weaken" moved.
        #expect(facts("台积电指出，机台设备到厂意味着厂房已经部分完工。").eventTypes.isEmpty)
        #expect(facts("台积电今天宣布，机台设备到厂。").eventTypes == ["equipment_move_in"])
        #expect(facts("Cobalt metal prices continued to weaken this week on thin demand.").eventTypes == ["price_move"])
        #expect(facts("Weakened demand from cell makers has kept cobalt metal prices low for a year.").eventTypes.isEmpty)
        // Set 27's words: antidumping duties and direct funding, the final piece of steel, a first cell assembled.
        #expect(facts("The U.S. Commerce Department is imposing preliminary antidumping duties of 93.5% on graphite anode material from China.").eventTypes.contains("policy"))
        #expect(facts("The U.S. Commerce Department awarded Kestrel Glass Inc. up to $75 million in direct funding for its substrate plant.").eventTypes.contains("policy"))
        #expect(facts("Workers at Kestrel Recycling Inc. placed the final piece of structural steel on its leaching building on Friday.").eventTypes == ["topping_out"])
        #expect(facts("Kestrel Cells AB said on Tuesday that its new plant in Skelleftea assembled its first battery cell.").eventTypes == ["production_start"])
        // Set 25's shapes: a market that "continued to decline" moved (as one that "continued to fall").
        #expect(facts("This week, spot lithium carbonate prices continued to decline, with a drop of about 300 yuan a tonne.").eventTypes == ["price_move"])
        // Sets 28 and 29's shapes: a deal terminated, shares placed, a company's statement, a measure mulled, a month gone by.
        #expect(facts("Kestrel Semiconductor Inc. today announced the termination of the acquisition of Bayou Chips Corp.").eventTypes.isEmpty)
        #expect(facts("Kestrel Semiconductor Inc. today announced the acquisition of Bayou Chips Corp.").eventTypes == ["acquisition"])
        #expect(facts("江西青岚锂业有限公司公告，终止收购青岚矿业有限公司51%股权。").eventTypes.isEmpty)
        #expect(facts("Kestrel Lithium Ltd. entered into a placing agreement with the placing agents on Monday.").eventTypes.isEmpty)
        #expect(facts("江西青岚锂业有限公司与银行签署贷款协议。").eventTypes.isEmpty)
        #expect(facts("Kestrel Lithium Ltd. entered into a supply agreement with Bayou Motors on Monday.").eventTypes == ["agreement_signed"])
        #expect(facts("Kestrel Semiconductor Inc. leadership has issued a separate statement on the quarter.").eventTypes.isEmpty)
        #expect(facts("The state government has issued new rules on battery recycling.").eventTypes == ["policy"])
        #expect(facts("Chip stocks fell. The U.S. is mulling tighter curbs on chip exports to China.").eventTypes.isEmpty)
        #expect(facts("A senator said last February that Kestrel Recycling Inc. had been awarded a $375 million federal loan.").eventTypes.isEmpty)
        // A measure named as a topic, a network designed to provide, an aim, a region entered, a rule's publication told after it.
        #expect(facts("Kestrel Semiconductor Inc. gave an interview regarding U.S. export restrictions on China.").eventTypes.isEmpty)
        #expect(facts("The U.S. Commerce Department on Monday imposed export restrictions on chipmaking tools.").eventTypes == ["export_control"])
        #expect(facts("The government said Kestrel Semiconductor Inc.'s network is designed to provide flexibility.").eventTypes.isEmpty)
        #expect(facts("Kestrel Semiconductor Inc. is focused on increasing capacity at its fabs.").eventTypes.isEmpty)
        #expect(facts("Kestrel Recycling Inc. recycles cells at its plant and will eventually expand to Asia.").eventTypes.isEmpty)
        let rule = "The Dutch government will require export licences for chipmaking tools from September, the ministry said."
        #expect(facts(rule + "\n\nThe regulation was published on Friday in the government gazette.").eventTypes == ["export_control"])
        // A release's "About …" and forward-looking sections describe and hedge: no step there is news.
        let profile = "\n\nKestrel Lithium Ltd. started production at its Nevada refinery and signed a supply agreement with Bayou Motors."
        let release = "Kestrel Lithium Ltd. today reported quarterly results, with revenue up 12%.\n\n"
        #expect(facts(release + "About Kestrel Lithium" + profile).eventTypes.isEmpty)
        #expect(facts(release + "Kestrel Lithium in brief" + profile).eventTypes == ["production_start", "agreement_signed"])
        #expect(facts(release + "This release contains forward-looking statements." + profile).eventTypes.isEmpty)
        #expect(facts(release + "About 200 people attended" + profile).eventTypes == ["production_start", "agreement_signed"])
        // The review's near misses: an adjective "overseas", a region with the plant's figures, a figure after "About",
        // workers terminated, a topic walk stopped by a comma, plural agreements beside a financing one.
        #expect(facts("Kestrel Lithium Ltd. will expand its overseas production capacity to 40 GWh.").eventTypes == ["capacity_expansion"])
        #expect(facts("Kestrel Lithium Ltd. will expand into Hungary with a 100 GWh plant.").eventTypes == ["capacity_expansion"])
        #expect(facts("Kestrel Lithium Ltd. will expand overseas.").eventTypes.isEmpty)
        #expect(facts(release + "About US$1.5 billion will go to the new cathode plant." + profile).eventTypes == ["production_start", "agreement_signed"])
        #expect(facts("Kestrel Lithium Ltd. moved to terminate 300 workers and halted production at its plant.").eventTypes == ["closure_or_halt"])
        #expect(facts("Amid rising tensions, China on Friday imposed export controls on graphite.").eventTypes == ["export_control"])
        #expect(facts("Kestrel Lithium Ltd. signed a subscription agreement and two offtake agreements with Bayou Motors on Monday.").eventTypes == ["agreement_signed"])
        // A closing heading as the text's last line, shorter than "About ".
        #expect(facts("江西青岚锂业有限公司今日宣布停产。\n\n风险提示").eventTypes == ["closure_or_halt"])
    }
}

/// The gazetteer file: the built-in one is the shipped file, and a bad one is refused with why.
@Suite struct GazetteerFileTests {
    @Test func builtInGazetteerIsTheShippedConfigFile() throws {
        let shipped = try String(contentsOf: Fixtures.gazetteerFile, encoding: .utf8)
        #expect(GazetteerFile.builtInText == shipped, "regenerate DefaultGazetteer.swift with make gazetteer")
        let loaded = try GazetteerFile.load(path: Fixtures.gazetteerFile.path)
        #expect(loaded == GazetteerFile.builtIn)
        #expect(loaded.organizations.count > 400)
        #expect(loaded.places.count > 1500)
        #expect(loaded.repeatedForms.isEmpty)
    }

    @Test func aNameGivenToTwoEntriesOrAnUnknownKindIsRefused() throws {
        let folder = try TemporaryFolder()
        let twice = try folder.file(
            "twice.toml",
            Array("[[company]]\nname = \"Acme\"\naliases = [\"ACME Corp.\"]\n\n[[place]]\nname = \"Acme City\"\nkind = \"city\"\naliases = [\"acme corp.\"]\n".utf8))
        #expect(throws: ConfigFileErrors.self) { try GazetteerFile.load(path: twice.path) }
        do { _ = try GazetteerFile.load(path: twice.path) } catch {
            #expect(error.description.contains("more than one entry") && error.description.lowercased().contains("acme corp."))
        }
        let kind = try folder.file("kind.toml", Array("[[place]]\nname = \"Atlantis\"\nkind = \"continent\"\n".utf8))
        do { _ = try GazetteerFile.load(path: kind.path) } catch {
            #expect(error.description.contains("kind.toml:3") && error.description.contains("country, province, city, park"))
        }
    }

    @Test func aUserAddedCompanyIsFoundWithoutRebuild() throws {
        let folder = try TemporaryFolder()
        let file = try folder.file(
            "gazetteer.toml",
            Array((GazetteerFile.builtInText + "\n[[company]]\nname = \"Qingshan Graphite\"\naliases = [\"青山石墨\"]\n").utf8))
        let finder = FactFinder(gazetteer: try GazetteerFile.load(path: file.path))
        let found = finder.facts(in: "青山石墨今日宣布扩产。Qingshan Graphite will add a line.")
        #expect(found.organizations.map(\.name) == ["Qingshan Graphite", "Qingshan Graphite"])
        #expect(found.organizations.allSatisfy { $0.known })
    }

    /// Names sharing their first keys ("The…") are told apart by what follows, a three-key name is
    /// found whatever follows it (even the text's end), and a name keeps its capitals word by word.
    @Test func namesSharingAPrefixAreToldApartAndKeepTheirCapitals() throws {
        let folder = try TemporaryFolder()
        let file = try folder.file(
            "gazetteer.toml",
            Array(
                """
                [[company]]
                name = "Theta Metals"
                aliases = ["Thera Cells"]
                industries = ["lithium"]

                [[company]]
                name = "Thebe Power"
                industries = ["lithium"]

                [[company]]
                name = "Thx"
                industries = ["semiconductor"]

                [[company]]
                name = "Thx Labs"
                industries = ["semiconductor"]

                [[place]]
                name = "Kikuyo Town"
                kind = "city"

                [[place]]
                name = "Suzhou"
                kind = "city"
                aliases = ["苏州"]

                """.utf8))
        let finder = FactFinder(gazetteer: try GazetteerFile.load(path: file.path))
        let found = finder.facts(in: "Theta Metals met Thebe Power. Then Thera Cells and Thx joined them. Kikuyo town is quiet; Kikuyo Town hosts Thx.")
        #expect(found.organizations.map(\.text) == ["Theta Metals", "Thebe Power", "Thera Cells", "Thx"])
        #expect(found.organizations.map(\.name) == ["Theta Metals", "Thebe Power", "Theta Metals", "Thx"])
        #expect(found.places.map(\.text) == ["Kikuyo Town"])
        #expect(finder.facts(in: "Wafers come from Thx").organizations.map(\.name) == ["Thx"])
        #expect(finder.facts(in: "Then the theta metals fell.").organizations.isEmpty)
        // A longer name beside a three-key one under the same prefix; capitals throughout; a
        // two-key name (its own filter) at the text's end.
        #expect(finder.facts(in: "Thx Labs and THETA METALS signed.").organizations.map(\.name) == ["Thx Labs", "Theta Metals"])
        #expect(finder.facts(in: "新工厂位于苏州").places.map(\.text) == ["苏州"])
    }

    /// More forms under one first three letters than the finder's index counts: the file is refused
    /// with a message, the finder is never built from it.
    @Test func aGazetteerWithTooManyNamesUnderOnePrefixIsRefused() throws {
        let crowded = Gazetteer(
            organizations: [.init(name: "Xyz Holdings", aliases: (0..<Gazetteer.maximumFormsPerPrefix).map { "Xyz \($0)" })], places: [])
        #expect(crowded.crowdedPrefix == "xyz")
        let fits = Gazetteer(
            organizations: [.init(name: "Xyz Holdings", aliases: (1..<Gazetteer.maximumFormsPerPrefix).map { "Xyz \($0)" })], places: [])
        #expect(fits.crowdedPrefix == nil)
        let aliases = (0..<Gazetteer.maximumFormsPerPrefix).map { "\"Xyz \($0)\"" }.joined(separator: ", ")
        let text = "[[company]]\nname = \"Xyz Holdings\"\naliases = [\(aliases)]\n"
        #expect {
            try GazetteerFile.parse(text, file: "crowded.toml")
        } throws: { error in
            "\(error)".contains("more than 65535 names start with \"xyz\"")
        }
    }
}
