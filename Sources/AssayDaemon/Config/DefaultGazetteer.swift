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

# ---------------------------------------------------------------------------------------------
# Automakers and EV makers (battery buyers)
# ---------------------------------------------------------------------------------------------

[[company]]
name = "Toyota Motor"
aliases = ["Toyota Motor Corporation", "Toyota Motor Corp.", "Toyota", "丰田汽车", "豐田汽車", "丰田", "豐田"]
industries = ["lithium"]

[[company]]
name = "Honda"
aliases = ["Honda Motor", "Honda Motor Co., Ltd.", "Honda Motor Co.", "本田", "本田汽车", "本田汽車", "本田技研工业", "本田技研工業"]
industries = ["lithium"]

[[company]]
name = "Nissan"
aliases = ["Nissan Motor", "Nissan Motor Co., Ltd.", "Nissan Motor Corporation", "日产汽车", "日產汽車"]
industries = ["lithium"]

[[company]]
name = "Volkswagen"
aliases = ["Volkswagen Group", "Volkswagen AG", "VW Group", "VW", "大众汽车", "大眾汽車", "大众汽车集团", "大眾汽車集團", "大众集团", "大眾集團", "福斯汽車"]
industries = ["lithium"]

[[company]]
name = "BMW"
aliases = ["BMW Group", "BMW AG", "Bayerische Motoren Werke", "Bayerische Motoren Werke AG", "宝马", "寶馬", "宝马集团", "寶馬集團"]
industries = ["lithium"]

[[company]]
name = "Mercedes-Benz Group"
aliases = ["Mercedes-Benz Group AG", "Mercedes-Benz", "梅赛德斯-奔驰", "梅賽德斯-賓士", "奔驰集团", "賓士"]
industries = ["lithium"]

[[company]]
name = "Stellantis"
aliases = ["Stellantis N.V.", "Stellantis NV", "斯泰兰蒂斯", "斯泰蘭蒂斯"]
industries = ["lithium"]

[[company]]
name = "Ford Motor"
aliases = ["Ford Motor Company", "Ford Motor Co.", "福特汽车", "福特汽車", "福特"]
industries = ["lithium"]

[[company]]
name = "General Motors"
aliases = ["General Motors Company", "General Motors Co.", "通用汽车", "通用汽車"]
industries = ["lithium"]

[[company]]
name = "Tesla"
aliases = ["Tesla, Inc.", "Tesla Inc.", "Tesla Motors", "特斯拉"]
industries = ["lithium"]

[[company]]
name = "Hyundai Motor"
aliases = ["Hyundai Motor Company", "Hyundai Motor Co.", "Hyundai Motor Group", "现代汽车", "現代汽車"]
industries = ["lithium"]

[[company]]
name = "Kia"
aliases = ["Kia Corporation", "Kia Corp.", "Kia Motors", "起亚", "起亞", "起亚汽车", "起亞汽車"]
industries = ["lithium"]

[[company]]
name = "Renault Group"
aliases = ["Renault", "Groupe Renault", "Renault SA", "雷诺", "雷諾"]
industries = ["lithium"]

[[company]]
name = "Volvo Cars"
aliases = ["Volvo Car Corporation", "Volvo Car AB", "沃尔沃汽车", "沃爾沃汽車"]
industries = ["lithium"]

[[company]]
name = "Rivian"
aliases = ["Rivian Automotive", "Rivian Automotive, Inc."]
industries = ["lithium"]

[[company]]
name = "Lucid Group"
aliases = ["Lucid Group, Inc.", "Lucid Motors"]
industries = ["lithium"]

[[company]]
name = "NIO"
aliases = ["NIO Inc.", "蔚来", "蔚來", "蔚来汽车", "蔚來汽車"]
industries = ["lithium"]

[[company]]
name = "XPeng"
aliases = ["XPeng Inc.", "XPeng Motors", "小鹏汽车", "小鵬汽車", "小鹏", "小鵬"]
industries = ["lithium"]

[[company]]
name = "Li Auto"
aliases = ["Li Auto Inc.", "理想汽车", "理想汽車"]
industries = ["lithium"]

[[company]]
name = "Geely"
aliases = ["Zhejiang Geely Holding Group", "Geely Holding Group", "Geely Holding", "Geely Automobile Holdings", "Geely Automobile", "Geely Auto", "吉利汽车", "吉利汽車", "吉利控股集团", "吉利控股集團", "浙江吉利控股集团有限公司"]
industries = ["lithium"]

[[company]]
name = "Zeekr"
aliases = ["Zeekr Intelligent Technology", "Zeekr Intelligent Technology Holding", "极氪", "極氪", "极氪汽车"]
industries = ["lithium"]

[[company]]
name = "Great Wall Motor"
aliases = ["Great Wall Motor Company", "Great Wall Motor Co., Ltd.", "Great Wall Motors", "GWM", "长城汽车", "長城汽車", "长城汽车股份有限公司"]
industries = ["lithium"]

[[company]]
name = "SAIC Motor"
aliases = ["SAIC Motor Corporation", "SAIC Motor Corp.", "SAIC Motor Corporation Limited", "SAIC", "上汽集团", "上汽集團", "上海汽车集团股份有限公司", "上海汽車集團股份有限公司"]
industries = ["lithium"]

[[company]]
name = "GAC Group"
aliases = ["Guangzhou Automobile Group", "Guangzhou Automobile Group Co., Ltd.", "GAC Motor", "GAC Aion", "广汽集团", "廣汽集團", "广汽埃安", "廣汽埃安", "广州汽车集团股份有限公司"]
industries = ["lithium"]

[[company]]
name = "Chery"
aliases = ["Chery Automobile", "Chery Automobile Co., Ltd.", "奇瑞", "奇瑞汽车", "奇瑞汽車", "奇瑞汽车股份有限公司"]
industries = ["lithium"]

[[company]]
name = "Changan Automobile"
aliases = ["Chongqing Changan Automobile", "Chongqing Changan Automobile Co., Ltd.", "Changan Auto", "长安汽车", "長安汽車", "重庆长安汽车股份有限公司"]
industries = ["lithium"]

[[company]]
name = "Leapmotor"
aliases = ["Zhejiang Leapmotor Technology", "Zhejiang Leapmotor Technology Co., Ltd.", "Leapmotor Technology", "零跑汽车", "零跑汽車", "零跑科技"]
industries = ["lithium"]

[[company]]
name = "Xiaomi"
aliases = ["Xiaomi Corporation", "Xiaomi Corp.", "Xiaomi Group", "Xiaomi EV", "小米集团", "小米集團", "小米汽车", "小米汽車", "小米科技"]
industries = ["lithium", "semiconductor"]

[[company]]
name = "Dongfeng Motor"
aliases = ["Dongfeng Motor Corporation", "Dongfeng Motor Group", "Dongfeng Motor Group Co., Ltd.", "东风汽车", "東風汽車", "东风集团", "東風集團", "东风汽车集团有限公司"]
industries = ["lithium"]

[[company]]
name = "FAW Group"
aliases = ["China FAW Group", "China FAW Group Co., Ltd.", "FAW", "中国一汽", "中國一汽", "一汽集团", "一汽集團", "中国第一汽车集团有限公司"]
industries = ["lithium"]

[[company]]
name = "BAIC Group"
aliases = ["Beijing Automotive Group", "Beijing Automotive Group Co., Ltd.", "BAIC Motor", "北汽集团", "北汽集團", "北京汽车集团有限公司"]
industries = ["lithium"]

[[company]]
name = "JAC Group"
aliases = ["Anhui Jianghuai Automobile Group", "Anhui Jianghuai Automobile Group Corp., Ltd.", "JAC Motors", "江淮汽车", "江淮汽車", "安徽江淮汽车集团股份有限公司"]
industries = ["lithium", "sodium-ion"]

