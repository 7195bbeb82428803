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
# Aluminium for batteries and chip equipment
# ---------------------------------------------------------------------------------------------

[[company]]
name = "Chinalco"
aliases = ["Aluminum Corporation of China", "Aluminum Corporation of China Limited", "China Aluminum Group", "中国铝业集团有限公司", "中国铝业集团", "中铝集团", "中國鋁業集團"]
industries = ["lithium", "semiconductor"]

[[company]]
name = "Southwest Aluminum"
aliases = ["Southwest Aluminum (Group) Co., Ltd.", "西南铝业(集团)有限责任公司", "西南铝业", "西南鋁業"]
industries = ["semiconductor"]

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
# Battery makers no longer among the largest, still named in the news
# ---------------------------------------------------------------------------------------------

[[company]]
name = "OptimumNano"
aliases = ["OptimumNano Energy", "Shenzhen OptimumNano Energy Co., Ltd.", "Wotema", "沃特玛", "沃特瑪", "深圳市沃特玛电池有限公司"]
industries = ["lithium"]

# ---------------------------------------------------------------------------------------------
# Countries and other top-level economies (kind = country)
# Taiwan, Hong Kong, Macau and dependent territories with their own administration are listed
# here, as the annotation guideline does. "America" is deliberately not an alias of the United
# States; "Korea" is South Korea; bare "Congo"/刚果 is the Democratic Republic of the Congo.
# Georgia the US state keeps "Georgia"; the country is "Georgia (country)" and keeps 格鲁吉亚 only
# (喬治亞 is used for both in Taiwan, so it is left out).
# ---------------------------------------------------------------------------------------------

[[place]]
name = "Afghanistan"
kind = "country"
aliases = ["阿富汗"]

[[place]]
name = "Albania"
kind = "country"
aliases = ["阿尔巴尼亚", "阿爾巴尼亞"]

[[place]]
name = "Algeria"
kind = "country"
aliases = ["阿尔及利亚", "阿爾及利亞"]

[[place]]
name = "Andorra"
kind = "country"
aliases = ["安道尔", "安道爾"]

[[place]]
name = "Angola"
kind = "country"
aliases = ["安哥拉"]

[[place]]
name = "Antigua and Barbuda"
kind = "country"
aliases = ["安提瓜和巴布达", "安提瓜和巴布達", "安地卡及巴布達"]

[[place]]
name = "Argentina"
kind = "country"
aliases = ["阿根廷"]

[[place]]
name = "Armenia"
kind = "country"
aliases = ["亚美尼亚", "亞美尼亞"]

[[place]]
name = "Australia"
kind = "country"
aliases = ["澳大利亚", "澳大利亞", "澳洲"]

[[place]]
name = "Austria"
kind = "country"
aliases = ["奥地利", "奧地利"]

[[place]]
name = "Azerbaijan"
kind = "country"
aliases = ["阿塞拜疆", "亞塞拜然"]

[[place]]
name = "Bahamas"
kind = "country"
aliases = ["The Bahamas", "巴哈马", "巴哈馬"]

[[place]]
name = "Bahrain"
kind = "country"
aliases = ["巴林"]

[[place]]
name = "Bangladesh"
kind = "country"
aliases = ["孟加拉国", "孟加拉國", "孟加拉"]

[[place]]
name = "Barbados"
kind = "country"
aliases = ["巴巴多斯", "巴貝多"]

[[place]]
name = "Belarus"
kind = "country"
aliases = ["白俄罗斯", "白俄羅斯"]

[[place]]
name = "Belgium"
kind = "country"
aliases = ["比利时", "比利時"]

[[place]]
name = "Belize"
kind = "country"
aliases = ["伯利兹", "伯利茲", "貝里斯"]

[[place]]
name = "Benin"
kind = "country"
aliases = ["贝宁", "貝寧", "貝南"]

[[place]]
name = "Bhutan"
kind = "country"
aliases = ["不丹"]

[[place]]
name = "Bolivia"
kind = "country"
aliases = ["玻利维亚", "玻利維亞"]

[[place]]
name = "Bosnia and Herzegovina"
kind = "country"
aliases = ["Bosnia-Herzegovina", "波黑", "波赫", "波斯尼亚和黑塞哥维那", "波斯尼亞和黑塞哥維那", "波士尼亞與赫塞哥維納"]

[[place]]
name = "Botswana"
kind = "country"
aliases = ["博茨瓦纳", "博茨瓦納", "波札那"]

[[place]]
name = "Brazil"
kind = "country"
aliases = ["巴西"]

[[place]]
name = "Brunei"
kind = "country"
aliases = ["Brunei Darussalam", "文莱", "文萊", "汶萊"]

[[place]]
name = "Bulgaria"
kind = "country"
aliases = ["保加利亚", "保加利亞"]

[[place]]
name = "Burkina Faso"
kind = "country"
aliases = ["布基纳法索", "布基納法索", "布吉納法索"]

[[place]]
name = "Burundi"
kind = "country"
aliases = ["布隆迪", "蒲隆地"]

[[place]]
name = "Cabo Verde"
kind = "country"
aliases = ["Cape Verde", "佛得角", "維德角"]

[[place]]
name = "Cambodia"
kind = "country"
aliases = ["柬埔寨"]

[[place]]
name = "Cameroon"
kind = "country"
aliases = ["喀麦隆", "喀麥隆"]

[[place]]
name = "Canada"
kind = "country"
aliases = ["加拿大"]

[[place]]
name = "Central African Republic"
kind = "country"
aliases = ["中非共和国", "中非共和國"]

[[place]]
name = "Chad"
kind = "country"
aliases = ["乍得", "查德"]

[[place]]
name = "Chile"
kind = "country"
aliases = ["智利"]

[[place]]
name = "China"
kind = "country"
aliases = ["People's Republic of China", "PRC", "P.R. China", "mainland China", "Mainland China", "Chinese mainland", "中国", "中國", "中华人民共和国", "中華人民共和國", "中国大陆", "中國大陸", "中国内地", "中國內地"]

[[place]]
name = "Colombia"
kind = "country"
aliases = ["哥伦比亚", "哥倫比亞"]

[[place]]
name = "Comoros"
kind = "country"
aliases = ["科摩罗", "科摩羅", "葛摩"]

# bare "Congo" and 刚果 are given to the DRC, the mining country they almost always mean here
[[place]]
name = "Democratic Republic of the Congo"
kind = "country"
aliases = ["DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo", "刚果民主共和国", "剛果民主共和國", "刚果（金）", "剛果（金）", "刚果(金)", "剛果(金)", "刚果金", "剛果金", "刚果", "剛果"]

[[place]]
name = "Republic of the Congo"
kind = "country"
aliases = ["Republic of Congo", "Congo-Brazzaville", "刚果共和国", "剛果共和國", "刚果（布）", "剛果（布）", "刚果(布)", "剛果(布)"]

[[place]]
name = "Costa Rica"
kind = "country"
aliases = ["哥斯达黎加", "哥斯達黎加", "哥斯大黎加"]

[[place]]
name = "Côte d'Ivoire"
kind = "country"
aliases = ["Cote d'Ivoire", "Ivory Coast", "科特迪瓦", "象牙海岸"]

[[place]]
name = "Croatia"
kind = "country"
aliases = ["克罗地亚", "克羅地亞", "克羅埃西亞"]

[[place]]
name = "Cuba"
kind = "country"
aliases = ["古巴"]

[[place]]
name = "Cyprus"
kind = "country"
aliases = ["塞浦路斯", "賽普勒斯"]

[[place]]
name = "Czech Republic"
kind = "country"
aliases = ["Czechia", "捷克", "捷克共和国", "捷克共和國"]

[[place]]
name = "Denmark"
kind = "country"
aliases = ["丹麦", "丹麥"]

[[place]]
name = "Djibouti"
kind = "country"
aliases = ["吉布提", "吉布地"]

[[place]]
name = "Dominica"
kind = "country"
aliases = ["多米尼克"]

[[place]]
name = "Dominican Republic"
kind = "country"
aliases = ["多米尼加", "多米尼加共和国", "多米尼加共和國", "多明尼加"]

[[place]]
name = "Ecuador"
kind = "country"
aliases = ["厄瓜多尔", "厄瓜多爾", "厄瓜多"]

[[place]]
name = "Egypt"
kind = "country"
aliases = ["埃及"]

[[place]]
name = "El Salvador"
kind = "country"
aliases = ["萨尔瓦多", "薩爾瓦多"]

[[place]]
name = "Equatorial Guinea"
kind = "country"
aliases = ["赤道几内亚", "赤道幾內亞"]

[[place]]
name = "Eritrea"
kind = "country"
aliases = ["厄立特里亚", "厄立特里亞", "厄利垂亞"]

[[place]]
name = "Estonia"
kind = "country"
aliases = ["爱沙尼亚", "愛沙尼亞"]

[[place]]
name = "Eswatini"
kind = "country"
aliases = ["Swaziland", "斯威士兰", "斯威士蘭", "史瓦帝尼", "埃斯瓦蒂尼"]

[[place]]
name = "Ethiopia"
kind = "country"
aliases = ["埃塞俄比亚", "埃塞俄比亞", "衣索比亞"]

[[place]]
name = "Fiji"
kind = "country"
aliases = ["斐济", "斐濟"]

[[place]]
name = "Finland"
kind = "country"
aliases = ["芬兰", "芬蘭"]

[[place]]
name = "France"
kind = "country"
aliases = ["法国", "法國"]

[[place]]
name = "Gabon"
kind = "country"
aliases = ["加蓬", "加彭"]

[[place]]
name = "Gambia"
kind = "country"
aliases = ["The Gambia", "冈比亚", "岡比亞", "甘比亞"]

# "Georgia" alone is the US state (see the US section)
[[place]]
name = "Georgia (country)"
kind = "country"
aliases = ["格鲁吉亚", "格魯吉亞"]

[[place]]
name = "Germany"
kind = "country"
aliases = ["德国", "德國"]

[[place]]
name = "Ghana"
kind = "country"
aliases = ["加纳", "加納", "迦納"]

[[place]]
name = "Greece"
kind = "country"
aliases = ["希腊", "希臘"]

[[place]]
name = "Grenada"
kind = "country"
aliases = ["格林纳达", "格林納達", "格瑞那達"]

[[place]]
name = "Guatemala"
kind = "country"
aliases = ["危地马拉", "危地馬拉", "瓜地馬拉"]

[[place]]
name = "Guinea"
kind = "country"
aliases = ["几内亚", "幾內亞"]

[[place]]
name = "Guinea-Bissau"
kind = "country"
aliases = ["几内亚比绍", "幾內亞比紹", "幾內亞比索"]

[[place]]
name = "Guyana"
kind = "country"
aliases = ["圭亚那", "圭亞那", "蓋亞那"]

[[place]]
name = "Haiti"
kind = "country"
aliases = ["海地"]

[[place]]
name = "Honduras"
kind = "country"
aliases = ["洪都拉斯", "宏都拉斯"]

[[place]]
name = "Hungary"
kind = "country"
aliases = ["匈牙利"]

[[place]]
name = "Iceland"
kind = "country"
aliases = ["冰岛", "冰島"]

[[place]]
name = "India"
kind = "country"
aliases = ["印度"]

[[place]]
name = "Indonesia"
kind = "country"
aliases = ["印度尼西亚", "印度尼西亞", "印尼"]

[[place]]
name = "Iran"
kind = "country"
aliases = ["伊朗"]

[[place]]
name = "Iraq"
kind = "country"
aliases = ["伊拉克"]

[[place]]
name = "Ireland"
kind = "country"
aliases = ["Republic of Ireland", "爱尔兰", "愛爾蘭"]

[[place]]
name = "Israel"
kind = "country"
aliases = ["以色列"]

[[place]]
name = "Italy"
kind = "country"
aliases = ["意大利", "義大利"]

[[place]]
name = "Jamaica"
kind = "country"
aliases = ["牙买加", "牙買加"]

[[place]]
name = "Japan"
kind = "country"
aliases = ["日本"]

[[place]]
name = "Jordan"
kind = "country"
aliases = ["约旦", "約旦"]

[[place]]
name = "Kazakhstan"
kind = "country"
aliases = ["哈萨克斯坦", "哈薩克斯坦", "哈薩克"]

[[place]]
name = "Kenya"
kind = "country"
aliases = ["肯尼亚", "肯尼亞", "肯亞", "肯雅"]

[[place]]
name = "Kiribati"
kind = "country"
aliases = ["基里巴斯", "吉里巴斯"]

[[place]]
name = "Kuwait"
kind = "country"
aliases = ["科威特"]

[[place]]
name = "Kyrgyzstan"
kind = "country"
aliases = ["吉尔吉斯斯坦", "吉爾吉斯斯坦", "吉爾吉斯"]

[[place]]
name = "Laos"
kind = "country"
aliases = ["Lao PDR", "老挝", "老撾", "寮國"]

[[place]]
name = "Latvia"
kind = "country"
aliases = ["拉脱维亚", "拉脫維亞", "拉脱維亞"]

[[place]]
name = "Lebanon"
kind = "country"
aliases = ["黎巴嫩"]

[[place]]
name = "Lesotho"
kind = "country"
aliases = ["莱索托", "萊索托", "賴索托"]

[[place]]
name = "Liberia"
kind = "country"
aliases = ["利比里亚", "利比里亞", "賴比瑞亞"]

[[place]]
name = "Libya"
kind = "country"
aliases = ["利比亚", "利比亞"]

[[place]]
name = "Liechtenstein"
kind = "country"
aliases = ["列支敦士登", "列支敦斯登"]

[[place]]
name = "Lithuania"
kind = "country"
aliases = ["立陶宛"]

[[place]]
name = "Luxembourg"
kind = "country"
aliases = ["卢森堡", "盧森堡"]

[[place]]
name = "Madagascar"
kind = "country"
aliases = ["马达加斯加", "馬達加斯加"]

[[place]]
name = "Malawi"
kind = "country"
aliases = ["马拉维", "馬拉維", "馬拉威"]

[[place]]
name = "Malaysia"
kind = "country"
aliases = ["马来西亚", "馬來西亞"]

[[place]]
name = "Maldives"
kind = "country"
aliases = ["马尔代夫", "馬爾代夫", "馬爾地夫"]

[[place]]
name = "Mali"
kind = "country"
aliases = ["马里", "馬里", "馬利"]

[[place]]
name = "Malta"
kind = "country"
aliases = ["马耳他", "馬耳他", "馬爾他"]

[[place]]
name = "Marshall Islands"
kind = "country"
aliases = ["马绍尔群岛", "馬紹爾群島"]

[[place]]
name = "Mauritania"
kind = "country"
aliases = ["毛里塔尼亚", "毛里塔尼亞", "茅利塔尼亞"]

[[place]]
name = "Mauritius"
kind = "country"
aliases = ["毛里求斯", "模里西斯", "毛里裘斯"]

[[place]]
name = "Mexico"
kind = "country"
aliases = ["墨西哥"]

[[place]]
name = "Micronesia"
kind = "country"
aliases = ["Federated States of Micronesia", "密克罗尼西亚联邦", "密克羅尼西亞聯邦"]

[[place]]
name = "Moldova"
kind = "country"
aliases = ["摩尔多瓦", "摩爾多瓦"]

[[place]]
name = "Monaco"
kind = "country"
aliases = ["摩纳哥", "摩納哥"]

[[place]]
name = "Mongolia"
kind = "country"
aliases = ["蒙古国", "蒙古國", "蒙古"]

# bare 黑山 is left out: it is also a county in Liaoning and an ordinary word
[[place]]
name = "Montenegro"
kind = "country"
aliases = ["黑山共和国", "黑山共和國", "蒙特內哥羅共和國", "蒙特內哥羅"]

[[place]]
name = "Morocco"
kind = "country"
aliases = ["摩洛哥"]

[[place]]
name = "Mozambique"
kind = "country"
aliases = ["莫桑比克", "莫三比克"]

[[place]]
name = "Myanmar"
kind = "country"
aliases = ["Burma", "缅甸", "緬甸"]

[[place]]
name = "Namibia"
kind = "country"
aliases = ["纳米比亚", "納米比亞"]

[[place]]
name = "Nauru"
kind = "country"
aliases = ["瑙鲁", "瑙魯", "諾魯"]

[[place]]
name = "Nepal"
kind = "country"
aliases = ["尼泊尔", "尼泊爾"]

[[place]]
name = "Netherlands"
kind = "country"
aliases = ["Holland", "荷兰", "荷蘭"]

[[place]]
name = "New Zealand"
kind = "country"
aliases = ["新西兰", "新西蘭", "紐西蘭"]

[[place]]
name = "Nicaragua"
kind = "country"
aliases = ["尼加拉瓜"]

[[place]]
name = "Niger"
kind = "country"
aliases = ["尼日尔", "尼日爾", "尼日"]

[[place]]
name = "Nigeria"
kind = "country"
aliases = ["尼日利亚", "尼日利亞", "奈及利亞"]

[[place]]
name = "North Korea"
kind = "country"
aliases = ["DPRK", "Democratic People's Republic of Korea", "朝鲜", "朝鮮", "北韩", "北韓"]

[[place]]
name = "North Macedonia"
kind = "country"
aliases = ["Macedonia", "北马其顿", "北馬其頓"]

[[place]]
name = "Norway"
kind = "country"
aliases = ["挪威"]

[[place]]
name = "Oman"
kind = "country"
aliases = ["阿曼"]

[[place]]
name = "Pakistan"
kind = "country"
aliases = ["巴基斯坦"]

[[place]]
name = "Palau"
kind = "country"
aliases = ["帕劳", "帕勞", "帛琉"]

[[place]]
name = "Palestine"
kind = "country"
aliases = ["巴勒斯坦"]

[[place]]
name = "Panama"
kind = "country"
aliases = ["巴拿马", "巴拿馬"]

[[place]]
name = "Papua New Guinea"
kind = "country"
aliases = ["巴布亚新几内亚", "巴布亞新幾內亞", "巴布亞紐幾內亞"]

[[place]]
name = "Paraguay"
kind = "country"
aliases = ["巴拉圭"]

[[place]]
name = "Peru"
kind = "country"
aliases = ["秘鲁", "祕魯", "秘魯"]

[[place]]
name = "Philippines"
kind = "country"
aliases = ["the Philippines", "The Philippines", "菲律宾", "菲律賓"]

[[place]]
name = "Poland"
kind = "country"
aliases = ["波兰", "波蘭"]

[[place]]
name = "Portugal"
kind = "country"
aliases = ["葡萄牙"]

[[place]]
name = "Qatar"
kind = "country"
aliases = ["卡塔尔", "卡塔爾", "卡達"]

[[place]]
name = "Romania"
kind = "country"
aliases = ["罗马尼亚", "羅馬尼亞"]

[[place]]
name = "Russia"
kind = "country"
aliases = ["Russian Federation", "俄罗斯", "俄羅斯", "俄国", "俄國", "俄罗斯联邦", "俄羅斯聯邦"]

[[place]]
name = "Rwanda"
kind = "country"
aliases = ["卢旺达", "盧旺達", "盧安達"]

[[place]]
name = "Saint Kitts and Nevis"
kind = "country"
aliases = ["St Kitts and Nevis", "St. Kitts and Nevis", "圣基茨和尼维斯", "聖基茨和尼維斯", "聖克里斯多福及尼維斯"]

[[place]]
name = "Saint Lucia"
kind = "country"
aliases = ["St Lucia", "St. Lucia", "圣卢西亚", "聖盧西亞", "聖露西亞"]

[[place]]
name = "Saint Vincent and the Grenadines"
kind = "country"
aliases = ["St Vincent and the Grenadines", "St. Vincent and the Grenadines", "圣文森特和格林纳丁斯", "聖文森特和格林納丁斯", "聖文森及格瑞那丁"]

[[place]]
name = "Samoa"
kind = "country"
aliases = ["萨摩亚", "薩摩亞"]

[[place]]
name = "San Marino"
kind = "country"
aliases = ["圣马力诺", "聖馬力諾", "聖馬利諾"]

[[place]]
name = "São Tomé and Príncipe"
kind = "country"
aliases = ["Sao Tome and Principe", "圣多美和普林西比", "聖多美和普林西比", "聖多美普林西比"]

[[place]]
name = "Saudi Arabia"
kind = "country"
aliases = ["沙特阿拉伯", "沙烏地阿拉伯", "沙特", "沙烏地"]

[[place]]
name = "Senegal"
kind = "country"
aliases = ["塞内加尔", "塞內加爾"]

[[place]]
name = "Serbia"
kind = "country"
aliases = ["塞尔维亚", "塞爾維亞"]

[[place]]
name = "Seychelles"
kind = "country"
aliases = ["塞舌尔", "塞舌爾", "塞席爾"]

[[place]]
name = "Sierra Leone"
kind = "country"
aliases = ["塞拉利昂", "獅子山"]

[[place]]
name = "Singapore"
kind = "country"
aliases = ["新加坡"]

[[place]]
name = "Slovakia"
kind = "country"
aliases = ["斯洛伐克"]

[[place]]
name = "Slovenia"
kind = "country"
aliases = ["斯洛文尼亚", "斯洛文尼亞", "斯洛維尼亞"]

[[place]]
name = "Solomon Islands"
kind = "country"
aliases = ["所罗门群岛", "所羅門群島", "索羅門群島"]

[[place]]
name = "Somalia"
kind = "country"
aliases = ["索马里", "索馬里", "索馬利亞"]

[[place]]
name = "South Africa"
kind = "country"
aliases = ["南非"]

# "Korea" alone is taken as South Korea
[[place]]
name = "South Korea"
kind = "country"
aliases = ["Korea", "Republic of Korea", "ROK", "韩国", "韓國", "南韩", "南韓"]

[[place]]
name = "South Sudan"
kind = "country"
aliases = ["南苏丹", "南蘇丹"]

[[place]]
name = "Spain"
kind = "country"
aliases = ["西班牙"]

[[place]]
name = "Sri Lanka"
kind = "country"
aliases = ["斯里兰卡", "斯里蘭卡"]

# bare 苏丹 is left out: it also means "sultan"
[[place]]
name = "Sudan"
kind = "country"
aliases = ["苏丹共和国", "蘇丹共和國"]

[[place]]
name = "Suriname"
kind = "country"
aliases = ["苏里南", "蘇里南", "蘇利南"]

[[place]]
name = "Sweden"
kind = "country"
aliases = ["瑞典"]

[[place]]
name = "Switzerland"
kind = "country"
aliases = ["瑞士"]

[[place]]
name = "Syria"
kind = "country"
aliases = ["叙利亚", "敘利亞", "敍利亞"]

[[place]]
name = "Tajikistan"
kind = "country"
aliases = ["塔吉克斯坦", "塔吉克"]

[[place]]
name = "Tanzania"
kind = "country"
aliases = ["坦桑尼亚", "坦桑尼亞", "坦尚尼亞"]

[[place]]
name = "Thailand"
kind = "country"
aliases = ["泰国", "泰國"]

[[place]]
name = "Timor-Leste"
kind = "country"
aliases = ["East Timor", "东帝汶", "東帝汶"]

[[place]]
name = "Togo"
kind = "country"
aliases = ["多哥"]

[[place]]
name = "Tonga"
kind = "country"
aliases = ["汤加", "湯加", "東加"]

[[place]]
name = "Trinidad and Tobago"
kind = "country"
aliases = ["特立尼达和多巴哥", "特立尼達和多巴哥", "千里達及托巴哥"]

[[place]]
name = "Tunisia"
kind = "country"
aliases = ["突尼斯", "突尼西亞"]

[[place]]
name = "Turkey"
kind = "country"
aliases = ["Türkiye", "Turkiye", "土耳其"]

[[place]]
name = "Turkmenistan"
kind = "country"
aliases = ["土库曼斯坦", "土庫曼斯坦", "土庫曼"]

[[place]]
name = "Tuvalu"
kind = "country"
aliases = ["图瓦卢", "圖瓦盧", "吐瓦魯"]

[[place]]
name = "Uganda"
kind = "country"
aliases = ["乌干达", "烏干達"]

[[place]]
name = "Ukraine"
kind = "country"
aliases = ["乌克兰", "烏克蘭"]

[[place]]
name = "United Arab Emirates"
kind = "country"
aliases = ["UAE", "U.A.E.", "阿联酋", "阿聯酋", "阿聯", "阿拉伯联合酋长国", "阿拉伯聯合酋長國", "阿拉伯聯合大公國"]

[[place]]
name = "United Kingdom"
kind = "country"
aliases = ["UK", "U.K.", "Britain", "Great Britain", "英国", "英國"]

# "America" is not an alias (it also names the continent)
[[place]]
name = "United States"
kind = "country"
aliases = ["US", "U.S.", "USA", "U.S.A.", "United States of America", "美国", "美國"]

[[place]]
name = "Uruguay"
kind = "country"
aliases = ["乌拉圭", "烏拉圭"]

[[place]]
name = "Uzbekistan"
kind = "country"
aliases = ["乌兹别克斯坦", "烏茲別克斯坦", "烏茲別克"]

[[place]]
name = "Vanuatu"
kind = "country"
aliases = ["瓦努阿图", "瓦努阿圖", "萬那杜"]

[[place]]
name = "Vatican City"
kind = "country"
aliases = ["Holy See", "Vatican", "梵蒂冈", "梵蒂岡"]

[[place]]
name = "Venezuela"
kind = "country"
aliases = ["委内瑞拉", "委內瑞拉"]

[[place]]
name = "Vietnam"
kind = "country"
aliases = ["Viet Nam", "越南"]

[[place]]
name = "Yemen"
kind = "country"
aliases = ["也门", "也門", "葉門"]

[[place]]
name = "Zambia"
kind = "country"
aliases = ["赞比亚", "贊比亞", "尚比亞"]

[[place]]
name = "Zimbabwe"
kind = "country"
aliases = ["津巴布韦", "津巴布韋", "辛巴威"]

[[place]]
name = "Taiwan"
kind = "country"
aliases = ["台湾", "臺灣", "台灣"]

[[place]]
name = "Hong Kong"
kind = "city"
aliases = ["Hong Kong SAR", "香港", "香港特别行政区", "香港特別行政區", "香港特區"]

[[place]]
name = "Macau"
kind = "city"
aliases = ["Macao", "Macau SAR", "Macao SAR", "澳门", "澳門", "澳门特别行政区", "澳門特別行政區", "澳門特區"]

[[place]]
name = "Kosovo"
kind = "country"
aliases = ["科索沃"]

[[place]]
name = "Puerto Rico"
kind = "country"
aliases = ["波多黎各"]

[[place]]
name = "Greenland"
kind = "country"
aliases = ["格陵兰", "格陵蘭"]

[[place]]
name = "Faroe Islands"
kind = "country"
aliases = ["法罗群岛", "法羅群島"]

[[place]]
name = "Cayman Islands"
kind = "country"
aliases = ["开曼群岛", "開曼群島", "开曼", "開曼"]

[[place]]
name = "British Virgin Islands"
kind = "country"
aliases = ["BVI", "英属维尔京群岛", "英屬維爾京群島", "英屬維京群島"]

[[place]]
name = "Bermuda"
kind = "country"
aliases = ["百慕大", "百慕達"]

[[place]]
name = "Guam"
kind = "country"
aliases = ["关岛", "關島"]

[[place]]
name = "Gibraltar"
kind = "country"
aliases = ["直布罗陀", "直布羅陀"]

[[place]]
name = "Jersey"
kind = "country"
aliases = ["泽西岛", "澤西島"]

[[place]]
name = "Guernsey"
kind = "country"
aliases = ["根西岛", "根西島"]

[[place]]
name = "Isle of Man"
kind = "country"
aliases = ["马恩岛", "馬恩島", "曼島"]

[[place]]
name = "New Caledonia"
kind = "country"
aliases = ["新喀里多尼亚", "新喀里多尼亞"]

[[place]]
name = "French Polynesia"
kind = "country"
aliases = ["法属波利尼西亚", "法屬波利尼西亞", "法屬玻里尼西亞"]

[[place]]
name = "Aruba"
kind = "country"
aliases = ["阿鲁巴", "阿魯巴"]

[[place]]
name = "Curaçao"
kind = "country"
aliases = ["Curacao", "库拉索", "庫拉索"]

[[place]]
name = "Anguilla"
kind = "country"
aliases = ["安圭拉"]

[[place]]
name = "Montserrat"
kind = "country"
aliases = ["蒙特塞拉特"]

[[place]]
name = "Turks and Caicos Islands"
kind = "country"
aliases = ["特克斯和凯科斯群岛", "特克斯和凱科斯群島"]

[[place]]
name = "United States Virgin Islands"
kind = "country"
aliases = ["US Virgin Islands", "U.S. Virgin Islands", "美属维尔京群岛", "美屬維爾京群島", "美屬維京群島"]

[[place]]
name = "American Samoa"
kind = "country"
aliases = ["美属萨摩亚", "美屬薩摩亞"]

[[place]]
name = "Northern Mariana Islands"
kind = "country"
aliases = ["北马里亚纳群岛", "北馬里亞納群島"]

[[place]]
name = "Falkland Islands"
kind = "country"
aliases = ["福克兰群岛", "福克蘭群島"]

