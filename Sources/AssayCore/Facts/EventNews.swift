/// Whether a step is the news: not a plan, a forecast, a denial, a quotation, a description or
/// history told in its clause. Asked of every step word the one pass found.
extension EventFinder {
    /// True when the step happens now: not dated to an earlier year, not scheduled or planned.
    func isNews(_ kind: Kind, at start: Int, end: Int, currentYear: Int?) -> Bool {
        let clause = text.clauseStart(before: start)
        let sentence = text.sentence(containing: start)
        let before = clause..<start
        // ("is designed to provide": the speculation may share the step's first word, "to".)
        let firstWordEnd = text.scalars[start].isASCII ? firstWordEnd(start, end: end) : start
        if words.contains(Context.speculative.rawValue, in: clause..<firstWordEnd) || words.contains(Context.hearsay.rawValue, in: sentence) { return false }
        // "为今年一季度完成主体结构封顶加速冲刺": a Chinese clause opened by 为 is the purpose of what it says.
        // ("目前正在为…": after 在 too; "其中为主厂房提供动力的…" is "for", inside a description.)
        if !text.scalars[start].isASCII, let purpose = (clause..<min(start, clause + 6)).first(where: { text.keys[$0] == "为" }),
            purpose == text.skippingSpaces(from: clause) || text.keys[purpose - 1] == "在"
        {
            return false
        }
        // "中科管理局说，一旦滞洪池完成点交，可马上动工": the clause after a condition is what would follow
        // it, wherever in the sentence (`openedAsConditionOrHistory` reads the sentence's opening clause).
        if !text.scalars[start].isASCII, clause > sentence.lowerBound {
            let condition = text.skippingSpaces(from: text.clauseStart(before: clause - 1))
            // ("若干项目": 若 opens "several", not "if".)
            if Self.conditionOpenings.match(in: text, at: condition, limit: clause, wholeWord: true) != nil, text.keys[condition + 1] != "干" { return false }
        }
        // "When lithium prices soared past …, sodium-ion batteries looked …", "…in early 2023, when prices
        // slumped": a clause of "when" tells the time of something else.
        if text.scalars[start].isASCII, text.matches(Self.when, at: text.skippingSpaces(from: clause)) { return false }
        // "受外部出口管制影响较小": a step named as what bears on something else is not taken.
        // ("受基建项目开工加快带动": the effect word may follow a few characters on.)
        if !text.scalars[start].isASCII, (max(clause, start - 8)..<start).contains(where: { text.keys[$0] == "受" }),
            (end..<min(text.count, end + 5)).contains(where: { at in Self.effects.contains(where: { text.matches($0, at: at) }) })
        {
            return false
        }
        // "项目建成后可回收处理退役电池，产出碳酸锂": what a project does once built, told on in its sentence.
        if !text.scalars[start].isASCII, onceBuilt(in: sentence.lowerBound..<start) { return false }
        // "陸系晶圓廠持續擴產", "中小企业纷纷停产": a trend told, not a step taken ("陆续投产" is news; a
        // market's "价格持续上涨至8.2万元" is a move with its amount, and "南亚科持续上调价格" a company's; a price
        // trend without either is refused in `fits`).
        if kind != .priceMove, !text.scalars[start].isASCII, precededBy(Self.trends, start) { return false }
        // "決定直接購買現有廠房，以加速擴產": 以 and a verb of furthering before a step tell its purpose.
        // (以 alone: not 得以, 可以, 所以, 难以, 足以.)
        if !text.scalars[start].isASCII, start >= 3, text.keys[start - 3] == "以", start == 3 || !["得", "可", "所", "难", "足", "予", "加"].contains(text.keys[start - 4]),
            Self.furthering.contains(where: { text.matches($0, at: start - 2) })
        {
            return false
        }
        // "拟与…管理委员会签订《合同书》": an agreement still to be signed is not signed (the investment it
        // carries is announced, its own step).
        // (Not the 拟 of 模拟 "analog", 虚拟, 草拟; "拟…并已于昨日…签订" was signed.)
        if kind == .agreementSigned, !text.scalars[start].isASCII,
            let intent = (clause..<start).last(where: { text.keys[$0] == "拟" && ($0 == 0 || !["模", "虚", "草"].contains(text.keys[$0 - 1])) }),
            !(intent..<start).contains(where: { text.keys[$0] == "已" })
        {
            return false
        }
        // "海外擴產經驗", "扩产计划", "投产进度": a step word qualifying the noun after it names no step taken.
        // (An investment plan announced is an investment announced: "宣布投资计划，总额约50亿元".)
        if kind != .priceMove, !text.scalars[start].isASCII,
            Self.qualifiedNouns.contains(where: { text.matches($0, at: end) && !(kind == .investmentAnnounced && Self.planNouns.contains($0)) })
        {
            return false
        }
        // "晶圓代工龍頭多次上調先進封裝產能目標": a move made time and again is a record (price moves too).
        if !text.scalars[start].isASCII, precededBy(Self.repeated, start) { return false }
        // "第一座廠已量產超過一年": a step that has gone on for a time is a state, not news.
        if !text.scalars[start].isASCII, lastedSince(end) { return false }
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
        // ("signed a comprehensive agreement for the long-term supply of 950,000 tons of cathode materials with General
        // Motors last year": in the step's own clause the period may stand further on.)
        if let past = words.lastEnd(Context.pastPeriodWords.rawValue, in: end..<min(sentence.upperBound, max(end + 80, min(text.clauseEnd(after: end), end + 120)))),
            // ("slipped to 0.45 from 0.50 a month ago": a price compared with an earlier one moved now.)
            !(kind == .priceMove && text.matchesExactly("ago", at: past - 3)),
            // ("shot up by 20% compared to its price from last year": the move now, measured against that time.)
            // ("slumped 40% last year versus a gain two years earlier": a period before the comparison still dates the move.)
            !(kind == .priceMove && wordStarts(in: max(end, past - 40)..<past, of: Self.comparedWith).first.map { compared in
                words.lastEnd(Context.pastPeriodWords.rawValue, in: end..<compared) == nil
            } ?? false),
            // ("came off the line six weeks later than the company had targeted last year": a comparison's time.)
            // ("fallen by more than 40% over the past two years" is an amount, not a comparison.)
            !(end..<past).contains(where: {
                text.matchesExactly(" than ", at: $0) && !text.matchesExactly("more", at: $0 - 4) && !text.matchesExactly("less", at: $0 - 4)
            })
        {
            return false
        }
        // "In recent years, lithium prices have dropped …": a sentence opened by a past period tells of that period.
        // ("据央视财经报道，去年存储芯片价格持续上涨": or the step's clause opened by one.)
        if Self.pastPeriodWords.match(in: text, at: text.skippingSpaces(from: sentence.lowerBound), limit: start, wholeWord: true) != nil
            || Self.pastPeriodWords.match(in: text, at: text.skippingSpaces(from: clause), limit: start, wholeWord: true) != nil
        {
            return false
        }
        // "restarts of idled mines", "the acquired plant": a participle naming a state, not a step.
        // (The step word's ending is read first, from its keys: most do not end in "ed".)
        if end - start >= 2, text.keys[end - 2] == "e", text.keys[end - 1] == "d", attributive(before: start) { return false }
        // Said in a quotation: a person's words, not the news the article reports.
        if text.insideQuotation(start), !quotedTerm(around: start), !toldAsDoneLately(start, in: sentence) { return false }
        // A step dated by a bare year ("began production in 2021", "于2017年实现量产") is history.
        // ("will close its semiconductor factory in Tempe in 2025": a closure announced for a coming year is
        // decided now, the news; an investment or a start "in 2025" is a schedule.)
        if datedByYear(start: start, end: end, sentence: sentence, currentYear: currentYear),
            !(kind == .closureOrHalt && text.matchesExactly("will ", at: start) && currentYear.map { now in
                yearsIn(clause..<min(sentence.upperBound, end + 100)).allSatisfy { $0 >= now } } == true)
        {
            return false
        }
        if text.scalars[start].isASCII, endsOnAnEarlierYear(after: end, sentence: sentence, currentYear: currentYear) { return false }
        // "碳酸锂价格将上涨5%": a market's move ahead is a forecast; a company's own ("will raise prices") is news.
        if kind == .priceMove, future(before),
            !names.contains(where: { $0.isOrganization && before.contains($0.start) })
        {
            return false
        }
        // "预估第4季合约价将季增45-50%，…，两者涨幅皆创历史新高": a forecast governs the moves after it in its sentence.
        if kind == .priceMove, !text.scalars[start].isASCII, !wordStarts(in: sentence.lowerBound..<start, of: Self.forecasts).isEmpty {
            return false
        }
        // "aims to take a final investment decision by the end of the year": a decision to come.
        // ("advancement into the final investment decision (FID) stage in the coming weeks": or one given a time ahead.)
        if kind == .investmentAnnounced, text.keys[start] == "f",
            planEnd(in: before) != nil || !wordStarts(in: end..<max(end, min(text.clauseEnd(after: end), end + 60)), of: Self.timesAhead).isEmpty
        {
            return false
        }
        if !Self.announced.contains(kind), let plan = planEnd(in: before),
            !asPlanned(plan)  // "比原计划提前", "按照原定计划完成": as planned, done
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
        // "as Chinese producers ramp up capacity rapidly": a step of a kind of company, unnamed, is a trend.
        // (A market's "producers cut prices" is still a move.)
        // ("Automakers and suppliers are breaking ground on battery factories": auxiliaries between them.)
        // ("the companies had signed": a definite plural is the ones named.)
        let genericSubject = text.scalars[start].isASCII
            ? subjectWord(before: start).flatMap { subject in Self.genericPlurals.contains { text.keys[subject].elementsEqual($0) } ? subject : nil } : nil
        if kind != .priceMove, let subject = genericSubject,
            !(wordBefore(subject.lowerBound).map { word in Self.definiteWords.contains { text.keys[word].elementsEqual($0) } } ?? false)
        {
            return false
        }
        // "Australian producers gained after a broker raised its forecast": producers rising or falling are their shares
        // (a market's "producers cut prices" sets a price).
        if kind == .priceMove, genericSubject != nil, !Self.priceSetting.contains(text.keyString(start..<end)),
            !words.contains(Context.priceWords.rawValue, in: start..<min(sentence.upperBound, end + 12))
        {
            return false
        }
        // "Pilot runs are expected to start in the third quarter, followed by volume production": what follows a plan is planned.
        if text.scalars[start].isASCII, let by = wordBefore(start), text.keys[by].elementsEqual("by".unicodeScalars),
            let follow = wordBefore(by.lowerBound), Self.following.contains(where: { text.keys[follow].elementsEqual($0) }),
            planEnd(in: sentence.lowerBound..<follow.lowerBound) != nil
        {
            return false
        }
        // "the project will remain on care and maintenance": a state that goes on is no step taken.
        // ("Ridgeway has said it will invest": what a company has said before is told again; "only a
        // handful have begun production", "several have halted": a tally of unnamed ones is no step.)
        if text.scalars[start].isASCII, !wordStarts(in: clause..<start, of: Self.continuingStates).isEmpty { return false }
        // "The lawmakers called for CATL, …, to be added to the entity list": an appeal governs its whole sentence;
        // "Regarding the progress of mass production, Wolfspeed remains dominant": a topic named is no step.
        if !wordStarts(in: sentence.lowerBound..<start, of: Self.appeals).isEmpty
            || text.scalars[start].isASCII && !wordStarts(in: clause..<start, of: Self.topicMarkers).isEmpty
        {
            return false
        }
        // "要求供应商明年降价15%": a price cut asked of others is not made.
        if kind == .priceMove, !text.scalars[start].isASCII, text.contains(keys: Self.asking, in: before) { return false }
        // "SMIC has been expanding its production capacity": a perfect progressive tells a trend, not a step.
        if text.scalars[start].isASCII, perfectProgressive(start, end: end) { return false }
        // "首榀钢屋架吊装，相当于传统建筑的上梁": a step a thing is likened to is not taken (an amount after
        // the word converts money: "以23.4亿港元（相当于约3亿美元）收购").
        for likened in wordStarts(in: clause..<start, of: Self.likenings) {
            let next = text.skippingSpaces(from: likened)
            guard next < text.count, !FactText.isDigit(text.scalars[next]), Self.amountOpenings.match(in: text, at: next, wholeWord: false) == nil else { continue }
            return false
        }
        if Self.deals.contains(kind), !wordStarts(in: before, of: Self.dealEndings).isEmpty { return false }
        // "from the first production of ingredients to the final assembly": a span of a process, not a step.
        if text.scalars[start].isASCII, spanOpened(before: start, in: sentence) { return false }
        // "Intel is halting plans to build a foundry": plans stopped are no plans announced.
        if text.keys[start] == "p", let verb = wordBefore(start), Self.stoppingVerbs.contains(where: { text.keys[verb].elementsEqual($0) }) { return false }
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
        // "自今年3月2日开工以来": a step since which something goes on is background.
        if !text.scalars[start].isASCII, (end..<min(text.count - 1, end + 3)).contains(where: { text.keys[$0] == "以" && text.keys[$0 + 1] == "来" }) {
            return false
        }
        // "项目在明年1月将完成主体结构，下半年完成设备安装并试产": a plan said in an earlier clause of the
        // sentence governs the clauses after it, unless the step's own clause tells it as done or under way.
        if !text.scalars[start].isASCII, !Self.announced.contains(kind), clause > sentence.lowerBound,
            let plan = planEnd(in: sentence.lowerBound..<clause),
            !asPlanned(plan),
            !(clause..<start).contains(where: { Self.doneMarkers.contains(text.keys[$0]) })
        {
            return false
        }
        // "从开工到投产仅用时17个月": a span between two steps, told as a record.
        if !text.scalars[start].isASCII, start > sentence.lowerBound {
            let previous = text.keys[start - 1]
            if previous == "从" || previous == "到" && text.nextPosition(ofKey: "从", from: sentence.lowerBound) < start { return false }
            // ("从破土动工到竣工": the span's first step may be two words, "破土" then "动工"; "从破土动工、夯实桩基，
            // 到底板浇筑": and the span may list several before its "到".)
            if (max(sentence.lowerBound, start - 3)..<start).contains(where: { text.keys[$0] == "从" }),
                (end..<min(sentence.upperBound, end + 24)).contains(where: { text.keys[$0] == "到" })
            {
                return false
            }
        }
        // "6月30日，…正式开工" in an article of 12月24日: a step dated months before the article's own day.
        if let month = articleMonth, let stepMonth = leadingMonth(sentence: sentence, before: start), month - stepMonth >= 2 { return false }
        // "mines that halted in August", "which began production": a relative clause describes, it does not report.
        if relativeClause(before: start) { return false }
        // "此前，…已与…签订": Chinese history words often stand before a comma.
        // ("（中央社記者曾智怡台北26日電）…核定補助": a credit's reporter named 曾 is no "once".)
        if kind != .priceMove, !text.scalars[start].isASCII, let history = words.lastEnd(Context.historyWords.rawValue, in: min(afterCredit(sentence), start)..<start),
            !recentDay(after: history), !(history >= 3 && text.keys[history - 1] == "曾" && text.matches(Self.reporter, at: history - 3))
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
        // "机台设备到厂意味着厂房已部分完工", "A tool move-in means …": a step said to mean something is explained, not reported.
        if Self.meanings.match(in: text, at: text.skippingSpaces(from: end), limit: min(text.count, end + 12), wholeWord: true) != nil { return false }
        // "after its takeover of Siltronic failed last week": a step that fell through did not happen.
        if !wordStarts(in: end..<min(sentence.upperBound, end + 60), of: Self.failures).isEmpty { return false }
        // "with the first production of the chemical expected in 2026": a step named as a thing ("the …")
        // and given a time ahead in its clause is a plan ("began construction of a refinery slated for
        // completion in 2027" is news, and so is "signed a contract for cells due by 2026").
        if !Self.announced.contains(kind), kind != .agreementSigned, text.scalars[start].isASCII,
            let article = wordBefore(start), Self.articles.contains(where: { text.keys[article].elementsEqual($0) }),
            !wordStarts(in: end..<max(end, min(text.clauseEnd(after: end), end + 100)), of: Self.timesAhead).isEmpty
        {
            return false
        }
        // "天目先导公司是一家专注于…的企业。…成功实现规模化量产": a paragraph that opens by saying what a
        // company is goes on with its record, not with the news.
        if inProfile(start) { return false }
        // "On October 24, … completed the acquisition" in a December article (last: it reads every capital around the step).
        if text.scalars[start].isASCII, datedByEarlierMonth(start: start, end: end, clause: clause, sentence: sentence, currentYear: currentYear) { return false }
        // (Last: these scan their ranges word by word, and the tests above turn most steps away first.)
        return !toldAsNoStep(kind, at: start, end: end, currentYear: currentYear)
    }