[[company]]
name = "Seres"
aliases = ["Seres Group", "Seres Group Co., Ltd.", "赛力斯", "賽力斯", "赛力斯集团股份有限公司"]
industries = ["lithium"]

[[company]]
name = "Yadea"
aliases = ["Yadea Group", "Yadea Group Holdings", "Yadea Group Holdings Ltd.", "雅迪", "雅迪控股", "雅迪集团", "雅迪集團"]
industries = ["lithium", "sodium-ion"]

# ---------------------------------------------------------------------------------------------
# Chip designers, device makers and large chip buyers
# ---------------------------------------------------------------------------------------------

[[company]]
name = "Apple Inc."
aliases = ["Apple Incorporated", "苹果公司", "蘋果公司"]
industries = ["semiconductor", "lithium"]

[[company]]
name = "Nvidia"
aliases = ["Nvidia Corporation", "Nvidia Corp.", "英伟达", "英偉達", "輝達"]
industries = ["semiconductor"]

[[company]]
name = "AMD"
aliases = ["Advanced Micro Devices", "Advanced Micro Devices, Inc.", "超威半导体", "超微半導體"]
industries = ["semiconductor"]

[[company]]
name = "Qualcomm"
aliases = ["Qualcomm Incorporated", "Qualcomm Inc.", "Qualcomm Technologies", "高通公司"]
industries = ["semiconductor"]

[[company]]
name = "Broadcom"
aliases = ["Broadcom Inc.", "博通", "博通公司"]
industries = ["semiconductor"]

[[company]]
name = "MediaTek"
aliases = ["MediaTek Inc.", "联发科", "聯發科", "联发科技", "聯發科技", "聯發科技股份有限公司"]
industries = ["semiconductor"]

[[company]]
name = "Arm Holdings"
aliases = ["Arm Holdings plc", "Arm Ltd.", "Arm Limited"]
industries = ["semiconductor"]

[[company]]
name = "Microsoft"
aliases = ["Microsoft Corporation", "Microsoft Corp.", "微软", "微軟"]
industries = ["semiconductor"]

[[company]]
name = "Google"
aliases = ["Google LLC", "Alphabet Inc.", "谷歌", "谷歌公司"]
industries = ["semiconductor"]

[[company]]
name = "Amazon.com"
aliases = ["Amazon.com, Inc.", "Amazon.com Inc.", "Amazon Web Services", "AWS", "亚马逊公司", "亞馬遜公司"]
industries = ["semiconductor"]

[[company]]
name = "Meta Platforms"
aliases = ["Meta Platforms, Inc.", "Meta Platforms Inc."]
industries = ["semiconductor"]

[[company]]
name = "OpenAI"
aliases = []
industries = ["semiconductor"]

[[company]]
name = "IBM"
aliases = ["International Business Machines", "International Business Machines Corporation", "IBM Corporation"]
industries = ["semiconductor"]

[[company]]
name = "NTT"
aliases = ["Nippon Telegraph and Telephone", "Nippon Telegraph and Telephone Corporation", "NTT Corporation", "日本电信电话", "日本電信電話"]
industries = ["semiconductor"]

[[company]]
name = "NEC"
aliases = ["NEC Corporation", "NEC Corp."]
industries = ["semiconductor"]

[[company]]
name = "SoftBank"
aliases = ["SoftBank Group", "SoftBank Group Corp.", "软银", "軟銀", "软银集团", "軟銀集團"]
industries = ["semiconductor"]

[[company]]
name = "Sony Group"
aliases = ["Sony Group Corporation", "Sony Corporation", "索尼集团", "索尼集團"]
industries = ["semiconductor"]

[[company]]
name = "Denso"
aliases = ["Denso Corporation", "Denso Corp.", "日本电装", "电装公司", "電裝公司"]
industries = ["semiconductor"]

[[company]]
name = "Bosch"
aliases = ["Robert Bosch", "Robert Bosch GmbH", "Bosch Group", "博世", "博世集团", "博世集團"]
industries = ["semiconductor"]

[[company]]
name = "Huawei"
aliases = ["Huawei Technologies", "Huawei Technologies Co., Ltd.", "华为", "華為", "华为技术有限公司", "華為技術有限公司"]
industries = ["semiconductor"]

[[company]]
name = "HiSilicon"
aliases = ["HiSilicon Technologies", "HiSilicon Technologies Co., Ltd.", "海思半导体", "海思半導體"]
industries = ["semiconductor"]

[[company]]
name = "Foxconn"
aliases = ["Hon Hai Precision Industry", "Hon Hai Precision Industry Co., Ltd.", "Hon Hai", "鸿海", "鴻海", "鸿海精密", "鴻海精密", "富士康"]
industries = ["semiconductor", "lithium"]

[[company]]
name = "Quanta Computer"
aliases = ["Quanta Computer Inc.", "广达电脑", "廣達電腦", "廣達"]
industries = ["semiconductor"]

[[company]]
name = "Cambricon"
aliases = ["Cambricon Technologies", "Cambricon Technologies Corporation", "寒武纪", "寒武紀"]
industries = ["semiconductor"]

[[company]]
name = "Hygon"
aliases = ["Hygon Information Technology", "Hygon Information Technology Co., Ltd.", "海光信息"]
industries = ["semiconductor"]

[[company]]
name = "Loongson"
aliases = ["Loongson Technology", "Loongson Technology Corporation", "龙芯中科", "龍芯中科"]
industries = ["semiconductor"]

[[company]]
name = "UNISOC"
aliases = ["UNISOC (Shanghai) Technologies", "紫光展锐", "紫光展銳"]
industries = ["semiconductor"]

[[company]]
name = "Tsinghua Unigroup"
aliases = ["Tsinghua Unigroup Co., Ltd.", "Unigroup", "紫光集团", "紫光集團"]
industries = ["semiconductor"]

[[company]]
name = "Moore Threads"
aliases = ["Moore Threads Technology", "摩尔线程", "摩爾線程"]
industries = ["semiconductor"]

[[company]]
name = "OmniVision"
aliases = ["OmniVision Technologies", "OmniVision Group", "Will Semiconductor", "韦尔股份", "韋爾股份", "豪威", "豪威集团", "豪威集團"]
industries = ["semiconductor"]

[[company]]
name = "GigaDevice"
aliases = ["GigaDevice Semiconductor", "GigaDevice Semiconductor Inc.", "兆易创新", "兆易創新"]
industries = ["semiconductor"]

# ---------------------------------------------------------------------------------------------
# Power, analog and automotive chips; integrated device makers
# ---------------------------------------------------------------------------------------------

[[company]]
name = "Infineon Technologies"
aliases = ["Infineon Technologies AG", "Infineon", "英飞凌", "英飛凌"]
industries = ["semiconductor"]

[[company]]
name = "NXP Semiconductors"
aliases = ["NXP Semiconductors N.V.", "NXP", "恩智浦", "恩智浦半导体", "恩智浦半導體"]
industries = ["semiconductor"]

[[company]]
name = "STMicroelectronics"
aliases = ["STMicroelectronics N.V.", "STMicro", "意法半导体", "意法半導體"]
industries = ["semiconductor"]

[[company]]
name = "Renesas Electronics"
aliases = ["Renesas Electronics Corporation", "Renesas", "瑞萨电子", "瑞薩電子", "瑞萨", "瑞薩"]
industries = ["semiconductor"]

[[company]]
name = "Texas Instruments"
aliases = ["Texas Instruments Incorporated", "Texas Instruments Inc.", "德州仪器", "德州儀器", "德儀"]
industries = ["semiconductor"]

[[company]]
name = "Microchip Technology"
aliases = ["Microchip Technology Inc.", "Microchip Technology Incorporated", "微芯科技"]
industries = ["semiconductor"]

[[company]]
name = "Analog Devices"
aliases = ["Analog Devices, Inc.", "Analog Devices Inc.", "亚德诺", "亞德諾"]
industries = ["semiconductor"]

