/// The built-in gazetteer: the same text as `config/gazetteer.toml` (a test keeps them equal), so
/// Assay finds supply-chain facts with no config file at all.
enum DefaultGazetteer {
    static let toml = #"""
# Assay gazetteer: the names supply-chain facts are read with.
#
# Each [[company]] and [[institution]] has:
#   name       the canonical name facts report (`organizations[].name`)
#   aliases    other names it is written as: English legal and short names, simplified and
#              traditional Chinese names where the organization has a well-known one
#   industries (companies) one or more of: lithium, sodium-ion, semiconductor
# Each [[place]] has a name, a kind (country, province, city or park) and its aliases.
#
# Matching folds case, dashes and traditional Chinese to simplified, so 台積電 finds 台积电; a name
# written with a capital letter must be capitalized in the text. A name may belong to one entry
# only. Bare names that are ambiguous in running text ("Samsung", "Applied", "EVE", "TEL", "GF",
# "三星") are left out on purpose. Subsidiaries named after their parent (Panasonic Energy) are
# aliases of the parent; separately known companies (JASM, FinDreams Battery) have entries.
# Companies and places not listed are still found by the shape of their names ("… Co., Ltd.",
# "…有限公司", "… High-tech Zone", "…开发区").
#
# Point `gazetteer` in assay.toml at your own copy to change it; the daemon reloads it on SIGHUP,
# and `assay check-config` checks it.

# ---------------------------------------------------------------------------------------------
# Lithium mining, brine and refining
# ---------------------------------------------------------------------------------------------

[[company]]
name = "Albemarle"
aliases = ["Albemarle Corporation", "Albemarle Corp.", "雅保"]
industries = ["lithium"]

[[company]]
name = "SQM"
aliases = ["Sociedad Química y Minera de Chile", "Sociedad Química y Minera", "SQM S.A."]
industries = ["lithium"]

[[company]]
name = "Ganfeng Lithium"
aliases = ["Ganfeng Lithium Group Co., Ltd.", "Ganfeng Lithium Co., Ltd.", "Ganfeng", "赣锋锂业", "贛鋒鋰業", "江西赣锋锂业集团股份有限公司", "江西贛鋒鋰業集團股份有限公司"]
industries = ["lithium"]

[[company]]
name = "Tianqi Lithium"
aliases = ["Tianqi Lithium Corporation", "Tianqi Lithium Corp.", "Tianqi", "天齐锂业", "天齊鋰業", "天齐锂业股份有限公司", "天齊鋰業股份有限公司"]
industries = ["lithium"]

[[company]]
name = "Pilbara Minerals"
aliases = ["Pilbara Minerals Limited", "Pilbara Minerals Ltd"]
industries = ["lithium"]

[[company]]
name = "Arcadium Lithium"
aliases = ["Arcadium Lithium plc"]
industries = ["lithium"]

[[company]]
name = "IGO"
aliases = ["IGO Limited", "IGO Ltd"]
industries = ["lithium"]

[[company]]
name = "Rio Tinto"
aliases = ["Rio Tinto Group", "力拓"]
industries = ["lithium"]

[[company]]
name = "Zijin Mining"
aliases = ["Zijin Mining Group", "Zijin Mining Group Co., Ltd.", "紫金矿业", "紫金礦業"]
industries = ["lithium"]

[[company]]
name = "Sinomine Resource Group"
aliases = ["Sinomine", "中矿资源", "中礦資源"]
industries = ["lithium"]

[[company]]
name = "Yahua Group"
aliases = ["Sichuan Yahua Industrial Group", "Yahua Industrial Group", "雅化集团", "雅化集團"]
industries = ["lithium"]

[[company]]
name = "Chengxin Lithium"
aliases = ["Chengxin Lithium Group", "盛新锂能", "盛新鋰能"]
industries = ["lithium"]

[[company]]
name = "Qinghai Salt Lake Industry"
aliases = ["Qinghai Salt Lake Industry Co., Ltd.", "盐湖股份", "鹽湖股份", "青海盐湖工业股份有限公司"]
industries = ["lithium"]

# ---------------------------------------------------------------------------------------------
# Cathode and precursor materials
# ---------------------------------------------------------------------------------------------

[[company]]
name = "Ronbay Technology"
aliases = ["Ningbo Ronbay New Energy Technology Co., Ltd.", "Ningbo Ronbay New Energy Technology", "Ronbay", "容百科技", "宁波容百新能源科技股份有限公司", "寧波容百新能源科技股份有限公司"]
industries = ["lithium", "sodium-ion"]

[[company]]
name = "Huayou Cobalt"
aliases = ["Zhejiang Huayou Cobalt Co., Ltd.", "Zhejiang Huayou Cobalt", "Huayou", "华友钴业", "華友鈷業", "浙江华友钴业股份有限公司", "浙江華友鈷業股份有限公司"]
industries = ["lithium"]

[[company]]
name = "GEM"
aliases = ["GEM Co., Ltd.", "格林美", "格林美股份有限公司"]
industries = ["lithium"]

[[company]]
name = "Hunan Yuneng"
aliases = ["Hunan Yuneng New Energy Battery Material", "Hunan Yuneng New Energy Battery Material Co., Ltd.", "湖南裕能", "湖南裕能新能源电池材料股份有限公司"]
industries = ["lithium"]

[[company]]
name = "Dynanonic"
aliases = ["Shenzhen Dynanonic", "Shenzhen Dynanonic Co., Ltd.", "德方纳米", "德方納米"]
industries = ["lithium"]

[[company]]
name = "Easpring"
aliases = ["Beijing Easpring Material Technology", "Beijing Easpring Material Technology Co., Ltd.", "当升科技", "當升科技"]
industries = ["lithium"]

[[company]]
name = "XTC New Energy Materials"
aliases = ["XTC New Energy", "厦钨新能", "廈鎢新能"]
industries = ["lithium"]

[[company]]
name = "CNGR Advanced Material"
aliases = ["CNGR", "中伟股份", "中偉股份"]
industries = ["lithium"]

[[company]]
name = "Umicore"
aliases = ["Umicore SA", "优美科", "優美科"]
industries = ["lithium"]

[[company]]
name = "BASF"
aliases = ["BASF SE", "巴斯夫"]
industries = ["lithium"]

[[company]]
name = "EcoPro BM"
aliases = ["EcoPro BM Co., Ltd.", "Ecopro BM"]
industries = ["lithium"]

[[company]]
name = "POSCO Future M"
aliases = ["POSCO Future M Co., Ltd."]
industries = ["lithium"]

# ---------------------------------------------------------------------------------------------
# Anode materials
# ---------------------------------------------------------------------------------------------

[[company]]
name = "Putailai"
aliases = ["Shanghai Putailai New Energy Technology Co., Ltd.", "Shanghai Putailai New Energy Technology", "Shanghai Putailai", "璞泰来", "璞泰來", "上海璞泰来新能源科技股份有限公司"]
industries = ["lithium"]

[[company]]
name = "BTR New Material"
aliases = ["BTR New Material Group", "BTR New Material Group Co., Ltd.", "贝特瑞", "貝特瑞", "贝特瑞新材料集团股份有限公司"]
industries = ["lithium"]

[[company]]
name = "Shanshan"
aliases = ["Ningbo Shanshan", "Ningbo Shanshan Co., Ltd.", "杉杉股份", "宁波杉杉股份有限公司"]
industries = ["lithium"]

# ---------------------------------------------------------------------------------------------
# Electrolyte
# ---------------------------------------------------------------------------------------------

[[company]]
name = "Tinci Materials"
aliases = ["Guangzhou Tinci Materials Technology", "Guangzhou Tinci Materials Technology Co., Ltd.", "Tinci", "天赐材料", "天賜材料", "广州天赐高新材料股份有限公司"]
industries = ["lithium"]

[[company]]
name = "Capchem"
aliases = ["Shenzhen Capchem Technology", "Shenzhen Capchem Technology Co., Ltd.", "新宙邦", "深圳新宙邦科技股份有限公司"]
industries = ["lithium"]

[[company]]
name = "Do-Fluoride New Materials"
aliases = ["Do-Fluoride New Materials Co., Ltd.", "Do-Fluoride", "多氟多", "多氟多新材料股份有限公司"]
industries = ["lithium", "sodium-ion"]

# ---------------------------------------------------------------------------------------------
# Separators
# ---------------------------------------------------------------------------------------------

[[company]]
name = "SEMCORP"
aliases = ["Yunnan Energy New Material", "Yunnan Energy New Material Co., Ltd.", "恩捷股份", "云南恩捷新材料股份有限公司", "雲南恩捷新材料股份有限公司"]
industries = ["lithium"]

[[company]]
name = "Senior Technology Material"
aliases = ["Shenzhen Senior Technology Material", "Shenzhen Senior Technology Material Co., Ltd.", "星源材质", "星源材質"]
industries = ["lithium"]

[[company]]
name = "Asahi Kasei"
aliases = ["Asahi Kasei Corporation", "旭化成"]
industries = ["lithium"]

# ---------------------------------------------------------------------------------------------
# Cell makers (lithium-ion and sodium-ion)
# ---------------------------------------------------------------------------------------------

[[company]]
name = "CATL"
aliases = ["Contemporary Amperex Technology", "Contemporary Amperex Technology Co., Limited", "Contemporary Amperex Technology Co., Ltd.", "宁德时代", "寧德時代", "宁德时代新能源科技股份有限公司", "寧德時代新能源科技股份有限公司"]
industries = ["lithium", "sodium-ion"]

[[company]]
name = "BYD"
aliases = ["BYD Company Limited", "BYD Co., Ltd.", "BYD Company", "比亚迪", "比亞迪", "比亚迪股份有限公司", "比亞迪股份有限公司"]
industries = ["lithium", "sodium-ion"]

[[company]]
name = "FinDreams Battery"
aliases = ["FinDreams Battery Co., Ltd.", "FinDreams", "弗迪电池", "弗迪電池", "弗迪电池有限公司"]
industries = ["lithium", "sodium-ion"]

[[company]]
name = "LG Energy Solution"
aliases = ["LG Energy Solution Ltd.", "LG Energy Solution, Ltd.", "LGES", "LG新能源"]
industries = ["lithium"]

[[company]]
name = "Samsung SDI"
aliases = ["Samsung SDI Co., Ltd.", "三星SDI"]
industries = ["lithium"]

[[company]]
name = "SK On"
aliases = ["SK On Co., Ltd."]
industries = ["lithium"]

[[company]]
name = "Panasonic"
aliases = ["Panasonic Energy", "Panasonic Energy Co., Ltd.", "Panasonic Holdings", "Panasonic Holdings Corporation", "松下"]
industries = ["lithium"]

[[company]]
name = "EVE Energy"
aliases = ["EVE Energy Co., Ltd.", "Huizhou EVE Energy", "亿纬锂能", "億緯鋰能", "惠州亿纬锂能股份有限公司", "惠州億緯鋰能股份有限公司"]
industries = ["lithium", "sodium-ion"]

[[company]]
name = "Gotion High-Tech"
aliases = ["Gotion High-Tech Co., Ltd.", "Gotion", "国轩高科", "國軒高科", "国轩高科股份有限公司", "國軒高科股份有限公司"]
industries = ["lithium"]

[[company]]
name = "CALB"
aliases = ["CALB Group", "CALB Group Co., Ltd.", "中创新航", "中創新航", "中创新航科技集团股份有限公司"]
industries = ["lithium"]

[[company]]
name = "Sunwoda"
aliases = ["Sunwoda Electronic", "Sunwoda Electronic Co., Ltd.", "欣旺达", "欣旺達", "欣旺达电子股份有限公司"]
industries = ["lithium"]

[[company]]
name = "SVOLT"
aliases = ["SVOLT Energy Technology", "SVOLT Energy Technology Co., Ltd.", "蜂巢能源", "蜂巢能源科技股份有限公司"]
industries = ["lithium"]

[[company]]
name = "REPT BATTERO"
aliases = ["REPT BATTERO Energy", "REPT BATTERO Energy Co., Ltd.", "瑞浦兰钧", "瑞浦蘭鈞"]
industries = ["lithium"]

[[company]]
name = "Farasis Energy"
aliases = ["Farasis Energy (Ganzhou) Co., Ltd.", "Farasis", "孚能科技", "孚能科技（赣州）股份有限公司"]
industries = ["lithium", "sodium-ion"]

[[company]]
name = "AESC"
aliases = ["Envision AESC", "远景动力", "遠景動力"]
industries = ["lithium"]

[[company]]
name = "Northvolt"
aliases = ["Northvolt AB"]
industries = ["lithium", "sodium-ion"]

[[company]]
name = "Great Power"
aliases = ["Guangzhou Great Power Energy & Technology", "Guangzhou Great Power Energy & Technology Co., Ltd.", "鹏辉能源", "鵬輝能源"]
industries = ["lithium", "sodium-ion"]

[[company]]
name = "Hithium"
aliases = ["Xiamen Hithium Energy Storage Technology", "Xiamen Hithium Energy Storage Technology Co., Ltd.", "海辰储能", "海辰儲能"]
industries = ["lithium", "sodium-ion"]

[[company]]
name = "HiNa Battery"
aliases = ["HiNa Battery Technology", "HiNa Battery Technology Co., Ltd.", "HiNa", "中科海钠", "中科海鈉", "北京中科海钠科技有限责任公司"]
industries = ["sodium-ion"]

[[company]]
name = "Natron Energy"
aliases = ["Natron Energy Inc.", "Natron Energy, Inc.", "Natron"]
industries = ["sodium-ion"]

[[company]]
name = "Faradion"
aliases = ["Faradion Limited", "Faradion Ltd"]
industries = ["sodium-ion"]

# ---------------------------------------------------------------------------------------------
# Foundries and integrated chipmakers
# ---------------------------------------------------------------------------------------------

[[company]]
name = "TSMC"
aliases = ["Taiwan Semiconductor Manufacturing Company", "Taiwan Semiconductor Manufacturing Co., Ltd.", "Taiwan Semiconductor Manufacturing", "台积电", "台積電", "台湾积体电路制造股份有限公司", "台灣積體電路製造股份有限公司"]
industries = ["semiconductor"]

[[company]]
name = "JASM"
aliases = ["Japan Advanced Semiconductor Manufacturing", "Japan Advanced Semiconductor Manufacturing, Inc.", "日本先進半導體製造"]
industries = ["semiconductor"]

[[company]]
name = "Samsung Electronics"
aliases = ["Samsung Electronics Co., Ltd.", "三星电子", "三星電子"]
industries = ["semiconductor"]

[[company]]
name = "Intel"
aliases = ["Intel Corporation", "Intel Corp.", "英特尔", "英特爾"]
industries = ["semiconductor"]

[[company]]
name = "SMIC"
aliases = ["Semiconductor Manufacturing International Corporation", "Semiconductor Manufacturing International Corp.", "中芯国际", "中芯國際", "中芯国际集成电路制造有限公司", "中芯國際集成電路製造有限公司"]
industries = ["semiconductor"]

[[company]]
name = "Hua Hong Semiconductor"
aliases = ["Hua Hong Semiconductor Limited", "Hua Hong", "华虹半导体", "華虹半導體", "华虹公司"]
industries = ["semiconductor"]

[[company]]
name = "UMC"
aliases = ["United Microelectronics Corporation", "United Microelectronics", "联电", "聯電", "联华电子", "聯華電子"]
industries = ["semiconductor"]

[[company]]
name = "GlobalFoundries"
aliases = ["GlobalFoundries Inc.", "格芯"]
industries = ["semiconductor"]

[[company]]
name = "Vanguard International Semiconductor"
aliases = ["Vanguard International Semiconductor Corporation", "世界先进", "世界先進"]
industries = ["semiconductor"]

[[company]]
name = "PSMC"
aliases = ["Powerchip Semiconductor Manufacturing Corp.", "Powerchip Semiconductor Manufacturing Corporation", "力积电", "力積電", "力晶积成电子制造股份有限公司", "力晶積成電子製造股份有限公司"]
industries = ["semiconductor"]

[[company]]
name = "Nexchip"
aliases = ["Nexchip Semiconductor", "Nexchip Semiconductor Corporation", "晶合集成", "合肥晶合集成电路股份有限公司"]
industries = ["semiconductor"]

[[company]]
name = "Rapidus"
aliases = ["Rapidus Corporation", "Rapidus Corp."]
industries = ["semiconductor"]

[[company]]
name = "Sony Semiconductor Solutions"
aliases = ["Sony Semiconductor Solutions Corporation", "索尼半导体解决方案", "索尼半導體解決方案"]
industries = ["semiconductor"]

# ---------------------------------------------------------------------------------------------
# Memory
# ---------------------------------------------------------------------------------------------

[[company]]
name = "SK hynix"
aliases = ["SK Hynix", "SK hynix Inc.", "SK Hynix Inc.", "SK海力士"]
industries = ["semiconductor"]

[[company]]
name = "Micron"
aliases = ["Micron Technology", "Micron Technology, Inc.", "Micron Technology Inc.", "美光", "美光科技"]
industries = ["semiconductor"]

[[company]]
name = "YMTC"
aliases = ["Yangtze Memory Technologies", "Yangtze Memory Technologies Co., Ltd.", "长江存储", "長江存儲"]
industries = ["semiconductor"]

[[company]]
name = "CXMT"
aliases = ["ChangXin Memory Technologies", "ChangXin Memory Technologies, Inc.", "长鑫存储", "長鑫存儲", "长鑫存储技术有限公司"]
industries = ["semiconductor"]

[[company]]
name = "Kioxia"
aliases = ["Kioxia Corporation", "Kioxia Holdings", "Kioxia Holdings Corporation", "铠侠", "鎧俠"]
industries = ["semiconductor"]

[[company]]
name = "Nanya Technology"
aliases = ["Nanya Technology Corporation", "南亚科", "南亞科", "南亚科技", "南亞科技", "南亞科技股份有限公司"]
industries = ["semiconductor"]

[[company]]
name = "Winbond"
aliases = ["Winbond Electronics", "Winbond Electronics Corporation", "华邦电", "華邦電", "华邦电子", "華邦電子"]
industries = ["semiconductor"]

# ---------------------------------------------------------------------------------------------
# Equipment
# ---------------------------------------------------------------------------------------------

[[company]]
name = "ASML"
aliases = ["ASML Holding", "ASML Holding N.V.", "阿斯麦", "艾司摩爾"]
industries = ["semiconductor"]

[[company]]
name = "Applied Materials"
aliases = ["Applied Materials Inc.", "Applied Materials, Inc.", "应用材料", "應用材料"]
industries = ["semiconductor"]

[[company]]
name = "Lam Research"
aliases = ["Lam Research Corporation", "泛林集团", "科林研發"]
industries = ["semiconductor"]

[[company]]
name = "Tokyo Electron"
aliases = ["Tokyo Electron Limited", "Tokyo Electron Ltd.", "东京电子", "東京威力科創"]
industries = ["semiconductor"]

[[company]]
name = "KLA"
aliases = ["KLA Corporation", "KLA Corp.", "科磊"]
industries = ["semiconductor"]

[[company]]
name = "NAURA"
aliases = ["NAURA Technology Group", "NAURA Technology Group Co., Ltd.", "Naura", "Northern Huachuang", "北方华创", "北方華創", "北方华创科技集团股份有限公司"]
industries = ["semiconductor"]

[[company]]
name = "AMEC"
aliases = ["Advanced Micro-Fabrication Equipment Inc. China", "Advanced Micro-Fabrication Equipment", "中微公司", "中微半导体设备（上海）股份有限公司"]
industries = ["semiconductor"]

# ---------------------------------------------------------------------------------------------
# Wafers, materials, packaging and test
# ---------------------------------------------------------------------------------------------

[[company]]
name = "Shin-Etsu Chemical"
aliases = ["Shin-Etsu Chemical Co., Ltd.", "Shin-Etsu", "信越化学", "信越化學"]
industries = ["semiconductor"]

[[company]]
name = "SUMCO"
aliases = ["SUMCO Corporation", "胜高"]
industries = ["semiconductor"]

[[company]]
name = "GlobalWafers"
aliases = ["GlobalWafers Co., Ltd.", "环球晶", "環球晶", "环球晶圆", "環球晶圓", "環球晶圓股份有限公司"]
industries = ["semiconductor"]

[[company]]
name = "National Silicon Industry Group"
aliases = ["NSIG", "沪硅产业"]
industries = ["semiconductor"]

[[company]]
name = "JCET"
aliases = ["JCET Group", "JCET Group Co., Ltd.", "长电科技", "長電科技", "江苏长电科技股份有限公司"]
industries = ["semiconductor"]

[[company]]
name = "ASE Technology"
aliases = ["ASE Technology Holding", "ASE Technology Holding Co., Ltd.", "ASE Group", "日月光", "日月光投控"]
industries = ["semiconductor"]

"""#
}