    /// True when the English step at `start` opens with an "-ing" verb after "has been", "have been" or "had been".
    func perfectProgressive(_ start: Int, end: Int) -> Bool {
        var wordEnd = start
        while wordEnd < end, FactText.isLetter(text.scalars[wordEnd]) { wordEnd += 1 }
        guard wordEnd - start > 4, text.matchesExactly("ing", at: wordEnd - 3), let been = wordBefore(start),
            text.keys[been].elementsEqual(Self.been), let auxiliary = wordBefore(been.lowerBound)
        else { return false }
        return Self.perfectAuxiliaries.contains { text.keys[auxiliary].elementsEqual($0) }
    }
    static let been = Array("been".unicodeScalars)
    /// True when the plan word ending at `end` is 计划 read as "as planned" (原计划, 定计划, 按计划, 照计划, 依计划).
    func asPlanned(_ end: Int) -> Bool {
        end >= 3 && text.keys[end - 2] == "计" && ["原", "定", "按", "照", "依"].contains(text.keys[end - 3])
    }

    /// The end of the last plan word in `range`: "May" written with a capital is the month, not "may".
    func planEnd(in range: Range<Int>) -> Int? {
        var range = range
        while let end = words.lastEnd(Context.planWords.rawValue, in: range) {
            guard end >= 3, text.scalars[end - 3] == "M", text.keys[end - 2] == "a", text.keys[end - 1] == "y" else { return end }
            range = range.lowerBound..<(end - 3)
        }
        return nil
    }