[[company]]
name = "onsemi"
aliases = ["ON Semiconductor", "ON Semiconductor Corporation", "安森美", "安森美半导体", "安森美半導體"]
industries = ["semiconductor"]

[[company]]
name = "Wolfspeed"
aliases = ["Wolfspeed, Inc.", "Wolfspeed Inc."]
industries = ["semiconductor"]

[[company]]
name = "Coherent Corp."
aliases = ["Coherent Corporation", "II-VI Incorporated", "II-VI"]
industries = ["semiconductor"]

[[company]]
name = "Nexperia"
aliases = ["Nexperia B.V.", "Nexperia BV", "安世半导体", "安世半導體"]
industries = ["semiconductor"]

[[company]]
name = "Wingtech Technology"
aliases = ["Wingtech Technology Co., Ltd.", "Wingtech", "闻泰科技", "聞泰科技", "闻泰科技股份有限公司"]
industries = ["semiconductor"]

[[company]]
name = "StarPower Semiconductor"
aliases = ["StarPower Semiconductor Ltd.", "StarPower", "斯达半导", "斯達半導"]
industries = ["semiconductor"]

[[company]]
name = "Silan Microelectronics"
aliases = ["Hangzhou Silan Microelectronics", "Hangzhou Silan Microelectronics Co., Ltd.", "士兰微", "士蘭微"]
industries = ["semiconductor"]

[[company]]
name = "China Resources Microelectronics"
aliases = ["China Resources Microelectronics Limited", "CR Micro", "华润微", "華潤微", "华润微电子", "華潤微電子"]
industries = ["semiconductor"]

[[company]]
name = "Sanan Optoelectronics"
aliases = ["Sanan Optoelectronics Co., Ltd.", "San'an Optoelectronics", "三安光电", "三安光電"]
industries = ["semiconductor"]

[[company]]
name = "SICC"
aliases = ["SICC Co., Ltd.", "Shandong Tianyue Advanced Technology", "天岳先进", "天岳先進"]
industries = ["semiconductor"]

# ---------------------------------------------------------------------------------------------
# Foundries, memory and packaging not in the main file
# ---------------------------------------------------------------------------------------------

[[company]]
name = "Tower Semiconductor"
aliases = ["Tower Semiconductor Ltd.", "TowerJazz", "高塔半导体", "高塔半導體"]
industries = ["semiconductor"]

[[company]]
name = "ESMC"
aliases = ["European Semiconductor Manufacturing Company", "European Semiconductor Manufacturing Company GmbH"]
industries = ["semiconductor"]

[[company]]
name = "DB HiTek"
aliases = ["DB HiTek Co., Ltd."]
industries = ["semiconductor"]

[[company]]
name = "Tata Electronics"
aliases = ["Tata Electronics Private Limited", "Tata Electronics Pvt. Ltd."]
industries = ["semiconductor"]

[[company]]
name = "Western Digital"
aliases = ["Western Digital Corporation", "Western Digital Corp.", "西部数据", "西部數據", "威騰電子"]
industries = ["semiconductor"]

[[company]]
name = "Sandisk"
aliases = ["Sandisk Corporation", "闪迪", "閃迪"]
industries = ["semiconductor"]

[[company]]
name = "Macronix"
aliases = ["Macronix International", "Macronix International Co., Ltd.", "旺宏", "旺宏电子", "旺宏電子"]
industries = ["semiconductor"]

[[company]]
name = "Amkor Technology"
aliases = ["Amkor Technology, Inc.", "Amkor", "安靠"]
industries = ["semiconductor"]

[[company]]
name = "Powertech Technology"
aliases = ["Powertech Technology Inc.", "力成科技"]
industries = ["semiconductor"]

[[company]]
name = "KYEC"
aliases = ["King Yuan Electronics", "King Yuan Electronics Co., Ltd.", "京元电子", "京元電子", "京元電"]
industries = ["semiconductor"]

[[company]]
name = "Tongfu Microelectronics"
aliases = ["TongFu Microelectronics Co., Ltd.", "TFME", "通富微电", "通富微電"]
industries = ["semiconductor"]

[[company]]
name = "Huatian Technology"
aliases = ["Tianshui Huatian Technology", "Tianshui Huatian Technology Co., Ltd.", "华天科技", "華天科技"]
industries = ["semiconductor"]

[[company]]
name = "Ibiden"
aliases = ["Ibiden Co., Ltd.", "揖斐电", "揖斐電"]
industries = ["semiconductor"]

# ---------------------------------------------------------------------------------------------
# Chipmaking equipment
# ---------------------------------------------------------------------------------------------

[[company]]
name = "SCREEN Holdings"
aliases = ["SCREEN Holdings Co., Ltd.", "SCREEN Semiconductor Solutions", "迪恩士"]
industries = ["semiconductor"]

[[company]]
name = "Advantest"
aliases = ["Advantest Corporation", "Advantest Corp.", "爱德万测试", "愛德萬測試", "愛德萬"]
industries = ["semiconductor"]

[[company]]
name = "DISCO Corporation"
aliases = ["Disco Corp.", "迪思科"]
industries = ["semiconductor"]

[[company]]
name = "Lasertec"
aliases = ["Lasertec Corporation", "Lasertec Corp."]
industries = ["semiconductor"]

[[company]]
name = "Kokusai Electric"
aliases = ["Kokusai Electric Corporation", "Kokusai Electric Corp."]
industries = ["semiconductor"]

[[company]]
name = "Hitachi High-Tech"
aliases = ["Hitachi High-Tech Corporation", "Hitachi High-Technologies", "日立高新", "日立高新技术", "日立高新技術"]
industries = ["semiconductor"]

[[company]]
name = "Canon"
aliases = ["Canon Inc.", "佳能公司", "日本佳能"]
industries = ["semiconductor"]

[[company]]
name = "Nikon"
aliases = ["Nikon Corporation", "Nikon Corp.", "尼康"]
industries = ["semiconductor"]

[[company]]
name = "ASM International"
aliases = ["ASM International N.V.", "ASMI"]
industries = ["semiconductor"]

[[company]]
name = "Zeiss"
aliases = ["Carl Zeiss AG", "Zeiss Group", "Carl Zeiss SMT", "蔡司"]
industries = ["semiconductor"]

[[company]]
name = "Teradyne"
aliases = ["Teradyne, Inc.", "Teradyne Inc.", "泰瑞达", "泰瑞達"]
industries = ["semiconductor"]

[[company]]
name = "Piotech"
aliases = ["Piotech Inc.", "Piotech Co., Ltd.", "拓荆科技", "拓荊科技"]
industries = ["semiconductor"]

[[company]]
name = "ACM Research"
aliases = ["ACM Research, Inc.", "ACM Research (Shanghai)", "盛美上海", "盛美半导体", "盛美半導體"]
industries = ["semiconductor"]

[[company]]
name = "SMEE"
aliases = ["Shanghai Micro Electronics Equipment", "Shanghai Micro Electronics Equipment (Group) Co., Ltd.", "上海微电子", "上海微電子", "上海微电子装备"]
industries = ["semiconductor"]

[[company]]
name = "Hwatsing Technology"
aliases = ["Hwatsing Technology Co., Ltd.", "Hwatsing", "华海清科", "華海清科"]
industries = ["semiconductor"]

[[company]]
name = "Kingsemi"
aliases = ["Shenyang Kingsemi", "Kingsemi Co., Ltd.", "芯源微"]
industries = ["semiconductor"]

[[company]]
name = "SiCarrier"
aliases = ["Shenzhen SiCarrier Technologies", "SiCarrier Technologies", "新凯来", "新凱來"]
industries = ["semiconductor"]

[[company]]
name = "Empyrean Technology"
aliases = ["Beijing Empyrean Technology", "华大九天", "華大九天"]
industries = ["semiconductor"]

