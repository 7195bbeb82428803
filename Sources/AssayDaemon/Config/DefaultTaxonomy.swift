/// The built-in taxonomy: the same text as `config/industries.toml` (a test keeps them equal), so
/// Assay classifies with no config file at all.
enum DefaultTaxonomy {
    static let toml = #"""
# Assay industry taxonomy.
#
# Assay labels every article with each industry below whose evidence passes its threshold.
# Edit this file to tune the classifier or to add an industry (give it an id, a name and terms):
# no rebuild is needed. `assay check-config` and `assay classify --taxonomy FILE` refuse a
# malformed file with the line and what is wrong. The same file is built into the binary as the
# default.
#
# Matching: case and width are folded, hyphens and dashes read as spaces ("Li-ion" = "li ion"),
# English plurals are matched ("chip" finds "chips", "battery" finds "batteries"), Latin-script
# terms match whole words only, Chinese terms match anywhere.
#
# Score: each term adds weight x (1 + ln(body count)), plus weight x title_weight when it is in the
# title; the sum (raw) becomes score = 1 - exp(-raw / saturation), in [0, 1].

[scoring]
threshold = 0.5          # a label needs at least this score (an industry may set its own)
title_weight = 2.0       # a term in the title counts this many times its weight, once
saturation = 8.0         # raw evidence at which the score reaches 0.63
secondary_share = 0.15   # a label other than the strongest needs this share of the strongest's raw evidence
beside_threshold = 0.3   # beside a label that is not its rival (a roundup's second item) a label needs only this score
anchor_weight = 2.0      # a label needs at least one term this heavy: weak terms support, never establish

# A term named only as a comparison earns nothing: "cheaper than lithium-ion", "lithium-free",
# "与锂电池相比". A cue counts when at most max_gap_words words (or max_gap_cjk Chinese characters)
# and no punctuation separate it from the term.
[comparison]
before = [
  "than", "compared with", "compared to", "comparison with", "versus", "vs", "unlike",
  "instead of", "alternative to", "alternatives to", "rather than", "replace", "replaces",
  "replacing", "replacement for", "substitute for", "substitutes for", "without", "free of",
  "advantage over", "advantages over", "edge over", "rival to", "rivals", "challenger to",
  "traditional", "conventional", "incumbent", "non", "not need", "does not need", "doesn't need",
  "don't need", "no need for", "counter", "compete with", "competes with", "competing with",
  "close to", "similar to", "outperform", "outperforms",
  "相比", "相较", "比", "较", "替代", "取代", "不同于", "无需", "不含",
  "低于", "高于", "不及", "优于", "媲美", "接近", "颠覆", "挑战", "落后", "对标", "比肩", "传统", "摆脱",
]
after = ["free", "相比", "相较", "替代品", "对比", "差在", "差别", "区别", "差异", "依赖", "资源短缺", "后面"]
max_gap_words = 3
max_gap_cjk = 1

# Phrases that are never evidence, and hide the terms inside them.
[ignore]
phrases = [
  "battery electric vehicle", "battery electric", "battery-electric", "assault and battery",
  "assault & battery", "battery of tests", "battery of questions", "battery park",
  "potato chip", "tortilla chip", "corn chip", "chocolate chip", "casino chip", "poker chip",
  "blue chip", "blue-chip", "bargaining chip", "chip shot", "wood chip", "fish and chips",
  "wafer biscuit", "wafer cookie", "wafer paper", "communion wafer",
  "fuel cell", "fuel-cell", "solar cell", "solar wafer", "stem cell", "cell phone", "cellphone",
  "sodium chloride", "sodium intake", "low sodium", "high sodium", "sodium bicarbonate",
  "lithium grease", "offset lithography", "digital foundry", "fab four", "battery life", "battery-powered",
  "燃料电池", "太阳能电池", "光伏电池", "薯片", "氯化钠",
]

[[industry]]
id = "lithium"
name = "Lithium and lithium-ion batteries"
# Generic battery vocabulary ("battery", "cathode", "power battery") is lithium evidence unless
# the article's specific sodium-ion vocabulary outweighs its specific lithium vocabulary.
generic_yields_to = ["sodium-ion", "other-storage"]

[[industry.terms]]
weight = 3
terms = [
  "lithium-ion", "li-ion", "lithium battery", "lithium iron phosphate", "lithium ferro phosphate",
  "lithium manganese iron phosphate", "lithium carbonate", "lithium hydroxide", "lithium mine",
  "lithium mining", "lithium miner", "lithium producer", "lithium project", "lithium refinery",
  "lithium refining", "lithium price", "lithium concentrate", "lithium brine", "lithium metal",
  "lithium hexafluorophosphate", "LiPF6", "lithium-sulfur", "battery-grade lithium",
  "LMFP", "LFP battery", "LFP cell", "LFP cathode", "NMC cathode", "NCM cathode", "NCA cathode",
  "NMC battery", "NCM battery", "NMC811", "NCM811", "spodumene", "lepidolite", "petalite",
  "Albemarle", "SQM", "Ganfeng", "Tianqi", "Pilbara Minerals", "Livent", "Arcadium Lithium", "Shenxing",
  "锂电池", "锂电", "锂离子", "碳酸锂", "氢氧化锂", "磷酸铁锂", "磷酸锰铁锂", "六氟磷酸锂", "锂矿",
  "锂辉石", "锂云母", "盐湖提锂", "三元锂", "三元电池", "三元材料", "天齐锂业", "赣锋锂业",
]

[[industry.terms]]
weight = 2
terms = ["lithium", "LFP", "graphite anode", "black mass", "ternary cathode", "ternary battery", "锂", "石墨负极"]

[[industry.terms]]
# Cathode acronyms that also name other things (the UK's National Crime Agency, nursing councils).
weight = 1
terms = ["NMC", "NCM", "NCA"]

[[industry.terms]]
weight = 3
generic = true
terms = ["power battery", "动力电池"]

[[industry.terms]]
# EV and storage battery plants, cell and pack lines: by the labelling policy these are lithium
# news even when no chemistry is named, so they carry the label as firmly as a chemistry does
# (unless another chemistry is what the story is about): "an EV battery plant" twice is a story.
weight = 3
generic = true
terms = [
  "新能源电池", "储能电池", "energy storage battery", "gigafactory", "EV battery", "electric vehicle battery",
  "battery cell", "battery pack", "battery plant", "battery factory", "battery maker", "battery manufacturer",
  "battery production", "cell production", "cell plant", "cell manufacturing", "pouch cell", "prismatic cell",
  "cylindrical cell", "battery energy storage", "battery storage system", "battery storage project",
  "grid-scale battery", "utility-scale battery", "BESS", "Megapack", "Megafactory", "NCMA", "Ultium",
  "battery storage", "storage battery", "secondary battery", "rechargeable battery", "二次电池", "battery module", "battery assembly", "battery line", "cell line",
  "battery supplier", "battery joint venture", "battery-making", "battery manufacturing", "battery swapping",
  "cathode plant", "anode plant", "cathode active material", "precursor cathode",
  "电芯", "电池包", "电池厂", "电池工厂", "电池产能", "电池生产", "储能电站", "储能系统", "储能项目", "宁德时代",
  "储能案场", "储能设备", "储能装置", "储能容量", "储能市场", "电动车电池", "电动汽车电池", "车用电池", "电池芯",
  "电池模组", "储能柜", "电池材料", "电池回收", "换电",
]

[[industry.terms]]
# Battery makers: most of their news is lithium-ion; sodium-ion news names its chemistry.
weight = 1.5
generic = true
terms = [
  "LG Energy Solution", "Samsung SDI", "SK On", "Panasonic Energy", "Gotion", "EVE Energy", "CALB",
  "Sunwoda", "SVOLT", "Farasis", "OptimumNano", "AESC", "Microvast", "FinDreams Battery", "Northvolt",
  "国轩高科", "亿纬锂能", "中创新航", "欣旺达", "蜂巢能源", "孚能科技", "沃特玛",
]

[[industry.terms]]
weight = 1.5
generic = true
terms = [
  "battery capacity", "battery materials", "battery supply chain", "battery recycling", "battery recycler",
  "battery metals", "battery minerals", "battery-grade", "battery components",
  "energy-storage system", "solid-state battery",
  "cathode", "anode", "electrolyte", "separator", "diaphragm", "graphite", "Wh/kg",
  "电池", "隔膜", "电解液", "正极", "负极", "正极材料", "负极材料",
]

[[industry.terms]]
weight = 0.5
generic = true
terms = ["battery", "energy storage", "CATL", "GWh", "储能"]

[[industry.context]]
# Solar cells: Chinese names a photovoltaic cell 电池 too (TOPCon 电池, 高效电池, 电池片).
terms = ["电池", "电池产能", "电池生产", "电池工厂", "电池厂"]
cancel = ["光伏", "太阳能", "TOPCon", "HJT", "PERC", "异质结", "钙钛矿", "电池片", "组件", "solar", "photovoltaic"]
window = 20
document_min = 3

[[industry.context]]
# Lithium the psychiatric medicine, not the metal.
terms = ["lithium", "lithium carbonate", "碳酸锂", "锂"]
cancel = [
  "bipolar", "medication", "medicine", "dose", "dosage", "psychiatric", "psychiatrist", "psychiatry",
  "mood stabilizer", "antidepressant", "depression", "patient", "prescription", "prescribed",
  "Alzheimer", "dementia", "suicide", "tablet", "therapy", "clinical", "drinking water",
  "双相", "躁郁", "药物", "剂量", "患者", "精神", "抑郁", "处方",
]
window = 80
document_min = 3

[[industry.context]]
# LFP the French football league.
terms = ["LFP"]
cancel = ["football", "ligue", "league", "club", "match", "season", "goal", "striker", "PSG"]
window = 80
document_min = 2

[[industry.context]]
# "Battery" in courts, armies and ballparks.
terms = ["battery"]
cancel = ["assault", "artillery", "howitzer", "cannon", "baseball", "pitcher", "catcher", "inning", "dugout", "charged with", "sentenced"]
window = 60
document_min = 2

[[industry.context]]
# Electrolytes in sports drinks and blood tests.
terms = ["electrolyte", "电解液"]
cancel = ["drink", "hydration", "dehydration", "sweat", "blood test", "kidney", "sports drink", "补水", "饮料"]
window = 80
document_min = 2

[[industry.context]]
# Separators and diaphragms outside batteries.
terms = ["separator", "diaphragm"]
cancel = ["muscle", "breathing", "pump", "valve", "hernia", "diaphragm pump", "oil and gas", "breath"]
window = 60
document_min = 2

[[industry]]
id = "sodium-ion"
name = "Sodium-ion batteries"

[[industry.terms]]
weight = 3
terms = [
  "sodium-ion", "sodium ion", "na-ion", "sodium battery", "sodium-ion battery", "sodium-ion cell",
  "sodium-based battery", "Prussian blue", "Prussian white", "hard carbon", "Naxtra", "HiNa", "Natron Energy", "Faradion", "VASTSIB", "Altris",
  "钠离子", "钠电", "钠电池", "普鲁士蓝", "普鲁士白", "硬碳", "层状氧化物", "聚阴离子", "中科海钠",
]

[[industry.terms]]
# Cathode families that lithium chemistries share.
weight = 2
terms = ["layered oxide", "polyanion"]

[[industry.terms]]
weight = 1.5
terms = ["sodium", "Natron", "钠"]

[[industry.context]]
# Sodium in diets and blood pressure, not batteries.
terms = ["sodium", "钠"]
cancel = [
  "diet", "salt", "blood pressure", "hypertension", "intake", "milligram", "mg", "food", "foods",
  "heart", "kidney", "nutrition", "nutritionist", "sauce", "snack",
  "盐", "饮食", "血压", "高血压", "摄入", "膳食", "食品", "营养",
]
window = 80
document_min = 2

[[industry]]
id = "semiconductor"
name = "Semiconductors"

[[industry.terms]]
weight = 3
terms = [
  "semiconductor", "chipmaker", "chipmaking", "chip maker", "chip making", "chipmaking tool",
  "chip industry", "chip plant", "chip factory", "chip design", "chip designer", "chip production",
  "chip export", "chip supply", "integrated circuit", "wafer fab", "silicon wafer", "lithography",
  "photolithography", "EUV", "DUV", "extreme ultraviolet", "photoresist", "electronic design automation",
  "advanced packaging", "packaging and test", "OSAT", "chip foundry", "contract chipmaker", "microchip", "memory chip", "logic chip",
  "AI chip", "DRAM", "NAND", "HBM", "high-bandwidth memory", "CHIPS Act", "CHIPS and Science Act",
  "sputtering target", "TSMC", "SMIC", "ASML", "GlobalFoundries", "Hua Hong", "Rapidus", "Tokyo Electron",
  "Applied Materials", "Lam Research", "SK Hynix", "Micron Technology", "Synopsys", "Cadence Design",
  "Amkor", "JCET", "YMTC", "CXMT", "Infineon", "STMicroelectronics", "NXP", "Texas Instruments",
  "半导体", "芯片", "晶圆", "光刻", "集成电路", "封装测试", "封测", "刻蚀", "中芯国际", "台积电",
  "长江存储", "华虹", "存储器", "电子特气", "靶材", "大基金",
  # Taiwan's and Hong Kong's words (traditional script is read as simplified before matching).
  "晶片", "积体电路", "曝光机", "联电", "日月光",
]

[[industry.terms]]
weight = 2
terms = [
  "fab", "wafer", "foundry", "EDA", "gallium", "germanium",
  "transistor", "nanometre", "nanometer", "2nm", "3nm", "5nm", "7nm", "28nm", "polysilicon", "硅片", "制程",
]

[[industry.terms]]
weight = 1
terms = [
  "chip", "Intel", "Nvidia", "Qualcomm", "Samsung Electronics", "cleanroom", "neon", "etching", "deposition",
  "substrate", "纳米", "12英寸",
]

[[industry.terms]]
weight = 0.5
terms = ["processor", "GPU", "CPU"]

[[industry.context]]
# Chips you eat or bet with, in English and Chinese (洋芋片 and 薯片 are potato chips; an advert
# may pun on 晶片 and name TSMC).
terms = ["chip", "chip maker", "chip plant", "chip factory", "chip production", "chipmaker", "晶片", "芯片", "台积电"]
cancel = [
  "potato", "tortilla", "corn", "snack", "salsa", "crisps", "chocolate", "cookie", "casino", "poker",
  "gaming table", "gambling", "wager", "bet", "dealer", "croupier", "baccarat", "roulette", "masa", "nixtamalization",
  "洋芋片", "薯片", "零食", "零嘴", "口味", "马铃薯",
]
window = 80
document_min = 2

[[industry.context]]
# Wafers you eat, and solar wafers.
terms = ["wafer", "silicon wafer", "硅片"]
cancel = [
  "biscuit", "cookie", "chocolate", "confectionery", "confectioner", "cream", "hazelnut", "vanilla", "snack",
  "solar", "photovoltaic", "PV", "module", "panel", "光伏", "太阳能",
]
window = 80
document_min = 3

[[industry.context]]
# Metal-casting foundries and type foundries.
terms = ["foundry"]
cancel = ["casting", "castings", "iron", "steel", "bronze", "molten", "metal", "typeface", "font", "bell"]
window = 60
document_min = 2

[[industry.context]]
# Lithography the printing art.
terms = ["lithography"]
cancel = ["print", "printing", "printmaking", "artist", "poster", "stone", "museum", "exhibition", "gallery"]
window = 60
document_min = 2

[[industry.context]]
# EDA the U.S. Economic Development Administration, or data analysis.
terms = ["EDA"]
cancel = ["economic development", "development administration", "exploratory", "data analysis", "grant"]
window = 100
document_min = 1

[[industry.context]]
# Neon signs; polysilicon for solar.
terms = ["neon", "polysilicon"]
cancel = ["sign", "signs", "lights", "solar", "photovoltaic", "module"]
window = 80
document_min = 2

[[industry]]
# Never a label: storage that is neither lithium-ion nor sodium-ion. Its vocabulary outweighing
# lithium's specific terms takes lithium's generic ones ("battery", "energy storage system").
id = "other-storage"
name = "Other storage chemistries (a rival, never a label)"
label = false

[[industry.terms]]
weight = 3
terms = [
  "flow battery", "redox flow", "vanadium flow", "vanadium redox", "zinc-air", "zinc-ion", "zinc battery",
  "zinc-bromine", "iron-air", "iron flow", "sand battery", "thermal battery", "aluminium-ion", "aluminum-ion",
  "aluminium battery", "aluminum battery", "lead-acid", "lead acid", "nickel-hydrogen", "supercapacitor",
  "ultracapacitor", "compressed air energy storage", "pumped hydro", "pumped storage", "gravity storage",
  "液流电池", "全钒", "钒电池", "锌溴", "锌空气", "锌离子", "铁空气", "铝离子", "铝电池", "铅酸", "铅炭",
  "超级电容", "压缩空气储能", "抽水蓄能", "沙电池", "热电池",
]

[[industry.terms]]
weight = 2
terms = ["vanadium", "钒"]

"""#
}