    /// True when `position` stands after the first sentence of a paragraph whose first sentence
    /// describes a company ("… is a leading maker of …", "…是一家…企业").
    func inProfile(_ position: Int) -> Bool {
        let paragraph = text.paragraph(containing: position)
        let first = text.sentence(containing: text.skippingSpaces(from: paragraph.lowerBound))
        return position >= first.upperBound && !wordStarts(in: first, of: Self.profileWords).isEmpty
    }
    /// True when "from" (or "from the") stands right before the step and "to" follows it in the sentence.
    func spanOpened(before start: Int, in sentence: Range<Int>) -> Bool {
        guard var word = wordBefore(start) else { return false }
        if Self.attributiveMarkers.contains(text.string(word).lowercased()), let earlier = wordBefore(word.lowerBound) { word = earlier }
        guard text.keys[word].elementsEqual("from".unicodeScalars) else { return false }
        return (start..<sentence.upperBound).contains { text.matchesExactly(" to ", at: $0) }
    }
    static let stoppingVerbs = ["halting", "halted", "halts", "pausing", "paused", "pauses", "suspending", "suspended", "shelving", "shelved", "dropping", "dropped", "scrapping", "scrapped", "abandoning", "abandoned"].map { Array($0.unicodeScalars) }
    static let likenings = WordList(["相当于", "等同于", "好比", "如同", "类似于", "equivalent to", "akin to", "likened to"])
    /// What opens an amount after a likening word: about, nearly, over, a currency.
    static let amountOpenings = WordList([
        "约", "近", "逾", "超", "人民币", "美元", "$", "€", "£", "¥", "us$", "about", "around", "nearly", "roughly", "approximately", "some ", "over ", "more than",
    ])
    /// Characters of a Chinese clause that tell its step as done or under way (已, 正, 今, 现, 顺利's 顺).
    static let doneMarkers: Set<Unicode.Scalar> = ["已", "正", "今", "现", "顺", "日"]
    /// Words before a step that make it a state going on ("will remain on care and maintenance", "stays
    /// shut"), a statement told again, or a tally of unnamed ones.
    static let when = Array("when ".unicodeScalars)
    static let continuingStates = WordList([
        "remain", "remains", "remained", "stay", "stays", "stayed", "has said", "have said", "had said", "a handful", "several", "many of",
        "most of", "none of", "few of", "a number of",
        // ("the Bureau of Industry and Security, which oversees export control regulations": a body's remit.)
        "oversees", "oversee", "administers", "administer", "enforces", "enforce", "in charge of", "responsible for",
    ])
    /// The word before `start`, past auxiliaries ("are", "have been"): the subject of "… are breaking ground".
    func subjectWord(before start: Int) -> Range<Int>? {
        var word = wordBefore(start)
        var skipped = 0
        while let current = word, skipped < 3, Self.beforeVerbs.contains(where: { text.keys[current].elementsEqual($0) }) {
            word = wordBefore(current.lowerBound)
            skipped += 1
        }
        return word
    }
    static let definiteWords = ["the", "these", "those", "both", "its", "their", "two", "three"].map { Array($0.unicodeScalars) }
    /// Auxiliaries and the adverbs standing with them between a subject and its verb.
    static let beforeVerbs = auxiliaries + ["will", "would", "also", "now", "all", "both"].map { Array($0.unicodeScalars) }
    static let following = ["followed", "following"].map { Array($0.unicodeScalars) }
    /// True when an English sentence has its speaker tell what they did lately ("\"Today we broke ground on
    /// the first cell gigafactory,\" … told a ceremony"): a quotation that reports the news.
    /// (Only a verb in the past tells it: "in mass production today" is a state.)
    func toldAsDoneLately(_ start: Int, in sentence: Range<Int>) -> Bool {
        guard text.scalars[start].isASCII else { return false }
        let space = (start..<min(text.count, start + 20)).first(where: { text.scalars[$0] == " " }) ?? start
        let pastTense = space - start > 3 && text.keys[space - 2] == "e" && text.keys[space - 1] == "d"
            || Self.pastForms.contains { text.keys[start..<space].elementsEqual($0) }
        return pastTense && !wordStarts(in: sentence, of: Self.firstPerson).isEmpty && !wordStarts(in: sentence, of: Self.lately).isEmpty
    }
    static let pastForms = ["broke", "began", "begun", "came", "took", "bought", "shut", "struck", "laid", "sold", "won"].map { Array($0.unicodeScalars) }
    static let firstPerson = WordList(["we", "our"])
    /// Days of the news: today, this week, a weekday.
    static let lately = WordList([
        "today", "yesterday", "this morning", "this week", "last week", "on monday", "on tuesday", "on wednesday", "on thursday",
        "on friday", "on saturday", "on sunday",
    ])