# ---------------------------------------------------------------------------------------------
# Wafers, gases, chemicals and other chip materials
# ---------------------------------------------------------------------------------------------

[[company]]
name = "Siltronic"
aliases = ["Siltronic AG"]
industries = ["semiconductor"]

[[company]]
name = "SK siltron"
aliases = ["SK siltron Co., Ltd."]
industries = ["semiconductor"]

[[company]]
name = "Soitec"
aliases = ["Soitec SA"]
industries = ["semiconductor"]

[[company]]
name = "Sino-American Silicon Products"
aliases = ["Sino-American Silicon Products Inc.", "中美晶", "中美矽晶", "中美矽晶製品"]
industries = ["semiconductor"]

[[company]]
name = "JSR"
aliases = ["JSR Corporation", "JSR Corp."]
industries = ["semiconductor"]

[[company]]
name = "Tokyo Ohka Kogyo"
aliases = ["Tokyo Ohka Kogyo Co., Ltd.", "东京应化", "東京應化"]
industries = ["semiconductor"]

[[company]]
name = "Resonac"
aliases = ["Resonac Holdings", "Resonac Holdings Corporation", "Showa Denko", "力森诺科", "力森諾科", "昭和电工", "昭和電工"]
industries = ["semiconductor", "lithium"]

[[company]]
name = "Entegris"
aliases = ["Entegris, Inc.", "Entegris Inc.", "英特格"]
industries = ["semiconductor"]

[[company]]
name = "Anji Microelectronics"
aliases = ["Anji Microelectronics Technology (Shanghai)", "Anji Microelectronics Technology", "安集科技"]
industries = ["semiconductor"]

[[company]]
name = "Nata Opto-electronic Material"
aliases = ["Jiangsu Nata Opto-electronic Material", "Jiangsu Nata Opto-electronic Material Co., Ltd.", "南大光电", "南大光電"]
industries = ["semiconductor"]

# ---------------------------------------------------------------------------------------------
# Korean, Japanese and other groups in the battery chain
# ---------------------------------------------------------------------------------------------

[[company]]
name = "LG Chem"
aliases = ["LG Chem Ltd.", "LG Chem, Ltd.", "LG化学", "LG化學"]
industries = ["lithium"]

[[company]]
name = "SK Innovation"
aliases = ["SK Innovation Co., Ltd.", "SK创新", "SK創新"]
industries = ["lithium"]

[[company]]
name = "POSCO Holdings"
aliases = ["POSCO Holdings Inc.", "POSCO", "浦项制铁", "浦項製鐵", "浦项控股", "浦項控股"]
industries = ["lithium"]

[[company]]
name = "EcoPro"
aliases = ["EcoPro Co., Ltd."]
industries = ["lithium"]

[[company]]
name = "L&F"
aliases = ["L&F Co., Ltd."]
industries = ["lithium"]

[[company]]
name = "Korea Zinc"
aliases = ["Korea Zinc Co., Ltd.", "Korea Zinc Company", "高丽亚铅", "高麗亞鉛"]
industries = ["lithium", "semiconductor"]

[[company]]
name = "TDK"
aliases = ["TDK Corporation", "TDK Corp."]
industries = ["lithium"]

[[company]]
name = "ATL"
aliases = ["Amperex Technology Limited", "Amperex Technology Ltd.", "宁德新能源科技有限公司", "寧德新能源科技有限公司"]
industries = ["lithium"]

[[company]]
name = "Toyota Tsusho"
aliases = ["Toyota Tsusho Corporation", "Toyota Tsusho Corp.", "丰田通商", "豐田通商"]
industries = ["lithium"]

[[company]]
name = "Sumitomo Metal Mining"
aliases = ["Sumitomo Metal Mining Co., Ltd.", "住友金属矿山", "住友金屬礦山"]
industries = ["lithium"]

[[company]]
name = "Formosa Plastics Group"
aliases = ["Formosa Plastics Corporation", "Formosa Plastics Corp.", "Formosa Plastics", "台塑集团", "台塑集團", "台塑", "台灣塑膠工業股份有限公司"]
industries = ["lithium"]

[[company]]
name = "ProLogium"
aliases = ["ProLogium Technology", "ProLogium Technology Co., Ltd.", "辉能科技", "輝能科技", "輝能"]
industries = ["lithium"]

[[company]]
name = "E-One Moli Energy"
aliases = ["E-One Moli Energy Corp.", "Molicel", "能元科技"]
industries = ["lithium"]

[[company]]
name = "Reliance Industries"
aliases = ["Reliance Industries Limited", "Reliance Industries Ltd."]
industries = ["lithium", "sodium-ion"]

# ---------------------------------------------------------------------------------------------
# Cell makers and battery companies not in the main file
# ---------------------------------------------------------------------------------------------

[[company]]
name = "Automotive Cells Company"
aliases = ["Automotive Cells Company SE"]
industries = ["lithium"]

[[company]]
name = "FREYR Battery"
aliases = ["FREYR Battery, Inc.", "T1 Energy", "T1 Energy Inc."]
industries = ["lithium"]

[[company]]
name = "Verkor"
aliases = ["Verkor SAS"]
industries = ["lithium"]

[[company]]
name = "PowerCo"
aliases = ["PowerCo SE"]
industries = ["lithium"]

[[company]]
name = "Microvast"
aliases = ["Microvast Holdings", "Microvast Holdings, Inc.", "微宏动力", "微宏動力"]
industries = ["lithium"]

[[company]]
name = "QuantumScape"
aliases = ["QuantumScape Corporation", "QuantumScape Corp."]
industries = ["lithium"]

[[company]]
name = "Solid Power"
aliases = ["Solid Power, Inc.", "Solid Power Inc."]
industries = ["lithium"]

[[company]]
name = "Factorial Energy"
aliases = ["Factorial Inc."]
industries = ["lithium"]

[[company]]
name = "Cornex"
aliases = ["Cornex New Energy", "Cornex New Energy Co., Ltd.", "楚能新能源"]
industries = ["lithium"]

[[company]]
name = "Lishen Battery"
aliases = ["Tianjin Lishen Battery", "Tianjin Lishen Battery Joint-Stock Co., Ltd.", "力神电池", "力神電池", "天津力神"]
industries = ["lithium"]

[[company]]
name = "BAK Battery"
aliases = ["Shenzhen BAK Battery", "Shenzhen BAK Battery Co., Ltd.", "比克电池", "比克電池"]
industries = ["lithium"]

[[company]]
name = "Zenergy"
aliases = ["Jiangsu Zenergy Battery Technologies", "Zenergy Battery Technologies", "正力新能"]
industries = ["lithium"]

[[company]]
name = "WeLion New Energy"
aliases = ["Beijing WeLion New Energy Technology", "WeLion", "卫蓝新能源", "衛藍新能源"]
industries = ["lithium"]

[[company]]
name = "Qingtao Energy"
aliases = ["Qingtao (Kunshan) Energy Development", "清陶能源"]
industries = ["lithium"]

[[company]]
name = "Tianneng"
aliases = ["Tianneng Battery Group", "Tianneng Holding Group", "Tianneng Power", "天能股份", "天能集团", "天能集團", "天能电池", "天能電池"]
industries = ["lithium", "sodium-ion"]

# ---------------------------------------------------------------------------------------------
# Sodium-ion specialists
# ---------------------------------------------------------------------------------------------

[[company]]
name = "Natrium Energy"
aliases = ["Zhejiang Natrium Energy", "Zhejiang Natrium Energy Co., Ltd.", "钠创新能源", "鈉創新能源", "浙江钠创新能源有限公司"]
industries = ["sodium-ion"]

[[company]]
name = "Transimage"
aliases = ["Jiangsu Transimage Technology", "Jiangsu Transimage Technology Co., Ltd.", "传艺科技", "傳藝科技"]
industries = ["sodium-ion"]

