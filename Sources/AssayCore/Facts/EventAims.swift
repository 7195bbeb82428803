/// Steps told as aims, delays, habits, trends or states rather than taken: "aims to lift capacity by
/// 2030", "would slip to 2028", "generally run around the clock", "dozens of smaller makers idled
/// plants", "has required licences since 2023". Asked last of a step, after the cheaper tests.
extension EventFinder {
    /// True when the step at `start` is told as no step taken.
    func toldAsNoStep(_ kind: Kind, at start: Int, end: Int, currentYear: Int?) -> Bool {
        let clause = text.clauseStart(before: start)
        let sentence = text.sentence(containing: start)
        let before = clause..<start
        // "部分客户已签署长期产能保障协议": unnamed parties opening the clause take no step of a company.
        if kind != .priceMove, !text.scalars[start].isASCII, Self.unnamedParties.contains(where: { text.matches($0, at: text.skippingSpaces(from: clause)) }) {
            return true
        }
        // "储能电芯价格在过去一年下跌超过30%": a move over a past year or years is a trend.
        // ("近两年，负极材料行业经历了价格大幅下跌": or the recent years opening its sentence.)
        if !text.scalars[start].isASCII, text.contains(keys: Self.past, in: max(clause, start - 8)..<end)
            || Self.recentYears.contains(where: { text.matches($0, at: text.skippingSpaces(from: sentence.lowerBound)) })
        {
            return true
        }
        // "新廠於113年動土": a Taiwan filing's year of the Republic (113 is 2024) dates a step as any year does.
        if !text.scalars[start].isASCII, let currentYear, let year = republicYear(in: clause..<start), year < currentYear { return true }
        // "It aims to lift group capacity to 60,000 tonnes a year by 2030", "had planned to add two lines": a
        // target, or a plan told as given up, is not announced (a plan to invest is).
        if kind != .investmentAnnounced, text.scalars[start].isASCII, !wordStarts(in: before, of: Self.aspirations).isEmpty { return true }
        // "delays in a state aid decision", "the start of construction … would slip to 2027": a step put off is not taken.
        if text.scalars[start].isASCII, !wordStarts(in: max(clause, start - 40)..<start, of: Self.delays).isEmpty
            || !wordStarts(in: end..<min(text.clauseEnd(after: end), end + 60), of: Self.slipping).isEmpty
        {
            return true
        }
        // "These factories generally run 24 hours a day, shutting down for one or two holidays a year": a habit, not a step.
        if text.scalars[start].isASCII, !wordStarts(in: sentence.lowerBound..<start, of: Self.habits).isEmpty { return true }
        if text.scalars[start].isASCII, startsWithAParticiple(start, end: end) {
            // "Boosting production capacity one way or another is essential": a gerund opening its sentence names a topic.
            if start == text.skippingSpaces(from: sentence.lowerBound) { return true }
            // "converted part of it to 200-millimetre wafers in 2024, bringing capacity to 8,000 wafers a month": a
            // participle opening a clause goes on with the clause before, and its earlier year.
            // ("The government heralded, in December 2021, its ambition of …, committing to subsidise": any clause before.)
            if start == text.skippingSpaces(from: clause), clause > sentence.lowerBound, let currentYear,
                yearsIn(sentence.lowerBound..<clause).contains(where: { $0 < currentYear })
            {
                return true
            }
        }
        // "dozens of smaller makers have gone bankrupt or idled plants": unnamed companies counted are a trend.
        if kind != .priceMove, text.scalars[start].isASCII,
            wordStarts(in: clause..<start, of: Self.counts).contains(where: { counted in
                wordStarts(in: counted..<min(start, counted + 24), of: Self.genericPluralWords).contains { !names.contains(where: { $0.start > counted && $0.start < start }) && $0 < start }
            })
        {
            return true
        }
        // "has required licences for exports of some lithography systems since 2023": a state since an earlier year.
        if text.scalars[start].isASCII, let currentYear, let since = wordStarts(in: end..<min(text.clauseEnd(after: end), end + 80), of: Self.sinceWords).first,
            yearsIn(since..<min(text.count, since + 16)).contains(where: { $0 < currentYear })
        {
            return true
        }
        // "the synthetic graphite plant it plans to build near Orangeburg": a plant described by what it is to be.
        if kind == .investmentAnnounced, text.scalars[start].isASCII, let subject = wordBefore(start),
            Self.objectPronouns.contains(where: { text.keys[subject].elementsEqual($0) }), let noun = wordBefore(subject.lowerBound),
            Self.plantNouns.contains(where: { text.keys[noun].elementsEqual($0) })
        {
            return true
        }
        // ("an effort to get Congress to approve billions in new subsidies": an infinitive step further on in the aim.)
        if text.matchesExactly("to ", at: start), !wordStarts(in: max(clause, start - 40)..<start, of: Self.aims).isEmpty { return true }
        return false
    }