    /// "要求": a price move asked of others.
    static let asking = Array("要求".unicodeScalars)
    /// Appeals for a step, read from the sentence's start: what is asked for is not done.
    static let appeals = WordList([
        "called for", "calls for", "call for", "calling for", "urged", "urges", "urging", "呼吁",
        // ("has petitioned for anti-dumping duties on Chinese storage cells")
        "petitioned for", "petitions for", "petition for", "lobbied for", "lobbying for",
    ])
    /// Words that name a topic before a step's noun.
    static let topicMarkers = WordList(["regarding", "as for", "as to", "in terms of", "with regard to", "progress of"])
    /// Words giving a step a time ahead after it ("expected in 2026", "slated for March").
    /// A credit's word for its reporter, whose surname follows.
    static let reporter = Array("记者".unicodeScalars)
    /// Kinds of company in the plural: as a step's subject, no company in particular.
    static let genericPluralNames = [
        "producers", "makers", "miners", "companies", "firms", "manufacturers", "suppliers", "rivals", "competitors", "chipmakers",
        "automakers", "carmakers", "refiners", "players", "peers", "smelters", "foundries", "startups",
    ]
    static let genericPlurals = genericPluralNames.map { Array($0.unicodeScalars) }
    static let genericPluralWords = WordList(genericPluralNames)
    /// Words counting unnamed ones: "dozens of smaller makers".
    static let counts = WordList(["dozens of", "hundreds of", "scores of", "a slew of"])
    static let trends = ["持续", "不断", "纷纷"].map { Array($0.unicodeScalars) }
    /// Verbs that, after 以, make a step the aim of what came before: "以加速扩产", "以满足扩产需求".
    static let furthering = ["加速", "加快", "推动", "推进", "促进", "满足", "配合", "因应", "应对", "支持", "确保"].map { Array($0.unicodeScalars) }
    /// Nouns a Chinese step word may qualify: its experience, plan, pace or progress (keys, simplified).
    /// ("HBM的产出量远低于": 量 makes output an amount.)
    static let planNouns = ["计划", "规划", "方案"].map { Array($0.unicodeScalars) }
    static let qualifiedNouns = ["经验", "计划", "规划", "方案", "目标", "能力", "意愿", "需求", "潮", "周期", "进度", "节奏", "步伐", "速度", "量"]
        .map { Array($0.unicodeScalars) }
    static let repeated = ["多次", "屡次", "数次"].map { Array($0.unicodeScalars) }
    /// A project's completion as a condition: "建成后", "达产后", "投产后".
    static let completions = ["建成后", "达产后", "投产后", "满产后", "竣工后", "完工后"].map { Array($0.unicodeScalars) }
    /// What follows such a condition when it tells what will be: "可", "将", "预计", "每年".
    static let outcomes: [[Unicode.Scalar]] = ["可", "将", "预计", "每年", "年产", "能"].map { Array($0.unicodeScalars) }