[[company]]
name = "Veken Technology"
aliases = ["Ningbo Veken Battery", "Veken", "维科技术", "維科技術"]
industries = ["lithium", "sodium-ion"]

[[company]]
name = "Huayang Group New Energy"
aliases = ["Shanxi Huayang Group New Energy", "Shanxi Huayang Group New Energy Co., Ltd.", "华阳股份", "華陽股份"]
industries = ["sodium-ion"]

[[company]]
name = "Altris"
aliases = ["Altris AB"]
industries = ["sodium-ion"]

[[company]]
name = "Peak Energy"
aliases = ["Peak Energy Inc."]
industries = ["sodium-ion"]

[[company]]
name = "Tiamat"
aliases = ["Tiamat Energy", "Tiamat SAS"]
industries = ["sodium-ion"]

# ---------------------------------------------------------------------------------------------
# Battery materials, components, equipment and recycling
# ---------------------------------------------------------------------------------------------

[[company]]
name = "Brunp Recycling"
aliases = ["Guangdong Brunp Recycling Technology", "Guangdong Brunp Recycling Technology Co., Ltd.", "Brunp", "邦普循环", "邦普循環", "广东邦普", "廣東邦普", "广东邦普循环科技有限公司"]
industries = ["lithium"]

[[company]]
name = "Changyuan Lico"
aliases = ["Hunan Changyuan Lico", "Hunan Changyuan Lico Co., Ltd.", "长远锂科", "長遠鋰科"]
industries = ["lithium"]

[[company]]
name = "Lopal Technology"
aliases = ["Jiangsu Lopal Tech", "Jiangsu Lopal Technology", "Lopal", "龙蟠科技", "龍蟠科技"]
industries = ["lithium"]

[[company]]
name = "Wanrun New Energy"
aliases = ["Hubei Wanrun New Energy Technology", "Hubei Wanrun New Energy Technology Co., Ltd.", "万润新能", "萬潤新能", "湖北万润"]
industries = ["lithium"]

[[company]]
name = "Shangtai Technology"
aliases = ["Shijiazhuang Shangtai Technology", "Shijiazhuang Shangtai Technology Co., Ltd.", "尚太科技"]
industries = ["lithium"]

[[company]]
name = "Zhongke Electric"
aliases = ["Hunan Zhongke Electric", "Hunan Zhongke Electric Co., Ltd.", "中科电气", "中科電氣"]
industries = ["lithium"]

[[company]]
name = "Sinoma Science & Technology"
aliases = ["Sinoma Science & Technology Co., Ltd.", "Sinoma Lithium Battery Separator", "中材科技", "中材锂膜", "中材鋰膜"]
industries = ["lithium"]

[[company]]
name = "Kedali"
aliases = ["Shenzhen Kedali Industry", "Shenzhen Kedali Industry Co., Ltd.", "科达利", "科達利"]
industries = ["lithium"]

[[company]]
name = "Lead Intelligent"
aliases = ["Wuxi Lead Intelligent Equipment", "Wuxi Lead Intelligent Equipment Co., Ltd.", "先导智能", "先導智能"]
industries = ["lithium"]

[[company]]
name = "Syrah Resources"
aliases = ["Syrah Resources Limited", "Syrah Resources Ltd"]
industries = ["lithium"]

[[company]]
name = "Redwood Materials"
aliases = ["Redwood Materials Inc.", "Redwood Materials, Inc."]
industries = ["lithium"]

[[company]]
name = "Li-Cycle"
aliases = ["Li-Cycle Holdings", "Li-Cycle Holdings Corp."]
industries = ["lithium"]

[[company]]
name = "Ascend Elements"
aliases = ["Ascend Elements, Inc.", "Ascend Elements Inc."]
industries = ["lithium"]

# ---------------------------------------------------------------------------------------------
# Lithium, nickel and cobalt miners and producers
# ---------------------------------------------------------------------------------------------

[[company]]
name = "Liontown Resources"
aliases = ["Liontown Resources Limited", "Liontown Resources Ltd", "Liontown"]
industries = ["lithium"]

[[company]]
name = "Mineral Resources Limited"
aliases = ["Mineral Resources Ltd", "MinRes"]
industries = ["lithium"]

[[company]]
name = "Allkem"
aliases = ["Allkem Limited", "Allkem Ltd"]
industries = ["lithium"]

[[company]]
name = "Livent"
aliases = ["Livent Corporation", "Livent Corp."]
industries = ["lithium"]

[[company]]
name = "Lithium Americas"
aliases = ["Lithium Americas Corp.", "美洲锂业", "美洲鋰業"]
industries = ["lithium"]

[[company]]
name = "Lithium Argentina"
aliases = ["Lithium Argentina AG", "Lithium Americas (Argentina) Corp.", "Lithium Americas (Argentina)"]
industries = ["lithium"]

[[company]]
name = "Piedmont Lithium"
aliases = ["Piedmont Lithium Inc."]
industries = ["lithium"]

[[company]]
name = "Sayona Mining"
aliases = ["Sayona Mining Limited", "Sayona Mining Ltd"]
industries = ["lithium"]

[[company]]
name = "Sigma Lithium"
aliases = ["Sigma Lithium Corporation", "Sigma Lithium Corp."]
industries = ["lithium"]

[[company]]
name = "Core Lithium"
aliases = ["Core Lithium Ltd", "Core Lithium Limited"]
industries = ["lithium"]

[[company]]
name = "ioneer"
aliases = ["ioneer Ltd"]
industries = ["lithium"]

[[company]]
name = "Standard Lithium"
aliases = ["Standard Lithium Ltd.", "Standard Lithium Ltd"]
industries = ["lithium"]

[[company]]
name = "Vulcan Energy Resources"
aliases = ["Vulcan Energy Resources Limited", "Vulcan Energy"]
industries = ["lithium"]

[[company]]
name = "Talison Lithium"
aliases = ["Talison Lithium Pty Ltd", "Talison"]
industries = ["lithium"]

[[company]]
name = "Wesfarmers"
aliases = ["Wesfarmers Limited", "Wesfarmers Ltd"]
industries = ["lithium"]

[[company]]
name = "Eramet"
aliases = ["Eramet SA", "Eramet Group", "埃赫曼"]
industries = ["lithium"]

[[company]]
name = "Codelco"
aliases = ["Corporación Nacional del Cobre de Chile", "Corporacion Nacional del Cobre de Chile", "智利国家铜业公司", "智利國家銅業公司"]
industries = ["lithium"]

[[company]]
name = "ExxonMobil"
aliases = ["Exxon Mobil Corporation", "Exxon Mobil Corp.", "Exxon Mobil", "埃克森美孚"]
industries = ["lithium"]

[[company]]
name = "Glencore"
aliases = ["Glencore plc", "Glencore International", "嘉能可"]
industries = ["lithium"]

[[company]]
name = "CMOC Group"
aliases = ["CMOC Group Limited", "CMOC", "China Molybdenum", "China Molybdenum Co., Ltd.", "洛阳钼业", "洛陽鉬業", "洛钼集团", "洛鉬集團"]
industries = ["lithium"]

[[company]]
name = "Tsingshan Holding Group"
aliases = ["Tsingshan Holding", "Tsingshan Group", "Tsingshan", "青山控股", "青山控股集团", "青山控股集團", "青山集团", "青山集團"]
industries = ["lithium"]

[[company]]
name = "China Minmetals"
aliases = ["China Minmetals Corporation", "China Minmetals Corp.", "中国五矿", "中國五礦", "中国五矿集团", "中國五礦集團"]
industries = ["lithium"]

[[company]]
name = "Tianhua New Energy"
aliases = ["Suzhou TA&A Ultra Clean Technology", "Suzhou Tianhua New Energy Technology", "天华新能", "天華新能", "天华超净", "天華超淨"]
industries = ["lithium"]