[[place]]
name = "Réunion"
kind = "country"
aliases = ["Reunion", "留尼汪", "留尼旺"]

[[place]]
name = "Cook Islands"
kind = "country"
aliases = ["库克群岛", "庫克群島"]

# ---------------------------------------------------------------------------------------------
# China: province-level divisions
# Provinces and autonomous regions are kind province. The four municipalities directly under the
# central government (Beijing, Tianjin, Shanghai, Chongqing) are cities in ordinary usage and are
# kind city here. Taiwan, Hong Kong and Macau are in the country section, as in the guideline.
# Jilin is both a province and a prefecture-level city: the province has "Jilin", 吉林 and 吉林省;
# the city has "Jilin City" and 吉林市.
# ---------------------------------------------------------------------------------------------

[[place]]
name = "Hebei"
kind = "province"
aliases = ["Hebei Province", "河北", "河北省"]

[[place]]
name = "Shanxi"
kind = "province"
aliases = ["Shanxi Province", "山西", "山西省"]

[[place]]
name = "Inner Mongolia"
kind = "province"
aliases = ["Inner Mongolia Autonomous Region", "Nei Mongol", "内蒙古", "內蒙古", "内蒙古自治区", "內蒙古自治區", "内蒙", "內蒙"]

[[place]]
name = "Liaoning"
kind = "province"
aliases = ["Liaoning Province", "辽宁", "遼寧", "辽宁省", "遼寧省"]

[[place]]
name = "Jilin"
kind = "province"
aliases = ["Jilin Province", "吉林", "吉林省"]

[[place]]
name = "Heilongjiang"
kind = "province"
aliases = ["Heilongjiang Province", "黑龙江", "黑龍江", "黑龙江省", "黑龍江省"]

[[place]]
name = "Jiangsu"
kind = "province"
aliases = ["Jiangsu Province", "江苏", "江蘇", "江苏省", "江蘇省"]

[[place]]
name = "Zhejiang"
kind = "province"
aliases = ["Zhejiang Province", "浙江", "浙江省"]

[[place]]
name = "Anhui"
kind = "province"
aliases = ["Anhui Province", "安徽", "安徽省"]

[[place]]
name = "Fujian"
kind = "province"
aliases = ["Fujian Province", "福建", "福建省"]

[[place]]
name = "Jiangxi"
kind = "province"
aliases = ["Jiangxi Province", "江西", "江西省"]

[[place]]
name = "Shandong"
kind = "province"
aliases = ["Shandong Province", "山东", "山東", "山东省", "山東省"]

[[place]]
name = "Henan"
kind = "province"
aliases = ["Henan Province", "河南", "河南省"]

[[place]]
name = "Hubei"
kind = "province"
aliases = ["Hubei Province", "湖北", "湖北省"]

[[place]]
name = "Hunan"
kind = "province"
aliases = ["Hunan Province", "湖南", "湖南省"]

[[place]]
name = "Guangdong"
kind = "province"
aliases = ["Guangdong Province", "广东", "廣東", "广东省", "廣東省"]

[[place]]
name = "Guangxi"
kind = "province"
aliases = ["Guangxi Zhuang Autonomous Region", "Guangxi Autonomous Region", "广西", "廣西", "广西壮族自治区", "廣西壯族自治區", "广西自治区", "廣西自治區"]

# the Qinghai prefecture is "Hainan Tibetan Autonomous Prefecture" / 海南州
[[place]]
name = "Hainan"
kind = "province"
aliases = ["Hainan Province", "海南", "海南省"]

[[place]]
name = "Sichuan"
kind = "province"
aliases = ["Sichuan Province", "四川", "四川省"]

[[place]]
name = "Guizhou"
kind = "province"
aliases = ["Guizhou Province", "贵州", "貴州", "贵州省", "貴州省"]

[[place]]
name = "Yunnan"
kind = "province"
aliases = ["Yunnan Province", "云南", "雲南", "云南省", "雲南省"]

[[place]]
name = "Tibet"
kind = "province"
aliases = ["Tibet Autonomous Region", "Xizang", "Xizang Autonomous Region", "西藏", "西藏自治区", "西藏自治區"]

[[place]]
name = "Shaanxi"
kind = "province"
aliases = ["Shaanxi Province", "陕西", "陝西", "陕西省", "陝西省"]

[[place]]
name = "Gansu"
kind = "province"
aliases = ["Gansu Province", "甘肃", "甘肅", "甘肃省", "甘肅省"]

[[place]]
name = "Qinghai"
kind = "province"
aliases = ["Qinghai Province", "青海", "青海省"]

[[place]]
name = "Ningxia"
kind = "province"
aliases = ["Ningxia Hui Autonomous Region", "宁夏", "寧夏", "宁夏回族自治区", "寧夏回族自治區"]

[[place]]
name = "Xinjiang"
kind = "province"
aliases = ["Xinjiang Uygur Autonomous Region", "Xinjiang Uyghur Autonomous Region", "新疆", "新疆维吾尔自治区", "新疆維吾爾自治區"]

[[place]]
name = "Beijing"
kind = "city"
aliases = ["Beijing Municipality", "北京", "北京市"]

[[place]]
name = "Tianjin"
kind = "city"
aliases = ["Tianjin Municipality", "天津", "天津市"]

[[place]]
name = "Shanghai"
kind = "city"
aliases = ["Shanghai Municipality", "上海", "上海市"]

[[place]]
name = "Chongqing"
kind = "city"
aliases = ["Chongqing Municipality", "重庆", "重慶", "重庆市", "重慶市"]

# ---------------------------------------------------------------------------------------------
# China: prefecture-level cities, autonomous prefectures, prefectures and leagues (kind = city)
# Each city has its pinyin name, "<name> City", and the Chinese name with and without 市 in both
# scripts. Where two prefectures share a pinyin name, the better-known one keeps the bare name and
# the other is qualified by its province: Yichun = 宜春 (Jiangxi) vs "Yichun, Heilongjiang" (伊春);
# Fuzhou = 福州 vs "Fuzhou, Jiangxi" (抚州); Suzhou = 苏州 vs "Suzhou, Anhui" (宿州). Taizhou (台州,
# 泰州) and Yulin (榆林, 玉林) are equally common, so bare "Taizhou" and "Yulin" are left out.
# 德州 alone is given to Texas (see the US section); Dezhou keeps 德州市 and "Dezhou".
# ---------------------------------------------------------------------------------------------

[[place]]
name = "Shijiazhuang"
kind = "city"
aliases = ["Shijiazhuang City", "石家庄", "石家莊", "石家庄市", "石家莊市"]

[[place]]
name = "Tangshan"
kind = "city"
aliases = ["Tangshan City", "唐山", "唐山市"]

[[place]]
name = "Qinhuangdao"
kind = "city"
aliases = ["Qinhuangdao City", "秦皇岛", "秦皇島", "秦皇岛市", "秦皇島市"]

[[place]]
name = "Handan"
kind = "city"
aliases = ["Handan City", "邯郸", "邯鄲", "邯郸市", "邯鄲市"]

[[place]]
name = "Xingtai"
kind = "city"
aliases = ["Xingtai City", "邢台", "邢臺", "邢台市", "邢臺市"]

[[place]]
name = "Baoding"
kind = "city"
aliases = ["Baoding City", "保定", "保定市"]

[[place]]
name = "Zhangjiakou"
kind = "city"
aliases = ["Zhangjiakou City", "张家口", "張家口", "张家口市", "張家口市"]

[[place]]
name = "Chengde"
kind = "city"
aliases = ["Chengde City", "承德", "承德市"]

[[place]]
name = "Cangzhou"
kind = "city"
aliases = ["Cangzhou City", "沧州", "滄州", "沧州市", "滄州市"]

[[place]]
name = "Langfang"
kind = "city"
aliases = ["Langfang City", "廊坊", "廊坊市"]

[[place]]
name = "Hengshui"
kind = "city"
aliases = ["Hengshui City", "衡水", "衡水市"]

[[place]]
name = "Taiyuan"
kind = "city"
aliases = ["Taiyuan City", "太原", "太原市"]

[[place]]
name = "Datong"
kind = "city"
aliases = ["Datong City", "大同", "大同市"]

[[place]]
name = "Yangquan"
kind = "city"
aliases = ["Yangquan City", "阳泉", "陽泉", "阳泉市", "陽泉市"]

[[place]]
name = "Changzhi"
kind = "city"
aliases = ["Changzhi City", "长治", "長治", "长治市", "長治市"]

[[place]]
name = "Jincheng"
kind = "city"
aliases = ["Jincheng City", "晋城", "晉城", "晋城市", "晉城市"]

[[place]]
name = "Shuozhou"
kind = "city"
aliases = ["Shuozhou City", "朔州", "朔州市"]

[[place]]
name = "Jinzhong"
kind = "city"
aliases = ["Jinzhong City", "晋中", "晉中", "晋中市", "晉中市"]

[[place]]
name = "Yuncheng"
kind = "city"
aliases = ["Yuncheng City", "运城", "運城", "运城市", "運城市"]

[[place]]
name = "Xinzhou"
kind = "city"
aliases = ["Xinzhou City", "忻州", "忻州市"]

[[place]]
name = "Linfen"
kind = "city"
aliases = ["Linfen City", "临汾", "臨汾", "临汾市", "臨汾市"]

[[place]]
name = "Lüliang"
kind = "city"
aliases = ["Lüliang City", "Lvliang", "Luliang", "吕梁", "呂梁", "吕梁市", "呂梁市"]

[[place]]
name = "Hohhot"
kind = "city"
aliases = ["Hohhot City", "呼和浩特", "呼和浩特市"]

[[place]]
name = "Baotou"
kind = "city"
aliases = ["Baotou City", "包头", "包頭", "包头市", "包頭市"]

[[place]]
name = "Wuhai"
kind = "city"
aliases = ["Wuhai City", "乌海", "烏海", "乌海市", "烏海市"]

[[place]]
name = "Chifeng"
kind = "city"
aliases = ["Chifeng City", "赤峰", "赤峰市"]

[[place]]
name = "Tongliao"
kind = "city"
aliases = ["Tongliao City", "通辽", "通遼", "通辽市", "通遼市"]

[[place]]
name = "Hulunbuir"
kind = "city"
aliases = ["Hulunbuir City", "呼伦贝尔", "呼倫貝爾", "呼伦贝尔市", "呼倫貝爾市"]

[[place]]
name = "Bayannur"
kind = "city"
aliases = ["Bayannur City", "巴彦淖尔", "巴彥淖爾", "巴彦淖尔市", "巴彥淖爾市"]

[[place]]
name = "Ulanqab"
kind = "city"
aliases = ["Ulanqab City", "乌兰察布", "烏蘭察布", "乌兰察布市", "烏蘭察布市"]

[[place]]
name = "Ordos"
kind = "city"
aliases = ["Ordos City", "Erdos", "鄂尔多斯", "鄂爾多斯", "鄂尔多斯市", "鄂爾多斯市"]

[[place]]
name = "Hinggan League"
kind = "city"
aliases = ["兴安盟", "興安盟"]

[[place]]
name = "Xilingol League"
kind = "city"
aliases = ["Xilingol", "Xilin Gol League", "锡林郭勒盟", "錫林郭勒盟", "锡林郭勒", "錫林郭勒"]

[[place]]
name = "Alxa League"
kind = "city"
aliases = ["Alxa", "Alashan", "阿拉善盟", "阿拉善"]

[[place]]
name = "Shenyang"
kind = "city"
aliases = ["Shenyang City", "沈阳", "瀋陽", "沈阳市", "瀋陽市"]

[[place]]
name = "Dalian"
kind = "city"
aliases = ["Dalian City", "大连", "大連", "大连市", "大連市"]

[[place]]
name = "Anshan"
kind = "city"
aliases = ["Anshan City", "鞍山", "鞍山市"]

[[place]]
name = "Fushun"
kind = "city"
aliases = ["Fushun City", "抚顺", "撫順", "抚顺市", "撫順市"]

[[place]]
name = "Benxi"
kind = "city"
aliases = ["Benxi City", "本溪", "本溪市"]

[[place]]
name = "Dandong"
kind = "city"
aliases = ["Dandong City", "丹东", "丹東", "丹东市", "丹東市"]

[[place]]
name = "Jinzhou"
kind = "city"
aliases = ["Jinzhou City", "锦州", "錦州", "锦州市", "錦州市"]

[[place]]
name = "Yingkou"
kind = "city"
aliases = ["Yingkou City", "营口", "營口", "营口市", "營口市"]

[[place]]
name = "Fuxin"
kind = "city"
aliases = ["Fuxin City", "阜新", "阜新市"]

[[place]]
name = "Liaoyang"
kind = "city"
aliases = ["Liaoyang City", "辽阳", "遼陽", "辽阳市", "遼陽市"]

[[place]]
name = "Panjin"
kind = "city"
aliases = ["Panjin City", "盘锦", "盤錦", "盘锦市", "盤錦市"]

[[place]]
name = "Tieling"
kind = "city"
aliases = ["Tieling City", "铁岭", "鐵嶺", "铁岭市", "鐵嶺市"]

[[place]]
name = "Huludao"
kind = "city"
aliases = ["Huludao City", "葫芦岛", "葫蘆島", "葫芦岛市", "葫蘆島市"]

# bare 朝阳 is left out (朝阳产业 "sunrise industry"); Beijing's district is 朝阳区
[[place]]
name = "Chaoyang"
kind = "city"
aliases = ["Chaoyang City", "朝阳市", "朝陽市"]

[[place]]
name = "Changchun"
kind = "city"
aliases = ["Changchun City", "长春", "長春", "长春市", "長春市"]

# the province keeps "Jilin" and 吉林
[[place]]
name = "Jilin City"
kind = "city"
aliases = ["吉林市"]

[[place]]
name = "Siping"
kind = "city"
aliases = ["Siping City", "四平", "四平市"]

[[place]]
name = "Liaoyuan"
kind = "city"
aliases = ["Liaoyuan City", "辽源", "遼源", "辽源市", "遼源市"]

[[place]]
name = "Tonghua"
kind = "city"
aliases = ["Tonghua City", "通化", "通化市"]

[[place]]
name = "Baishan"
kind = "city"
aliases = ["Baishan City", "白山", "白山市"]

[[place]]
name = "Songyuan"
kind = "city"
aliases = ["Songyuan City", "松原", "松原市"]

[[place]]
name = "Baicheng"
kind = "city"
aliases = ["Baicheng City", "白城", "白城市"]

[[place]]
name = "Yanbian Korean Autonomous Prefecture"
kind = "city"
aliases = ["Yanbian", "Yanbian Prefecture", "延边朝鲜族自治州", "延邊朝鮮族自治州", "延边州", "延邊州", "延边", "延邊"]

[[place]]
name = "Harbin"
kind = "city"
aliases = ["Harbin City", "哈尔滨", "哈爾濱", "哈尔滨市", "哈爾濱市"]

[[place]]
name = "Qiqihar"
kind = "city"
aliases = ["Qiqihar City", "齐齐哈尔", "齊齊哈爾", "齐齐哈尔市", "齊齊哈爾市"]

[[place]]
name = "Jixi"
kind = "city"
aliases = ["Jixi City", "鸡西", "雞西", "鸡西市", "雞西市"]

[[place]]
name = "Hegang"
kind = "city"
aliases = ["Hegang City", "鹤岗", "鶴崗", "鹤岗市", "鶴崗市"]

[[place]]
name = "Shuangyashan"
kind = "city"
aliases = ["Shuangyashan City", "双鸭山", "雙鴨山", "双鸭山市", "雙鴨山市"]

[[place]]
name = "Daqing"
kind = "city"
aliases = ["Daqing City", "大庆", "大慶", "大庆市", "大慶市"]

[[place]]
name = "Jiamusi"
kind = "city"
aliases = ["Jiamusi City", "佳木斯", "佳木斯市"]

[[place]]
name = "Qitaihe"
kind = "city"
aliases = ["Qitaihe City", "七台河", "七臺河", "七台河市", "七臺河市"]

[[place]]
name = "Mudanjiang"
kind = "city"
aliases = ["Mudanjiang City", "牡丹江", "牡丹江市"]

[[place]]
name = "Heihe"
kind = "city"
aliases = ["Heihe City", "黑河", "黑河市"]

[[place]]
name = "Suihua"
kind = "city"
aliases = ["Suihua City", "绥化", "綏化", "绥化市", "綏化市"]

# "Yichun" alone is 宜春 in Jiangxi
[[place]]
name = "Yichun, Heilongjiang"
kind = "city"
aliases = ["伊春", "伊春市"]

[[place]]
name = "Greater Khingan Prefecture"
kind = "city"
aliases = ["Da Hinggan Ling Prefecture", "Daxing'anling Prefecture", "大兴安岭地区", "大興安嶺地區"]

[[place]]
name = "Nanjing"
kind = "city"
aliases = ["Nanjing City", "南京", "南京市"]

[[place]]
name = "Wuxi"
kind = "city"
aliases = ["Wuxi City", "无锡", "無錫", "无锡市", "無錫市"]

[[place]]
name = "Xuzhou"
kind = "city"
aliases = ["Xuzhou City", "徐州", "徐州市"]

[[place]]
name = "Changzhou"
kind = "city"
aliases = ["Changzhou City", "常州", "常州市"]

[[place]]
name = "Suzhou"
kind = "city"
aliases = ["Suzhou City", "苏州", "蘇州", "苏州市", "蘇州市"]

[[place]]
name = "Nantong"
kind = "city"
aliases = ["Nantong City", "南通", "南通市"]

[[place]]
name = "Lianyungang"
kind = "city"
aliases = ["Lianyungang City", "连云港", "連雲港", "连云港市", "連雲港市"]

[[place]]
name = "Yancheng"
kind = "city"
aliases = ["Yancheng City", "盐城", "鹽城", "盐城市", "鹽城市"]

[[place]]
name = "Yangzhou"
kind = "city"
aliases = ["Yangzhou City", "扬州", "揚州", "扬州市", "揚州市"]

[[place]]
name = "Zhenjiang"
kind = "city"
aliases = ["Zhenjiang City", "镇江", "鎮江", "镇江市", "鎮江市"]

[[place]]
name = "Suqian"
kind = "city"
aliases = ["Suqian City", "宿迁", "宿遷", "宿迁市", "宿遷市"]

[[place]]
name = "Huai'an"
kind = "city"
aliases = ["Huai'an City", "Huaian", "淮安", "淮安市"]

# bare "Taizhou" is left out: 泰州 (Jiangsu) and 台州 (Zhejiang) are both common
[[place]]
name = "Taizhou, Jiangsu"
kind = "city"
aliases = ["泰州", "泰州市"]

[[place]]
name = "Hangzhou"
kind = "city"
aliases = ["Hangzhou City", "杭州", "杭州市"]

[[place]]
name = "Ningbo"
kind = "city"
aliases = ["Ningbo City", "宁波", "寧波", "宁波市", "寧波市"]

[[place]]
name = "Wenzhou"
kind = "city"
aliases = ["Wenzhou City", "温州", "溫州", "温州市", "溫州市"]

[[place]]
name = "Jiaxing"
kind = "city"
aliases = ["Jiaxing City", "嘉兴", "嘉興", "嘉兴市", "嘉興市"]

[[place]]
name = "Huzhou"
kind = "city"
aliases = ["Huzhou City", "湖州", "湖州市"]

[[place]]
name = "Shaoxing"
kind = "city"
aliases = ["Shaoxing City", "绍兴", "紹興", "绍兴市", "紹興市"]

[[place]]
name = "Jinhua"
kind = "city"
aliases = ["Jinhua City", "金华", "金華", "金华市", "金華市"]

[[place]]
name = "Quzhou"
kind = "city"
aliases = ["Quzhou City", "衢州", "衢州市"]

[[place]]
name = "Zhoushan"
kind = "city"
aliases = ["Zhoushan City", "舟山", "舟山市"]

[[place]]
name = "Lishui"
kind = "city"
aliases = ["Lishui City", "丽水", "麗水", "丽水市", "麗水市"]

[[place]]
name = "Taizhou, Zhejiang"
kind = "city"
aliases = ["台州", "台州市"]

[[place]]
name = "Hefei"
kind = "city"
aliases = ["Hefei City", "合肥", "合肥市"]

[[place]]
name = "Wuhu"
kind = "city"
aliases = ["Wuhu City", "芜湖", "蕪湖", "芜湖市", "蕪湖市"]

[[place]]
name = "Bengbu"
kind = "city"
aliases = ["Bengbu City", "蚌埠", "蚌埠市"]

[[place]]
name = "Huainan"
kind = "city"
aliases = ["Huainan City", "淮南", "淮南市"]

[[place]]
name = "Huaibei"
kind = "city"
aliases = ["Huaibei City", "淮北", "淮北市"]

[[place]]
name = "Tongling"
kind = "city"
aliases = ["Tongling City", "铜陵", "銅陵", "铜陵市", "銅陵市"]

[[place]]
name = "Anqing"
kind = "city"
aliases = ["Anqing City", "安庆", "安慶", "安庆市", "安慶市"]

[[place]]
name = "Huangshan"
kind = "city"
aliases = ["Huangshan City", "黄山", "黃山", "黄山市", "黃山市"]

[[place]]
name = "Chuzhou"
kind = "city"
aliases = ["Chuzhou City", "滁州", "滁州市"]

[[place]]
name = "Fuyang"
kind = "city"
aliases = ["Fuyang City", "阜阳", "阜陽", "阜阳市", "阜陽市"]

[[place]]
name = "Bozhou"
kind = "city"
aliases = ["Bozhou City", "亳州", "亳州市"]

[[place]]
name = "Chizhou"
kind = "city"
aliases = ["Chizhou City", "池州", "池州市"]

[[place]]
name = "Xuancheng"
kind = "city"
aliases = ["Xuancheng City", "宣城", "宣城市"]

[[place]]
name = "Ma'anshan"
kind = "city"
aliases = ["Ma'anshan City", "Maanshan", "马鞍山", "馬鞍山", "马鞍山市", "馬鞍山市"]

[[place]]
name = "Lu'an"
kind = "city"
aliases = ["Lu'an City", "六安", "六安市"]

# "Suzhou" alone is 苏州 in Jiangsu
[[place]]
name = "Suzhou, Anhui"
kind = "city"
aliases = ["宿州", "宿州市"]

[[place]]
name = "Fuzhou"
kind = "city"
aliases = ["Fuzhou City", "福州", "福州市"]

[[place]]
name = "Xiamen"
kind = "city"
aliases = ["Xiamen City", "厦门", "廈門", "厦门市", "廈門市"]

[[place]]
name = "Putian"
kind = "city"
aliases = ["Putian City", "莆田", "莆田市"]

[[place]]
name = "Sanming"
kind = "city"
aliases = ["Sanming City", "三明", "三明市"]

[[place]]
name = "Quanzhou"
kind = "city"
aliases = ["Quanzhou City", "泉州", "泉州市"]

[[place]]
name = "Zhangzhou"
kind = "city"
aliases = ["Zhangzhou City", "漳州", "漳州市"]

[[place]]
name = "Nanping"
kind = "city"
aliases = ["Nanping City", "南平", "南平市"]

[[place]]
name = "Longyan"
kind = "city"
aliases = ["Longyan City", "龙岩", "龍岩", "龙岩市", "龍岩市"]

[[place]]
name = "Ningde"
kind = "city"
aliases = ["Ningde City", "宁德", "寧德", "宁德市", "寧德市"]

[[place]]
name = "Nanchang"
kind = "city"
aliases = ["Nanchang City", "南昌", "南昌市"]

[[place]]
name = "Jingdezhen"
kind = "city"
aliases = ["Jingdezhen City", "景德镇", "景德鎮", "景德镇市", "景德鎮市"]

[[place]]
name = "Pingxiang"
kind = "city"
aliases = ["Pingxiang City", "萍乡", "萍鄉", "萍乡市", "萍鄉市"]

[[place]]
name = "Jiujiang"
kind = "city"
aliases = ["Jiujiang City", "九江", "九江市"]

[[place]]
name = "Xinyu"
kind = "city"
aliases = ["Xinyu City", "新余", "新餘", "新余市", "新餘市"]

[[place]]
name = "Yingtan"
kind = "city"
aliases = ["Yingtan City", "鹰潭", "鷹潭", "鹰潭市", "鷹潭市"]

[[place]]
name = "Ganzhou"
kind = "city"
aliases = ["Ganzhou City", "赣州", "贛州", "赣州市", "贛州市"]

[[place]]
name = "Yichun"
kind = "city"
aliases = ["Yichun City", "宜春", "宜春市"]

[[place]]
name = "Shangrao"
kind = "city"
aliases = ["Shangrao City", "上饶", "上饒", "上饶市", "上饒市"]

[[place]]
name = "Ji'an"
kind = "city"
aliases = ["Ji'an City", "吉安", "吉安市"]

# "Fuzhou" alone is 福州 in Fujian
[[place]]
name = "Fuzhou, Jiangxi"
kind = "city"
aliases = ["抚州", "撫州", "抚州市", "撫州市"]

[[place]]
name = "Jinan"
kind = "city"
aliases = ["Jinan City", "济南", "濟南", "济南市", "濟南市"]

[[place]]
name = "Qingdao"
kind = "city"
aliases = ["Qingdao City", "青岛", "青島", "青岛市", "青島市"]

[[place]]
name = "Zibo"
kind = "city"
aliases = ["Zibo City", "淄博", "淄博市"]

[[place]]
name = "Zaozhuang"
kind = "city"
aliases = ["Zaozhuang City", "枣庄", "棗莊", "枣庄市", "棗莊市"]

[[place]]
name = "Dongying"
kind = "city"
aliases = ["Dongying City", "东营", "東營", "东营市", "東營市"]

[[place]]
name = "Yantai"
kind = "city"
aliases = ["Yantai City", "烟台", "煙臺", "煙台", "烟台市", "煙臺市", "煙台市"]

[[place]]
name = "Weifang"
kind = "city"
aliases = ["Weifang City", "潍坊", "濰坊", "潍坊市", "濰坊市"]

[[place]]
name = "Jining"
kind = "city"
aliases = ["Jining City", "济宁", "濟寧", "济宁市", "濟寧市"]

[[place]]
name = "Weihai"
kind = "city"
aliases = ["Weihai City", "威海", "威海市"]

[[place]]
name = "Linyi"
kind = "city"
aliases = ["Linyi City", "临沂", "臨沂", "临沂市", "臨沂市"]

[[place]]
name = "Liaocheng"
kind = "city"
aliases = ["Liaocheng City", "聊城", "聊城市"]

[[place]]
name = "Binzhou"
kind = "city"
aliases = ["Binzhou City", "滨州", "濱州", "滨州市", "濱州市"]

[[place]]
name = "Heze"
kind = "city"
aliases = ["Heze City", "菏泽", "菏澤", "菏泽市", "菏澤市"]

[[place]]
name = "Tai'an"
kind = "city"
aliases = ["Tai'an City", "Taian", "泰安", "泰安市"]

# bare 日照 is left out (also "sunshine")
[[place]]
name = "Rizhao"
kind = "city"
aliases = ["Rizhao City", "日照市"]

# bare 德州 is given to Texas, which it names far more often in this news
[[place]]
name = "Dezhou"
kind = "city"
aliases = ["Dezhou City", "德州市"]

[[place]]
name = "Zhengzhou"
kind = "city"
aliases = ["Zhengzhou City", "郑州", "鄭州", "郑州市", "鄭州市"]

[[place]]
name = "Luoyang"
kind = "city"
aliases = ["Luoyang City", "洛阳", "洛陽", "洛阳市", "洛陽市"]

[[place]]
name = "Pingdingshan"
kind = "city"
aliases = ["Pingdingshan City", "平顶山", "平頂山", "平顶山市", "平頂山市"]

[[place]]
name = "Anyang"
kind = "city"
aliases = ["Anyang City", "安阳", "安陽", "安阳市", "安陽市"]

[[place]]
name = "Hebi"
kind = "city"
aliases = ["Hebi City", "鹤壁", "鶴壁", "鹤壁市", "鶴壁市"]

[[place]]
name = "Xinxiang"
kind = "city"
aliases = ["Xinxiang City", "新乡", "新鄉", "新乡市", "新鄉市"]

[[place]]
name = "Jiaozuo"
kind = "city"
aliases = ["Jiaozuo City", "焦作", "焦作市"]

[[place]]
name = "Puyang"
kind = "city"
aliases = ["Puyang City", "濮阳", "濮陽", "濮阳市", "濮陽市"]

[[place]]
name = "Xuchang"
kind = "city"
aliases = ["Xuchang City", "许昌", "許昌", "许昌市", "許昌市"]

[[place]]
name = "Luohe"
kind = "city"
aliases = ["Luohe City", "漯河", "漯河市"]

[[place]]
name = "Sanmenxia"
kind = "city"
aliases = ["Sanmenxia City", "三门峡", "三門峽", "三门峡市", "三門峽市"]

[[place]]
name = "Nanyang"
kind = "city"
aliases = ["Nanyang City", "南阳", "南陽", "南阳市", "南陽市"]

[[place]]
name = "Shangqiu"
kind = "city"
aliases = ["Shangqiu City", "商丘", "商丘市"]