    /// True when one of `words` ends right before `start`.
    func precededBy(_ words: [[Unicode.Scalar]], _ start: Int) -> Bool {
        words.contains { start >= $0.count && text.matches($0, at: start - $0.count) }
    }

    /// True when `range` holds a completion followed, within a few code points, by what it will bring.
    func onceBuilt(in range: Range<Int>) -> Bool {
        range.contains { position in
            guard let completion = Self.completions.first(where: { text.matches($0, at: position) }) else { return false }
            let after = position + completion.count
            return after <= range.upperBound
                && (after..<min(range.upperBound, after + 4)).contains { index in Self.outcomes.contains { text.matches($0, at: index) } }
        }
    }
    static let creditOpenings: Set<Unicode.Scalar> = ["（", "【", "(", "["]
    static let creditClosings: Set<Unicode.Scalar> = ["）", "】", ")", "]"]

    /// Where a sentence's text starts past a credit in brackets that opens it ("（中央社記者…台北26日電）", "【本報訊】").
    func afterCredit(_ sentence: Range<Int>) -> Int {
        let opening = text.skippingSpaces(from: sentence.lowerBound)
        guard opening < sentence.upperBound, Self.creditOpenings.contains(text.scalars[opening]),
            let close = (opening..<min(sentence.upperBound, opening + 60)).first(where: { Self.creditClosings.contains(text.scalars[$0]) })
        else { return sentence.lowerBound }
        return close + 1
    }