[[company]]
name = "Zangge Mining"
aliases = ["Zangge Mining Co., Ltd.", "藏格矿业", "藏格礦業"]
industries = ["lithium"]

[[company]]
name = "Yongxing Materials"
aliases = ["Yongxing Special Materials Technology", "Yongxing Special Materials Technology Co., Ltd.", "永兴材料", "永興材料"]
industries = ["lithium"]

# ---------------------------------------------------------------------------------------------
# Market research and price reporting firms. They are often quoted for prices and market shares;
# whether a finder should report them depends on the annotation of cited sources.
# ---------------------------------------------------------------------------------------------

[[company]]
name = "TrendForce"
aliases = ["TrendForce Corp.", "集邦咨询", "集邦諮詢", "集邦科技"]
industries = ["semiconductor", "lithium"]

[[company]]
name = "SNE Research"
aliases = []
industries = ["lithium"]

[[company]]
name = "Benchmark Mineral Intelligence"
aliases = ["Benchmark Minerals"]
industries = ["lithium"]

[[company]]
name = "Fastmarkets"
aliases = []
industries = ["lithium"]

[[company]]
name = "Shanghai Metals Market"
aliases = ["SMM", "上海有色网", "上海有色網"]
industries = ["lithium", "sodium-ion"]

[[company]]
name = "Counterpoint Research"
aliases = []
industries = ["semiconductor"]

# ---------------------------------------------------------------------------------------------
# China: central government
# ---------------------------------------------------------------------------------------------

[[institution]]
name = "Ministry of Commerce (China)"
aliases = ["商务部", "商務部", "MOFCOM", "China's Ministry of Commerce", "Chinese Ministry of Commerce", "China's Commerce Ministry", "Chinese Commerce Ministry", "中国商务部", "中國商務部", "中华人民共和国商务部", "中華人民共和國商務部"]

[[institution]]
name = "Ministry of Industry and Information Technology (China)"
aliases = ["工业和信息化部", "工業和信息化部", "工信部", "MIIT", "Ministry of Industry and Information Technology", "中华人民共和国工业和信息化部", "国家工信部", "國家工信部"]

[[institution]]
name = "General Administration of Customs (China)"
aliases = ["海关总署", "海關總署", "General Administration of Customs", "GACC", "China Customs", "中国海关", "中國海關", "中华人民共和国海关总署"]

[[institution]]
name = "State Council (China)"
aliases = ["国务院", "國務院", "State Council", "China's State Council", "中国国务院", "中國國務院", "中华人民共和国国务院"]

[[institution]]
name = "National Development and Reform Commission (China)"
aliases = ["National Development and Reform Commission", "NDRC", "国家发展和改革委员会", "國家發展和改革委員會", "国家发展改革委", "國家發展改革委", "国家发改委", "國家發改委"]

[[institution]]
name = "State Administration for Market Regulation (China)"
aliases = ["State Administration for Market Regulation", "SAMR", "国家市场监督管理总局", "國家市場監督管理總局", "市场监管总局", "市場監管總局", "国家市场监管总局", "國家市場監管總局"]

[[institution]]
name = "State-owned Assets Supervision and Administration Commission (China)"
aliases = ["State-owned Assets Supervision and Administration Commission", "State-owned Assets Supervision and Administration Commission of the State Council", "SASAC", "国务院国资委", "國務院國資委", "国务院国有资产监督管理委员会", "國務院國有資產監督管理委員會"]

[[institution]]
name = "National Energy Administration (China)"
aliases = ["National Energy Administration", "China's National Energy Administration", "国家能源局", "國家能源局"]

[[institution]]
name = "Ministry of Natural Resources (China)"
aliases = ["China's Ministry of Natural Resources", "自然资源部", "自然資源部"]

[[institution]]
name = "Ministry of Finance (China)"
aliases = ["China's Ministry of Finance", "Chinese Ministry of Finance", "China's Finance Ministry", "中国财政部", "中國財政部"]

[[institution]]
name = "Customs Tariff Commission of the State Council (China)"
aliases = ["Customs Tariff Commission of the State Council", "Customs Tariff Commission", "国务院关税税则委员会", "國務院關稅稅則委員會", "国务院税委会", "國務院稅委會"]

[[institution]]
name = "Ministry of Ecology and Environment (China)"
aliases = ["Ministry of Ecology and Environment", "生态环境部", "生態環境部"]

[[institution]]
name = "Ministry of Science and Technology (China)"
aliases = ["China's Ministry of Science and Technology", "科学技术部", "科技部"]

[[institution]]
name = "National Bureau of Statistics (China)"
aliases = ["National Bureau of Statistics", "国家统计局", "國家統計局"]

[[institution]]
name = "China Securities Regulatory Commission"
aliases = ["CSRC", "中国证监会", "中國證監會", "中国证券监督管理委员会", "中國證券監督管理委員會"]

[[institution]]
name = "Securities and Futures Commission (Hong Kong)"
aliases = ["Securities and Futures Commission", "香港证监会", "香港證監會", "香港證券及期貨事務監察委員會"]

[[institution]]
name = "Ministry of Foreign Affairs (China)"
aliases = ["Chinese Foreign Ministry", "China's Foreign Ministry", "Chinese Ministry of Foreign Affairs", "China's Ministry of Foreign Affairs", "中国外交部", "中國外交部"]

[[institution]]
name = "Standardization Administration of China"
aliases = ["国家标准化管理委员会", "國家標準化管理委員會", "国家标准委", "國家標準委"]

[[institution]]
name = "Government of China"
aliases = ["Chinese government", "China's government", "中国政府", "中國政府"]

# ---------------------------------------------------------------------------------------------
# Japan, South Korea, Taiwan, India
# ---------------------------------------------------------------------------------------------

[[institution]]
name = "Ministry of Economy, Trade and Industry (Japan)"
aliases = ["METI", "Ministry of Economy, Trade and Industry", "Japan's Ministry of Economy, Trade and Industry", "经济产业省", "經濟產業省", "日本经济产业省", "日本經濟產業省"]

[[institution]]
name = "NEDO"
aliases = ["New Energy and Industrial Technology Development Organization", "新能源产业技术综合开发机构", "新能源產業技術綜合開發機構"]

[[institution]]
name = "JOGMEC"
aliases = ["Japan Organization for Metals and Energy Security", "Japan Oil, Gas and Metals National Corporation"]

[[institution]]
name = "Government of Japan"
aliases = ["Japanese government", "Japan's government", "日本政府"]

[[institution]]
name = "Ministry of Trade, Industry and Energy (South Korea)"
aliases = ["Ministry of Trade, Industry and Energy", "MOTIE", "South Korea's Ministry of Trade, Industry and Energy", "韩国产业通商资源部", "韓國產業通商資源部", "产业通商资源部", "產業通商資源部"]

[[institution]]
name = "Government of South Korea"
aliases = ["South Korean government", "South Korea's government", "韩国政府", "韓國政府"]

[[institution]]
name = "Korea Development Bank"
aliases = ["KDB", "韩国产业银行", "韓國產業銀行"]

[[institution]]
name = "Ministry of Economic Affairs (Taiwan)"
aliases = ["經濟部", "经济部", "MOEA", "Taiwan's Ministry of Economic Affairs", "台灣經濟部", "臺灣經濟部", "台湾经济部"]

[[institution]]
name = "Industrial Development Administration (Taiwan)"
aliases = ["經濟部產業發展署", "经济部产业发展署", "產發署", "产发署", "Industrial Development Administration"]

[[institution]]
name = "Department of Investment Review (Taiwan)"
aliases = ["Department of Investment Review", "經濟部投資審議司", "投資審議司", "投審司", "經濟部投資審議委員會", "投審會", "投审会", "Investment Commission, Ministry of Economic Affairs"]

[[institution]]
name = "National Science and Technology Council (Taiwan)"
aliases = ["國家科學及技術委員會", "國科會"]