[[place]]
name = "Xinyang"
kind = "city"
aliases = ["Xinyang City", "信阳", "信陽", "信阳市", "信陽市"]

[[place]]
name = "Zhoukou"
kind = "city"
aliases = ["Zhoukou City", "周口", "周口市"]

[[place]]
name = "Zhumadian"
kind = "city"
aliases = ["Zhumadian City", "驻马店", "駐馬店", "驻马店市", "駐馬店市"]

# bare 开封 is left out (also "to unseal")
[[place]]
name = "Kaifeng"
kind = "city"
aliases = ["Kaifeng City", "开封市", "開封市"]

[[place]]
name = "Wuhan"
kind = "city"
aliases = ["Wuhan City", "武汉", "武漢", "武汉市", "武漢市"]

[[place]]
name = "Huangshi"
kind = "city"
aliases = ["Huangshi City", "黄石", "黃石", "黄石市", "黃石市"]

[[place]]
name = "Shiyan"
kind = "city"
aliases = ["Shiyan City", "十堰", "十堰市"]

[[place]]
name = "Yichang"
kind = "city"
aliases = ["Yichang City", "宜昌", "宜昌市"]

[[place]]
name = "Xiangyang"
kind = "city"
aliases = ["Xiangyang City", "襄阳", "襄陽", "襄阳市", "襄陽市"]

[[place]]
name = "Ezhou"
kind = "city"
aliases = ["Ezhou City", "鄂州", "鄂州市"]

[[place]]
name = "Jingmen"
kind = "city"
aliases = ["Jingmen City", "荆门", "荊門", "荆门市", "荊門市"]

[[place]]
name = "Xiaogan"
kind = "city"
aliases = ["Xiaogan City", "孝感", "孝感市"]

[[place]]
name = "Jingzhou"
kind = "city"
aliases = ["Jingzhou City", "荆州", "荊州", "荆州市", "荊州市"]

[[place]]
name = "Huanggang"
kind = "city"
aliases = ["Huanggang City", "黄冈", "黃岡", "黄冈市", "黃岡市"]

[[place]]
name = "Xianning"
kind = "city"
aliases = ["Xianning City", "咸宁", "咸寧", "咸宁市", "咸寧市"]

[[place]]
name = "Suizhou"
kind = "city"
aliases = ["Suizhou City", "随州", "隨州", "随州市", "隨州市"]

[[place]]
name = "Enshi Tujia and Miao Autonomous Prefecture"
kind = "city"
aliases = ["Enshi", "Enshi Prefecture", "恩施土家族苗族自治州", "恩施州", "恩施"]

[[place]]
name = "Changsha"
kind = "city"
aliases = ["Changsha City", "长沙", "長沙", "长沙市", "長沙市"]

[[place]]
name = "Zhuzhou"
kind = "city"
aliases = ["Zhuzhou City", "株洲", "株洲市"]

[[place]]
name = "Xiangtan"
kind = "city"
aliases = ["Xiangtan City", "湘潭", "湘潭市"]

[[place]]
name = "Hengyang"
kind = "city"
aliases = ["Hengyang City", "衡阳", "衡陽", "衡阳市", "衡陽市"]

[[place]]
name = "Shaoyang"
kind = "city"
aliases = ["Shaoyang City", "邵阳", "邵陽", "邵阳市", "邵陽市"]

[[place]]
name = "Yueyang"
kind = "city"
aliases = ["Yueyang City", "岳阳", "岳陽", "岳阳市", "岳陽市"]

[[place]]
name = "Changde"
kind = "city"
aliases = ["Changde City", "常德", "常德市"]

[[place]]
name = "Zhangjiajie"
kind = "city"
aliases = ["Zhangjiajie City", "张家界", "張家界", "张家界市", "張家界市"]

[[place]]
name = "Yiyang"
kind = "city"
aliases = ["Yiyang City", "益阳", "益陽", "益阳市", "益陽市"]

[[place]]
name = "Chenzhou"
kind = "city"
aliases = ["Chenzhou City", "郴州", "郴州市"]

[[place]]
name = "Yongzhou"
kind = "city"
aliases = ["Yongzhou City", "永州", "永州市"]

[[place]]
name = "Huaihua"
kind = "city"
aliases = ["Huaihua City", "怀化", "懷化", "怀化市", "懷化市"]

[[place]]
name = "Loudi"
kind = "city"
aliases = ["Loudi City", "娄底", "婁底", "娄底市", "婁底市"]

[[place]]
name = "Xiangxi Tujia and Miao Autonomous Prefecture"
kind = "city"
aliases = ["Xiangxi Prefecture", "湘西土家族苗族自治州", "湘西州"]

[[place]]
name = "Guangzhou"
kind = "city"
aliases = ["Guangzhou City", "广州", "廣州", "广州市", "廣州市"]

[[place]]
name = "Shaoguan"
kind = "city"
aliases = ["Shaoguan City", "韶关", "韶關", "韶关市", "韶關市"]

[[place]]
name = "Shenzhen"
kind = "city"
aliases = ["Shenzhen City", "深圳", "深圳市"]

[[place]]
name = "Zhuhai"
kind = "city"
aliases = ["Zhuhai City", "珠海", "珠海市"]

[[place]]
name = "Shantou"
kind = "city"
aliases = ["Shantou City", "汕头", "汕頭", "汕头市", "汕頭市"]

[[place]]
name = "Foshan"
kind = "city"
aliases = ["Foshan City", "佛山", "佛山市"]

[[place]]
name = "Jiangmen"
kind = "city"
aliases = ["Jiangmen City", "江门", "江門", "江门市", "江門市"]

[[place]]
name = "Zhanjiang"
kind = "city"
aliases = ["Zhanjiang City", "湛江", "湛江市"]

[[place]]
name = "Maoming"
kind = "city"
aliases = ["Maoming City", "茂名", "茂名市"]

[[place]]
name = "Zhaoqing"
kind = "city"
aliases = ["Zhaoqing City", "肇庆", "肇慶", "肇庆市", "肇慶市"]

[[place]]
name = "Huizhou"
kind = "city"
aliases = ["Huizhou City", "惠州", "惠州市"]

[[place]]
name = "Meizhou"
kind = "city"
aliases = ["Meizhou City", "梅州", "梅州市"]

[[place]]
name = "Shanwei"
kind = "city"
aliases = ["Shanwei City", "汕尾", "汕尾市"]

[[place]]
name = "Heyuan"
kind = "city"
aliases = ["Heyuan City", "河源", "河源市"]

[[place]]
name = "Yangjiang"
kind = "city"
aliases = ["Yangjiang City", "阳江", "陽江", "阳江市", "陽江市"]

[[place]]
name = "Qingyuan"
kind = "city"
aliases = ["Qingyuan City", "清远", "清遠", "清远市", "清遠市"]

[[place]]
name = "Dongguan"
kind = "city"
aliases = ["Dongguan City", "东莞", "東莞", "东莞市", "東莞市"]

[[place]]
name = "Zhongshan"
kind = "city"
aliases = ["Zhongshan City", "中山", "中山市"]

[[place]]
name = "Chaozhou"
kind = "city"
aliases = ["Chaozhou City", "潮州", "潮州市"]

[[place]]
name = "Jieyang"
kind = "city"
aliases = ["Jieyang City", "揭阳", "揭陽", "揭阳市", "揭陽市"]

[[place]]
name = "Yunfu"
kind = "city"
aliases = ["Yunfu City", "云浮", "雲浮", "云浮市", "雲浮市"]

[[place]]
name = "Nanning"
kind = "city"
aliases = ["Nanning City", "南宁", "南寧", "南宁市", "南寧市"]

[[place]]
name = "Liuzhou"
kind = "city"
aliases = ["Liuzhou City", "柳州", "柳州市"]

[[place]]
name = "Guilin"
kind = "city"
aliases = ["Guilin City", "桂林", "桂林市"]

[[place]]
name = "Wuzhou"
kind = "city"
aliases = ["Wuzhou City", "梧州", "梧州市"]

[[place]]
name = "Beihai"
kind = "city"
aliases = ["Beihai City", "北海", "北海市"]

[[place]]
name = "Fangchenggang"
kind = "city"
aliases = ["Fangchenggang City", "防城港", "防城港市"]

[[place]]
name = "Qinzhou"
kind = "city"
aliases = ["Qinzhou City", "钦州", "欽州", "钦州市", "欽州市"]

[[place]]
name = "Guigang"
kind = "city"
aliases = ["Guigang City", "贵港", "貴港", "贵港市", "貴港市"]

[[place]]
name = "Baise"
kind = "city"
aliases = ["Baise City", "百色", "百色市"]

[[place]]
name = "Hezhou"
kind = "city"
aliases = ["Hezhou City", "贺州", "賀州", "贺州市", "賀州市"]

[[place]]
name = "Hechi"
kind = "city"
aliases = ["Hechi City", "河池", "河池市"]

[[place]]
name = "Chongzuo"
kind = "city"
aliases = ["Chongzuo City", "崇左", "崇左市"]

# bare "Yulin" is left out: 玉林 (Guangxi) and 榆林 (Shaanxi) are both common
[[place]]
name = "Yulin, Guangxi"
kind = "city"
aliases = ["玉林", "玉林市"]

# bare 来宾 is left out (it means "guests")
[[place]]
name = "Laibin"
kind = "city"
aliases = ["Laibin City", "来宾市", "來賓市"]

[[place]]
name = "Haikou"
kind = "city"
aliases = ["Haikou City", "海口", "海口市"]

[[place]]
name = "Sanya"
kind = "city"
aliases = ["Sanya City", "三亚", "三亞", "三亚市", "三亞市"]

[[place]]
name = "Sansha"
kind = "city"
aliases = ["Sansha City", "三沙", "三沙市"]

[[place]]
name = "Danzhou"
kind = "city"
aliases = ["Danzhou City", "儋州", "儋州市"]

[[place]]
name = "Chengdu"
kind = "city"
aliases = ["Chengdu City", "成都", "成都市"]

[[place]]
name = "Zigong"
kind = "city"
aliases = ["Zigong City", "自贡", "自貢", "自贡市", "自貢市"]

[[place]]
name = "Panzhihua"
kind = "city"
aliases = ["Panzhihua City", "攀枝花", "攀枝花市"]

[[place]]
name = "Luzhou"
kind = "city"
aliases = ["Luzhou City", "泸州", "瀘州", "泸州市", "瀘州市"]

[[place]]
name = "Deyang"
kind = "city"
aliases = ["Deyang City", "德阳", "德陽", "德阳市", "德陽市"]

[[place]]
name = "Mianyang"
kind = "city"
aliases = ["Mianyang City", "绵阳", "綿陽", "绵阳市", "綿陽市"]

[[place]]
name = "Guangyuan"
kind = "city"
aliases = ["Guangyuan City", "广元", "廣元", "广元市", "廣元市"]

[[place]]
name = "Suining"
kind = "city"
aliases = ["Suining City", "遂宁", "遂寧", "遂宁市", "遂寧市"]

[[place]]
name = "Neijiang"
kind = "city"
aliases = ["Neijiang City", "内江", "內江", "内江市", "內江市"]

[[place]]
name = "Leshan"
kind = "city"
aliases = ["Leshan City", "乐山", "樂山", "乐山市", "樂山市"]

[[place]]
name = "Nanchong"
kind = "city"
aliases = ["Nanchong City", "南充", "南充市"]

[[place]]
name = "Meishan"
kind = "city"
aliases = ["Meishan City", "眉山", "眉山市"]

[[place]]
name = "Yibin"
kind = "city"
aliases = ["Yibin City", "宜宾", "宜賓", "宜宾市", "宜賓市"]

[[place]]
name = "Dazhou"
kind = "city"
aliases = ["Dazhou City", "达州", "達州", "达州市", "達州市"]

[[place]]
name = "Bazhong"
kind = "city"
aliases = ["Bazhong City", "巴中", "巴中市"]

[[place]]
name = "Ziyang"
kind = "city"
aliases = ["Ziyang City", "资阳", "資陽", "资阳市", "資陽市"]

[[place]]
name = "Guang'an"
kind = "city"
aliases = ["Guang'an City", "Guangan", "广安", "廣安", "广安市", "廣安市"]

[[place]]
name = "Ya'an"
kind = "city"
aliases = ["Ya'an City", "Yaan", "雅安", "雅安市"]

# bare "Aba" is left out (a Nigerian city, and an acronym)
[[place]]
name = "Ngawa Tibetan and Qiang Autonomous Prefecture"
kind = "city"
aliases = ["Aba Tibetan and Qiang Autonomous Prefecture", "Ngawa", "Ngawa Prefecture", "Aba Prefecture", "阿坝藏族羌族自治州", "阿壩藏族羌族自治州", "阿坝州", "阿壩州", "阿坝", "阿壩"]

[[place]]
name = "Garzê Tibetan Autonomous Prefecture"
kind = "city"
aliases = ["Garze Tibetan Autonomous Prefecture", "Ganzi Tibetan Autonomous Prefecture", "Garzê", "Garze", "Ganzi", "Ganzi Prefecture", "Garze Prefecture", "甘孜藏族自治州", "甘孜州", "甘孜"]

[[place]]
name = "Liangshan Yi Autonomous Prefecture"
kind = "city"
aliases = ["Liangshan", "Liangshan Prefecture", "凉山彝族自治州", "涼山彝族自治州", "凉山州", "涼山州", "凉山", "涼山"]

[[place]]
name = "Guiyang"
kind = "city"
aliases = ["Guiyang City", "贵阳", "貴陽", "贵阳市", "貴陽市"]

[[place]]
name = "Liupanshui"
kind = "city"
aliases = ["Liupanshui City", "六盘水", "六盤水", "六盘水市", "六盤水市"]

[[place]]
name = "Zunyi"
kind = "city"
aliases = ["Zunyi City", "遵义", "遵義", "遵义市", "遵義市"]

[[place]]
name = "Anshun"
kind = "city"
aliases = ["Anshun City", "安顺", "安順", "安顺市", "安順市"]

[[place]]
name = "Bijie"
kind = "city"
aliases = ["Bijie City", "毕节", "畢節", "毕节市", "畢節市"]

[[place]]
name = "Tongren"
kind = "city"
aliases = ["Tongren City", "铜仁", "銅仁", "铜仁市", "銅仁市"]

[[place]]
name = "Qianxinan Buyei and Miao Autonomous Prefecture"
kind = "city"
aliases = ["Qianxinan", "黔西南布依族苗族自治州", "黔西南州"]

[[place]]
name = "Qiandongnan Miao and Dong Autonomous Prefecture"
kind = "city"
aliases = ["Qiandongnan", "黔东南苗族侗族自治州", "黔東南苗族侗族自治州", "黔东南州", "黔東南州"]

[[place]]
name = "Qiannan Buyei and Miao Autonomous Prefecture"
kind = "city"
aliases = ["Qiannan", "黔南布依族苗族自治州", "黔南州"]

[[place]]
name = "Kunming"
kind = "city"
aliases = ["Kunming City", "昆明", "昆明市"]

[[place]]
name = "Qujing"
kind = "city"
aliases = ["Qujing City", "曲靖", "曲靖市"]

[[place]]
name = "Yuxi"
kind = "city"
aliases = ["Yuxi City", "玉溪", "玉溪市"]

[[place]]
name = "Baoshan"
kind = "city"
aliases = ["Baoshan City", "保山", "保山市"]

[[place]]
name = "Zhaotong"
kind = "city"
aliases = ["Zhaotong City", "昭通", "昭通市"]

[[place]]
name = "Lijiang"
kind = "city"
aliases = ["Lijiang City", "丽江", "麗江", "丽江市", "麗江市"]

[[place]]
name = "Lincang"
kind = "city"
aliases = ["Lincang City", "临沧", "臨滄", "临沧市", "臨滄市"]

[[place]]
name = "Pu'er"
kind = "city"
aliases = ["Pu'er City", "普洱", "普洱市"]

[[place]]
name = "Chuxiong Yi Autonomous Prefecture"
kind = "city"
aliases = ["Chuxiong", "楚雄彝族自治州", "楚雄州", "楚雄"]

# bare 红河 is also a river and is left out
[[place]]
name = "Honghe Hani and Yi Autonomous Prefecture"
kind = "city"
aliases = ["Honghe Prefecture", "红河哈尼族彝族自治州", "紅河哈尼族彝族自治州", "红河州", "紅河州"]

[[place]]
name = "Wenshan Zhuang and Miao Autonomous Prefecture"
kind = "city"
aliases = ["Wenshan", "Wenshan Prefecture", "文山壮族苗族自治州", "文山壯族苗族自治州", "文山州", "文山"]

[[place]]
name = "Xishuangbanna Dai Autonomous Prefecture"
kind = "city"
aliases = ["Xishuangbanna", "西双版纳傣族自治州", "西雙版納傣族自治州", "西双版纳州", "西雙版納州", "西双版纳", "西雙版納"]

[[place]]
name = "Dali Bai Autonomous Prefecture"
kind = "city"
aliases = ["Dali", "Dali Prefecture", "大理白族自治州", "大理州", "大理"]

[[place]]
name = "Dehong Dai and Jingpo Autonomous Prefecture"
kind = "city"
aliases = ["Dehong", "德宏傣族景颇族自治州", "德宏傣族景頗族自治州", "德宏州", "德宏"]

[[place]]
name = "Nujiang Lisu Autonomous Prefecture"
kind = "city"
aliases = ["Nujiang Prefecture", "怒江傈僳族自治州", "怒江州"]

[[place]]
name = "Diqing Tibetan Autonomous Prefecture"
kind = "city"
aliases = ["Diqing", "Dêqên Tibetan Autonomous Prefecture", "迪庆藏族自治州", "迪慶藏族自治州", "迪庆州", "迪慶州", "迪庆", "迪慶"]

[[place]]
name = "Lhasa"
kind = "city"
aliases = ["Lhasa City", "拉萨", "拉薩", "拉萨市", "拉薩市"]

[[place]]
name = "Shigatse"
kind = "city"
aliases = ["Shigatse City", "Xigaze", "日喀则", "日喀則", "日喀则市", "日喀則市"]

[[place]]
name = "Qamdo"
kind = "city"
aliases = ["Qamdo City", "Chamdo", "昌都", "昌都市"]

[[place]]
name = "Nyingchi"
kind = "city"
aliases = ["Nyingchi City", "林芝", "林芝市"]

[[place]]
name = "Shannan"
kind = "city"
aliases = ["Shannan City", "Lhoka", "山南", "山南市"]

[[place]]
name = "Nagqu"
kind = "city"
aliases = ["Nagqu City", "那曲", "那曲市"]

# bare 阿里 is left out (a given name, and part of Alibaba names)
[[place]]
name = "Ngari Prefecture"
kind = "city"
aliases = ["Ngari", "阿里地区", "阿里地區"]

[[place]]
name = "Xi'an"
kind = "city"
aliases = ["Xi'an City", "Xian", "西安", "西安市"]

[[place]]
name = "Tongchuan"
kind = "city"
aliases = ["Tongchuan City", "铜川", "銅川", "铜川市", "銅川市"]

[[place]]
name = "Baoji"
kind = "city"
aliases = ["Baoji City", "宝鸡", "寶雞", "宝鸡市", "寶雞市"]

[[place]]
name = "Xianyang"
kind = "city"
aliases = ["Xianyang City", "咸阳", "咸陽", "咸阳市", "咸陽市"]

[[place]]
name = "Weinan"
kind = "city"
aliases = ["Weinan City", "渭南", "渭南市"]

[[place]]
name = "Hanzhong"
kind = "city"
aliases = ["Hanzhong City", "汉中", "漢中", "汉中市", "漢中市"]

[[place]]
name = "Shangluo"
kind = "city"
aliases = ["Shangluo City", "商洛", "商洛市"]

[[place]]
name = "Yan'an"
kind = "city"
aliases = ["Yan'an City", "Yanan", "延安", "延安市"]

# bare 安康 is left out (also "well-being")
[[place]]
name = "Ankang"
kind = "city"
aliases = ["Ankang City", "安康市"]

[[place]]
name = "Yulin, Shaanxi"
kind = "city"
aliases = ["榆林", "榆林市"]

[[place]]
name = "Lanzhou"
kind = "city"
aliases = ["Lanzhou City", "兰州", "蘭州", "兰州市", "蘭州市"]

[[place]]
name = "Jiayuguan"
kind = "city"
aliases = ["Jiayuguan City", "嘉峪关", "嘉峪關", "嘉峪关市", "嘉峪關市"]

[[place]]
name = "Jinchang"
kind = "city"
aliases = ["Jinchang City", "金昌", "金昌市"]

[[place]]
name = "Tianshui"
kind = "city"
aliases = ["Tianshui City", "天水", "天水市"]

[[place]]
name = "Wuwei"
kind = "city"
aliases = ["Wuwei City", "武威", "武威市"]

[[place]]
name = "Zhangye"
kind = "city"
aliases = ["Zhangye City", "张掖", "張掖", "张掖市", "張掖市"]

[[place]]
name = "Pingliang"
kind = "city"
aliases = ["Pingliang City", "平凉", "平涼", "平凉市", "平涼市"]

[[place]]
name = "Jiuquan"
kind = "city"
aliases = ["Jiuquan City", "酒泉", "酒泉市"]

[[place]]
name = "Qingyang"
kind = "city"
aliases = ["Qingyang City", "庆阳", "慶陽", "庆阳市", "慶陽市"]

[[place]]
name = "Dingxi"
kind = "city"
aliases = ["Dingxi City", "定西", "定西市"]

[[place]]
name = "Longnan"
kind = "city"
aliases = ["Longnan City", "陇南", "隴南", "陇南市", "隴南市"]

# bare 白银 is left out (it is the word for silver)
[[place]]
name = "Baiyin"
kind = "city"
aliases = ["Baiyin City", "白银市", "白銀市"]

[[place]]
name = "Linxia Hui Autonomous Prefecture"
kind = "city"
aliases = ["Linxia", "临夏回族自治州", "臨夏回族自治州", "临夏州", "臨夏州", "临夏", "臨夏"]

[[place]]
name = "Gannan Tibetan Autonomous Prefecture"
kind = "city"
aliases = ["Gannan", "甘南藏族自治州", "甘南州"]

[[place]]
name = "Xining"
kind = "city"
aliases = ["Xining City", "西宁", "西寧", "西宁市", "西寧市"]

[[place]]
name = "Haidong"
kind = "city"
aliases = ["Haidong City", "海东", "海東", "海东市", "海東市"]

[[place]]
name = "Haibei Tibetan Autonomous Prefecture"
kind = "city"
aliases = ["Haibei", "海北藏族自治州", "海北州"]

[[place]]
name = "Huangnan Tibetan Autonomous Prefecture"
kind = "city"
aliases = ["Huangnan", "黄南藏族自治州", "黃南藏族自治州", "黄南州", "黃南州"]

# "Hainan" and 海南 are the island province
[[place]]
name = "Hainan Tibetan Autonomous Prefecture"
kind = "city"
aliases = ["海南藏族自治州", "海南州"]

[[place]]
name = "Golog Tibetan Autonomous Prefecture"
kind = "city"
aliases = ["Golog", "Guoluo", "果洛藏族自治州", "果洛州", "果洛"]

[[place]]
name = "Yushu Tibetan Autonomous Prefecture"
kind = "city"
aliases = ["Yushu", "Yushu Prefecture", "玉树藏族自治州", "玉樹藏族自治州", "玉树州", "玉樹州", "玉树", "玉樹"]

# home of the Qaidam Basin salt lakes; bare 海西 is left out (also "west of the Strait")
[[place]]
name = "Haixi Mongol and Tibetan Autonomous Prefecture"
kind = "city"
aliases = ["Haixi", "Haixi Prefecture", "Haixi Mongolian and Tibetan Autonomous Prefecture", "海西蒙古族藏族自治州", "海西州"]

[[place]]
name = "Yinchuan"
kind = "city"
aliases = ["Yinchuan City", "银川", "銀川", "银川市", "銀川市"]

[[place]]
name = "Shizuishan"
kind = "city"
aliases = ["Shizuishan City", "石嘴山", "石嘴山市"]

[[place]]
name = "Wuzhong"
kind = "city"
aliases = ["Wuzhong City", "吴忠", "吳忠", "吴忠市", "吳忠市"]

[[place]]
name = "Guyuan"
kind = "city"
aliases = ["Guyuan City", "固原", "固原市"]

[[place]]
name = "Zhongwei"
kind = "city"
aliases = ["Zhongwei City", "中卫", "中衛", "中卫市", "中衛市"]

[[place]]
name = "Ürümqi"
kind = "city"
aliases = ["Ürümqi City", "Urumqi", "乌鲁木齐", "烏魯木齊", "乌鲁木齐市", "烏魯木齊市"]

[[place]]
name = "Karamay"
kind = "city"
aliases = ["Karamay City", "克拉玛依", "克拉瑪依", "克拉玛依市", "克拉瑪依市"]

[[place]]
name = "Hami"
kind = "city"
aliases = ["Hami City", "哈密", "哈密市"]

[[place]]
name = "Turpan"
kind = "city"
aliases = ["Turpan City", "Turfan", "吐鲁番", "吐魯番", "吐鲁番市", "吐魯番市"]

[[place]]
name = "Aksu Prefecture"
kind = "city"
aliases = ["Aksu", "阿克苏地区", "阿克蘇地區", "阿克苏", "阿克蘇"]

[[place]]
name = "Kashgar Prefecture"
kind = "city"
aliases = ["Kashgar", "Kashi", "喀什地区", "喀什地區", "喀什"]

[[place]]
name = "Hotan Prefecture"
kind = "city"
aliases = ["Hotan", "和田地区", "和田地區", "和田"]

[[place]]
name = "Tacheng Prefecture"
kind = "city"
aliases = ["Tacheng", "塔城地区", "塔城地區", "塔城"]

[[place]]
name = "Altay Prefecture"
kind = "city"
aliases = ["Altay", "阿勒泰地区", "阿勒泰地區", "阿勒泰"]

[[place]]
name = "Changji Hui Autonomous Prefecture"
kind = "city"
aliases = ["Changji", "昌吉回族自治州", "昌吉州", "昌吉"]

[[place]]
name = "Bortala Mongol Autonomous Prefecture"
kind = "city"
aliases = ["Bortala", "博尔塔拉蒙古自治州", "博爾塔拉蒙古自治州", "博尔塔拉", "博爾塔拉"]

[[place]]
name = "Bayingolin Mongol Autonomous Prefecture"
kind = "city"
aliases = ["Bayingolin", "巴音郭楞蒙古自治州", "巴音郭楞"]

[[place]]
name = "Kizilsu Kirghiz Autonomous Prefecture"
kind = "city"
aliases = ["Kizilsu", "克孜勒苏柯尔克孜自治州", "克孜勒蘇柯爾克孜自治州", "克孜勒苏", "克孜勒蘇"]

[[place]]
name = "Ili Kazakh Autonomous Prefecture"
kind = "city"
aliases = ["Ili", "Ili Prefecture", "伊犁哈萨克自治州", "伊犁哈薩克自治州", "伊犁州", "伊犁"]

# ---------------------------------------------------------------------------------------------
# China: counties, county-level cities, districts and towns known in the battery, lithium and chip industries (kind = city)
# Short forms without 县/区/市 are given only where they are not ordinary words or shared with a
# better-known place (so no bare 光明, 南山, 金山, 长寿, 安宁, 滨江, 樟树, 钱塘). Districts whose pinyin
# repeats elsewhere carry the parent city in their canonical name ("Huangpu District, Guangzhou").
# 临港 (Lingang) is the town area in Pudong; the Lingang Special Area of the free trade zone is a park.
# ---------------------------------------------------------------------------------------------

[[place]]
name = "Liyang"
kind = "city"
aliases = ["溧阳市", "溧陽市", "溧阳", "溧陽"]

[[place]]
name = "Jintan District"
kind = "city"
aliases = ["Jintan", "金坛区", "金壇區", "金坛", "金壇"]

[[place]]
name = "Wujin District"
kind = "city"
aliases = ["Wujin", "武进区", "武進區", "武进", "武進"]

# bare 新北 is New Taipei
[[place]]
name = "Xinbei District, Changzhou"
kind = "city"
aliases = ["常州市新北区", "常州市新北區", "常州新北区", "常州新北區"]

[[place]]
name = "Jiangyin"
kind = "city"
aliases = ["江阴市", "江陰市", "江阴", "江陰"]

[[place]]
name = "Yixing"
kind = "city"
aliases = ["宜兴市", "宜興市", "宜兴", "宜興"]

[[place]]
name = "Zhangjiagang"
kind = "city"
aliases = ["张家港市", "張家港市", "张家港", "張家港"]

[[place]]
name = "Kunshan"
kind = "city"
aliases = ["昆山市", "崑山市", "昆山", "崑山"]

[[place]]
name = "Changshu"
kind = "city"
aliases = ["常熟市", "常熟"]

[[place]]
name = "Taicang"
kind = "city"
aliases = ["太仓市", "太倉市", "太仓", "太倉"]

[[place]]
name = "Wujiang District"
kind = "city"
aliases = ["Wujiang", "吴江区", "吳江區", "吴江", "吳江"]

[[place]]
name = "Rugao"
kind = "city"
aliases = ["如皋市", "如皋"]