    /// What a cause does to another thing, after the cause in "受…影响".
    static let effects = ["影响", "冲击", "波及", "拖累", "带动", "拉动"].map { Array($0.unicodeScalars) }
    /// Words that open a time gone on: "超过一年", "逾两年", "已有三个月", "满一年".
    static let durations = ["超过", "逾", "已有", "满", "达"].map { Array($0.unicodeScalars) }

    /// True when a length of time follows right after a Chinese step ("量产超过一年", "投产逾两年").
    func lastedSince(_ end: Int) -> Bool {
        guard let opening = Self.durations.first(where: { text.matches($0, at: end) }) else { return false }
        var index = end + opening.count
        let numberStart = index
        while index < min(text.count, numberStart + 4), FactText.isDigit(text.scalars[index]) || NumberReading.isChineseNumeral(text.keys[index])
            || text.keys[index] == "个" || text.keys[index] == "多" || text.keys[index] == "半"
        {
            index += 1
        }
        guard index > numberStart, index < text.count else { return false }
        return text.keys[index] == "年" || text.keys[index] == "月" || text.keys[index] == "周"
    }

    static let timesAhead = WordList([
        "expected in", "expected by", "expected later", "scheduled for", "scheduled in", "slated for", "slated in", "due by",
        "set for", "planned for", "targeted for", "expected", "due", "slated", "scheduled",
        "in the coming", "in coming", "later this year", "later this month",
    ])
    /// Words that make what follows a thing named, not a verb: "the first production of".
    static let articles = ["the", "a", "an", "its", "their", "his", "her"].map { Array($0.unicodeScalars) }
    static let failures = WordList([
        "failed", "collapsed", "fell through", "was blocked", "was rejected", "was terminated", "was called off", "was abandoned",
        "告吹", "落空", "失败", "未果",
    ])
    static let profileWords = WordList([
        "是一家", "是国内领先", "是全球领先", "是行业领先", "成立于", "is a leading", "is one of the world's", "is the world's largest",
        "is a global leader", "was founded in",
    ])