[[institution]]
name = "Executive Yuan (Taiwan)"
aliases = ["Executive Yuan", "行政院"]

[[institution]]
name = "Hsinchu Science Park Bureau"
aliases = ["新竹科學園區管理局", "竹科管理局"]

[[institution]]
name = "Central Taiwan Science Park Bureau"
aliases = ["中部科學園區管理局", "中科管理局"]

[[institution]]
name = "Southern Taiwan Science Park Bureau"
aliases = ["南部科學園區管理局", "南科管理局"]

[[institution]]
name = "Ministry of Electronics and Information Technology (India)"
aliases = ["Ministry of Electronics and Information Technology", "MeitY"]

[[institution]]
name = "India Semiconductor Mission"
aliases = []

[[institution]]
name = "Government of India"
aliases = ["Indian government", "印度政府"]

# ---------------------------------------------------------------------------------------------
# United States
# ---------------------------------------------------------------------------------------------

[[institution]]
name = "Bureau of Industry and Security (US)"
aliases = ["Bureau of Industry and Security", "美国商务部工业与安全局", "美國商務部工業與安全局", "美国商务部工业和安全局", "美國商務部工業和安全局", "工业与安全局", "工業與安全局", "美國商務部產業安全局"]

[[institution]]
name = "U.S. Department of Commerce"
aliases = ["US Department of Commerce", "United States Department of Commerce", "Commerce Department", "美国商务部", "美國商務部"]

[[institution]]
name = "U.S. Department of Energy"
aliases = ["US Department of Energy", "United States Department of Energy", "Department of Energy", "美国能源部", "美國能源部"]

[[institution]]
name = "U.S. Department of Defense"
aliases = ["US Department of Defense", "Department of Defense", "Pentagon", "美国国防部", "美國國防部", "五角大楼", "五角大樓"]

[[institution]]
name = "U.S. Department of the Treasury"
aliases = ["US Department of the Treasury", "Treasury Department", "U.S. Treasury", "US Treasury", "美国财政部", "美國財政部"]

[[institution]]
name = "Office of the U.S. Trade Representative"
aliases = ["Office of the United States Trade Representative", "USTR", "美国贸易代表办公室", "美國貿易代表辦公室"]

[[institution]]
name = "U.S. International Trade Commission"
aliases = ["United States International Trade Commission", "US International Trade Commission", "USITC", "美国国际贸易委员会", "美國國際貿易委員會"]

[[institution]]
name = "Committee on Foreign Investment in the United States"
aliases = ["CFIUS", "美国外国投资委员会", "美國外國投資委員會"]

[[institution]]
name = "U.S. Securities and Exchange Commission"
aliases = ["US Securities and Exchange Commission", "Securities and Exchange Commission", "美国证券交易委员会", "美國證券交易委員會", "美国证监会", "美國證監會"]

[[institution]]
name = "White House"
aliases = ["白宫", "白宮"]

[[institution]]
name = "CHIPS Program Office"
aliases = []

[[institution]]
name = "Export-Import Bank of the United States"
aliases = ["US EXIM", "EXIM Bank of the United States"]

[[institution]]
name = "Government of the United States"
aliases = ["U.S. government", "US government", "United States government", "美国政府", "美國政府"]

# ---------------------------------------------------------------------------------------------
# Europe and other governments
# ---------------------------------------------------------------------------------------------

[[institution]]
name = "European Commission"
aliases = ["EU Commission", "欧盟委员会", "歐盟委員會", "歐盟執委會", "欧委会", "歐委會"]

[[institution]]
name = "European Investment Bank"
aliases = ["EIB", "欧洲投资银行", "歐洲投資銀行"]

[[institution]]
name = "European Parliament"
aliases = ["欧洲议会", "歐洲議會"]

[[institution]]
name = "Government of the Netherlands"
aliases = ["Dutch government", "Netherlands government", "Dutch cabinet", "荷兰政府", "荷蘭政府"]

[[institution]]
name = "Ministry of Foreign Affairs (Netherlands)"
aliases = ["Dutch Ministry of Foreign Affairs", "Netherlands Ministry of Foreign Affairs", "Dutch foreign ministry", "荷兰外交部", "荷蘭外交部"]

[[institution]]
name = "Ministry of Economic Affairs (Netherlands)"
aliases = ["Dutch Ministry of Economic Affairs", "Dutch Ministry of Economic Affairs and Climate Policy", "Dutch economy ministry", "荷兰经济部", "荷蘭經濟部"]

[[institution]]
name = "Ministry of Foreign Affairs and Trade (Hungary)"
aliases = ["Hungarian Ministry of Foreign Affairs and Trade", "Hungary's Ministry of Foreign Affairs and Trade", "匈牙利外交与对外经济部", "匈牙利外交與對外經濟部", "匈牙利外交部"]

[[institution]]
name = "Government of Hungary"
aliases = ["Hungarian government", "匈牙利政府"]

[[institution]]
name = "Government of Finland"
aliases = ["Finnish government", "芬兰政府", "芬蘭政府"]

[[institution]]
name = "Government of Germany"
aliases = ["German government", "German federal government", "德国政府", "德國政府"]

[[institution]]
name = "Federal Ministry for Economic Affairs and Energy (Germany)"
aliases = ["Federal Ministry for Economic Affairs and Energy", "Federal Ministry for Economic Affairs and Climate Action", "BMWK", "BMWE", "德国经济部", "德國經濟部", "德国联邦经济和能源部", "德国联邦经济和气候保护部"]

[[institution]]
name = "Government of Chile"
aliases = ["Chilean government", "智利政府"]

[[institution]]
name = "CORFO"
aliases = ["Production Development Corporation", "Corporación de Fomento de la Producción", "智利生产促进局", "智利生產促進局"]

[[institution]]
name = "Government of Australia"
aliases = ["Australian government", "澳大利亚政府", "澳大利亞政府", "澳洲政府"]

[[institution]]
name = "Foreign Investment Review Board (Australia)"
aliases = ["Foreign Investment Review Board", "FIRB", "澳大利亚外国投资审查委员会", "澳大利亞外國投資審查委員會"]

[[institution]]
name = "Government of Western Australia"
aliases = ["Western Australian Government", "WA Government", "西澳政府", "西澳州政府"]

# ---------------------------------------------------------------------------------------------
# International organizations
# ---------------------------------------------------------------------------------------------

[[institution]]
name = "World Trade Organization"
aliases = ["WTO", "世界贸易组织", "世界貿易組織", "世贸组织", "世貿組織"]

[[institution]]
name = "International Energy Agency"
aliases = ["IEA", "国际能源署", "國際能源署"]

# ---------------------------------------------------------------------------------------------
# Exchanges
# ---------------------------------------------------------------------------------------------

[[institution]]
name = "Shanghai Stock Exchange"
aliases = ["上海证券交易所", "上海證券交易所", "上交所"]

[[institution]]
name = "Shenzhen Stock Exchange"
aliases = ["SZSE", "深圳证券交易所", "深圳證券交易所", "深交所"]

[[institution]]
name = "Beijing Stock Exchange"
aliases = ["北京证券交易所", "北京證券交易所", "北交所"]

[[institution]]
name = "Hong Kong Stock Exchange"
aliases = ["HKEX", "Hong Kong Exchanges and Clearing", "Hong Kong Exchanges and Clearing Limited", "Stock Exchange of Hong Kong", "The Stock Exchange of Hong Kong Limited", "香港交易所", "港交所", "香港联合交易所", "香港聯合交易所", "香港联交所", "香港聯交所", "联交所", "聯交所"]

[[institution]]
name = "Guangzhou Futures Exchange"
aliases = ["GFEX", "广州期货交易所", "廣州期貨交易所", "广期所", "廣期所"]

[[institution]]
name = "Shanghai Futures Exchange"
aliases = ["SHFE", "上海期货交易所", "上海期貨交易所", "上期所"]