[[place]]
name = "Haimen"
kind = "city"
aliases = ["Haimen District", "海门区", "海門區", "海门市", "海門市", "海门", "海門"]

[[place]]
name = "Qidong"
kind = "city"
aliases = ["启东市", "啟東市", "启东", "啟東"]

# "Jurong" alone is left out (Singapore's Jurong)
[[place]]
name = "Jurong, Jiangsu"
kind = "city"
aliases = ["句容市", "句容"]

[[place]]
name = "Jiangning District"
kind = "city"
aliases = ["Jiangning", "江宁区", "江寧區", "江宁", "江寧"]

[[place]]
name = "Pukou District"
kind = "city"
aliases = ["Pukou", "浦口区", "浦口區", "浦口"]

[[place]]
name = "Xinwu District"
kind = "city"
aliases = ["Xinwu", "新吴区", "新吳區", "新吴", "新吳"]

[[place]]
name = "Dafeng District"
kind = "city"
aliases = ["Dafeng", "大丰区", "大豐區", "大丰", "大豐"]

[[place]]
name = "Dongtai"
kind = "city"
aliases = ["东台市", "東臺市", "東台市", "东台", "東臺", "東台"]

[[place]]
name = "Pizhou"
kind = "city"
aliases = ["邳州市", "邳州"]

[[place]]
name = "Jingjiang"
kind = "city"
aliases = ["靖江市", "靖江"]

[[place]]
name = "Danyang"
kind = "city"
aliases = ["丹阳市", "丹陽市", "丹阳", "丹陽"]

[[place]]
name = "Changxing County"
kind = "city"
aliases = ["Changxing", "长兴县", "長興縣", "长兴", "長興"]

[[place]]
name = "Tongxiang"
kind = "city"
aliases = ["桐乡市", "桐鄉市", "桐乡", "桐鄉"]

[[place]]
name = "Jiashan County"
kind = "city"
aliases = ["Jiashan", "嘉善县", "嘉善縣", "嘉善"]

[[place]]
name = "Haining"
kind = "city"
aliases = ["海宁市", "海寧市", "海宁", "海寧"]

[[place]]
name = "Pinghu"
kind = "city"
aliases = ["平湖市", "平湖"]

[[place]]
name = "Yuhang District"
kind = "city"
aliases = ["Yuhang", "余杭区", "餘杭區", "余杭", "餘杭"]

[[place]]
name = "Xiaoshan District"
kind = "city"
aliases = ["Xiaoshan", "萧山区", "蕭山區", "萧山", "蕭山"]

[[place]]
name = "Binjiang District, Hangzhou"
kind = "city"
aliases = ["杭州市滨江区", "杭州市濱江區", "杭州滨江区", "杭州濱江區", "滨江区", "濱江區"]

[[place]]
name = "Qiantang District"
kind = "city"
aliases = ["钱塘区", "錢塘區"]

[[place]]
name = "Beilun District"
kind = "city"
aliases = ["Beilun", "北仑区", "北侖區", "北仑", "北侖"]

[[place]]
name = "Zhenhai District"
kind = "city"
aliases = ["Zhenhai", "镇海区", "鎮海區", "镇海", "鎮海"]

[[place]]
name = "Cixi"
kind = "city"
aliases = ["慈溪市", "慈溪"]

[[place]]
name = "Yuyao"
kind = "city"
aliases = ["余姚市", "餘姚市", "余姚", "餘姚"]

[[place]]
name = "Zhuji"
kind = "city"
aliases = ["诸暨市", "諸暨市", "诸暨", "諸暨"]

[[place]]
name = "Shangyu District"
kind = "city"
aliases = ["Shangyu", "上虞区", "上虞區", "上虞"]

[[place]]
name = "Dongyang"
kind = "city"
aliases = ["东阳市", "東陽市", "东阳", "東陽"]

[[place]]
name = "Yueqing"
kind = "city"
aliases = ["乐清市", "樂清市", "乐清", "樂清"]

[[place]]
name = "Anji County"
kind = "city"
aliases = ["Anji", "安吉县", "安吉縣", "安吉"]

[[place]]
name = "Deqing County"
kind = "city"
aliases = ["Deqing", "德清县", "德清縣", "德清"]

[[place]]
name = "Jiaocheng District"
kind = "city"
aliases = ["Jiaocheng", "蕉城区", "蕉城區", "蕉城"]

[[place]]
name = "Fuding"
kind = "city"
aliases = ["福鼎市", "福鼎"]

[[place]]
name = "Xiapu County"
kind = "city"
aliases = ["Xiapu", "霞浦县", "霞浦縣", "霞浦"]

[[place]]
name = "Fu'an"
kind = "city"
aliases = ["福安市", "福安"]

[[place]]
name = "Xiang'an District"
kind = "city"
aliases = ["Xiang'an", "翔安区", "翔安區", "翔安"]

[[place]]
name = "Haicang District"
kind = "city"
aliases = ["Haicang", "海沧区", "海滄區", "海沧", "海滄"]

# "Jinjiang" alone is left out (also 锦江 in Chengdu)
[[place]]
name = "Jinjiang, Fujian"
kind = "city"
aliases = ["晋江市", "晉江市", "晋江", "晉江"]

[[place]]
name = "Fuqing"
kind = "city"
aliases = ["福清市", "福清"]

[[place]]
name = "Shanghang County"
kind = "city"
aliases = ["Shanghang", "上杭县", "上杭縣", "上杭"]

[[place]]
name = "Pingshan District"
kind = "city"
aliases = ["Pingshan", "坪山区", "坪山區", "坪山"]

[[place]]
name = "Longgang District"
kind = "city"
aliases = ["Longgang", "龙岗区", "龍崗區", "龙岗", "龍崗"]

[[place]]
name = "Bao'an District"
kind = "city"
aliases = ["Bao'an", "Baoan", "宝安区", "寶安區", "宝安", "寶安"]

# bare 南山 is left out (a common name for hills and districts)
[[place]]
name = "Nanshan District, Shenzhen"
kind = "city"
aliases = ["深圳市南山区", "深圳市南山區", "深圳南山区", "深圳南山區", "南山区", "南山區"]

[[place]]
name = "Futian District"
kind = "city"
aliases = ["Futian", "福田区", "福田區", "福田"]

[[place]]
name = "Longhua District, Shenzhen"
kind = "city"
aliases = ["深圳市龙华区", "深圳市龍華區", "深圳龙华区", "深圳龍華區", "龙华区", "龍華區"]

[[place]]
name = "Guangming District"
kind = "city"
aliases = ["光明区", "光明區"]

# not Shanghai's 黄浦区
[[place]]
name = "Huangpu District, Guangzhou"
kind = "city"
aliases = ["黄埔区", "黃埔區", "黄埔", "黃埔"]

[[place]]
name = "Nansha District"
kind = "city"
aliases = ["Nansha", "南沙区", "南沙區", "南沙"]

[[place]]
name = "Panyu District"
kind = "city"
aliases = ["Panyu", "番禺区", "番禺區", "番禺"]

[[place]]
name = "Zengcheng District"
kind = "city"
aliases = ["Zengcheng", "增城区", "增城區", "增城"]

[[place]]
name = "Shunde District"
kind = "city"
aliases = ["Shunde", "顺德区", "順德區", "顺德", "順德"]

[[place]]
name = "Huiyang District"
kind = "city"
aliases = ["Huiyang", "惠阳区", "惠陽區", "惠阳", "惠陽"]

[[place]]
name = "Boluo County"
kind = "city"
aliases = ["Boluo", "博罗县", "博羅縣", "博罗", "博羅"]

# 浦东新区 (Pudong New Area) is listed as a park, following the guideline's "new areas"
[[place]]
name = "Pudong"
kind = "city"
aliases = ["浦东", "浦東"]

[[place]]
name = "Jiading District"
kind = "city"
aliases = ["Jiading", "嘉定区", "嘉定區", "嘉定"]

[[place]]
name = "Songjiang District"
kind = "city"
aliases = ["Songjiang", "松江区", "松江區", "松江"]

[[place]]
name = "Fengxian District"
kind = "city"
aliases = ["Fengxian", "奉贤区", "奉賢區", "奉贤", "奉賢"]

[[place]]
name = "Jinshan District, Shanghai"
kind = "city"
aliases = ["上海市金山区", "上海市金山區", "上海金山区", "上海金山區", "金山区", "金山區"]

[[place]]
name = "Qingpu District"
kind = "city"
aliases = ["Qingpu", "青浦区", "青浦區", "青浦"]

[[place]]
name = "Minhang District"
kind = "city"
aliases = ["Minhang", "闵行区", "閔行區", "闵行", "閔行"]

# "Baoshan" alone is 保山 in Yunnan
[[place]]
name = "Baoshan District, Shanghai"
kind = "city"
aliases = ["宝山区", "寶山區", "宝山", "寶山"]

[[place]]
name = "Lingang"
kind = "city"
aliases = ["临港", "臨港", "上海临港", "上海臨港"]

[[place]]
name = "Haidian District"
kind = "city"
aliases = ["Haidian", "海淀区", "海淀區", "海淀"]

[[place]]
name = "Shunyi District"
kind = "city"
aliases = ["Shunyi", "顺义区", "順義區", "顺义", "順義"]

[[place]]
name = "Daxing District"
kind = "city"
aliases = ["Daxing", "大兴区", "大興區", "大兴", "大興"]

[[place]]
name = "Changping District"
kind = "city"
aliases = ["Changping", "昌平区", "昌平區", "昌平"]

# "Chaoyang" alone is the Liaoning city (朝阳市)
[[place]]
name = "Chaoyang District, Beijing"
kind = "city"
aliases = ["北京市朝阳区", "北京市朝陽區", "北京朝阳区", "北京朝陽區", "朝阳区", "朝陽區"]

[[place]]
name = "Xiqing District"
kind = "city"
aliases = ["Xiqing", "西青区", "西青區", "西青"]

[[place]]
name = "Feidong County"
kind = "city"
aliases = ["Feidong", "肥东县", "肥東縣", "肥东", "肥東"]

[[place]]
name = "Feixi County"
kind = "city"
aliases = ["Feixi", "肥西县", "肥西縣", "肥西"]

[[place]]
name = "Lujiang County"
kind = "city"
aliases = ["Lujiang", "庐江县", "廬江縣", "庐江", "廬江"]

[[place]]
name = "Changfeng County"
kind = "city"
aliases = ["Changfeng", "长丰县", "長豐縣", "长丰", "長豐"]

[[place]]
name = "Chaohu"
kind = "city"
aliases = ["巢湖市"]

[[place]]
name = "Dangtu County"
kind = "city"
aliases = ["Dangtu", "当涂县", "當塗縣", "当涂", "當塗"]

[[place]]
name = "Jieshou"
kind = "city"
aliases = ["界首市", "界首"]

[[place]]
name = "Yifeng County"
kind = "city"
aliases = ["Yifeng", "宜丰县", "宜豐縣", "宜丰", "宜豐"]

[[place]]
name = "Fengxin County"
kind = "city"
aliases = ["Fengxin", "奉新县", "奉新縣", "奉新"]

[[place]]
name = "Yuanzhou District"
kind = "city"
aliases = ["Yuanzhou", "袁州区", "袁州區", "袁州"]

[[place]]
name = "Fenyi County"
kind = "city"
aliases = ["Fenyi", "分宜县", "分宜縣", "分宜"]

[[place]]
name = "Yushui District"
kind = "city"
aliases = ["Yushui", "渝水区", "渝水區", "渝水"]

# "Longnan" alone is 陇南 in Gansu
[[place]]
name = "Longnan, Jiangxi"
kind = "city"
aliases = ["龙南市", "龍南市", "龙南", "龍南"]

[[place]]
name = "Gao'an"
kind = "city"
aliases = ["高安市", "高安"]

[[place]]
name = "Zhangshu"
kind = "city"
aliases = ["樟树市", "樟樹市"]

[[place]]
name = "Shanggao County"
kind = "city"
aliases = ["Shanggao", "上高县", "上高縣"]

[[place]]
name = "Wanzai County"
kind = "city"
aliases = ["Wanzai", "万载县", "萬載縣", "万载", "萬載"]

[[place]]
name = "Jingan County, Jiangxi"
kind = "city"
aliases = ["靖安县", "靖安縣"]

[[place]]
name = "Ningxiang"
kind = "city"
aliases = ["宁乡市", "寧鄉市", "宁乡", "寧鄉"]

[[place]]
name = "Liuyang"
kind = "city"
aliases = ["浏阳市", "瀏陽市", "浏阳", "瀏陽"]

[[place]]
name = "Linwu County"
kind = "city"
aliases = ["Linwu", "临武县", "臨武縣", "临武", "臨武"]

[[place]]
name = "Xiantao"
kind = "city"
aliases = ["仙桃市", "仙桃"]

[[place]]
name = "Qianjiang"
kind = "city"
aliases = ["潜江市", "潛江市", "潜江", "潛江"]

[[place]]
name = "Tianmen"
kind = "city"
aliases = ["天门市", "天門市", "天门", "天門"]

[[place]]
name = "Yidu"
kind = "city"
aliases = ["宜都市", "宜都"]

[[place]]
name = "Zhijiang"
kind = "city"
aliases = ["枝江市", "枝江"]

[[place]]
name = "Dongxihu District"
kind = "city"
aliases = ["Dongxihu", "东西湖区", "東西湖區"]

[[place]]
name = "Jiyuan"
kind = "city"
aliases = ["济源市", "濟源市", "济源", "濟源"]

[[place]]
name = "Changge"
kind = "city"
aliases = ["长葛市", "長葛市", "长葛", "長葛"]

[[place]]
name = "Yajiang County"
kind = "city"
aliases = ["Yajiang", "雅江县", "雅江縣", "雅江"]

[[place]]
name = "Kangding"
kind = "city"
aliases = ["康定市", "康定"]

[[place]]
name = "Jinchuan County"
kind = "city"
aliases = ["金川县", "金川縣"]

[[place]]
name = "Barkam"
kind = "city"
aliases = ["Ma'erkang", "Maerkang", "马尔康市", "馬爾康市", "马尔康", "馬爾康"]

[[place]]
name = "Shehong"
kind = "city"
aliases = ["射洪市", "射洪"]

[[place]]
name = "Pengshan District"
kind = "city"
aliases = ["Pengshan", "彭山区", "彭山區", "彭山"]

[[place]]
name = "Shuangliu District"
kind = "city"
aliases = ["Shuangliu", "双流区", "雙流區", "双流", "雙流"]

[[place]]
name = "Longquanyi District"
kind = "city"
aliases = ["Longquanyi", "龙泉驿区", "龍泉驛區", "龙泉驿", "龍泉驛"]

# not 徐州 (Xuzhou) in Jiangsu
[[place]]
name = "Xuzhou District, Yibin"
kind = "city"
aliases = ["叙州区", "敘州區", "叙州", "敘州"]

[[place]]
name = "Cuiping District"
kind = "city"
aliases = ["Cuiping", "翠屏区", "翠屏區", "翠屏"]

[[place]]
name = "Nanxi District"
kind = "city"
aliases = ["南溪区", "南溪區"]

[[place]]
name = "Xiaojin County"
kind = "city"
aliases = ["Xiaojin", "小金县", "小金縣"]

[[place]]
name = "Daofu County"
kind = "city"
aliases = ["Daofu", "道孚县", "道孚縣", "道孚"]

[[place]]
name = "Golmud"
kind = "city"
aliases = ["格尔木市", "格爾木市", "格尔木", "格爾木"]

[[place]]
name = "Delingha"
kind = "city"
aliases = ["德令哈市", "德令哈"]

[[place]]
name = "Da Qaidam"
kind = "city"
aliases = ["大柴旦"]

[[place]]
name = "Mangnai"
kind = "city"
aliases = ["茫崖市", "茫崖"]

[[place]]
name = "Anning"
kind = "city"
aliases = ["安宁市", "安寧市"]

[[place]]
name = "Gejiu"
kind = "city"
aliases = ["个旧市", "個舊市", "个旧", "個舊"]

[[place]]
name = "Fuquan"
kind = "city"
aliases = ["福泉市", "福泉"]

[[place]]
name = "Kaiyang County"
kind = "city"
aliases = ["Kaiyang", "开阳县", "開陽縣", "开阳", "開陽"]

[[place]]
name = "Weng'an County"
kind = "city"
aliases = ["Weng'an", "瓮安县", "甕安縣", "瓮安", "甕安"]

[[place]]
name = "Huangdao District"
kind = "city"
aliases = ["Huangdao", "黄岛区", "黃島區", "黄岛", "黃島"]

[[place]]
name = "Jiaozhou"
kind = "city"
aliases = ["胶州市", "膠州市", "胶州", "膠州"]

[[place]]
name = "Tengzhou"
kind = "city"
aliases = ["滕州市", "滕州"]

[[place]]
name = "Longkou"
kind = "city"
aliases = ["龙口市", "龍口市", "龙口", "龍口"]

[[place]]
name = "Zouping"
kind = "city"
aliases = ["邹平市", "鄒平市", "邹平", "鄒平"]

[[place]]
name = "Bishan District"
kind = "city"
aliases = ["Bishan", "璧山区", "璧山區", "璧山"]

[[place]]
name = "Fuling District"
kind = "city"
aliases = ["Fuling", "涪陵区", "涪陵區", "涪陵"]

[[place]]
name = "Changshou District"
kind = "city"
aliases = ["长寿区", "長壽區"]

[[place]]
name = "Yubei District"
kind = "city"
aliases = ["Yubei", "渝北区", "渝北區", "渝北"]

[[place]]
name = "Wanzhou District"
kind = "city"
aliases = ["Wanzhou", "万州区", "萬州區", "万州", "萬州"]

[[place]]
name = "Luobei County"
kind = "city"
aliases = ["Luobei", "萝北县", "蘿北縣", "萝北", "蘿北"]

[[place]]
name = "Jinchuan District"
kind = "city"
aliases = ["金川区", "金川區"]

[[place]]
name = "Shihezi"
kind = "city"
aliases = ["石河子市", "石河子"]

[[place]]
name = "Jungar Banner"
kind = "city"
aliases = ["准格尔旗", "準格爾旗"]

[[place]]
name = "Wafangdian"
kind = "city"
aliases = ["瓦房店市", "瓦房店"]

[[place]]
name = "Fugu County"
kind = "city"
aliases = ["Fugu", "府谷县", "府谷縣", "府谷"]

# ---------------------------------------------------------------------------------------------
# United States: states (kind = province) and AP-style abbreviations
# Two-letter postal codes (CA, IN, OR ...) are not aliases: they collide with ordinary words and
# other abbreviations. "Miss." is left out (an honorific). Bare "Washington" is left out: it is the
# state, the capital and the federal government by metonymy; the state keeps "Washington State"
# and "Wash.", the capital keeps "Washington, D.C." and 华盛顿. "New York" alone is the city; the
# state is "New York State" / "N.Y." / 纽约州. 德州 is taken as Texas (Dezhou keeps 德州市).
# ---------------------------------------------------------------------------------------------

[[place]]
name = "Alabama"
kind = "province"
aliases = ["Ala.", "阿拉巴马州", "阿拉巴馬州", "亚拉巴马州", "亞拉巴馬州"]

[[place]]
name = "Alaska"
kind = "province"
aliases = ["阿拉斯加州", "阿拉斯加"]

[[place]]
name = "Arizona"
kind = "province"
aliases = ["Ariz.", "亚利桑那州", "亞利桑那州", "亚利桑那", "亞利桑那"]

[[place]]
name = "Arkansas"
kind = "province"
aliases = ["Ark.", "阿肯色州"]

[[place]]
name = "California"
kind = "province"
aliases = ["Calif.", "加利福尼亚州", "加利福尼亞州", "加州"]

[[place]]
name = "Colorado"
kind = "province"
aliases = ["Colo.", "科罗拉多州", "科羅拉多州"]

[[place]]
name = "Connecticut"
kind = "province"
aliases = ["Conn.", "康涅狄格州", "康乃狄克州"]

[[place]]
name = "Delaware"
kind = "province"
aliases = ["Del.", "特拉华州", "特拉華州", "德拉瓦州"]

[[place]]
name = "Florida"
kind = "province"
aliases = ["Fla.", "佛罗里达州", "佛羅里達州"]

# the US state; the country is "Georgia (country)"
[[place]]
name = "Georgia"
kind = "province"
aliases = ["Ga.", "佐治亚州", "佐治亞州", "喬治亞州", "乔治亚州"]

[[place]]
name = "Hawaii"
kind = "province"
aliases = ["夏威夷州", "夏威夷"]

[[place]]
name = "Idaho"
kind = "province"
aliases = ["爱达荷州", "愛達荷州"]

[[place]]
name = "Illinois"
kind = "province"
aliases = ["Ill.", "伊利诺伊州", "伊利諾伊州", "伊利諾州", "伊利诺州"]

[[place]]
name = "Indiana"
kind = "province"
aliases = ["Ind.", "印第安纳州", "印第安納州"]

[[place]]
name = "Iowa"
kind = "province"
aliases = ["艾奥瓦州", "艾奧瓦州", "爱荷华州", "愛荷華州"]

[[place]]
name = "Kansas"
kind = "province"
aliases = ["Kan.", "堪萨斯州", "堪薩斯州"]

[[place]]
name = "Kentucky"
kind = "province"
aliases = ["Ky.", "肯塔基州"]

[[place]]
name = "Louisiana"
kind = "province"
aliases = ["La.", "路易斯安那州"]

[[place]]
name = "Maine"
kind = "province"
aliases = ["缅因州", "緬因州"]

[[place]]
name = "Maryland"
kind = "province"
aliases = ["Md.", "马里兰州", "馬里蘭州"]

[[place]]
name = "Massachusetts"
kind = "province"
aliases = ["Mass.", "马萨诸塞州", "馬薩諸塞州", "麻薩諸塞州", "麻萨诸塞州", "麻州"]

[[place]]
name = "Michigan"
kind = "province"
aliases = ["Mich.", "密歇根州", "密西根州"]

[[place]]
name = "Minnesota"
kind = "province"
aliases = ["Minn.", "明尼苏达州", "明尼蘇達州"]

[[place]]
name = "Mississippi"
kind = "province"
aliases = ["密西西比州"]

[[place]]
name = "Missouri"
kind = "province"
aliases = ["Mo.", "密苏里州", "密蘇里州"]

[[place]]
name = "Montana"
kind = "province"
aliases = ["Mont.", "蒙大拿州"]

[[place]]
name = "Nebraska"
kind = "province"
aliases = ["Neb.", "内布拉斯加州", "內布拉斯加州"]

[[place]]
name = "Nevada"
kind = "province"
aliases = ["Nev.", "内华达州", "內華達州"]

[[place]]
name = "New Hampshire"
kind = "province"
aliases = ["N.H.", "新罕布什尔州", "新罕布什爾州", "新罕布夏州", "新罕布殊爾州"]

[[place]]
name = "New Jersey"
kind = "province"
aliases = ["N.J.", "新泽西州", "新澤西州", "紐澤西州"]

[[place]]
name = "New Mexico"
kind = "province"
aliases = ["N.M.", "新墨西哥州"]

[[place]]
name = "New York State"
kind = "province"
aliases = ["N.Y.", "New York state", "纽约州", "紐約州"]

[[place]]
name = "North Carolina"
kind = "province"
aliases = ["N.C.", "北卡罗来纳州", "北卡羅來納州", "北卡罗莱纳州", "北卡羅萊納州", "北卡"]

[[place]]
name = "North Dakota"
kind = "province"
aliases = ["N.D.", "北达科他州", "北達科他州"]

[[place]]
name = "Ohio"
kind = "province"
aliases = ["俄亥俄州"]

[[place]]
name = "Oklahoma"
kind = "province"
aliases = ["Okla.", "俄克拉何马州", "俄克拉何馬州", "奧克拉荷馬州"]

[[place]]
name = "Oregon"
kind = "province"
aliases = ["Ore.", "俄勒冈州", "俄勒岡州"]

[[place]]
name = "Pennsylvania"
kind = "province"
aliases = ["Pa.", "宾夕法尼亚州", "賓夕法尼亞州", "宾州", "賓州"]

[[place]]
name = "Rhode Island"
kind = "province"
aliases = ["R.I.", "罗得岛州", "羅得島州", "罗德岛州", "羅德島州"]

[[place]]
name = "South Carolina"
kind = "province"
aliases = ["S.C.", "南卡罗来纳州", "南卡羅來納州", "南卡罗莱纳州", "南卡羅萊納州", "南卡"]

[[place]]
name = "South Dakota"
kind = "province"
aliases = ["S.D.", "南达科他州", "南達科他州"]

[[place]]
name = "Tennessee"
kind = "province"
aliases = ["Tenn.", "田纳西州", "田納西州"]

[[place]]
name = "Texas"
kind = "province"
aliases = ["得克萨斯州", "得克薩斯州", "德克薩斯州", "德克萨斯州", "得州", "德州"]

[[place]]
name = "Utah"
kind = "province"
aliases = ["犹他州", "猶他州"]

[[place]]
name = "Vermont"
kind = "province"
aliases = ["Vt.", "佛蒙特州"]

[[place]]
name = "Virginia"
kind = "province"
aliases = ["Va.", "弗吉尼亚州", "弗吉尼亞州", "維吉尼亞州", "維珍尼亞州"]

[[place]]
name = "Washington State"
kind = "province"
aliases = ["Washington state", "Wash.", "华盛顿州", "華盛頓州"]

[[place]]
name = "West Virginia"
kind = "province"
aliases = ["W.Va.", "W. Va.", "西弗吉尼亚州", "西弗吉尼亞州", "西維吉尼亞州"]

[[place]]
name = "Wisconsin"
kind = "province"
aliases = ["Wis.", "威斯康星州", "威斯康辛州"]

[[place]]
name = "Wyoming"
kind = "province"
aliases = ["Wyo.", "怀俄明州", "懷俄明州"]

# ---------------------------------------------------------------------------------------------
# Japan: the 47 prefectures (kind = province)
# A bare name such as "Kumamoto" / 熊本 is the prefecture; the cities of the same name are listed
# with the world cities as "Kumamoto City" / 熊本市. Tokyo, Osaka and Kyoto are the exception: the
# bare names are the cities, and the prefectures are "Tokyo Metropolis" / 东京都, "Osaka Prefecture" /
# 大阪府, "Kyoto Prefecture" / 京都府. Bare "Saga", "Kochi" and the bare Chinese forms that are
# ordinary words (山口, 三重, 大分, 高知, 山梨) are left out.
# ---------------------------------------------------------------------------------------------

[[place]]
name = "Hokkaido"
kind = "province"
aliases = ["Hokkaido Prefecture", "Hokkaidō", "北海道"]

[[place]]
name = "Aomori"
kind = "province"
aliases = ["Aomori Prefecture", "青森", "青森县", "青森縣"]

[[place]]
name = "Iwate"
kind = "province"
aliases = ["Iwate Prefecture", "岩手", "岩手县", "岩手縣"]

[[place]]
name = "Miyagi"
kind = "province"
aliases = ["Miyagi Prefecture", "宫城", "宮城", "宫城县", "宮城縣"]

[[place]]
name = "Akita"
kind = "province"
aliases = ["Akita Prefecture", "秋田", "秋田县", "秋田縣"]

[[place]]
name = "Yamagata"
kind = "province"
aliases = ["Yamagata Prefecture", "山形", "山形县", "山形縣"]

[[place]]
name = "Fukushima"
kind = "province"
aliases = ["Fukushima Prefecture", "福岛", "福島", "福岛县", "福島縣"]

[[place]]
name = "Ibaraki"
kind = "province"
aliases = ["Ibaraki Prefecture", "茨城", "茨城县", "茨城縣"]

[[place]]
name = "Tochigi"
kind = "province"
aliases = ["Tochigi Prefecture", "栃木", "栃木县", "栃木縣", "枥木县", "櫪木縣"]

[[place]]
name = "Gunma"
kind = "province"
aliases = ["Gunma Prefecture", "群马", "群馬", "群马县", "群馬縣"]

[[place]]
name = "Saitama"
kind = "province"
aliases = ["Saitama Prefecture", "埼玉", "埼玉县", "埼玉縣"]

[[place]]
name = "Chiba"
kind = "province"
aliases = ["Chiba Prefecture", "千叶", "千葉", "千叶县", "千葉縣"]

[[place]]
name = "Kanagawa"
kind = "province"
aliases = ["Kanagawa Prefecture", "神奈川", "神奈川县", "神奈川縣"]

[[place]]
name = "Niigata"
kind = "province"
aliases = ["Niigata Prefecture", "新潟", "新潟县", "新潟縣"]

[[place]]
name = "Toyama"
kind = "province"
aliases = ["Toyama Prefecture", "富山", "富山县", "富山縣"]

[[place]]
name = "Ishikawa"
kind = "province"
aliases = ["Ishikawa Prefecture", "石川", "石川县", "石川縣"]

[[place]]
name = "Fukui"
kind = "province"
aliases = ["Fukui Prefecture", "福井", "福井县", "福井縣"]

[[place]]
name = "Yamanashi"
kind = "province"
aliases = ["Yamanashi Prefecture", "山梨县", "山梨縣"]