    /// True when the quotation around `position` is a term, not a person's words: a few words with
    /// no clause inside, closed soon after ('its "Entity List,"', "「新型工業加速計劃」").
    func quotedTerm(around position: Int) -> Bool {
        let (closing, opening, clauseMarks) = (Self.closingQuotes, Self.openingQuotes, Self.clauseMarks)
        var close = position
        while close < min(text.count, position + 40), !closing.contains(text.scalars[close]) {
            // ('"Entity List,"': a comma or full stop may stand inside the closing mark.)
            let inside = close + 1 < text.count && closing.contains(text.scalars[close + 1])
            if !inside, clauseMarks.contains(text.scalars[close]) { return false }
            close += 1
        }
        guard close < text.count, closing.contains(text.scalars[close]) else { return false }
        var open = position - 1
        while open >= max(0, position - 40), !opening.contains(text.scalars[open]) {
            if clauseMarks.contains(text.scalars[open]) { return false }
            open -= 1
        }
        return open >= max(0, position - 40)
    }
    static let closingQuotes: Set<Unicode.Scalar> = ["\"", "”", "」"]
    static let openingQuotes: Set<Unicode.Scalar> = ["\"", "“", "「"]
    /// Marks that end a clause or a sentence: a quotation holding one is a person's words.
    static let clauseMarks: Set<Unicode.Scalar> = [",", "，", ".", "。", ";", "；", "!", "?", "！", "？"]

