#!/usr/bin/env python3
"""Validate the supply-chain facts evaluation set (articles.jsonl) and, optionally, the gazetteer."""
import json, re, sys, collections

try:
    import tomllib
except ImportError:  # pragma: no cover
    tomllib = None

LANGS = {"en", "zh-Hans", "zh-Hant"}
SPLITS = {"tune", "holdout"}
KINDS = {"country", "province", "city", "park"}
UNITS = {"GWh", "MWh", "GW", "MW", "t/yr", "wafers/month", "lines"}
CURRENCIES = {"CNY", "USD", "EUR", "JPY", "KRW", "TWD", "HKD"}
EVENTS = {"investment_announced", "agreement_signed", "construction_start", "topping_out",
          "equipment_move_in", "production_start", "capacity_expansion", "acquisition",
          "closure_or_halt", "price_move", "export_control", "policy"}

errors, warnings = [], []
def err(aid, msg): errors.append(f"{aid}: {msg}")
def warn(aid, msg): warnings.append(f"{aid}: {msg}")

# ---------- number parsing (a reference for the normalization rules) ----------
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL = {"十": 10, "拾": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
EN_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12}
EN_MULT = {"trillion": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mln": 1e6, "m": 1e6,
           "thousand": 1e3, "k": 1e3}

def cn_numeral(s):
    """Parse a run of Chinese numeral characters (三十, 一万二千, 两)."""
    total, section, digit = 0.0, 0.0, None
    for ch in s:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL:
            section += (digit if digit is not None else 1) * CN_SMALL[ch]
            digit = None
        elif ch in CN_BIG:
            section += digit or 0
            total = (total + section) * CN_BIG[ch]
            section, digit = 0.0, None
    return total + section + (digit or 0)

def parse_amount(seen):
    """Return the number a `seen` string expresses, multipliers applied, or None."""
    s = seen.replace("，", ",")
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*([万萬亿億千百]*)", s)
    if m:
        v = float(m.group(1).replace(",", ""))
        mult = m.group(2)
        for ch in mult:
            v *= CN_BIG.get(ch, CN_SMALL.get(ch, 1))
        if not mult:
            rest = s[m.end():]
            w = re.match(r"\s*-?\s*(trillion|billion|bn|million|mln|thousand|m|k)\b", rest)
            if w:
                v *= EN_MULT[w.group(1)]
        return v
    m = re.search(r"[零〇一二两兩三四五六七八九十拾百千万萬亿億]+", s)
    if m:
        return cn_numeral(m.group(0))
    low = s.lower()
    for w, n in sorted(EN_WORDS.items(), key=lambda x: -len(x[0])):
        if re.search(r"\b" + w + r"\b", low):
            return float(n)
    return None

UNIT_CUES = {
    "GWh": r"GWh|GW·h|GW h|吉瓦时|吉瓦時|gigawatt[- ]hour|千兆瓦时",
    "MWh": r"MWh|MW·h|兆瓦时|兆瓦時|megawatt[- ]hour",
    "GW": r"GW|吉瓦|gigawatt",
    "MW": r"MW|兆瓦|megawatt",
    "t/yr": r"t/a|t/yr|tpa|ton|tonne|吨|噸",
    "wafers/month": r"wafer|片",
    "lines": r"line|线|線",
}
CURRENCY_CUES = {
    "CNY": r"yuan|RMB|CNY|人民币|人民幣|(?<![美韩韓日港台幣币])元",
    "USD": r"(?<![A-Z])\$|US\$|USD|dollar|美元|美金",
    "EUR": r"€|euro|EUR|欧元|歐元",
    "JPY": r"yen|JPY|日元|日圓|日幣|円",
    "KRW": r"won|KRW|韩元|韓元|韩币|韓幣",
    "TWD": r"NT\$|TWD|新台币|新台幣|台币|台幣|(?<![美韩韓日港])元",
    "HKD": r"HK\$|HKD|港元|港币|港幣",
}

def close(a, b):
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1)

# ---------- checks ----------
def covered_positions(text, seens):
    cov = [False] * len(text)
    for s in seens:
        for m in re.finditer(re.escape(s), text):
            for i in range(m.start(), m.end()):
                cov[i] = True
    return cov