[[institution]]
name = "London Metal Exchange"
aliases = ["LME", "伦敦金属交易所", "倫敦金屬交易所"]

[[institution]]
name = "CME Group"
aliases = ["CME", "Chicago Mercantile Exchange", "芝加哥商品交易所", "芝商所"]

[[institution]]
name = "Singapore Exchange"
aliases = ["SGX", "新加坡交易所"]

[[institution]]
name = "Australian Securities Exchange"
aliases = ["ASX", "ASX Limited", "澳大利亚证券交易所", "澳大利亞證券交易所", "澳洲證券交易所", "澳交所"]

[[institution]]
name = "Toronto Stock Exchange"
aliases = ["TSX", "多伦多证券交易所", "多倫多證券交易所"]

[[institution]]
name = "Taiwan Stock Exchange"
aliases = ["TWSE", "臺灣證交所", "台灣證交所", "台湾证交所", "臺灣證券交易所", "台灣證券交易所", "台湾证券交易所"]

[[institution]]
name = "Taipei Exchange"
aliases = ["TPEx", "證券櫃檯買賣中心", "櫃買中心"]

[[institution]]
name = "Tokyo Stock Exchange"
aliases = ["东京证券交易所", "東京證券交易所"]

[[institution]]
name = "Korea Exchange"
aliases = ["KRX", "韩国交易所", "韓國交易所"]

[[institution]]
name = "Nasdaq"
aliases = ["Nasdaq Stock Market", "纳斯达克", "納斯達克", "那斯達克"]

[[institution]]
name = "New York Stock Exchange"
aliases = ["NYSE", "纽约证券交易所", "紐約證券交易所", "纽交所", "紐交所", "纽约证交所", "紐約證交所"]

# ---------------------------------------------------------------------------------------------
# Industry associations and alliances
# ---------------------------------------------------------------------------------------------

[[institution]]
name = "China Nonferrous Metals Industry Association"
aliases = ["中国有色金属工业协会", "中國有色金屬工業協會", "中国有色金属工业协会锂业分会", "锂业分会", "鋰業分會"]

[[institution]]
name = "China Automotive Battery Innovation Alliance"
aliases = ["China Automotive Power Battery Industry Innovation Alliance", "CABIA", "中国汽车动力电池产业创新联盟", "中國汽車動力電池產業創新聯盟", "动力电池产业创新联盟", "動力電池產業創新聯盟"]

[[institution]]
name = "China Association of Automobile Manufacturers"
aliases = ["CAAM", "中国汽车工业协会", "中國汽車工業協會", "中汽协", "中汽協"]

[[institution]]
name = "China Passenger Car Association"
aliases = ["CPCA", "乘联会", "乘聯會", "乘联分会", "乘聯分會", "全国乘用车市场信息联席会", "全國乘用車市場信息聯席會"]

[[institution]]
name = "China Battery Industry Association"
aliases = ["中国电池工业协会", "中國電池工業協會"]

[[institution]]
name = "China Industrial Association of Power Sources"
aliases = ["CIAPS", "中国化学与物理电源行业协会", "中國化學與物理電源行業協會"]

[[institution]]
name = "China Energy Storage Alliance"
aliases = ["CNESA", "中关村储能产业技术联盟", "中關村儲能產業技術聯盟"]

[[institution]]
name = "China Semiconductor Industry Association"
aliases = ["CSIA", "中国半导体行业协会", "中國半導體行業協會"]

[[institution]]
name = "SEMI"
aliases = ["Semiconductor Equipment and Materials International", "国际半导体产业协会", "國際半導體產業協會"]

[[institution]]
name = "Semiconductor Industry Association"
aliases = ["U.S. Semiconductor Industry Association", "US Semiconductor Industry Association", "美国半导体行业协会", "美國半導體行業協會", "美國半導體產業協會"]

[[institution]]
name = "Taiwan Semiconductor Industry Association"
aliases = ["TSIA", "台灣半導體產業協會", "臺灣半導體產業協會", "台湾半导体产业协会"]

[[institution]]
name = "Korea Semiconductor Industry Association"
aliases = ["KSIA", "韩国半导体产业协会", "韓國半導體產業協會"]

[[institution]]
name = "European Semiconductor Industry Association"
aliases = ["ESIA"]

[[institution]]
name = "Japan Electronics and Information Technology Industries Association"
aliases = ["JEITA"]

[[institution]]
name = "Korea Battery Industry Association"
aliases = ["KBIA"]

[[institution]]
name = "European Automobile Manufacturers' Association"
aliases = ["ACEA", "European Automobile Manufacturers Association"]

[[institution]]
name = "China Council for the Promotion of International Trade"
aliases = ["CCPIT", "中国国际贸易促进委员会", "中國國際貿易促進委員會", "中国贸促会", "中國貿促會"]

[[institution]]
name = "China Chamber of Commerce for Import and Export of Machinery and Electronic Products"
aliases = ["CCCME", "中国机电产品进出口商会", "中國機電產品進出口商會"]

[[institution]]
name = "China Automotive Technology and Research Center"
aliases = ["CATARC", "中国汽车技术研究中心", "中國汽車技術研究中心", "中汽中心"]

# ---------------------------------------------------------------------------------------------
# Research bodies
# ---------------------------------------------------------------------------------------------

[[institution]]
name = "Chinese Academy of Sciences"
aliases = ["中国科学院", "中國科學院", "中科院"]

[[institution]]
name = "Institute of Physics, Chinese Academy of Sciences"
aliases = ["中国科学院物理研究所", "中國科學院物理研究所", "中科院物理所", "中科院物理研究所"]

[[institution]]
name = "Dalian Institute of Chemical Physics"
aliases = ["中国科学院大连化学物理研究所", "中國科學院大連化學物理研究所", "大连化学物理研究所", "大連化學物理研究所", "大连化物所", "大連化物所", "中科院大连化物所"]

[[institution]]
name = "Tsinghua University"
aliases = ["清华大学", "清華大學"]

[[institution]]
name = "Industrial Technology Research Institute"
aliases = ["ITRI", "工研院", "工業技術研究院", "台灣工研院", "臺灣工研院", "台湾工研院"]

[[institution]]
name = "Taiwan Semiconductor Research Institute"
aliases = ["TSRI", "台灣半導體研究中心", "國家實驗研究院台灣半導體研究中心"]

[[institution]]
name = "imec"
aliases = ["Interuniversity Microelectronics Centre", "比利时微电子研究中心", "比利時微電子研究中心"]

[[institution]]
name = "Fraunhofer Society"
aliases = ["Fraunhofer-Gesellschaft", "Fraunhofer", "弗劳恩霍夫协会", "弗勞恩霍夫協會"]

[[institution]]
name = "CEA-Leti"
aliases = []

[[institution]]
name = "National Institute of Advanced Industrial Science and Technology"
aliases = ["AIST"]

[[institution]]
name = "Argonne National Laboratory"
aliases = ["阿贡国家实验室", "阿貢國家實驗室"]

[[institution]]
name = "Natcast"
aliases = []

# ---------------------------------------------------------------------------------------------
# State funds and policy banks
# ---------------------------------------------------------------------------------------------

[[institution]]
name = "China Integrated Circuit Industry Investment Fund"
aliases = ["National Integrated Circuit Industry Investment Fund", "Big Fund", "国家集成电路产业投资基金", "國家集成電路產業投資基金", "大基金", "国家大基金", "國家大基金", "国家集成电路产业投资基金二期股份有限公司", "国家集成电路产业投资基金三期股份有限公司"]

[[institution]]
name = "China Development Bank"
aliases = ["国家开发银行", "國家開發銀行", "国开行", "國開行"]

[[institution]]
name = "Export-Import Bank of China"
aliases = ["China Exim Bank", "中国进出口银行", "中國進出口銀行"]

[[institution]]
name = "Mubadala"
aliases = ["Mubadala Investment Company"]

"""#
}