    static let sinceWords = WordList(["since"])
    static let objectPronouns = ["it", "they", "which", "that", "we"].map { Array($0.unicodeScalars) }
    static let plantNouns = ["plant", "factory", "facility", "fab", "project", "refinery", "site", "gigafactory"].map { Array($0.unicodeScalars) }
    /// The end of an English step's first word: its first space, else the step's end.
    func firstWordEnd(_ start: Int, end: Int) -> Int { (start..<end).first(where: { text.scalars[$0] == " " }) ?? end }
    /// True when the step's first word is an English "-ing" form ("Boosting", "bringing").
    func startsWithAParticiple(_ start: Int, end: Int) -> Bool {
        let space = firstWordEnd(start, end: end)
        return space - start > 4 && text.keys[space - 3] == "i" && text.keys[space - 2] == "n" && text.keys[space - 1] == "g"
    }
    /// Nouns of an aim whose infinitive a later step serves.
    static let aims = WordList(["effort to", "efforts to", "bid to", "push to", "drive to", "campaign to", "attempt to", "attempts to", "lobbying to"])
    /// Unnamed parties opening a Chinese clause: some customers, several firms.
    static let unnamedParties = ["部分", "多家", "一些", "不少", "若干", "数家", "个别", "众多"].map { Array($0.unicodeScalars) }
    static let past = Array("过去".unicodeScalars)
    static let recentYears = ["近两年", "近三年", "近几年", "近年来", "近年"].map { Array($0.unicodeScalars) }
    /// Words that tell what is done as a rule, not once.
    static let habits = WordList(["generally", "usually", "typically", "normally", "routinely", "tend to", "tends to"])
    /// Aims and plans given up: a step they govern is not announced ("aims to lift capacity", "had planned to add").
    static let aspirations = WordList([
        "aims to", "aim to", "aiming to", "hopes to", "hope to", "seeks to", "seeking to", "looking to", "wants to", "want to",
        "strives to", "striving to", "is targeting", "are targeting", "had planned", "had intended", "had aimed", "had hoped", "had expected",
        "originally intended", "originally planned", "initially intended", "initially planned",
        // ("we have an application for state aid in Berlin": a measure asked for is not granted.)
        "application for", "applications for", "applied for", "applying for", "apply for",
    ])
    /// Words right before a step that put it off: "delays in a state aid decision", "decided to delay installation".
    static let delays = WordList([
        "delay in", "delays in", "delay to", "delays to", "postponement of", "postponed", "pushed back the", "deferred",
        // ("had decided to delay installation of equipment into its latest fab": the verb, before its step.)
        "to delay", "will delay", "would delay", "delays the", "delayed the", "delaying", "to postpone", "postpones", "postponing",
        "to defer", "defers", "deferring",
    ])
    /// Words after a step that put it off: "the start of construction would slip to 2027".
    static let slipping = WordList([
        "would slip", "will slip", "has slipped", "had slipped", "slipped to", "slip to", "was delayed", "were delayed", "has been delayed",
        "had been delayed", "will be delayed", "would be delayed", "was postponed", "has been postponed", "will be postponed", "was pushed back",
        "has been pushed back", "will be pushed back",
        // ("internal reports showed that equipment installation was months behind")
        "months behind", "weeks behind", "behind schedule",
    ])
}