def main(path, toml_path=None):
    arts = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                arts.append(json.loads(line))
            except Exception as e:
                err(f"line {n}", f"does not parse: {e}")
    gaz_alias = {}
    gaz_names = set()
    if toml_path:
        with open(toml_path, "rb") as fh:
            gz = tomllib.load(fh)
        for c in gz["company"]:
            gaz_names.add(c["name"])
            for a in [c["name"]] + c.get("aliases", []):
                if a in gaz_alias and gaz_alias[a] != c["name"]:
                    err("companies.toml", f"alias {a!r} given to {gaz_alias[a]} and {c['name']}")
                gaz_alias[a] = c["name"]
            for ind in c.get("industries", []):
                if ind not in {"lithium", "sodium-ion", "semiconductor"}:
                    err("companies.toml", f"{c['name']}: unknown industry {ind}")
        print(f"gazetteer: {len(gz['company'])} companies, {len(gaz_alias)} names and aliases")

    seen_ids = set()
    canon_by_seen = {}
    all_place_seens = set()
    for a in arts:
        aid = a.get("id", "?")
        for k in ("id", "lang", "split", "title", "text", "facts"):
            if k not in a:
                err(aid, f"missing {k}")
        if aid in seen_ids:
            err(aid, "duplicate id")
        seen_ids.add(aid)
        if a["lang"] not in LANGS: err(aid, f"bad lang {a['lang']}")
        if a["split"] not in SPLITS: err(aid, f"bad split {a['split']}")
        text = a["text"]
        if "\n\n\n" in text or re.search(r"(?<!\n)\n(?!\n)", text):
            err(aid, "paragraphs must be separated by exactly one blank line")
        if a["lang"] == "en":
            n = len(text.split())
            if not 80 <= n <= 400: err(aid, f"{n} words (want 80-400)")
        else:
            n = len(re.sub(r"\s", "", text))
            if not 150 <= n <= 700: err(aid, f"{n} characters (want 150-700)")
        f = a["facts"]
        for k in ("organizations", "places", "capacities", "money", "events"):
            if k not in f: err(aid, f"facts missing {k}")
        org_names = set()
        for kind in ("organizations", "places", "capacities", "money"):
            ss = [x["seen"] for x in f[kind]]
            for s, c in collections.Counter(ss).items():
                if c > 1: err(aid, f"{kind}: seen {s!r} listed {c} times")
            for x in f[kind]:
                if x["seen"] not in text:
                    err(aid, f"{kind}: seen {x['seen']!r} is not in the text")
                if x["seen"] != x["seen"].strip():
                    err(aid, f"{kind}: seen {x['seen']!r} has outer spaces")
        for o in f["organizations"]:
            org_names.add(o["name"])
            prev = canon_by_seen.setdefault(o["seen"], (o["name"], aid))
            if prev[0] != o["name"]:
                err(aid, f"org seen {o['seen']!r} is {o['name']!r} here but {prev[0]!r} in {prev[1]}")
            if o["seen"] in gaz_alias and gaz_alias[o["seen"]] != o["name"]:
                err(aid, f"org seen {o['seen']!r} should be canonical {gaz_alias[o['seen']]!r} (gazetteer)")
            if o["name"] in gaz_alias and o["name"] not in gaz_names:
                err(aid, f"canonical {o['name']!r} is an alias of {gaz_alias[o['name']]!r}")
        for p in f["places"]:
            if p["kind"] not in KINDS: err(aid, f"bad place kind {p['kind']}")
            all_place_seens.add(p["seen"])
        for c in f["capacities"]:
            if c["unit"] not in UNITS: err(aid, f"bad unit {c['unit']}")
            if not isinstance(c["value"], (int, float)): err(aid, f"capacity value not a number: {c}")
            if not re.search(UNIT_CUES.get(c["unit"], "^$"), c["seen"], re.I):
                warn(aid, f"capacity {c['seen']!r}: no cue for unit {c['unit']}")
            v = parse_amount(c["seen"])
            if v is None or not close(v, c["value"]):
                warn(aid, f"capacity {c['seen']!r}: parsed {v}, annotated {c['value']}")
        for m in f["money"]:
            if m["currency"] not in CURRENCIES: err(aid, f"bad currency {m['currency']}")
            if not re.search(CURRENCY_CUES.get(m["currency"], "^$"), m["seen"]):
                warn(aid, f"money {m['seen']!r}: no cue for currency {m['currency']}")
            v = parse_amount(m["seen"])
            if v is None or not close(v, m["amount"]):
                warn(aid, f"money {m['seen']!r}: parsed {v}, annotated {m['amount']}")
        place_seens = {p["seen"] for p in f["places"]}
        cap_seens = {c["seen"] for c in f["capacities"]}
        money_seens = {m["seen"] for m in f["money"]}
        for e in f["events"]:
            if e["type"] not in EVENTS: err(aid, f"bad event type {e['type']}")
            for o in e["organizations"]:
                if o not in org_names: err(aid, f"event {e['type']}: organization {o!r} not in the article's organizations")
            for p in e["places"]:
                if p not in place_seens: err(aid, f"event {e['type']}: place {p!r} not annotated")
            for c in e["capacities"]:
                if c not in cap_seens: err(aid, f"event {e['type']}: capacity {c!r} not annotated")
            for m in e["money"]:
                if m not in money_seens: err(aid, f"event {e['type']}: money {m!r} not annotated")

    # Mentions left unannotated: gazetteer aliases and places annotated elsewhere that occur here uncovered.
    for a in arts:
        text, f = a["text"], a["facts"]
        spans = [x["seen"] for k in ("organizations", "places") for x in f[k]]
        cov = covered_positions(text, spans)
        cands = set(all_place_seens) | set(gaz_alias) | {s for s in canon_by_seen}
        for s in cands:
            if len(s) < 2: continue
            for m in re.finditer(re.escape(s), text):
                # Latin names: whole words only
                if re.match(r"\w", s[0]) and s.isascii():
                    if (m.start() > 0 and text[m.start() - 1].isalnum()) or (m.end() < len(text) and text[m.end()].isalnum()):
                        continue
                if not all(cov[m.start():m.end()]):
                    warn(a["id"], f"unannotated mention {s!r} at {m.start()}: ...{text[max(0, m.start() - 20):m.end() + 20]!r}...")
                    break

    # Script check for Chinese.
    try:
        import zhconv
        for a in arts:
            if a["lang"] == "zh-Hant":
                conv = zhconv.convert(a["text"], "zh-hant")
            elif a["lang"] == "zh-Hans":
                conv = zhconv.convert(a["text"], "zh-hans")
            else:
                continue
            # 台/群/栗 are usual in Taiwan and Hong Kong text though zhconv prefers 臺/羣/慄.
            diff = [(x, y) for x, y in zip(a["text"], conv) if x != y and x not in "台群栗"]
            if diff:
                warn(a["id"], f"script: {len(diff)} characters differ from {a['lang']}: {''.join(x for x, _ in diff[:30])} -> {''.join(y for _, y in diff[:30])}")
    except ImportError:
        print("(zhconv not installed: script check skipped)")

    # Pairs.
    pairs = collections.defaultdict(list)
    for a in arts:
        if "pair" in a: pairs[a["pair"]].append(a)
    for p, xs in sorted(pairs.items()):
        if len(xs) != 2:
            err(p, f"pair has {len(xs)} articles"); continue
        x, y = xs
        if {x["lang"] == "en", y["lang"] == "en"} != {True, False}:
            err(p, "pair must be one English and one Chinese article")
        if x["split"] != y["split"]:
            err(p, "pair members are in different splits")
        ox = {o["name"] for o in x["facts"]["organizations"]}
        oy = {o["name"] for o in y["facts"]["organizations"]}
        if ox != oy: err(p, f"organizations differ: {sorted(ox ^ oy)}")
        cx = {(c["value"], c["unit"]) for c in x["facts"]["capacities"]}
        cy = {(c["value"], c["unit"]) for c in y["facts"]["capacities"]}
        if cx != cy: err(p, f"capacities differ: {sorted(cx ^ cy)}")
        mx = {(m["amount"], m["currency"]) for m in x["facts"]["money"]}
        my = {(m["amount"], m["currency"]) for m in y["facts"]["money"]}
        if mx != my: err(p, f"money differs: {sorted(mx ^ my)}")
        ex = sorted(e["type"] for e in x["facts"]["events"])
        ey = sorted(e["type"] for e in y["facts"]["events"])
        if ex != ey: err(p, f"event types differ: {ex} vs {ey}")

    # Summary.
    print(f"articles: {len(arts)}")
    by_lang = collections.Counter(a["lang"] for a in arts)
    by_split = collections.Counter(a["split"] for a in arts)
    print("languages:", dict(by_lang))
    print("splits:", dict(by_split), " by language:",
          dict(collections.Counter((a["lang"], a["split"]) for a in arts)))
    kinds = ("organizations", "places", "capacities", "money", "events")
    print(f"{'lang':8} {'arts':>4} " + " ".join(f"{k:>13}" for k in kinds))
    for lang in ("en", "zh-Hans", "zh-Hant", "all"):
        xs = [a for a in arts if lang == "all" or a["lang"] == lang]
        print(f"{lang:8} {len(xs):>4} " + " ".join(f"{sum(len(a['facts'][k]) for a in xs):>13}" for k in kinds))
    ev = collections.Counter((e["type"], a["split"]) for a in arts for e in a["facts"]["events"])
    print("events by type (tune/holdout):")
    for t in sorted(EVENTS):
        print(f"  {t:22} {ev[(t, 'tune')]:>3} / {ev[(t, 'holdout')]:>3}")
    low = [a["id"] for a in arts if len(a["facts"]["events"]) <= 1 and not a["facts"]["capacities"] and not a["facts"]["money"]]
    print("few-or-no-fact articles (<=1 event, no capacity, no money):", low)
    print("no facts at all:", [a["id"] for a in arts if not any(a["facts"][k] for k in kinds)])
    print("holdout ids:", [a["id"] for a in arts if a["split"] == "holdout"])
    print("pairs:", {p: [a["id"] for a in xs] for p, xs in sorted(pairs.items())})
    for w in warnings: print("WARN", w)
    for e in errors: print("ERROR", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None))