[[place]]
name = "Nagano"
kind = "province"
aliases = ["Nagano Prefecture", "长野", "長野", "长野县", "長野縣"]

[[place]]
name = "Gifu"
kind = "province"
aliases = ["Gifu Prefecture", "岐阜", "岐阜县", "岐阜縣"]

[[place]]
name = "Shizuoka"
kind = "province"
aliases = ["Shizuoka Prefecture", "静冈", "靜岡", "静冈县", "靜岡縣"]

[[place]]
name = "Aichi"
kind = "province"
aliases = ["Aichi Prefecture", "爱知", "愛知", "爱知县", "愛知縣"]

[[place]]
name = "Mie"
kind = "province"
aliases = ["Mie Prefecture", "三重县", "三重縣"]

[[place]]
name = "Shiga"
kind = "province"
aliases = ["Shiga Prefecture", "滋贺", "滋賀", "滋贺县", "滋賀縣"]

[[place]]
name = "Hyogo"
kind = "province"
aliases = ["Hyogo Prefecture", "Hyōgo Prefecture", "兵库", "兵庫", "兵库县", "兵庫縣"]

[[place]]
name = "Nara"
kind = "province"
aliases = ["Nara Prefecture", "奈良", "奈良县", "奈良縣"]

[[place]]
name = "Wakayama"
kind = "province"
aliases = ["Wakayama Prefecture", "和歌山", "和歌山县", "和歌山縣"]

[[place]]
name = "Tottori"
kind = "province"
aliases = ["Tottori Prefecture", "鸟取", "鳥取", "鸟取县", "鳥取縣"]

[[place]]
name = "Shimane"
kind = "province"
aliases = ["Shimane Prefecture", "岛根", "島根", "岛根县", "島根縣"]

[[place]]
name = "Okayama"
kind = "province"
aliases = ["Okayama Prefecture", "冈山", "岡山", "冈山县", "岡山縣"]

[[place]]
name = "Hiroshima"
kind = "province"
aliases = ["Hiroshima Prefecture", "广岛", "廣島", "广岛县", "廣島縣"]

[[place]]
name = "Yamaguchi"
kind = "province"
aliases = ["Yamaguchi Prefecture", "山口县", "山口縣"]

[[place]]
name = "Tokushima"
kind = "province"
aliases = ["Tokushima Prefecture", "德岛", "德島", "德岛县", "德島縣"]

[[place]]
name = "Kagawa"
kind = "province"
aliases = ["Kagawa Prefecture", "香川", "香川县", "香川縣"]

[[place]]
name = "Ehime"
kind = "province"
aliases = ["Ehime Prefecture", "爱媛", "愛媛", "爱媛县", "愛媛縣"]

[[place]]
name = "Kochi Prefecture"
kind = "province"
aliases = ["Kōchi Prefecture", "高知县", "高知縣"]

[[place]]
name = "Fukuoka"
kind = "province"
aliases = ["Fukuoka Prefecture", "福冈", "福岡", "福冈县", "福岡縣"]

[[place]]
name = "Saga Prefecture"
kind = "province"
aliases = ["佐贺", "佐賀", "佐贺县", "佐賀縣"]

[[place]]
name = "Nagasaki"
kind = "province"
aliases = ["Nagasaki Prefecture", "长崎", "長崎", "长崎县", "長崎縣"]

[[place]]
name = "Kumamoto"
kind = "province"
aliases = ["Kumamoto Prefecture", "熊本", "熊本县", "熊本縣"]

[[place]]
name = "Oita"
kind = "province"
aliases = ["Oita Prefecture", "Ōita Prefecture", "Ōita", "大分县", "大分縣"]

[[place]]
name = "Miyazaki"
kind = "province"
aliases = ["Miyazaki Prefecture", "宫崎", "宮崎", "宫崎县", "宮崎縣"]

[[place]]
name = "Kagoshima"
kind = "province"
aliases = ["Kagoshima Prefecture", "鹿儿岛", "鹿兒島", "鹿儿岛县", "鹿兒島縣"]

[[place]]
name = "Okinawa"
kind = "province"
aliases = ["Okinawa Prefecture", "冲绳", "沖繩", "冲绳县", "沖繩縣"]

[[place]]
name = "Tokyo Metropolis"
kind = "province"
aliases = ["Tokyo Metropolitan Prefecture", "Tokyo Prefecture", "东京都", "東京都"]

[[place]]
name = "Osaka Prefecture"
kind = "province"
aliases = ["大阪府"]

[[place]]
name = "Kyoto Prefecture"
kind = "province"
aliases = ["京都府"]

# ---------------------------------------------------------------------------------------------
# South Korea: provinces (kind = province)
# Seoul, Busan, Incheon, Daegu, Daejeon, Gwangju, Ulsan and Sejong are first-level units too, but
# they are cities in ordinary usage and are listed with the world cities.
# ---------------------------------------------------------------------------------------------

[[place]]
name = "Gyeonggi Province"
kind = "province"
aliases = ["Gyeonggi", "Gyeonggi-do", "京畿道"]

[[place]]
name = "Gangwon Province"
kind = "province"
aliases = ["Gangwon", "Gangwon-do", "Gangwon State", "江原道"]

[[place]]
name = "North Chungcheong Province"
kind = "province"
aliases = ["North Chungcheong", "Chungcheongbuk-do", "Chungbuk", "忠清北道"]

[[place]]
name = "South Chungcheong Province"
kind = "province"
aliases = ["South Chungcheong", "Chungcheongnam-do", "Chungnam", "忠清南道"]

[[place]]
name = "North Jeolla Province"
kind = "province"
aliases = ["North Jeolla", "Jeollabuk-do", "Jeonbuk", "Jeonbuk State", "全罗北道", "全羅北道"]

[[place]]
name = "South Jeolla Province"
kind = "province"
aliases = ["South Jeolla", "Jeollanam-do", "Jeonnam", "全罗南道", "全羅南道"]

[[place]]
name = "North Gyeongsang Province"
kind = "province"
aliases = ["North Gyeongsang", "Gyeongsangbuk-do", "Gyeongbuk", "庆尚北道", "慶尚北道"]

[[place]]
name = "South Gyeongsang Province"
kind = "province"
aliases = ["South Gyeongsang", "Gyeongsangnam-do", "Gyeongnam", "庆尚南道", "慶尚南道"]

[[place]]
name = "Jeju Province"
kind = "province"
aliases = ["Jeju", "Jeju-do", "Jeju Special Self-Governing Province", "济州道", "濟州道", "济州特别自治道", "濟州特別自治道", "济州", "濟州"]

# ---------------------------------------------------------------------------------------------
# Taiwan: counties 縣 (kind = province)
# Special municipalities (台北市, 新北市, 桃園市, 台中市, 台南市, 高雄市) and provincial cities (基隆市,
# 新竹市, 嘉義市) are cities. "Hsinchu" / 新竹 and "Chiayi" / 嘉義 alone are the cities; the counties
# are "Hsinchu County" / 新竹縣 and "Chiayi County" / 嘉義縣. Both 台 and 臺 spellings are listed.
# ---------------------------------------------------------------------------------------------

[[place]]
name = "Hsinchu County"
kind = "province"
aliases = ["新竹县", "新竹縣"]

[[place]]
name = "Miaoli County"
kind = "province"
aliases = ["Miaoli", "苗栗县", "苗栗縣", "苗栗"]

[[place]]
name = "Changhua County"
kind = "province"
aliases = ["Changhua", "彰化县", "彰化縣", "彰化"]

[[place]]
name = "Nantou County"
kind = "province"
aliases = ["Nantou", "南投县", "南投縣", "南投"]

[[place]]
name = "Yunlin County"
kind = "province"
aliases = ["Yunlin", "云林县", "雲林縣", "云林", "雲林"]

[[place]]
name = "Chiayi County"
kind = "province"
aliases = ["嘉义县", "嘉義縣"]

[[place]]
name = "Pingtung County"
kind = "province"
aliases = ["Pingtung", "屏东县", "屏東縣", "屏东", "屏東"]

[[place]]
name = "Yilan County"
kind = "province"
aliases = ["Yilan", "宜兰县", "宜蘭縣", "宜兰", "宜蘭"]

[[place]]
name = "Hualien County"
kind = "province"
aliases = ["Hualien", "花莲县", "花蓮縣", "花莲", "花蓮"]

[[place]]
name = "Taitung County"
kind = "province"
aliases = ["Taitung", "台东县", "臺東縣", "台東縣", "台东", "臺東", "台東"]

[[place]]
name = "Penghu County"
kind = "province"
aliases = ["Penghu", "澎湖县", "澎湖縣", "澎湖"]

[[place]]
name = "Kinmen County"
kind = "province"
aliases = ["Kinmen", "金门县", "金門縣", "金门", "金門"]

# 连江县 here is Taiwan's Matsu; Fujian's 连江县 is not listed
[[place]]
name = "Lienchiang County"
kind = "province"
aliases = ["Lienchiang", "Matsu", "连江县", "連江縣", "马祖", "馬祖"]

# ---------------------------------------------------------------------------------------------
# Australia, Canada, Germany, India (kind = province)
# Abbreviations are given only where unambiguous: "NSW", "Qld", "B.C.", "NRW". "Victoria" is the
# state. Berlin, Hamburg and Bremen are city-states and are listed as cities.
# ---------------------------------------------------------------------------------------------

[[place]]
name = "New South Wales"
kind = "province"
aliases = ["NSW", "新南威尔士州", "新南威爾士州", "新南威爾斯州"]

[[place]]
name = "Victoria"
kind = "province"
aliases = ["Vic.", "维多利亚州", "維多利亞州"]

[[place]]
name = "Queensland"
kind = "province"
aliases = ["Qld", "昆士兰州", "昆士蘭州", "昆士兰", "昆士蘭"]

[[place]]
name = "Western Australia"
kind = "province"
aliases = ["西澳大利亚州", "西澳大利亞州", "西澳州", "西澳"]

[[place]]
name = "South Australia"
kind = "province"
aliases = ["南澳大利亚州", "南澳大利亞州", "南澳州"]

[[place]]
name = "Tasmania"
kind = "province"
aliases = ["塔斯马尼亚州", "塔斯馬尼亞州", "塔斯马尼亚", "塔斯馬尼亞"]

[[place]]
name = "Northern Territory"
kind = "province"
aliases = ["北领地", "北領地"]

[[place]]
name = "Australian Capital Territory"
kind = "province"
aliases = ["澳大利亚首都领地", "澳大利亞首都領地"]

[[place]]
name = "Ontario"
kind = "province"
aliases = ["Ont.", "安大略省", "安大略"]

[[place]]
name = "Quebec"
kind = "province"
aliases = ["Québec", "Que.", "魁北克省", "魁北克"]

[[place]]
name = "British Columbia"
kind = "province"
aliases = ["B.C.", "不列颠哥伦比亚省", "不列顛哥倫比亞省", "卑詩省"]

[[place]]
name = "Alberta"
kind = "province"
aliases = ["Alta.", "艾伯塔省", "阿尔伯塔省", "阿爾伯塔省", "亞伯達省"]

[[place]]
name = "Saskatchewan"
kind = "province"
aliases = ["Sask.", "萨斯喀彻温省", "薩斯喀徹溫省", "薩斯喀徹温省"]

[[place]]
name = "Manitoba"
kind = "province"
aliases = ["马尼托巴省", "馬尼托巴省", "曼尼托巴省"]

[[place]]
name = "Nova Scotia"
kind = "province"
aliases = ["N.S.", "新斯科舍省"]

[[place]]
name = "New Brunswick"
kind = "province"
aliases = ["新不伦瑞克省", "新不倫瑞克省"]

[[place]]
name = "Newfoundland and Labrador"
kind = "province"
aliases = ["Newfoundland", "纽芬兰与拉布拉多省", "紐芬蘭與拉布拉多省", "纽芬兰和拉布拉多省", "紐芬蘭和拉布拉多省"]

[[place]]
name = "Prince Edward Island"
kind = "province"
aliases = ["P.E.I.", "爱德华王子岛省", "愛德華王子島省"]

[[place]]
name = "Yukon"
kind = "province"
aliases = ["育空地区", "育空地區"]

[[place]]
name = "Northwest Territories"
kind = "province"
aliases = []

[[place]]
name = "Nunavut"
kind = "province"
aliases = ["努纳武特地区", "努納武特地區"]

[[place]]
name = "Baden-Württemberg"
kind = "province"
aliases = ["Baden-Wurttemberg", "Baden-Wuerttemberg", "巴登-符腾堡州", "巴登-符騰堡州", "巴登-符腾堡", "巴登-符騰堡"]

[[place]]
name = "Bavaria"
kind = "province"
aliases = ["Bayern", "巴伐利亚州", "巴伐利亞州", "巴伐利亚", "巴伐利亞"]

[[place]]
name = "Brandenburg"
kind = "province"
aliases = ["勃兰登堡州", "勃蘭登堡州", "布蘭登堡州", "勃兰登堡", "勃蘭登堡", "布蘭登堡"]

[[place]]
name = "Hesse"
kind = "province"
aliases = ["Hessen", "黑森州"]

[[place]]
name = "Lower Saxony"
kind = "province"
aliases = ["Niedersachsen", "下萨克森州", "下薩克森州"]

[[place]]
name = "Mecklenburg-Vorpommern"
kind = "province"
aliases = ["Mecklenburg-Western Pomerania", "梅克伦堡-前波美拉尼亚州", "梅克倫堡-前波美拉尼亞州", "梅克倫堡-前波莫瑞州"]

[[place]]
name = "North Rhine-Westphalia"
kind = "province"
aliases = ["NRW", "Nordrhein-Westfalen", "North Rhine Westphalia", "北莱茵-威斯特法伦州", "北萊茵-威斯特法倫州", "北萊茵-威斯伐倫州", "北威州"]

[[place]]
name = "Rhineland-Palatinate"
kind = "province"
aliases = ["Rheinland-Pfalz", "莱茵兰-普法尔茨州", "萊茵蘭-普法爾茨州"]

[[place]]
name = "Saarland"
kind = "province"
aliases = ["萨尔州", "薩爾州"]

[[place]]
name = "Saxony"
kind = "province"
aliases = ["Sachsen", "萨克森州", "薩克森州", "萨克森", "薩克森"]

[[place]]
name = "Saxony-Anhalt"
kind = "province"
aliases = ["Sachsen-Anhalt", "萨克森-安哈尔特州", "薩克森-安哈爾特州", "薩克森-安哈特州"]

[[place]]
name = "Schleswig-Holstein"
kind = "province"
aliases = ["石勒苏益格-荷尔斯泰因州", "石勒蘇益格-荷爾斯泰因州", "什勒斯維希-霍爾斯坦州"]

[[place]]
name = "Thuringia"
kind = "province"
aliases = ["Thüringen", "Thuringen", "图林根州", "圖林根州", "图林根", "圖林根"]

[[place]]
name = "Andhra Pradesh"
kind = "province"
aliases = ["安得拉邦"]

[[place]]
name = "Arunachal Pradesh"
kind = "province"
aliases = []

[[place]]
name = "Assam"
kind = "province"
aliases = ["阿萨姆邦", "阿薩姆邦"]

[[place]]
name = "Bihar"
kind = "province"
aliases = ["比哈尔邦", "比哈爾邦"]

[[place]]
name = "Chhattisgarh"
kind = "province"
aliases = ["恰蒂斯加尔邦", "恰蒂斯加爾邦"]

[[place]]
name = "Goa"
kind = "province"
aliases = ["果阿邦"]

[[place]]
name = "Gujarat"
kind = "province"
aliases = ["古吉拉特邦"]

[[place]]
name = "Haryana"
kind = "province"
aliases = ["哈里亚纳邦", "哈里亞納邦"]

[[place]]
name = "Himachal Pradesh"
kind = "province"
aliases = ["喜马偕尔邦", "喜馬偕爾邦"]

[[place]]
name = "Jharkhand"
kind = "province"
aliases = ["贾坎德邦", "賈坎德邦"]

[[place]]
name = "Karnataka"
kind = "province"
aliases = ["卡纳塔克邦", "卡納塔克邦"]

[[place]]
name = "Kerala"
kind = "province"
aliases = ["喀拉拉邦"]

[[place]]
name = "Madhya Pradesh"
kind = "province"
aliases = ["中央邦"]

[[place]]
name = "Maharashtra"
kind = "province"
aliases = ["马哈拉施特拉邦", "馬哈拉施特拉邦"]

[[place]]
name = "Manipur"
kind = "province"
aliases = ["曼尼普尔邦", "曼尼普爾邦"]

[[place]]
name = "Meghalaya"
kind = "province"
aliases = ["梅加拉亚邦", "梅加拉亞邦"]

[[place]]
name = "Mizoram"
kind = "province"
aliases = ["米佐拉姆邦"]

[[place]]
name = "Nagaland"
kind = "province"
aliases = ["那加兰邦", "那加蘭邦"]

[[place]]
name = "Odisha"
kind = "province"
aliases = ["Orissa", "奥里萨邦", "奧里薩邦", "奥迪沙邦", "奧迪沙邦"]

[[place]]
name = "Punjab"
kind = "province"
aliases = ["旁遮普邦"]

[[place]]
name = "Rajasthan"
kind = "province"
aliases = ["拉贾斯坦邦", "拉賈斯坦邦"]

[[place]]
name = "Sikkim"
kind = "province"
aliases = ["锡金邦", "錫金邦"]

[[place]]
name = "Tamil Nadu"
kind = "province"
aliases = ["泰米尔纳德邦", "泰米爾納德邦"]

[[place]]
name = "Telangana"
kind = "province"
aliases = ["特伦甘纳邦", "特倫甘納邦"]

[[place]]
name = "Tripura"
kind = "province"
aliases = ["特里普拉邦"]

[[place]]
name = "Uttar Pradesh"
kind = "province"
aliases = ["北方邦"]

[[place]]
name = "Uttarakhand"
kind = "province"
aliases = ["北阿坎德邦"]

[[place]]
name = "West Bengal"
kind = "province"
aliases = ["西孟加拉邦"]

# ---------------------------------------------------------------------------------------------
# Latin America: Chilean regions, Argentine provinces, Mexican and Brazilian states (kind = province)
# In Chile the bare names "Antofagasta" and "Valparaíso" are the cities; the regions take "Region".
# Bare "Atacama" is left out (mostly the desert or the salt flat). In Argentina the bare names of the
# lithium provinces (Salta, Jujuy, Catamarca) are the provinces; the cities have their full names.
# Bare "Córdoba", "San Juan", "Santa Cruz", "Santa Fe" and "Formosa" are left out as ambiguous.
# ---------------------------------------------------------------------------------------------

[[place]]
name = "Arica y Parinacota Region"
kind = "province"
aliases = ["Arica y Parinacota"]

[[place]]
name = "Tarapacá Region"
kind = "province"
aliases = ["Tarapacá", "Tarapaca", "Tarapaca Region", "塔拉帕卡大区", "塔拉帕卡大區"]

[[place]]
name = "Antofagasta Region"
kind = "province"
aliases = ["Región de Antofagasta", "Antofagasta region", "安托法加斯塔大区", "安托法加斯塔大區"]

[[place]]
name = "Atacama Region"
kind = "province"
aliases = ["Región de Atacama", "Atacama region", "阿塔卡马大区", "阿塔卡馬大區"]

[[place]]
name = "Coquimbo Region"
kind = "province"
aliases = ["Región de Coquimbo"]

[[place]]
name = "Valparaíso Region"
kind = "province"
aliases = ["Valparaiso Region", "Región de Valparaíso"]

[[place]]
name = "Santiago Metropolitan Region"
kind = "province"
aliases = ["Región Metropolitana de Santiago"]

[[place]]
name = "O'Higgins Region"
kind = "province"
aliases = ["Libertador General Bernardo O'Higgins Region"]

[[place]]
name = "Maule Region"
kind = "province"
aliases = ["Maule"]

[[place]]
name = "Ñuble Region"
kind = "province"
aliases = ["Ñuble", "Nuble Region"]

[[place]]
name = "Biobío Region"
kind = "province"
aliases = ["Biobío", "Bío Bío", "Biobio Region"]

[[place]]
name = "Araucanía Region"
kind = "province"
aliases = ["La Araucanía", "Araucanía", "Araucania Region"]

[[place]]
name = "Los Ríos Region"
kind = "province"
aliases = ["Los Rios Region"]

[[place]]
name = "Los Lagos Region"
kind = "province"
aliases = []

[[place]]
name = "Aysén Region"
kind = "province"
aliases = ["Aysén", "Aysen Region"]

[[place]]
name = "Magallanes Region"
kind = "province"
aliases = ["Magallanes", "Magallanes and Chilean Antarctica Region"]

[[place]]
name = "Buenos Aires Province"
kind = "province"
aliases = ["Province of Buenos Aires", "布宜诺斯艾利斯省", "布宜諾斯艾利斯省"]

[[place]]
name = "Catamarca"
kind = "province"
aliases = ["Catamarca Province", "Catamarca province", "卡塔马卡省", "卡塔馬卡省", "卡塔马卡", "卡塔馬卡"]

[[place]]
name = "Chaco Province"
kind = "province"
aliases = ["Chaco", "查科省"]

[[place]]
name = "Chubut"
kind = "province"
aliases = ["Chubut Province", "丘布特省"]

[[place]]
name = "Córdoba Province"
kind = "province"
aliases = ["Cordoba Province", "科尔多瓦省", "科爾多瓦省"]

[[place]]
name = "Corrientes"
kind = "province"
aliases = ["Corrientes Province", "科连特斯省", "科連特斯省"]

[[place]]
name = "Entre Ríos"
kind = "province"
aliases = ["Entre Rios", "Entre Ríos Province", "恩特雷里奥斯省", "恩特雷里奧斯省"]

[[place]]
name = "Formosa Province"
kind = "province"
aliases = []

[[place]]
name = "Jujuy"
kind = "province"
aliases = ["Jujuy Province", "Jujuy province", "胡胡伊省", "胡胡伊"]

[[place]]
name = "La Pampa"
kind = "province"
aliases = ["La Pampa Province", "拉潘帕省"]

[[place]]
name = "La Rioja Province"
kind = "province"
aliases = ["拉里奥哈省", "拉里奧哈省"]

[[place]]
name = "Mendoza"
kind = "province"
aliases = ["Mendoza Province", "门多萨省", "門多薩省", "门多萨", "門多薩"]

[[place]]
name = "Misiones"
kind = "province"
aliases = ["Misiones Province", "米西奥内斯省", "米西奧內斯省"]

[[place]]
name = "Neuquén"
kind = "province"
aliases = ["Neuquen", "Neuquén Province", "内乌肯省", "內烏肯省"]

[[place]]
name = "Río Negro"
kind = "province"
aliases = ["Rio Negro", "Río Negro Province", "内格罗河省", "內格羅河省"]

[[place]]
name = "Salta"
kind = "province"
aliases = ["Salta Province", "Salta province", "萨尔塔省", "薩爾塔省", "萨尔塔", "薩爾塔"]

[[place]]
name = "San Juan Province"
kind = "province"
aliases = ["圣胡安省", "聖胡安省"]

[[place]]
name = "San Luis Province"
kind = "province"
aliases = ["圣路易斯省", "聖路易斯省"]

[[place]]
name = "Santa Cruz Province"
kind = "province"
aliases = ["圣克鲁斯省", "聖克魯斯省"]

[[place]]
name = "Santa Fe Province"
kind = "province"
aliases = ["圣菲省", "聖菲省"]

[[place]]
name = "Santiago del Estero"
kind = "province"
aliases = ["Santiago del Estero Province"]

[[place]]
name = "Tierra del Fuego Province"
kind = "province"
aliases = ["火地岛省", "火地島省"]

[[place]]
name = "Tucumán"
kind = "province"
aliases = ["Tucuman", "Tucumán Province", "图库曼省", "圖庫曼省"]

[[place]]
name = "Aguascalientes"
kind = "province"
aliases = []

[[place]]
name = "Baja California"
kind = "province"
aliases = ["下加利福尼亚州", "下加利福尼亞州"]

[[place]]
name = "Baja California Sur"
kind = "province"
aliases = ["南下加利福尼亚州", "南下加利福尼亞州"]

[[place]]
name = "Campeche"
kind = "province"
aliases = []

[[place]]
name = "Chiapas"
kind = "province"
aliases = ["恰帕斯州"]

[[place]]
name = "Chihuahua"
kind = "province"
aliases = ["奇瓦瓦州"]

[[place]]
name = "Coahuila"
kind = "province"
aliases = ["科阿韦拉州", "科阿韋拉州"]

[[place]]
name = "Colima"
kind = "province"
aliases = []

[[place]]
name = "Durango"
kind = "province"
aliases = []

[[place]]
name = "Guanajuato"
kind = "province"
aliases = ["瓜纳华托州", "瓜納華托州"]

[[place]]
name = "Guerrero"
kind = "province"
aliases = ["格雷罗州", "格雷羅州"]

[[place]]
name = "Hidalgo"
kind = "province"
aliases = ["伊达尔戈州", "伊達爾戈州"]

[[place]]
name = "Jalisco"
kind = "province"
aliases = ["哈利斯科州"]

[[place]]
name = "State of Mexico"
kind = "province"
aliases = ["Estado de México", "México State", "墨西哥州"]

[[place]]
name = "Michoacán"
kind = "province"
aliases = ["Michoacan", "米却肯州", "米卻肯州"]

[[place]]
name = "Morelos"
kind = "province"
aliases = []

[[place]]
name = "Nayarit"
kind = "province"
aliases = []

[[place]]
name = "Nuevo León"
kind = "province"
aliases = ["Nuevo Leon", "新莱昂州", "新萊昂州"]

[[place]]
name = "Oaxaca"
kind = "province"
aliases = ["瓦哈卡州"]

[[place]]
name = "Puebla"
kind = "province"
aliases = ["普埃布拉州"]

[[place]]
name = "Querétaro"
kind = "province"
aliases = ["Queretaro", "克雷塔罗州", "克雷塔羅州"]

[[place]]
name = "Quintana Roo"
kind = "province"
aliases = []

[[place]]
name = "San Luis Potosí"
kind = "province"
aliases = ["San Luis Potosi", "圣路易斯波托西州", "聖路易斯波托西州"]

[[place]]
name = "Sinaloa"
kind = "province"
aliases = []

[[place]]
name = "Sonora"
kind = "province"
aliases = ["索诺拉州", "索諾拉州"]

[[place]]
name = "Tabasco"
kind = "province"
aliases = []

[[place]]
name = "Tamaulipas"
kind = "province"
aliases = []

[[place]]
name = "Tlaxcala"
kind = "province"
aliases = []

[[place]]
name = "Veracruz"
kind = "province"
aliases = []

[[place]]
name = "Yucatán"
kind = "province"
aliases = ["Yucatan"]

[[place]]
name = "Zacatecas"
kind = "province"
aliases = []

[[place]]
name = "Minas Gerais"
kind = "province"
aliases = ["米纳斯吉拉斯州", "米納斯吉拉斯州"]

[[place]]
name = "Bahia"
kind = "province"
aliases = ["巴伊亚州", "巴伊亞州"]

[[place]]
name = "São Paulo State"
kind = "province"
aliases = ["Sao Paulo State", "São Paulo state", "圣保罗州", "聖保羅州"]

[[place]]
name = "Rio Grande do Sul"
kind = "province"
aliases = ["南里奥格兰德州", "南里奧格蘭德州"]

[[place]]
name = "Goiás"
kind = "province"
aliases = ["Goias", "戈亚斯州", "戈亞斯州"]

[[place]]
name = "Ceará"
kind = "province"
aliases = ["Ceara", "塞阿拉州"]

[[place]]
name = "Pernambuco"
kind = "province"
aliases = ["伯南布哥州"]

[[place]]
name = "Paraná"
kind = "province"
aliases = ["Parana"]

# ---------------------------------------------------------------------------------------------
# Southeast Asia: Indonesian provinces, Malaysian states, Thai and Vietnamese provinces (kind = province)
# "Penang" alone is the island city (George Town and its conurbation) in the world-cities section;
# the state is "Penang State" / 槟城州. Kuala Lumpur, Putrajaya and Labuan are listed as cities.
# ---------------------------------------------------------------------------------------------

[[place]]
name = "Aceh"
kind = "province"
aliases = []

[[place]]
name = "North Sumatra"
kind = "province"
aliases = ["北苏门答腊省", "北蘇門答臘省"]

[[place]]
name = "West Sumatra"
kind = "province"
aliases = ["西苏门答腊省", "西蘇門答臘省"]

[[place]]
name = "Riau"
kind = "province"
aliases = ["廖内省", "廖內省"]

[[place]]
name = "Riau Islands"
kind = "province"
aliases = ["廖内群岛省", "廖內群島省"]

[[place]]
name = "Jambi"
kind = "province"
aliases = []

[[place]]
name = "Bengkulu"
kind = "province"
aliases = []

[[place]]
name = "South Sumatra"
kind = "province"
aliases = ["南苏门答腊省", "南蘇門答臘省"]

[[place]]
name = "Bangka Belitung Islands"
kind = "province"
aliases = ["Bangka Belitung"]

[[place]]
name = "Lampung"
kind = "province"
aliases = ["楠榜省"]