    /// True when a paragraph opens a new item of a list ("三是布局海外", "- ", "3.", "Separately,", "此外"), not more of the one before.
    func opensAnItem(_ paragraph: Range<Int>) -> Bool {
        let opening = text.skippingSpaces(from: paragraph.lowerBound)
        guard let first = text.scalar(at: opening) else { return false }
        if Self.bullets.contains(first) || FactText.isDigit(first) { return true }
        if text.scalar(at: opening + 1) == "是" { return true }
        return Self.itemOpenings.match(in: text, at: opening, limit: paragraph.upperBound, wholeWord: true) != nil
    }
    static let itemOpenings = WordList([
        "separately", "in a separate", "meanwhile", "elsewhere", "also", "此外", "另外", "同时", "另据", "其次", "最后", "第三", "第二", "同日", "on the same day", "the same day",
    ])

    /// True when the capitalized Latin word at `position` (a price's move: "Falls", "Drops") follows a capitalized word in a sentence
    /// written in lower case ("has been producing graphite near Niagara Falls, New York").
    func partOfAName(_ position: Int) -> Bool {
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
    func future(_ range: Range<Int>) -> Bool {
        range.contains { index in
            Self.futureMarkers.match(in: text, at: index, limit: range.upperBound, wholeWord: true) != nil
                && (index == 0 || !text.scalars[index].isASCII || !FactText.isLetter(text.scalars[index - 1]))
        }
    }
    static let meanings = WordList(["意味着", "意味", "代表着", "means", "would mean", "will mean", "signals"])
    static let futureMarkers = WordList(["将", "will", "would", "shall", "将会", "将于"])
    /// (Not 预期: "超预期", "不及预期" compare a fact with expectations.)
    static let forecasts = WordList(["预估", "预计", "预测"])
}