[[place]]
name = "Banten"
kind = "province"
aliases = ["万丹省", "萬丹省"]

[[place]]
name = "West Java"
kind = "province"
aliases = ["西爪哇省"]

[[place]]
name = "Central Java"
kind = "province"
aliases = ["中爪哇省"]

[[place]]
name = "Special Region of Yogyakarta"
kind = "province"
aliases = ["Yogyakarta Special Region"]

[[place]]
name = "East Java"
kind = "province"
aliases = ["东爪哇省", "東爪哇省"]

[[place]]
name = "Bali"
kind = "province"
aliases = ["巴厘省", "巴釐省", "峇里省"]

[[place]]
name = "West Nusa Tenggara"
kind = "province"
aliases = ["西努沙登加拉省"]

[[place]]
name = "East Nusa Tenggara"
kind = "province"
aliases = ["东努沙登加拉省", "東努沙登加拉省"]

[[place]]
name = "West Kalimantan"
kind = "province"
aliases = ["西加里曼丹省"]

[[place]]
name = "Central Kalimantan"
kind = "province"
aliases = ["中加里曼丹省"]

[[place]]
name = "South Kalimantan"
kind = "province"
aliases = ["南加里曼丹省"]

[[place]]
name = "East Kalimantan"
kind = "province"
aliases = ["东加里曼丹省", "東加里曼丹省"]

[[place]]
name = "North Kalimantan"
kind = "province"
aliases = ["北加里曼丹省"]

[[place]]
name = "North Sulawesi"
kind = "province"
aliases = ["北苏拉威西省", "北蘇拉威西省"]

[[place]]
name = "Gorontalo"
kind = "province"
aliases = []

[[place]]
name = "Central Sulawesi"
kind = "province"
aliases = ["中苏拉威西省", "中蘇拉威西省"]

[[place]]
name = "West Sulawesi"
kind = "province"
aliases = ["西苏拉威西省", "西蘇拉威西省"]

[[place]]
name = "South Sulawesi"
kind = "province"
aliases = ["南苏拉威西省", "南蘇拉威西省"]

[[place]]
name = "Southeast Sulawesi"
kind = "province"
aliases = ["东南苏拉威西省", "東南蘇拉威西省"]

[[place]]
name = "Maluku"
kind = "province"
aliases = ["马鲁古省", "馬魯古省"]

[[place]]
name = "North Maluku"
kind = "province"
aliases = ["北马鲁古省", "北馬魯古省"]

[[place]]
name = "Papua"
kind = "province"
aliases = ["巴布亚省", "巴布亞省"]

[[place]]
name = "West Papua"
kind = "province"
aliases = ["西巴布亚省", "西巴布亞省"]

[[place]]
name = "South Papua"
kind = "province"
aliases = []

[[place]]
name = "Central Papua"
kind = "province"
aliases = []

[[place]]
name = "Highland Papua"
kind = "province"
aliases = []

[[place]]
name = "Southwest Papua"
kind = "province"
aliases = []

[[place]]
name = "Johor"
kind = "province"
aliases = ["柔佛州", "柔佛"]

[[place]]
name = "Kedah"
kind = "province"
aliases = ["吉打州", "吉打"]

[[place]]
name = "Kelantan"
kind = "province"
aliases = ["吉兰丹州", "吉蘭丹州", "吉兰丹", "吉蘭丹"]

[[place]]
name = "Malacca"
kind = "province"
aliases = ["Melaka", "马六甲州", "馬六甲州", "马六甲", "馬六甲"]

[[place]]
name = "Negeri Sembilan"
kind = "province"
aliases = ["森美兰州", "森美蘭州", "森美兰", "森美蘭"]

[[place]]
name = "Pahang"
kind = "province"
aliases = ["彭亨州", "彭亨"]

[[place]]
name = "Penang State"
kind = "province"
aliases = ["State of Penang", "Pulau Pinang", "槟城州", "檳城州"]

[[place]]
name = "Perak"
kind = "province"
aliases = ["霹雳州", "霹靂州"]

[[place]]
name = "Perlis"
kind = "province"
aliases = []

[[place]]
name = "Sabah"
kind = "province"
aliases = ["沙巴州", "沙巴"]

[[place]]
name = "Sarawak"
kind = "province"
aliases = ["砂拉越州", "砂拉越", "沙捞越", "沙撈越"]

[[place]]
name = "Selangor"
kind = "province"
aliases = ["雪兰莪州", "雪蘭莪州", "雪兰莪", "雪蘭莪"]

[[place]]
name = "Terengganu"
kind = "province"
aliases = ["登嘉楼州", "登嘉樓州", "登嘉楼", "登嘉樓", "丁加奴"]

[[place]]
name = "Rayong"
kind = "province"
aliases = ["Rayong Province", "罗勇府", "羅勇府"]

[[place]]
name = "Chonburi"
kind = "province"
aliases = ["Chon Buri", "Chonburi Province", "春武里府"]

[[place]]
name = "Chachoengsao"
kind = "province"
aliases = ["Chachoengsao Province", "北柳府"]

[[place]]
name = "Prachinburi"
kind = "province"
aliases = ["Prachin Buri", "巴真府"]

[[place]]
name = "Bac Ninh"
kind = "province"
aliases = ["Bắc Ninh", "Bac Ninh Province", "北宁省", "北寧省"]

[[place]]
name = "Bac Giang"
kind = "province"
aliases = ["Bắc Giang", "Bac Giang Province", "北江省"]

[[place]]
name = "Quang Ninh"
kind = "province"
aliases = ["Quảng Ninh", "Quang Ninh Province", "广宁省", "廣寧省"]

[[place]]
name = "Ha Tinh"
kind = "province"
aliases = ["Hà Tĩnh", "Ha Tinh Province", "河静省", "河靜省"]

[[place]]
name = "Binh Duong"
kind = "province"
aliases = ["Bình Dương", "Binh Duong Province", "平阳省", "平陽省"]

[[place]]
name = "Dong Nai"
kind = "province"
aliases = ["Đồng Nai", "Dong Nai Province", "同奈省"]

[[place]]
name = "Thai Nguyen"
kind = "province"
aliases = ["Thái Nguyên", "Thai Nguyen Province"]

# ---------------------------------------------------------------------------------------------
# Europe and Africa: other first-level subdivisions (kind = province)
# The UK nations, Spanish autonomous communities, French and Italian regions, and a few provinces,
# counties and states that recur in battery and chip news. "Valencia" alone is the city.
# ---------------------------------------------------------------------------------------------

[[place]]
name = "England"
kind = "province"
aliases = ["英格兰", "英格蘭"]

[[place]]
name = "Scotland"
kind = "province"
aliases = ["苏格兰", "蘇格蘭"]

[[place]]
name = "Wales"
kind = "province"
aliases = ["威尔士", "威爾士", "威爾斯"]

[[place]]
name = "Northern Ireland"
kind = "province"
aliases = ["北爱尔兰", "北愛爾蘭"]

[[place]]
name = "Catalonia"
kind = "province"
aliases = ["Catalunya", "加泰罗尼亚", "加泰羅尼亞", "加泰隆尼亞"]

[[place]]
name = "Andalusia"
kind = "province"
aliases = ["Andalucía", "安达卢西亚", "安達盧西亞"]

[[place]]
name = "Aragon"
kind = "province"
aliases = ["Aragón", "阿拉贡", "阿拉貢"]

[[place]]
name = "Extremadura"
kind = "province"
aliases = ["埃斯特雷马杜拉", "埃斯特雷馬杜拉"]

[[place]]
name = "Castile and León"
kind = "province"
aliases = ["Castilla y León"]

[[place]]
name = "Galicia"
kind = "province"
aliases = []

[[place]]
name = "Basque Country"
kind = "province"
aliases = ["巴斯克自治区", "巴斯克自治區"]

[[place]]
name = "Navarre"
kind = "province"
aliases = ["Navarra", "纳瓦拉", "納瓦拉"]

[[place]]
name = "Valencian Community"
kind = "province"
aliases = ["Comunitat Valenciana", "巴伦西亚自治区", "巴倫西亞自治區", "瓦倫西亞自治區", "華倫西亞自治區"]

[[place]]
name = "Hauts-de-France"
kind = "province"
aliases = ["上法兰西大区", "上法蘭西大區"]

[[place]]
name = "Île-de-France"
kind = "province"
aliases = ["Ile-de-France", "法兰西岛大区", "法蘭西島大區"]

[[place]]
name = "Auvergne-Rhône-Alpes"
kind = "province"
aliases = ["Auvergne-Rhone-Alpes"]

[[place]]
name = "Grand Est"
kind = "province"
aliases = []

[[place]]
name = "Occitanie"
kind = "province"
aliases = []

[[place]]
name = "Nouvelle-Aquitaine"
kind = "province"
aliases = []

[[place]]
name = "Provence-Alpes-Côte d'Azur"
kind = "province"
aliases = []

[[place]]
name = "Normandy"
kind = "province"
aliases = ["Normandie", "诺曼底", "諾曼底", "諾曼第"]

[[place]]
name = "Lombardy"
kind = "province"
aliases = ["Lombardia", "伦巴第", "倫巴第"]

[[place]]
name = "Piedmont"
kind = "province"
aliases = ["Piemonte", "皮埃蒙特"]

[[place]]
name = "Sicily"
kind = "province"
aliases = ["Sicilia", "西西里岛", "西西里島", "西西里"]

[[place]]
name = "Veneto"
kind = "province"
aliases = ["威尼托"]

[[place]]
name = "Emilia-Romagna"
kind = "province"
aliases = []

[[place]]
name = "Lazio"
kind = "province"
aliases = []

[[place]]
name = "Molise"
kind = "province"
aliases = []

[[place]]
name = "Apulia"
kind = "province"
aliases = ["Puglia"]

[[place]]
name = "Tuscany"
kind = "province"
aliases = ["Toscana", "托斯卡纳", "托斯卡納"]

[[place]]
name = "Lower Silesian Voivodeship"
kind = "province"
aliases = ["Lower Silesia", "下西里西亚省", "下西里西亞省"]

[[place]]
name = "Hajdú-Bihar County"
kind = "province"
aliases = ["Hajdu-Bihar County", "Hajdú-Bihar"]

[[place]]
name = "Pest County"
kind = "province"
aliases = []

[[place]]
name = "Komárom-Esztergom County"
kind = "province"
aliases = ["Komarom-Esztergom County", "Komárom-Esztergom"]

[[place]]
name = "Fejér County"
kind = "province"
aliases = ["Fejer County"]

[[place]]
name = "North Brabant"
kind = "province"
aliases = ["Noord-Brabant", "北布拉班特省"]

[[place]]
name = "Gelderland"
kind = "province"
aliases = []

[[place]]
name = "Flanders"
kind = "province"
aliases = ["Flemish Region", "佛兰德", "佛蘭德"]

[[place]]
name = "Wallonia"
kind = "province"
aliases = ["Walloon Region", "瓦隆"]

[[place]]
name = "Carinthia"
kind = "province"
aliases = ["Kärnten", "克恩顿州", "克恩頓州"]

[[place]]
name = "Styria"
kind = "province"
aliases = ["Steiermark", "施蒂利亚州", "施蒂利亞州"]

[[place]]
name = "Upper Austria"
kind = "province"
aliases = ["Oberösterreich", "上奥地利州", "上奧地利州"]

[[place]]
name = "Haut-Katanga"
kind = "province"
aliases = ["Haut-Katanga Province", "上加丹加省"]

[[place]]
name = "Lualaba"
kind = "province"
aliases = ["Lualaba Province", "卢阿拉巴省", "盧阿拉巴省"]

# ---------------------------------------------------------------------------------------------
# Taiwan: special municipalities, cities, districts and townships (kind = city)
# ---------------------------------------------------------------------------------------------

[[place]]
name = "Taipei"
kind = "city"
aliases = ["Taipei City", "台北", "臺北", "台北市", "臺北市"]

[[place]]
name = "New Taipei"
kind = "city"
aliases = ["New Taipei City", "新北", "新北市"]

[[place]]
name = "Taoyuan"
kind = "city"
aliases = ["Taoyuan City", "桃园", "桃園", "桃园市", "桃園市"]

[[place]]
name = "Taichung"
kind = "city"
aliases = ["Taichung City", "台中", "臺中", "台中市", "臺中市"]

[[place]]
name = "Tainan"
kind = "city"
aliases = ["Tainan City", "台南", "臺南", "台南市", "臺南市"]

[[place]]
name = "Kaohsiung"
kind = "city"
aliases = ["Kaohsiung City", "高雄", "高雄市"]

[[place]]
name = "Keelung"
kind = "city"
aliases = ["Keelung City", "基隆", "基隆市"]

[[place]]
name = "Hsinchu"
kind = "city"
aliases = ["Hsinchu City", "新竹", "新竹市"]

[[place]]
name = "Chiayi"
kind = "city"
aliases = ["Chiayi City", "嘉义", "嘉義", "嘉义市", "嘉義市"]

[[place]]
name = "Zhubei"
kind = "city"
aliases = ["Jhubei", "Zhubei City", "竹北", "竹北市"]

[[place]]
name = "Zhunan"
kind = "city"
aliases = ["Jhunan", "Zhunan Township", "竹南", "竹南镇", "竹南鎮"]

[[place]]
name = "Toufen"
kind = "city"
aliases = ["Toufen City", "头份", "頭份", "头份市", "頭份市"]

[[place]]
name = "Zhudong"
kind = "city"
aliases = ["Jhudong", "Zhudong Township", "竹东", "竹東", "竹东镇", "竹東鎮"]

# 寶山 alone is the Shanghai district
[[place]]
name = "Baoshan Township, Hsinchu"
kind = "city"
aliases = ["宝山乡", "寶山鄉"]

[[place]]
name = "Hukou Township"
kind = "city"
aliases = ["湖口乡", "湖口鄉"]

[[place]]
name = "Tongluo Township"
kind = "city"
aliases = ["Tongluo", "铜锣乡", "銅鑼鄉"]

[[place]]
name = "Longtan District"
kind = "city"
aliases = ["Longtan", "龙潭区", "龍潭區"]

[[place]]
name = "Zhongli District"
kind = "city"
aliases = ["Zhongli", "Jhongli", "中坜区", "中壢區", "中坜", "中壢"]

[[place]]
name = "Guishan District"
kind = "city"
aliases = ["龟山区", "龜山區"]

[[place]]
name = "Dayuan District"
kind = "city"
aliases = ["大园区", "大園區"]

[[place]]
name = "Neihu District"
kind = "city"
aliases = ["Neihu", "内湖区", "內湖區"]

[[place]]
name = "Houli District"
kind = "city"
aliases = ["Houli", "后里区", "后里區", "后里"]

[[place]]
name = "Shanhua District"
kind = "city"
aliases = ["Shanhua", "善化区", "善化區", "善化"]

[[place]]
name = "Annan District"
kind = "city"
aliases = ["安南区", "安南區"]

[[place]]
name = "Xinshi District, Tainan"
kind = "city"
aliases = ["新市区", "新市區"]

[[place]]
name = "Luzhu District"
kind = "city"
aliases = ["Luzhu", "路竹区", "路竹區", "路竹"]

[[place]]
name = "Nanzih District"
kind = "city"
aliases = ["Nanzih", "Nanzi", "楠梓区", "楠梓區", "楠梓"]

[[place]]
name = "Qiaotou District"
kind = "city"
aliases = ["Qiaotou", "Ciaotou", "桥头区", "橋頭區"]

[[place]]
name = "Mailiao Township"
kind = "city"
aliases = ["Mailiao", "麦寮乡", "麥寮鄉", "麦寮", "麥寮"]

[[place]]
name = "Douliu"
kind = "city"
aliases = ["Douliu City", "斗六市", "斗六"]

# ---------------------------------------------------------------------------------------------
# Japan, Korea: cities and towns (kind = city)
# "Tokyo", "Osaka", "Kyoto" and their Chinese names are the cities. Other prefectural capitals that
# share the prefecture's name appear as "<name> City" / <name>市 only.
# ---------------------------------------------------------------------------------------------

[[place]]
name = "Tokyo"
kind = "city"
aliases = ["Tokyo City", "东京", "東京"]

[[place]]
name = "Osaka"
kind = "city"
aliases = ["Osaka City", "大阪", "大阪市"]

[[place]]
name = "Kyoto"
kind = "city"
aliases = ["Kyoto City", "京都", "京都市"]

[[place]]
name = "Yokohama"
kind = "city"
aliases = ["横滨", "橫濱", "横滨市", "橫濱市"]

[[place]]
name = "Nagoya"
kind = "city"
aliases = ["名古屋", "名古屋市"]

[[place]]
name = "Kobe"
kind = "city"
aliases = ["神户", "神戶", "神户市", "神戶市"]

[[place]]
name = "Sapporo"
kind = "city"
aliases = ["札幌", "札幌市"]

# bare 千岁 is left out (also a greeting)
[[place]]
name = "Chitose"
kind = "city"
aliases = ["千岁市", "千歲市"]

[[place]]
name = "Kikuyo"
kind = "city"
aliases = ["Kikuyo Town", "Kikuyo-machi", "菊阳町", "菊陽町", "菊阳", "菊陽"]

[[place]]
name = "Ozu, Kumamoto"
kind = "city"
aliases = ["Ozu Town", "大津町"]

[[place]]
name = "Kumamoto City"
kind = "city"
aliases = ["熊本市"]

[[place]]
name = "Hiroshima City"
kind = "city"
aliases = ["广岛市", "廣島市"]

[[place]]
name = "Fukuoka City"
kind = "city"
aliases = ["福冈市", "福岡市"]

[[place]]
name = "Nagasaki City"
kind = "city"
aliases = ["长崎市", "長崎市"]

[[place]]
name = "Kagoshima City"
kind = "city"
aliases = ["鹿儿岛市", "鹿兒島市"]

[[place]]
name = "Oita City"
kind = "city"
aliases = ["大分市"]

[[place]]
name = "Niigata City"
kind = "city"
aliases = ["新潟市"]

[[place]]
name = "Okayama City"
kind = "city"
aliases = ["冈山市", "岡山市"]

[[place]]
name = "Sendai"
kind = "city"
aliases = ["仙台", "仙臺", "仙台市", "仙臺市"]

[[place]]
name = "Kitakyushu"
kind = "city"
aliases = ["北九州", "北九州市"]

# bare 北上 is left out (a verb, "go north")
[[place]]
name = "Kitakami"
kind = "city"
aliases = ["北上市"]

[[place]]
name = "Yokkaichi"
kind = "city"
aliases = ["四日市", "四日市市"]

[[place]]
name = "Himeji"
kind = "city"
aliases = ["姬路", "姬路市"]

[[place]]
name = "Sakai"
kind = "city"
aliases = ["堺市"]

[[place]]
name = "Kawasaki"
kind = "city"
aliases = ["川崎", "川崎市"]

[[place]]
name = "Tsukuba"
kind = "city"
aliases = ["筑波", "筑波市"]

[[place]]
name = "Hamamatsu"
kind = "city"
aliases = ["滨松", "濱松", "滨松市", "濱松市"]

[[place]]
name = "Toyota City"
kind = "city"
aliases = ["丰田市", "豐田市"]

[[place]]
name = "Kariya"
kind = "city"
aliases = ["刈谷", "刈谷市"]

[[place]]
name = "Amagasaki"
kind = "city"
aliases = ["尼崎", "尼崎市"]

[[place]]
name = "Kanazawa"
kind = "city"
aliases = ["金泽", "金澤", "金泽市", "金澤市"]

[[place]]
name = "Isahaya"
kind = "city"
aliases = ["谏早市", "諫早市"]

[[place]]
name = "Seoul"
kind = "city"
aliases = ["首尔", "首爾", "首尔市", "首爾市", "漢城"]

[[place]]
name = "Busan"
kind = "city"
aliases = ["釜山", "釜山市"]

[[place]]
name = "Incheon"
kind = "city"
aliases = ["仁川", "仁川市"]

[[place]]
name = "Daegu"
kind = "city"
aliases = ["大邱", "大邱市"]

[[place]]
name = "Daejeon"
kind = "city"
aliases = ["大田市"]

[[place]]
name = "Gwangju"
kind = "city"
aliases = ["光州", "光州市"]

[[place]]
name = "Ulsan"
kind = "city"
aliases = ["蔚山", "蔚山市"]

[[place]]
name = "Sejong"
kind = "city"
aliases = ["Sejong City", "世宗市"]

[[place]]
name = "Pyeongtaek"
kind = "city"
aliases = ["平泽", "平澤", "平泽市", "平澤市"]

[[place]]
name = "Yongin"
kind = "city"
aliases = ["龙仁", "龍仁", "龙仁市", "龍仁市"]

[[place]]
name = "Hwaseong"
kind = "city"
aliases = ["华城市", "華城市"]

# 利川 is taken as Icheon (SK hynix); Lichuan in Hubei is not listed
[[place]]
name = "Icheon"
kind = "city"
aliases = ["利川", "利川市"]

[[place]]
name = "Cheongju"
kind = "city"
aliases = ["清州", "清州市"]

[[place]]
name = "Ochang"
kind = "city"
aliases = []

[[place]]
name = "Cheonan"
kind = "city"
aliases = ["天安市"]

[[place]]
name = "Asan"
kind = "city"
aliases = ["牙山", "牙山市"]

[[place]]
name = "Gumi"
kind = "city"
aliases = ["龟尾", "龜尾", "龟尾市", "龜尾市"]

[[place]]
name = "Pohang"
kind = "city"
aliases = ["浦项", "浦項", "浦项市", "浦項市"]

[[place]]
name = "Gwangyang"
kind = "city"
aliases = ["光阳市", "光陽市"]

[[place]]
name = "Giheung"
kind = "city"
aliases = ["器兴", "器興"]

[[place]]
name = "Suwon"
kind = "city"
aliases = ["水原", "水原市"]

[[place]]
name = "Seongnam"
kind = "city"
aliases = ["城南市"]

[[place]]
name = "Changwon"
kind = "city"
aliases = ["昌原", "昌原市"]

[[place]]
name = "Gunsan"
kind = "city"
aliases = []

# ---------------------------------------------------------------------------------------------
# Cities around the world (kind = city)
# Cities with battery, lithium, semiconductor or trade importance, with their Chinese names where one
# is established. Left out as ordinary words or people's names: Reading, Mobile, Bath, Split, Orange,
# Independence, Commerce, Clay, Malta (New York), Sparks, Nice, Tours, Warren, Marshall, Dalton.
# "Penang" is the city (the state is "Penang State"); "Salta" is the province. Chinese names shared
# by two cities are given to the one that matters here: 圣何塞 San Jose (California), 圣地亚哥
# Santiago (Chile; San Diego keeps 圣迭戈), 圣保罗 São Paulo, 奥克兰 Auckland, 华盛顿 Washington, D.C.
# ---------------------------------------------------------------------------------------------

[[place]]
name = "Washington, D.C."
kind = "city"
aliases = ["Washington DC", "Washington D.C.", "District of Columbia", "华盛顿特区", "華盛頓特區", "华盛顿", "華盛頓"]

[[place]]
name = "New York City"
kind = "city"
aliases = ["New York", "NYC", "纽约", "紐約", "纽约市", "紐約市"]

[[place]]
name = "Phoenix"
kind = "city"
aliases = ["凤凰城", "鳳凰城"]

[[place]]
name = "Chandler"
kind = "city"
aliases = ["钱德勒", "錢德勒"]

[[place]]
name = "Queen Creek"
kind = "city"
aliases = []

[[place]]
name = "Tucson"
kind = "city"
aliases = ["图森", "圖森"]

[[place]]
name = "Tempe"
kind = "city"
aliases = ["坦佩"]

[[place]]
name = "Scottsdale"
kind = "city"
aliases = []

[[place]]
name = "Casa Grande"
kind = "city"
aliases = []

[[place]]
name = "Austin"
kind = "city"
aliases = ["奥斯汀", "奧斯汀"]

# Samsung's fab town in Texas; bare 泰勒 is left out (a common transliterated name)
[[place]]
name = "Taylor"
kind = "city"
aliases = ["泰勒市"]

[[place]]
name = "Dallas"
kind = "city"
aliases = ["达拉斯", "達拉斯"]

[[place]]
name = "Houston"
kind = "city"
aliases = ["休斯敦", "休士頓"]

[[place]]
name = "San Antonio"
kind = "city"
aliases = ["圣安东尼奥", "聖安東尼奧"]

[[place]]
name = "Sherman"
kind = "city"
aliases = []

[[place]]
name = "Fort Worth"
kind = "city"
aliases = ["沃斯堡"]

[[place]]
name = "Brownsville"
kind = "city"
aliases = []

[[place]]
name = "Corpus Christi"
kind = "city"
aliases = []

[[place]]
name = "Boise"
kind = "city"
aliases = ["博伊西"]

[[place]]
name = "Lehi"
kind = "city"
aliases = []

[[place]]
name = "Salt Lake City"
kind = "city"
aliases = ["盐湖城", "鹽湖城"]

[[place]]
name = "Hillsboro"
kind = "city"
aliases = ["希尔斯伯勒", "希爾斯伯勒"]

[[place]]
name = "Portland"
kind = "city"
aliases = ["波特兰", "波特蘭"]

[[place]]
name = "Seattle"
kind = "city"
aliases = ["西雅图", "西雅圖"]

[[place]]
name = "Moses Lake"
kind = "city"
aliases = []

[[place]]
name = "Syracuse"
kind = "city"
aliases = ["锡拉丘兹", "錫拉丘茲"]

[[place]]
name = "Albany"
kind = "city"
aliases = ["奥尔巴尼", "奧爾巴尼"]

[[place]]
name = "East Fishkill"
kind = "city"
aliases = []

[[place]]
name = "Boston"
kind = "city"
aliases = ["波士顿", "波士頓"]

[[place]]
name = "Philadelphia"
kind = "city"
aliases = ["费城", "費城"]

[[place]]
name = "Pittsburgh"
kind = "city"
aliases = ["匹兹堡", "匹茲堡"]

[[place]]
name = "Chicago"
kind = "city"
aliases = ["芝加哥"]

[[place]]
name = "Detroit"
kind = "city"
aliases = ["底特律"]

[[place]]
name = "Lansing"
kind = "city"
aliases = []

[[place]]
name = "Columbus"
kind = "city"
aliases = []

[[place]]
name = "New Albany"
kind = "city"
aliases = []

[[place]]
name = "Lordstown"
kind = "city"
aliases = []

[[place]]
name = "Cleveland"
kind = "city"
aliases = ["克利夫兰", "克利夫蘭"]

[[place]]
name = "Cincinnati"
kind = "city"
aliases = ["辛辛那提"]

[[place]]
name = "Indianapolis"
kind = "city"
aliases = ["印第安纳波利斯", "印第安納波利斯"]

[[place]]
name = "Kokomo"
kind = "city"
aliases = []

[[place]]
name = "New Carlisle"
kind = "city"
aliases = []

[[place]]
name = "West Lafayette"
kind = "city"
aliases = []

[[place]]
name = "Fort Wayne"
kind = "city"
aliases = []

[[place]]
name = "Louisville"
kind = "city"
aliases = ["路易斯维尔", "路易斯維爾"]

[[place]]
name = "Elizabethtown"
kind = "city"
aliases = []

[[place]]
name = "Bowling Green"
kind = "city"
aliases = []

[[place]]
name = "Nashville"
kind = "city"
aliases = ["纳什维尔", "納什維爾"]

[[place]]
name = "Memphis"
kind = "city"
aliases = ["孟菲斯"]

[[place]]
name = "Chattanooga"
kind = "city"
aliases = []

[[place]]
name = "Spring Hill"
kind = "city"
aliases = []

[[place]]
name = "Clarksville"
kind = "city"
aliases = []

[[place]]
name = "Atlanta"
kind = "city"
aliases = ["亚特兰大", "亞特蘭大"]

[[place]]
name = "Savannah"
kind = "city"
aliases = []

[[place]]
name = "Ellabell"
kind = "city"
aliases = []

[[place]]
name = "Cartersville"
kind = "city"
aliases = []

[[place]]
name = "Charlotte"
kind = "city"
aliases = ["夏洛特"]

[[place]]
name = "Raleigh"
kind = "city"
aliases = []

[[place]]
name = "Durham"
kind = "city"
aliases = []

[[place]]
name = "Kings Mountain"
kind = "city"
aliases = []

[[place]]
name = "Greensboro"
kind = "city"
aliases = []

[[place]]
name = "Greenville"
kind = "city"
aliases = []

[[place]]
name = "Spartanburg"
kind = "city"
aliases = []

[[place]]
name = "Charleston"
kind = "city"
aliases = ["查尔斯顿", "查爾斯頓"]

[[place]]
name = "Lake Charles"
kind = "city"
aliases = []

[[place]]
name = "Baton Rouge"
kind = "city"
aliases = []

[[place]]
name = "New Orleans"
kind = "city"
aliases = ["新奥尔良", "新奧爾良", "紐奧良"]

[[place]]
name = "Las Vegas"
kind = "city"
aliases = ["拉斯维加斯", "拉斯維加斯"]

[[place]]
name = "Reno"
kind = "city"
aliases = ["里诺", "里諾"]

[[place]]
name = "Carson City"
kind = "city"
aliases = []

[[place]]
name = "Storey County"
kind = "city"
aliases = []

[[place]]
name = "Fremont"
kind = "city"
aliases = ["弗里蒙特"]

[[place]]
name = "San Jose"
kind = "city"
aliases = ["圣何塞", "聖何塞"]

[[place]]
name = "Santa Clara"
kind = "city"
aliases = ["圣克拉拉", "聖克拉拉"]

[[place]]
name = "Sunnyvale"
kind = "city"
aliases = []

[[place]]
name = "Cupertino"
kind = "city"
aliases = ["库比蒂诺", "庫比蒂諾"]

[[place]]
name = "Palo Alto"
kind = "city"
aliases = ["帕洛阿尔托", "帕洛阿爾托"]

[[place]]
name = "Mountain View"
kind = "city"
aliases = ["山景城"]

[[place]]
name = "Milpitas"
kind = "city"
aliases = []

[[place]]
name = "San Francisco"
kind = "city"
aliases = ["旧金山", "舊金山", "三藩市"]

[[place]]
name = "Los Angeles"
kind = "city"
aliases = ["洛杉矶", "洛杉磯"]

[[place]]
name = "San Diego"
kind = "city"
aliases = ["圣迭戈", "聖迭戈"]

[[place]]
name = "Sacramento"
kind = "city"
aliases = ["萨克拉门托", "薩克拉門托"]

[[place]]
name = "Denver"
kind = "city"
aliases = ["丹佛"]

[[place]]
name = "Colorado Springs"
kind = "city"
aliases = []

[[place]]
name = "Albuquerque"
kind = "city"
aliases = ["阿尔伯克基", "阿爾伯克基"]

[[place]]
name = "Rio Rancho"
kind = "city"
aliases = []

[[place]]
name = "Oklahoma City"
kind = "city"
aliases = ["俄克拉何马城", "俄克拉何馬城"]

[[place]]
name = "Tulsa"
kind = "city"
aliases = []

[[place]]
name = "Kansas City"
kind = "city"
aliases = ["堪萨斯城", "堪薩斯城"]

[[place]]
name = "De Soto"
kind = "city"
aliases = []

[[place]]
name = "Minneapolis"
kind = "city"
aliases = ["明尼阿波利斯"]

[[place]]
name = "Miami"
kind = "city"
aliases = ["迈阿密", "邁阿密"]

[[place]]
name = "Tampa"
kind = "city"
aliases = []

[[place]]
name = "Jacksonville"
kind = "city"
aliases = []

[[place]]
name = "Rochester"
kind = "city"
aliases = []

[[place]]
name = "Newark"
kind = "city"
aliases = []

[[place]]
name = "Baltimore"
kind = "city"
aliases = ["巴尔的摩", "巴爾的摩"]

[[place]]
name = "Toronto"
kind = "city"
aliases = ["多伦多", "多倫多"]

[[place]]
name = "Montreal"
kind = "city"
aliases = ["Montréal", "蒙特利尔", "蒙特利爾", "蒙特婁"]

[[place]]
name = "Vancouver"
kind = "city"
aliases = ["温哥华", "溫哥華", "温哥華"]

[[place]]
name = "Calgary"
kind = "city"
aliases = ["卡尔加里", "卡爾加里"]

[[place]]
name = "Edmonton"
kind = "city"
aliases = ["埃德蒙顿", "埃德蒙頓"]

[[place]]
name = "Ottawa"
kind = "city"
aliases = ["渥太华", "渥太華"]

[[place]]
name = "Windsor"
kind = "city"
aliases = []

[[place]]
name = "St. Thomas"
kind = "city"
aliases = ["St Thomas"]

[[place]]
name = "Bécancour"
kind = "city"
aliases = ["Becancour"]

[[place]]
name = "Quebec City"
kind = "city"
aliases = ["Québec City", "魁北克市"]

[[place]]
name = "Sudbury"
kind = "city"
aliases = ["Greater Sudbury"]

[[place]]
name = "Thunder Bay"
kind = "city"
aliases = []

[[place]]
name = "Winnipeg"
kind = "city"
aliases = ["温尼伯", "溫尼伯"]

[[place]]
name = "Halifax"
kind = "city"
aliases = []

[[place]]
name = "Mexico City"
kind = "city"
aliases = ["Ciudad de México", "CDMX", "墨西哥城"]

[[place]]
name = "Monterrey"
kind = "city"
aliases = ["蒙特雷"]

[[place]]
name = "Saltillo"
kind = "city"
aliases = []

[[place]]
name = "Guadalajara"
kind = "city"
aliases = ["瓜达拉哈拉", "瓜達拉哈拉"]

[[place]]
name = "Tijuana"
kind = "city"
aliases = []

[[place]]
name = "Hermosillo"
kind = "city"
aliases = []

[[place]]
name = "Ciudad Juárez"
kind = "city"
aliases = ["Ciudad Juarez"]

[[place]]
name = "Santiago"
kind = "city"
aliases = ["Santiago de Chile", "圣地亚哥", "聖地亞哥"]

[[place]]
name = "Antofagasta"
kind = "city"
aliases = ["安托法加斯塔"]

[[place]]
name = "Calama"
kind = "city"
aliases = []

[[place]]
name = "Mejillones"
kind = "city"
aliases = []

[[place]]
name = "Copiapó"
kind = "city"
aliases = ["Copiapo"]

[[place]]
name = "Iquique"
kind = "city"
aliases = []

[[place]]
name = "Valparaíso"
kind = "city"
aliases = ["Valparaiso", "瓦尔帕莱索", "瓦爾帕萊索"]

[[place]]
name = "Buenos Aires"
kind = "city"
aliases = ["布宜诺斯艾利斯", "布宜諾斯艾利斯"]

[[place]]
name = "San Salvador de Jujuy"
kind = "city"
aliases = []

[[place]]
name = "San Fernando del Valle de Catamarca"
kind = "city"
aliases = []

[[place]]
name = "La Paz"
kind = "city"
aliases = ["拉巴斯"]

[[place]]
name = "Uyuni"
kind = "city"
aliases = ["乌尤尼", "烏尤尼"]

[[place]]
name = "Lima"
kind = "city"
aliases = ["利马", "利馬"]

[[place]]
name = "São Paulo"
kind = "city"
aliases = ["Sao Paulo", "圣保罗", "聖保羅"]

[[place]]
name = "Rio de Janeiro"
kind = "city"
aliases = ["里约热内卢", "里約熱內盧"]

[[place]]
name = "Brasília"
kind = "city"
aliases = ["Brasilia", "巴西利亚", "巴西利亞"]

[[place]]
name = "Camaçari"
kind = "city"
aliases = ["Camacari", "卡马萨里", "卡馬薩里"]

[[place]]
name = "Belo Horizonte"
kind = "city"
aliases = []

[[place]]
name = "Manaus"
kind = "city"
aliases = ["马瑙斯", "馬瑙斯"]

[[place]]
name = "Bogotá"
kind = "city"
aliases = ["Bogota", "波哥大"]

[[place]]
name = "Quito"
kind = "city"
aliases = ["基多"]

[[place]]
name = "Caracas"
kind = "city"
aliases = ["加拉加斯"]

[[place]]
name = "Montevideo"
kind = "city"
aliases = ["蒙得维的亚", "蒙得維的亞"]

[[place]]
name = "Berlin"
kind = "city"
aliases = ["柏林"]

[[place]]
name = "Hamburg"
kind = "city"
aliases = []

[[place]]
name = "Bremen"
kind = "city"
aliases = ["不来梅", "不來梅", "不萊梅"]

[[place]]
name = "Munich"
kind = "city"
aliases = ["München", "慕尼黑"]

[[place]]
name = "Frankfurt"
kind = "city"
aliases = ["Frankfurt am Main", "法兰克福", "法蘭克福"]

[[place]]
name = "Stuttgart"
kind = "city"
aliases = ["斯图加特", "斯圖加特"]

[[place]]
name = "Cologne"
kind = "city"
aliases = ["Köln", "科隆"]

[[place]]
name = "Düsseldorf"
kind = "city"
aliases = ["Dusseldorf", "杜塞尔多夫", "杜塞爾多夫", "杜塞道夫"]

[[place]]
name = "Dresden"
kind = "city"
aliases = ["德累斯顿", "德累斯頓", "德勒斯登"]

[[place]]
name = "Leipzig"
kind = "city"
aliases = ["莱比锡", "萊比錫"]

[[place]]
name = "Magdeburg"
kind = "city"
aliases = ["马格德堡", "馬格德堡"]

[[place]]
name = "Erfurt"
kind = "city"
aliases = ["埃尔福特", "埃爾福特"]

[[place]]
name = "Arnstadt"
kind = "city"
aliases = ["阿恩施塔特"]

[[place]]
name = "Grünheide"
kind = "city"
aliases = ["Gruenheide", "Grunheide"]

[[place]]
name = "Salzgitter"
kind = "city"
aliases = ["萨尔茨吉特", "薩爾茨吉特"]

[[place]]
name = "Wolfsburg"
kind = "city"
aliases = ["沃尔夫斯堡", "沃爾夫斯堡"]

[[place]]
name = "Heide"
kind = "city"
aliases = []

[[place]]
name = "Itzehoe"
kind = "city"
aliases = []

[[place]]
name = "Kaiserslautern"
kind = "city"
aliases = []

[[place]]
name = "Regensburg"
kind = "city"
aliases = ["雷根斯堡"]

[[place]]
name = "Hanover"
kind = "city"
aliases = ["Hannover", "汉诺威", "漢諾威", "漢諾瓦"]

[[place]]
name = "Ingolstadt"
kind = "city"
aliases = ["英戈尔施塔特", "英戈爾施塔特"]

[[place]]
name = "Zwickau"
kind = "city"
aliases = ["茨维考", "茨維考"]

[[place]]
name = "Jena"
kind = "city"
aliases = []

[[place]]
name = "Karlsruhe"
kind = "city"
aliases = ["卡尔斯鲁厄", "卡爾斯魯厄"]

[[place]]
name = "Ludwigshafen"
kind = "city"
aliases = ["路德维希港", "路德維希港"]

[[place]]
name = "Schwarzheide"
kind = "city"
aliases = []

[[place]]
name = "Guben"
kind = "city"
aliases = []

[[place]]
name = "Heilbronn"
kind = "city"
aliases = []

[[place]]
name = "Ulm"
kind = "city"
aliases = []

[[place]]
name = "Saarlouis"
kind = "city"
aliases = []

[[place]]
name = "Kamenz"
kind = "city"
aliases = []

[[place]]
name = "Dortmund"
kind = "city"
aliases = ["多特蒙德"]

[[place]]
name = "Aachen"
kind = "city"
aliases = ["亚琛", "亞琛"]

[[place]]
name = "Nuremberg"
kind = "city"
aliases = ["Nürnberg", "纽伦堡", "紐倫堡"]

[[place]]
name = "Budapest"
kind = "city"
aliases = ["布达佩斯", "布達佩斯"]

[[place]]
name = "Debrecen"
kind = "city"
aliases = ["德布勒森"]

[[place]]
name = "Göd"
kind = "city"
aliases = ["Goed"]

[[place]]
name = "Iváncsa"
kind = "city"
aliases = ["Ivancsa"]

[[place]]
name = "Komárom"
kind = "city"
aliases = ["Komarom"]

[[place]]
name = "Szeged"
kind = "city"
aliases = ["塞格德"]

[[place]]
name = "Nyíregyháza"
kind = "city"
aliases = ["Nyiregyhaza"]

[[place]]
name = "Miskolc"
kind = "city"
aliases = []

[[place]]
name = "Győr"
kind = "city"
aliases = ["Gyor"]

[[place]]
name = "Kecskemét"
kind = "city"
aliases = ["Kecskemet"]

[[place]]
name = "Warsaw"
kind = "city"
aliases = ["华沙", "華沙"]

[[place]]
name = "Wrocław"
kind = "city"
aliases = ["Wroclaw", "弗罗茨瓦夫", "弗羅茨瓦夫"]

[[place]]
name = "Kraków"
kind = "city"
aliases = ["Krakow", "克拉科夫"]

[[place]]
name = "Gdańsk"
kind = "city"
aliases = ["Gdansk", "格但斯克"]

[[place]]
name = "Katowice"
kind = "city"
aliases = ["卡托维兹", "卡托維茲"]

[[place]]
name = "Poznań"
kind = "city"
aliases = ["Poznan", "波兹南", "波茲南"]

[[place]]
name = "Prague"
kind = "city"
aliases = ["布拉格"]

[[place]]
name = "Brno"
kind = "city"
aliases = []

[[place]]
name = "Ostrava"
kind = "city"
aliases = []

[[place]]
name = "Bratislava"
kind = "city"
aliases = ["布拉迪斯拉发", "布拉迪斯拉發", "布拉提斯拉瓦"]

[[place]]
name = "Šurany"
kind = "city"
aliases = ["Surany"]

[[place]]
name = "Nitra"
kind = "city"
aliases = []

[[place]]
name = "Vienna"
kind = "city"
aliases = ["Wien", "维也纳", "維也納"]

[[place]]
name = "Villach"
kind = "city"
aliases = ["菲拉赫"]

[[place]]
name = "Graz"
kind = "city"
aliases = ["格拉茨"]

[[place]]
name = "Linz"
kind = "city"
aliases = ["林茨"]

[[place]]
name = "Zurich"
kind = "city"
aliases = ["Zürich", "苏黎世", "蘇黎世"]

[[place]]
name = "Geneva"
kind = "city"
aliases = ["Genève", "日内瓦", "日內瓦"]

[[place]]
name = "Basel"
kind = "city"
aliases = ["巴塞尔", "巴塞爾"]

[[place]]
name = "Bern"
kind = "city"
aliases = ["伯尔尼", "伯爾尼"]

[[place]]
name = "Lausanne"
kind = "city"
aliases = ["洛桑"]

[[place]]
name = "Paris"
kind = "city"
aliases = ["巴黎"]

[[place]]
name = "Lyon"
kind = "city"
aliases = ["里昂"]

[[place]]
name = "Marseille"
kind = "city"
aliases = ["马赛", "馬賽"]

[[place]]
name = "Toulouse"
kind = "city"
aliases = ["图卢兹", "圖盧茲", "土魯斯"]

[[place]]
name = "Grenoble"
kind = "city"
aliases = ["格勒诺布尔", "格勒諾布爾"]

[[place]]
name = "Crolles"
kind = "city"
aliases = []

[[place]]
name = "Rousset"
kind = "city"
aliases = []

[[place]]
name = "Douai"
kind = "city"
aliases = []

[[place]]
name = "Douvrin"
kind = "city"
aliases = []

[[place]]
name = "Dunkirk"
kind = "city"
aliases = ["Dunkerque", "敦刻尔克", "敦刻爾克"]

[[place]]
name = "Strasbourg"
kind = "city"
aliases = ["斯特拉斯堡"]

[[place]]
name = "Bordeaux"
kind = "city"
aliases = ["波尔多", "波爾多"]

[[place]]
name = "Lille"
kind = "city"
aliases = ["里尔", "里爾"]

[[place]]
name = "Nantes"
kind = "city"
aliases = ["南特"]

[[place]]
name = "Brussels"
kind = "city"
aliases = ["布鲁塞尔", "布魯塞爾"]

[[place]]
name = "Antwerp"
kind = "city"
aliases = ["Antwerpen", "安特卫普", "安特衛普", "安特衞普"]

[[place]]
name = "Leuven"
kind = "city"
aliases = ["鲁汶", "魯汶"]

[[place]]
name = "Ghent"
kind = "city"
aliases = ["Gent", "根特"]

[[place]]
name = "Liège"
kind = "city"
aliases = ["Liege", "列日"]

[[place]]
name = "Amsterdam"
kind = "city"
aliases = ["阿姆斯特丹"]

[[place]]
name = "Rotterdam"
kind = "city"
aliases = ["鹿特丹"]

[[place]]
name = "The Hague"
kind = "city"
aliases = ["Den Haag", "海牙"]

[[place]]
name = "Eindhoven"
kind = "city"
aliases = ["埃因霍温", "埃因霍溫"]

[[place]]
name = "Veldhoven"
kind = "city"
aliases = ["费尔德霍芬", "費爾德霍芬"]

[[place]]
name = "Nijmegen"
kind = "city"
aliases = ["奈梅亨"]

[[place]]
name = "Delft"
kind = "city"
aliases = ["代尔夫特", "代爾夫特"]

[[place]]
name = "Utrecht"
kind = "city"
aliases = ["乌得勒支", "烏得勒支"]

[[place]]
name = "London"
kind = "city"
aliases = ["伦敦", "倫敦"]

[[place]]
name = "Manchester"
kind = "city"
aliases = ["曼彻斯特", "曼徹斯特"]

[[place]]
name = "Birmingham"
kind = "city"
aliases = ["伯明翰", "伯明罕"]

[[place]]
name = "Sunderland"
kind = "city"
aliases = ["桑德兰", "桑德蘭"]

[[place]]
name = "Newport"
kind = "city"
aliases = []

[[place]]
name = "Cambridge"
kind = "city"
aliases = ["剑桥", "劍橋"]

[[place]]
name = "Oxford"
kind = "city"
aliases = ["牛津"]

[[place]]
name = "Edinburgh"
kind = "city"
aliases = ["爱丁堡", "愛丁堡"]

[[place]]
name = "Glasgow"
kind = "city"
aliases = ["格拉斯哥"]

[[place]]
name = "Coventry"
kind = "city"
aliases = ["考文垂"]

[[place]]
name = "Bristol"
kind = "city"
aliases = ["布里斯托尔", "布里斯托爾", "布里斯托"]

[[place]]
name = "Liverpool"
kind = "city"
aliases = ["利物浦"]

[[place]]
name = "Cardiff"
kind = "city"
aliases = ["加的夫"]

[[place]]
name = "Belfast"
kind = "city"
aliases = ["贝尔法斯特", "貝爾法斯特"]

[[place]]
name = "Dublin"
kind = "city"
aliases = ["都柏林"]

[[place]]
name = "Leixlip"
kind = "city"
aliases = []

[[place]]
name = "Cork"
kind = "city"
aliases = []

[[place]]
name = "Madrid"
kind = "city"
aliases = ["马德里", "馬德里"]

[[place]]
name = "Barcelona"
kind = "city"
aliases = ["巴塞罗那", "巴塞羅那", "巴塞隆納", "巴塞隆拿"]

[[place]]
name = "Valencia"
kind = "city"
aliases = ["巴伦西亚", "巴倫西亞", "瓦倫西亞", "華倫西亞", "瓦伦西亚"]

[[place]]
name = "Sagunto"
kind = "city"
aliases = []

[[place]]
name = "Zaragoza"
kind = "city"
aliases = ["Saragossa", "萨拉戈萨", "薩拉戈薩"]

[[place]]
name = "Figueruelas"
kind = "city"
aliases = []

[[place]]
name = "Navalmoral de la Mata"
kind = "city"
aliases = []

[[place]]
name = "Cáceres"
kind = "city"
aliases = ["Caceres", "卡塞雷斯"]

[[place]]
name = "Seville"
kind = "city"
aliases = ["Sevilla", "塞维利亚", "塞維利亞", "塞維亞", "西維爾"]

[[place]]
name = "Bilbao"
kind = "city"
aliases = ["毕尔巴鄂", "畢爾巴鄂"]

[[place]]
name = "Martorell"
kind = "city"
aliases = []

[[place]]
name = "Lisbon"
kind = "city"
aliases = ["Lisboa", "里斯本"]

[[place]]
name = "Porto"
kind = "city"
aliases = ["波尔图", "波爾圖"]

[[place]]
name = "Sines"
kind = "city"
aliases = ["锡尼什", "錫尼什"]

[[place]]
name = "Setúbal"
kind = "city"
aliases = ["Setubal"]

[[place]]
name = "Rome"
kind = "city"
aliases = ["罗马", "羅馬"]

[[place]]
name = "Milan"
kind = "city"
aliases = ["Milano", "米兰", "米蘭"]

[[place]]
name = "Turin"
kind = "city"
aliases = ["Torino", "都灵", "都靈"]

[[place]]
name = "Catania"
kind = "city"
aliases = ["卡塔尼亚", "卡塔尼亞"]

[[place]]
name = "Agrate Brianza"
kind = "city"
aliases = []

[[place]]
name = "Termoli"
kind = "city"
aliases = []

[[place]]
name = "Naples"
kind = "city"
aliases = ["那不勒斯"]

[[place]]
name = "Venice"
kind = "city"
aliases = ["威尼斯"]

[[place]]
name = "Genoa"
kind = "city"
aliases = ["热那亚", "熱那亞"]

[[place]]
name = "Bologna"
kind = "city"
aliases = ["博洛尼亚", "博洛尼亞"]

[[place]]
name = "Stockholm"
kind = "city"
aliases = ["斯德哥尔摩", "斯德哥爾摩"]

[[place]]
name = "Skellefteå"
kind = "city"
aliases = ["Skelleftea", "谢莱夫特奥", "謝萊夫特奧"]

[[place]]
name = "Västerås"
kind = "city"
aliases = ["Vasteras"]

[[place]]
name = "Gothenburg"
kind = "city"
aliases = ["Göteborg", "哥德堡"]

[[place]]
name = "Malmö"
kind = "city"
aliases = ["Malmo", "马尔默", "馬爾默"]

[[place]]
name = "Oslo"
kind = "city"
aliases = ["奥斯陆", "奧斯陸"]

[[place]]
name = "Mo i Rana"
kind = "city"
aliases = []

[[place]]
name = "Arendal"
kind = "city"
aliases = []

[[place]]
name = "Trondheim"
kind = "city"
aliases = []

[[place]]
name = "Bergen"
kind = "city"
aliases = ["卑尔根", "卑爾根"]

[[place]]
name = "Helsinki"
kind = "city"
aliases = ["赫尔辛基", "赫爾辛基"]

[[place]]
name = "Vaasa"
kind = "city"
aliases = ["瓦萨", "瓦薩"]

[[place]]
name = "Kokkola"
kind = "city"
aliases = []

[[place]]
name = "Hamina"
kind = "city"
aliases = []

[[place]]
name = "Espoo"
kind = "city"
aliases = ["埃斯波"]

[[place]]
name = "Oulu"
kind = "city"
aliases = ["奥卢", "奧盧"]

[[place]]
name = "Tampere"
kind = "city"
aliases = ["坦佩雷"]

[[place]]
name = "Copenhagen"
kind = "city"
aliases = ["哥本哈根"]

[[place]]
name = "Aarhus"
kind = "city"
aliases = ["奥胡斯", "奧胡斯"]

[[place]]
name = "Reykjavík"
kind = "city"
aliases = ["Reykjavik", "雷克雅未克"]

[[place]]
name = "Tallinn"
kind = "city"
aliases = ["塔林"]

[[place]]
name = "Riga"
kind = "city"
aliases = ["里加"]

[[place]]
name = "Vilnius"
kind = "city"
aliases = ["维尔纽斯", "維爾紐斯"]

[[place]]
name = "Belgrade"
kind = "city"
aliases = ["贝尔格莱德", "貝爾格萊德", "貝爾格勒"]

[[place]]
name = "Bucharest"
kind = "city"
aliases = ["布加勒斯特"]

[[place]]
name = "Athens"
kind = "city"
aliases = ["雅典"]

[[place]]
name = "Zagreb"
kind = "city"
aliases = ["萨格勒布", "薩格勒布"]

[[place]]
name = "Ljubljana"
kind = "city"
aliases = ["卢布尔雅那", "盧布爾雅那"]

[[place]]
name = "Istanbul"
kind = "city"
aliases = ["伊斯坦布尔", "伊斯坦布爾", "伊斯坦堡"]

[[place]]
name = "Ankara"
kind = "city"
aliases = ["安卡拉"]

[[place]]
name = "Izmir"
kind = "city"
aliases = ["İzmir", "伊兹密尔", "伊茲密爾"]

[[place]]
name = "Moscow"
kind = "city"
aliases = ["莫斯科"]

[[place]]
name = "Saint Petersburg"
kind = "city"
aliases = ["St. Petersburg", "圣彼得堡", "聖彼得堡"]

[[place]]
name = "Kyiv"
kind = "city"
aliases = ["Kiev", "基辅", "基輔"]

[[place]]
name = "Minsk"
kind = "city"
aliases = ["明斯克"]

[[place]]
name = "Almaty"
kind = "city"
aliases = ["阿拉木图", "阿拉木圖"]

[[place]]
name = "Astana"
kind = "city"
aliases = ["阿斯塔纳", "阿斯塔納"]

[[place]]
name = "Tashkent"
kind = "city"
aliases = ["塔什干"]

[[place]]
name = "Ulaanbaatar"
kind = "city"
aliases = ["Ulan Bator", "乌兰巴托", "烏蘭巴托"]

[[place]]
name = "Dubai"
kind = "city"
aliases = ["迪拜", "杜拜"]

[[place]]
name = "Abu Dhabi"
kind = "city"
aliases = ["阿布扎比", "阿布達比"]

[[place]]
name = "Riyadh"
kind = "city"
aliases = ["利雅得"]

[[place]]
name = "Jeddah"
kind = "city"
aliases = ["吉达", "吉達"]

[[place]]
name = "Dammam"
kind = "city"
aliases = ["达曼", "達曼"]

[[place]]
name = "NEOM"
kind = "city"
aliases = ["Neom"]

[[place]]
name = "Doha"
kind = "city"
aliases = ["多哈"]

[[place]]
name = "Tel Aviv"
kind = "city"
aliases = ["特拉维夫", "特拉維夫"]

[[place]]
name = "Jerusalem"
kind = "city"
aliases = ["耶路撒冷"]

[[place]]
name = "Kiryat Gat"
kind = "city"
aliases = ["基里亚特加特", "基里亞特加特"]

[[place]]
name = "Haifa"
kind = "city"
aliases = ["海法"]

[[place]]
name = "Tehran"
kind = "city"
aliases = ["德黑兰", "德黑蘭"]

[[place]]
name = "Muscat"
kind = "city"
aliases = ["马斯喀特", "馬斯喀特"]

[[place]]
name = "Kuwait City"
kind = "city"
aliases = ["科威特城"]

[[place]]
name = "Kenitra"
kind = "city"
aliases = ["Kénitra"]

[[place]]
name = "Casablanca"
kind = "city"
aliases = ["卡萨布兰卡", "卡薩布蘭卡"]

[[place]]
name = "Rabat"
kind = "city"
aliases = ["拉巴特"]

[[place]]
name = "Tangier"
kind = "city"
aliases = ["Tanger", "丹吉尔", "丹吉爾"]

[[place]]
name = "Jorf Lasfar"
kind = "city"
aliases = []

[[place]]
name = "Cairo"
kind = "city"
aliases = ["开罗", "開羅"]

[[place]]
name = "Johannesburg"
kind = "city"
aliases = ["约翰内斯堡", "約翰內斯堡", "約翰尼斯堡"]

[[place]]
name = "Cape Town"
kind = "city"
aliases = ["开普敦", "開普敦"]

[[place]]
name = "Durban"
kind = "city"
aliases = ["德班"]

[[place]]
name = "Pretoria"
kind = "city"
aliases = ["比勒陀利亚", "比勒陀利亞", "普利托利亞"]

[[place]]
name = "Lubumbashi"
kind = "city"
aliases = ["卢本巴希", "盧本巴希"]

[[place]]
name = "Kolwezi"
kind = "city"
aliases = ["科卢韦齐", "科盧韋齊"]

[[place]]
name = "Kinshasa"
kind = "city"
aliases = ["金沙萨", "金沙薩", "金夏沙"]

[[place]]
name = "Harare"
kind = "city"
aliases = ["哈拉雷"]

[[place]]
name = "Lagos"
kind = "city"
aliases = ["拉各斯"]

[[place]]
name = "Abuja"
kind = "city"
aliases = ["阿布贾", "阿布賈"]

[[place]]
name = "Nairobi"
kind = "city"
aliases = ["内罗毕", "內羅畢", "奈洛比"]

[[place]]
name = "Addis Ababa"
kind = "city"
aliases = ["亚的斯亚贝巴", "亞的斯亞貝巴", "阿迪斯阿貝巴"]

[[place]]
name = "Dar es Salaam"
kind = "city"
aliases = ["达累斯萨拉姆", "達累斯薩拉姆", "三蘭港"]

[[place]]
name = "Lusaka"
kind = "city"
aliases = ["卢萨卡", "盧薩卡"]

[[place]]
name = "Kitwe"
kind = "city"
aliases = []

[[place]]
name = "Windhoek"
kind = "city"
aliases = ["温得和克", "溫得和克", "溫荷克"]

[[place]]
name = "Bamako"
kind = "city"
aliases = ["巴马科", "巴馬科"]

[[place]]
name = "Accra"
kind = "city"
aliases = ["阿克拉"]

[[place]]
name = "Maputo"
kind = "city"
aliases = ["马普托", "馬普托"]

[[place]]
name = "Luanda"
kind = "city"
aliases = ["罗安达", "羅安達"]

[[place]]
name = "Algiers"
kind = "city"
aliases = ["阿尔及尔", "阿爾及爾"]

[[place]]
name = "Dakar"
kind = "city"
aliases = ["达喀尔", "達喀爾"]

[[place]]
name = "New Delhi"
kind = "city"
aliases = ["新德里"]

[[place]]
name = "Delhi"
kind = "city"
aliases = ["德里"]

[[place]]
name = "Mumbai"
kind = "city"
aliases = ["Bombay", "孟买", "孟買"]

[[place]]
name = "Bengaluru"
kind = "city"
aliases = ["Bangalore", "班加罗尔", "班加羅爾"]

[[place]]
name = "Chennai"
kind = "city"
aliases = ["金奈"]

[[place]]
name = "Hyderabad"
kind = "city"
aliases = ["海得拉巴"]

[[place]]
name = "Pune"
kind = "city"
aliases = ["浦那"]

[[place]]
name = "Ahmedabad"
kind = "city"
aliases = ["艾哈迈达巴德", "艾哈邁達巴德"]

[[place]]
name = "Dholera"
kind = "city"
aliases = []

[[place]]
name = "Sanand"
kind = "city"
aliases = ["萨南德", "薩南德"]

[[place]]
name = "Noida"
kind = "city"
aliases = []

[[place]]
name = "Kolkata"
kind = "city"
aliases = ["Calcutta", "加尔各答", "加爾各答"]

[[place]]
name = "Jamnagar"
kind = "city"
aliases = []

[[place]]
name = "Gandhinagar"
kind = "city"
aliases = []

[[place]]
name = "Karachi"
kind = "city"
aliases = ["卡拉奇", "喀拉蚩"]

[[place]]
name = "Lahore"
kind = "city"
aliases = ["拉合尔", "拉合爾"]

[[place]]
name = "Islamabad"
kind = "city"
aliases = ["伊斯兰堡", "伊斯蘭堡", "伊斯蘭瑪巴德"]

[[place]]
name = "Dhaka"
kind = "city"
aliases = ["达卡", "達卡"]

[[place]]
name = "Colombo"
kind = "city"
aliases = ["科伦坡", "科倫坡"]

[[place]]
name = "Kathmandu"
kind = "city"
aliases = ["加德满都", "加德滿都"]

[[place]]
name = "Kuala Lumpur"
kind = "city"
aliases = ["吉隆坡"]

# the island city; "Penang State" / 槟城州 is the state
[[place]]
name = "Penang"
kind = "city"
aliases = ["槟城", "檳城"]

[[place]]
name = "George Town"
kind = "city"
aliases = ["Georgetown", "乔治市", "喬治市"]

[[place]]
name = "Kulim"
kind = "city"
aliases = ["居林"]

[[place]]
name = "Bayan Lepas"
kind = "city"
aliases = ["峇六拜"]

[[place]]
name = "Batu Kawan"
kind = "city"
aliases = []

[[place]]
name = "Ipoh"
kind = "city"
aliases = ["怡保"]

[[place]]
name = "Johor Bahru"
kind = "city"
aliases = ["新山"]

[[place]]
name = "Kuching"
kind = "city"
aliases = ["古晋", "古晉"]

[[place]]
name = "Kuantan"
kind = "city"
aliases = ["关丹", "關丹"]

[[place]]
name = "Seremban"
kind = "city"
aliases = []

[[place]]
name = "Putrajaya"
kind = "city"
aliases = ["布城"]

[[place]]
name = "Cyberjaya"
kind = "city"
aliases = ["赛城", "賽城"]

[[place]]
name = "Labuan"
kind = "city"
aliases = ["纳闽", "納閩"]

[[place]]
name = "Bintulu"
kind = "city"
aliases = ["民都鲁", "民都魯"]

[[place]]
name = "Jakarta"
kind = "city"
aliases = ["雅加达", "雅加達"]

[[place]]
name = "Surabaya"
kind = "city"
aliases = ["泗水"]

[[place]]
name = "Batam"
kind = "city"
aliases = ["巴淡岛", "巴淡島", "巴淡"]

[[place]]
name = "Bandung"
kind = "city"
aliases = ["万隆", "萬隆"]

[[place]]
name = "Semarang"
kind = "city"
aliases = ["三宝垄", "三寶壟"]

[[place]]
name = "Medan"
kind = "city"
aliases = ["棉兰", "棉蘭"]

[[place]]
name = "Makassar"
kind = "city"
aliases = ["望加锡", "望加錫"]

[[place]]
name = "Morowali"
kind = "city"
aliases = ["Morowali Regency", "莫罗瓦利", "莫羅瓦利"]

[[place]]
name = "Kendari"
kind = "city"
aliases = ["肯达里", "肯達里"]

[[place]]
name = "Bekasi"
kind = "city"
aliases = []

[[place]]
name = "Karawang"
kind = "city"
aliases = []

[[place]]
name = "Cikarang"
kind = "city"
aliases = []

[[place]]
name = "Bangkok"
kind = "city"
aliases = ["曼谷"]

[[place]]
name = "Laem Chabang"
kind = "city"
aliases = ["林查班"]

[[place]]
name = "Chiang Mai"
kind = "city"
aliases = ["清迈", "清邁"]

[[place]]
name = "Hanoi"
kind = "city"
aliases = ["Ha Noi", "河内", "河內"]

[[place]]
name = "Ho Chi Minh City"
kind = "city"
aliases = ["Saigon", "胡志明市"]

[[place]]
name = "Haiphong"
kind = "city"
aliases = ["Hai Phong", "海防市"]

[[place]]
name = "Da Nang"
kind = "city"
aliases = ["Danang", "岘港", "峴港"]

[[place]]
name = "Manila"
kind = "city"
aliases = ["马尼拉", "馬尼拉"]

[[place]]
name = "Cebu"
kind = "city"
aliases = ["宿务", "宿務", "宿霧"]

[[place]]
name = "Phnom Penh"
kind = "city"
aliases = ["金边", "金邊"]

[[place]]
name = "Sihanoukville"
kind = "city"
aliases = ["西哈努克港"]

[[place]]
name = "Yangon"
kind = "city"
aliases = ["Rangoon", "仰光"]

[[place]]
name = "Vientiane"
kind = "city"
aliases = []

[[place]]
name = "Perth"
kind = "city"
aliases = ["珀斯"]

[[place]]
name = "Kwinana"
kind = "city"
aliases = ["奎纳纳", "奎納納"]

[[place]]
name = "Kemerton"
kind = "city"
aliases = []

[[place]]
name = "Bunbury"
kind = "city"
aliases = []

[[place]]
name = "Kalgoorlie"
kind = "city"
aliases = []

[[place]]
name = "Geraldton"
kind = "city"
aliases = []

[[place]]
name = "Port Hedland"
kind = "city"
aliases = ["黑德兰港", "黑德蘭港"]

[[place]]
name = "Karratha"
kind = "city"
aliases = []

[[place]]
name = "Sydney"
kind = "city"
aliases = ["悉尼", "雪梨"]

[[place]]
name = "Melbourne"
kind = "city"
aliases = ["墨尔本", "墨爾本"]

[[place]]
name = "Brisbane"
kind = "city"
aliases = ["布里斯班"]

[[place]]
name = "Adelaide"
kind = "city"
aliases = ["阿德莱德", "阿德萊德"]

[[place]]
name = "Darwin"
kind = "city"
aliases = []

[[place]]
name = "Townsville"
kind = "city"
aliases = []

[[place]]
name = "Gladstone"
kind = "city"
aliases = []

[[place]]
name = "Canberra"
kind = "city"
aliases = ["堪培拉", "坎培拉"]

[[place]]
name = "Hobart"
kind = "city"
aliases = []

[[place]]
name = "Newcastle"
kind = "city"
aliases = []

[[place]]
name = "Auckland"
kind = "city"
aliases = ["奥克兰", "奧克蘭"]

[[place]]
name = "Wellington"
kind = "city"
aliases = ["惠灵顿", "惠靈頓"]

[[place]]
name = "Nouméa"
kind = "city"
aliases = ["Noumea", "努美阿"]

# ---------------------------------------------------------------------------------------------
# Industrial parks, development and high-tech zones, new areas, science parks, free zones (kind = park)
# A park is a place in its own right even where its administrative committee acts; the committee
# (管委会) is an organization and is not listed here. Short forms are given where the park is widely
# known by them (竹科, 光谷, 亦庄, 张江, 中关村, 松山湖).
# ---------------------------------------------------------------------------------------------

[[place]]
name = "Suzhou Industrial Park"
kind = "park"
aliases = ["China-Singapore Suzhou Industrial Park", "苏州工业园区", "蘇州工業園區", "苏州工业园", "蘇州工業園", "中新苏州工业园区", "中新蘇州工業園區"]

[[place]]
name = "Suzhou New District"
kind = "park"
aliases = ["Suzhou High-tech Zone", "Suzhou National New and Hi-tech Industrial Development Zone", "苏州高新区", "蘇州高新區", "苏州高新技术产业开发区", "蘇州高新技術產業開發區"]

[[place]]
name = "Zhangjiang Hi-Tech Park"
kind = "park"
aliases = ["Zhangjiang High-Tech Park", "Zhangjiang Science City", "Zhangjiang", "张江高科技园区", "張江高科技園區", "张江科学城", "張江科學城", "张江高新区", "張江高新區", "张江", "張江"]

[[place]]
name = "Lingang Special Area"
kind = "park"
aliases = ["Lingang New Area", "Lingang Special Area of the China (Shanghai) Pilot Free Trade Zone", "临港新片区", "臨港新片區", "上海临港新片区", "上海臨港新片區", "中国（上海）自由贸易试验区临港新片区", "中國（上海）自由貿易試驗區臨港新片區", "上海自贸区临港新片区", "上海自貿區臨港新片區"]

[[place]]
name = "China (Shanghai) Pilot Free Trade Zone"
kind = "park"
aliases = ["Shanghai Pilot Free Trade Zone", "Shanghai Free Trade Zone", "Shanghai FTZ", "中国（上海）自由贸易试验区", "中國（上海）自由貿易試驗區", "上海自由贸易试验区", "上海自由貿易試驗區", "上海自贸区", "上海自貿區", "上海自贸试验区", "上海自貿試驗區"]

[[place]]
name = "Pudong New Area"
kind = "park"
aliases = ["浦东新区", "浦東新區", "上海浦东新区", "上海浦東新區"]

[[place]]
name = "Caohejing Hi-Tech Park"
kind = "park"
aliases = ["Caohejing Development Zone", "Caohejing", "漕河泾开发区", "漕河涇開發區", "漕河泾新兴技术开发区", "漕河涇新興技術開發區", "漕河泾", "漕河涇"]

[[place]]
name = "Jinqiao Export Processing Zone"
kind = "park"
aliases = ["Jinqiao", "金桥出口加工区", "金橋出口加工區", "金桥经济技术开发区", "金橋經濟技術開發區"]

[[place]]
name = "Waigaoqiao Free Trade Zone"
kind = "park"
aliases = ["Waigaoqiao", "外高桥保税区", "外高橋保稅區", "外高桥", "外高橋"]

[[place]]
name = "Shanghai Chemical Industry Park"
kind = "park"
aliases = ["上海化学工业区", "上海化學工業區"]

[[place]]
name = "Nanjing Jiangbei New Area"
kind = "park"
aliases = ["Jiangbei New Area", "南京江北新区", "南京江北新區", "江北新区", "江北新區"]

[[place]]
name = "Jiangning Economic and Technological Development Zone"
kind = "park"
aliases = ["Jiangning Development Zone", "江宁经济技术开发区", "江寧經濟技術開發區", "江宁开发区", "江寧開發區"]

[[place]]
name = "Nanjing Economic and Technological Development Zone"
kind = "park"
aliases = ["南京经济技术开发区", "南京經濟技術開發區", "南京经开区", "南京經開區"]

[[place]]
name = "Wuxi High-tech Zone"
kind = "park"
aliases = ["Wuxi National High-tech District", "Wuxi New District", "无锡高新区", "無錫高新區", "无锡国家高新技术产业开发区", "無錫國家高新技術產業開發區"]

[[place]]
name = "Wujin National High-tech Industrial Zone"
kind = "park"
aliases = ["Wujin High-tech Zone", "Wujin National High-tech Zone", "武进国家高新区", "武進國家高新區", "武进高新区", "武進高新區", "武进国家高新技术产业开发区", "武進國家高新技術產業開發區"]

[[place]]
name = "Yancheng Economic and Technological Development Zone"
kind = "park"
aliases = ["盐城经济技术开发区", "鹽城經濟技術開發區", "盐城经开区", "鹽城經開區"]

[[place]]
name = "Zhangjiagang Free Trade Zone"
kind = "park"
aliases = ["Zhangjiagang Bonded Zone", "张家港保税区", "張家港保稅區"]

[[place]]
name = "Kunshan Economic and Technological Development Zone"
kind = "park"
aliases = ["Kunshan Development Zone", "昆山经济技术开发区", "崑山經濟技術開發區", "昆山开发区", "崑山開發區"]

[[place]]
name = "Hangzhou Economic and Technological Development Area"
kind = "park"
aliases = ["Hangzhou Economic and Technological Development Zone", "杭州经济技术开发区", "杭州經濟技術開發區", "杭州经开区", "杭州經開區"]

[[place]]
name = "Ningbo Hangzhou Bay New Area"
kind = "park"
aliases = ["Hangzhou Bay New Area", "宁波杭州湾新区", "寧波杭州灣新區", "杭州湾新区", "杭州灣新區"]

[[place]]
name = "Quzhou High-tech Zone"
kind = "park"
aliases = ["衢州高新区", "衢州高新區", "衢州高新技术产业开发区", "衢州高新技術產業開發區"]

[[place]]
name = "Zhongguancun Science Park"
kind = "park"
aliases = ["Zhongguancun", "中关村科技园区", "中關村科技園區", "中关村", "中關村"]

[[place]]
name = "Beijing Economic-Technological Development Area"
kind = "park"
aliases = ["Beijing E-Town", "E-Town", "Yizhuang", "北京经济技术开发区", "北京經濟技術開發區", "北京经开区", "北京經開區", "北京亦庄", "北京亦莊", "亦庄", "亦莊"]

[[place]]
name = "Tianjin Binhai New Area"
kind = "park"
aliases = ["Binhai New Area", "滨海新区", "濱海新區", "天津滨海新区", "天津濱海新區"]

[[place]]
name = "Tianjin Economic-Technological Development Area"
kind = "park"
aliases = ["TEDA", "天津经济技术开发区", "天津經濟技術開發區", "天津经开区", "天津經開區"]

[[place]]
name = "Xiong'an New Area"
kind = "park"
aliases = ["Xiongan New Area", "Xiong'an", "Xiongan", "雄安新区", "雄安新區", "雄安"]

[[place]]
name = "Dalian Jinpu New Area"
kind = "park"
aliases = ["Jinpu New Area", "大连金普新区", "大連金普新區", "金普新区", "金普新區"]

[[place]]
name = "Liangjiang New Area"
kind = "park"
aliases = ["Chongqing Liangjiang New Area", "两江新区", "兩江新區", "重庆两江新区", "重慶兩江新區"]

[[place]]
name = "Tianfu New Area"
kind = "park"
aliases = ["Sichuan Tianfu New Area", "天府新区", "天府新區", "四川天府新区", "四川天府新區"]

[[place]]
name = "Chengdu Hi-tech Zone"
kind = "park"
aliases = ["Chengdu High-tech Zone", "Chengdu Hi-Tech Industrial Development Zone", "成都高新区", "成都高新區", "成都高新技术产业开发区", "成都高新技術產業開發區"]

[[place]]
name = "Yibin Sanjiang New Area"
kind = "park"
aliases = ["Sanjiang New Area", "宜宾三江新区", "宜賓三江新區", "三江新区", "三江新區"]

[[place]]
name = "Xi'an Hi-tech Zone"
kind = "park"
aliases = ["Xi'an High-tech Zone", "Xi'an Hi-Tech Industries Development Zone", "西安高新区", "西安高新區", "西安高新技术产业开发区", "西安高新技術產業開發區"]

[[place]]
name = "Xixian New Area"
kind = "park"
aliases = ["西咸新区", "西咸新區"]

[[place]]
name = "Gui'an New Area"
kind = "park"
aliases = ["Guian New Area", "贵安新区", "貴安新區"]

[[place]]
name = "Wuhan East Lake High-tech Zone"
kind = "park"
aliases = ["East Lake High-Tech Development Zone", "Optics Valley of China", "Optics Valley", "武汉东湖新技术开发区", "武漢東湖新技術開發區", "东湖新技术开发区", "東湖新技術開發區", "东湖高新区", "東湖高新區", "中国光谷", "中國光谷", "武汉光谷", "武漢光谷", "光谷"]

[[place]]
name = "Jingmen High-tech Zone"
kind = "park"
aliases = ["荆门高新区", "荊門高新區", "荆门高新技术产业开发区", "荊門高新技術產業開發區"]

[[place]]
name = "Yichang High-tech Zone"
kind = "park"
aliases = ["宜昌高新区", "宜昌高新區"]

[[place]]
name = "Changsha Economic and Technological Development Zone"
kind = "park"
aliases = ["长沙经济技术开发区", "長沙經濟技術開發區", "长沙经开区", "長沙經開區"]

[[place]]
name = "Ningxiang High-tech Zone"
kind = "park"
aliases = ["Ningxiang High-tech Industrial Park", "宁乡高新区", "寧鄉高新區", "宁乡高新技术产业园区", "寧鄉高新技術產業園區"]

[[place]]
name = "Zhengzhou Airport Economy Zone"
kind = "park"
aliases = ["Zhengzhou Airport Economy Comprehensive Experimental Zone", "郑州航空港经济综合实验区", "鄭州航空港經濟綜合實驗區", "郑州航空港区", "鄭州航空港區"]

[[place]]
name = "Qaidam Circular Economy Experimental Zone"
kind = "park"
aliases = ["柴达木循环经济试验区", "柴達木循環經濟試驗區"]

[[place]]
name = "Xining Economic and Technological Development Zone"
kind = "park"
aliases = ["西宁经济技术开发区", "西寧經濟技術開發區", "西宁经开区", "西寧經開區"]

[[place]]
name = "Nanchuan Industrial Park"
kind = "park"
aliases = ["南川工业园区", "南川工業園區"]

[[place]]
name = "Hefei High-tech Zone"
kind = "park"
aliases = ["Hefei High-tech Industrial Development Zone", "合肥高新区", "合肥高新區", "合肥高新技术产业开发区", "合肥高新技術產業開發區"]

[[place]]
name = "Hefei Economic and Technological Development Area"
kind = "park"
aliases = ["Hefei Economic and Technological Development Zone", "合肥经济技术开发区", "合肥經濟技術開發區", "合肥经开区", "合肥經開區"]

[[place]]
name = "Hefei Xinzhan High-tech Zone"
kind = "park"
aliases = ["Xinzhan High-tech Zone", "合肥新站高新技术产业开发区", "合肥新站高新技術產業開發區", "合肥新站高新区", "合肥新站高新區", "新站高新区", "新站高新區"]

[[place]]
name = "Wuhu Economic and Technological Development Zone"
kind = "park"
aliases = ["芜湖经济技术开发区", "蕪湖經濟技術開發區", "芜湖经开区", "蕪湖經開區"]

[[place]]
name = "Fuyang Economic and Technological Development Zone"
kind = "park"
aliases = ["阜阳经济技术开发区", "阜陽經濟技術開發區", "阜阳经开区", "阜陽經開區"]

[[place]]
name = "Yichun Economic and Technological Development Zone"
kind = "park"
aliases = ["宜春经济技术开发区", "宜春經濟技術開發區", "宜春经开区", "宜春經開區"]

[[place]]
name = "Xinyu High-tech Zone"
kind = "park"
aliases = ["Xinyu High-tech Industrial Development Zone", "新余高新区", "新餘高新區", "新余高新技术产业开发区", "新餘高新技術產業開發區"]

[[place]]
name = "Ganzhou Economic and Technological Development Zone"
kind = "park"
aliases = ["赣州经济技术开发区", "贛州經濟技術開發區", "赣州经开区", "贛州經開區"]

[[place]]
name = "Nanchang High-tech Zone"
kind = "park"
aliases = ["南昌高新区", "南昌高新區", "南昌高新技术产业开发区", "南昌高新技術產業開發區"]

[[place]]
name = "Zaozhuang High-tech Zone"
kind = "park"
aliases = ["枣庄高新区", "棗莊高新區", "枣庄高新技术产业开发区", "棗莊高新技術產業開發區"]

[[place]]
name = "Qingdao West Coast New Area"
kind = "park"
aliases = ["West Coast New Area", "青岛西海岸新区", "青島西海岸新區", "西海岸新区", "西海岸新區"]

[[place]]
name = "Jinan High-tech Zone"
kind = "park"
aliases = ["济南高新区", "濟南高新區", "济南高新技术产业开发区", "濟南高新技術產業開發區"]

[[place]]
name = "Dongqiao Economic and Technological Development Zone"
kind = "park"
aliases = ["Dongqiao Development Zone", "宁德东侨经济技术开发区", "寧德東僑經濟技術開發區", "东侨经济技术开发区", "東僑經濟技術開發區", "东侨开发区", "東僑開發區"]

[[place]]
name = "Xiamen Torch High-tech Zone"
kind = "park"
aliases = ["Xiamen Torch Hi-tech Industrial Development Zone", "厦门火炬高新区", "廈門火炬高新區", "厦门火炬高技术产业开发区", "廈門火炬高技術產業開發區"]

[[place]]
name = "Shenzhen Hi-Tech Industrial Park"
kind = "park"
aliases = ["Shenzhen High-tech Park", "深圳高新区", "深圳高新區", "深圳市高新技术产业园区", "深圳市高新技術產業園區"]

[[place]]
name = "Pingshan High-tech Zone"
kind = "park"
aliases = ["坪山高新区", "坪山高新區"]

[[place]]
name = "Qianhai"
kind = "park"
aliases = ["Qianhai Cooperation Zone", "Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone", "前海深港现代服务业合作区", "前海深港現代服務業合作區", "前海合作区", "前海合作區", "前海"]

[[place]]
name = "Hengqin Guangdong-Macao In-Depth Cooperation Zone"
kind = "park"
aliases = ["Hengqin", "Hengqin New Area", "横琴粤澳深度合作区", "橫琴粵澳深度合作區", "横琴新区", "橫琴新區", "横琴", "橫琴"]

[[place]]
name = "Nansha New Area"
kind = "park"
aliases = ["南沙新区", "南沙新區", "广州南沙新区", "廣州南沙新區"]

[[place]]
name = "Guangzhou Development District"
kind = "park"
aliases = ["Guangzhou Economic and Technological Development District", "广州开发区", "廣州開發區", "广州经济技术开发区", "廣州經濟技術開發區"]

[[place]]
name = "Guangzhou Science City"
kind = "park"
aliases = ["广州科学城", "廣州科學城"]

[[place]]
name = "Songshan Lake High-tech Zone"
kind = "park"
aliases = ["Songshan Lake", "Songshan Lake Science and Technology Industrial Park", "松山湖高新区", "松山湖高新區", "东莞松山湖", "東莞松山湖", "松山湖"]

[[place]]
name = "Zhongkai High-tech Zone"
kind = "park"
aliases = ["Huizhou Zhongkai High-tech Zone", "仲恺高新区", "仲愷高新區", "惠州仲恺高新区", "惠州仲愷高新區", "仲恺", "仲愷"]

[[place]]
name = "Daya Bay Economic and Technological Development Zone"
kind = "park"
aliases = ["Daya Bay Development Zone", "大亚湾经济技术开发区", "大亞灣經濟技術開發區", "大亚湾开发区", "大亞灣開發區"]

[[place]]
name = "Zhaoqing High-tech Zone"
kind = "park"
aliases = ["肇庆高新区", "肇慶高新區"]

[[place]]
name = "Yangpu Economic Development Zone"
kind = "park"
aliases = ["洋浦经济开发区", "洋浦經濟開發區", "洋浦"]

[[place]]
name = "Hainan Free Trade Port"
kind = "park"
aliases = ["海南自由贸易港", "海南自由貿易港", "海南自贸港", "海南自貿港"]

[[place]]
name = "Hsinchu Science Park"
kind = "park"
aliases = ["Hsinchu Science-based Industrial Park", "新竹科學園區", "新竹科学园区", "新竹科學工業園區", "新竹科学工业园区", "竹科"]

[[place]]
name = "Central Taiwan Science Park"
kind = "park"
aliases = ["中部科學園區", "中部科学园区", "中部科學工業園區", "中部科学工业园区"]

[[place]]
name = "Southern Taiwan Science Park"
kind = "park"
aliases = ["南部科學園區", "南部科学园区", "南部科學工業園區", "南部科学工业园区", "南科"]

[[place]]
name = "Tainan Science Park"
kind = "park"
aliases = ["臺南科學園區", "台南科学园区", "台南科學園區"]

[[place]]
name = "Kaohsiung Science Park"
kind = "park"
aliases = ["Luzhu Science Park", "高雄科學園區", "高雄科学园区", "路竹科學園區", "路竹科学园区"]

[[place]]
name = "Qiaotou Science Park"
kind = "park"
aliases = ["Ciaotou Science Park", "橋頭科學園區", "桥头科学园区"]

[[place]]
name = "Tongluo Science Park"
kind = "park"
aliases = ["銅鑼科學園區", "铜锣科学园区", "銅鑼園區", "铜锣园区"]

[[place]]
name = "Zhunan Science Park"
kind = "park"
aliases = ["Chunan Science Park", "竹南科學園區", "竹南科学园区"]

[[place]]
name = "Longtan Science Park"
kind = "park"
aliases = ["龍潭科學園區", "龙潭科学园区"]

[[place]]
name = "Nanzih Technology Industrial Park"
kind = "park"
aliases = ["Nanzih Export Processing Zone", "楠梓科技產業園區", "楠梓科技产业园区", "楠梓加工出口區", "楠梓加工出口区"]

[[place]]
name = "Kulim Hi-Tech Park"
kind = "park"
aliases = ["Kulim High-Tech Park", "Kulim Hi-Tech"]

[[place]]
name = "Batu Kawan Industrial Park"
kind = "park"
aliases = []

[[place]]
name = "Bayan Lepas Free Industrial Zone"
kind = "park"
aliases = ["Bayan Lepas Free Trade Zone"]

[[place]]
name = "Jurong Island"
kind = "park"
aliases = ["裕廊岛", "裕廊島"]

[[place]]
name = "Woodlands Wafer Fab Park"
kind = "park"
aliases = []

[[place]]
name = "Tampines Wafer Fab Park"
kind = "park"
aliases = []

[[place]]
name = "Pasir Ris Wafer Fab Park"
kind = "park"
aliases = []

[[place]]
name = "Indonesia Morowali Industrial Park"
kind = "park"
aliases = ["IMIP", "Morowali Industrial Park", "印尼莫罗瓦利工业园", "印尼莫羅瓦利工業園", "莫罗瓦利工业园", "莫羅瓦利工業園"]

[[place]]
name = "Indonesia Weda Bay Industrial Park"
kind = "park"
aliases = ["IWIP", "Weda Bay Industrial Park", "纬达贝工业园", "緯達貝工業園"]

[[place]]
name = "Batang Industrial Estate"
kind = "park"
aliases = ["Batang Integrated Industrial Estate", "KIT Batang"]

[[place]]
name = "Kalimantan Industrial Park Indonesia"
kind = "park"
aliases = ["KIPI"]

[[place]]
name = "Yongin Semiconductor Cluster"
kind = "park"
aliases = ["Yongin semiconductor cluster", "龙仁半导体集群", "龍仁半導體集群"]

[[place]]
name = "Saemangeum National Industrial Complex"
kind = "park"
aliases = ["Saemangeum Industrial Complex", "Saemangeum"]

[[place]]
name = "Gumi National Industrial Complex"
kind = "park"
aliases = []

[[place]]
name = "Dholera Special Investment Region"
kind = "park"
aliases = ["Dholera SIR"]

[[place]]
name = "Kenitra Atlantic Free Zone"
kind = "park"
aliases = ["Atlantic Free Zone"]

[[place]]
name = "Tanger Med Zones"
kind = "park"
aliases = []

[[place]]
name = "Mohammed VI Tangier Tech City"
kind = "park"
aliases = ["Tangier Tech City"]

[[place]]
name = "Suez Canal Economic Zone"
kind = "park"
aliases = ["SCZone", "苏伊士运河经济区", "蘇伊士運河經濟區"]

[[place]]
name = "Jebel Ali Free Zone"
kind = "park"
aliases = ["JAFZA", "杰贝阿里自由区", "傑貝阿里自由區"]

[[place]]
name = "Khalifa Industrial Zone Abu Dhabi"
kind = "park"
aliases = ["KIZAD"]

[[place]]
name = "Jubail Industrial City"
kind = "park"
aliases = ["朱拜勒工业城", "朱拜勒工業城"]

[[place]]
name = "Research Triangle Park"
kind = "park"
aliases = []

[[place]]
name = "Tahoe Reno Industrial Center"
kind = "park"
aliases = ["Tahoe-Reno Industrial Center"]

[[place]]
name = "Apex Industrial Park"
kind = "park"
aliases = []

[[place]]
name = "BlueOval City"
kind = "park"
aliases = []

"""#
}
