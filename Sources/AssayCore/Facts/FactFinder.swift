/// Reads the supply-chain facts of an article body: organizations, places, capacities, money and
/// the events that link them. Pure: the body in, facts out.
public struct FactFinder: Sendable {
    private let gazetteer: CompiledGazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = CompiledGazetteer(gazetteer)
    }

    /// `published` is the record's RFC 3339 date: what happened months before it is history, not news.
    public func facts(in body: String, published: String? = nil) -> ArticleFacts {
        let text = FactText(body)
        // Figures past the first 2,000 are not read: no article has more, a hostile page may.
        let numbers = Array(NumberReading.arabicNumbers(in: text).prefix(2000))
        let words = FactWords.union.occurrences(in: text)
        let capacities = CapacityFinder.capacities(in: text, words: words, numbers: numbers).sorted { $0.offset < $1.offset }
        let money = MoneyFinder.money(in: text, words: words, numbers: numbers)
        let (organizations, places, occurrences) = NameResolver(text: text, gazetteer: gazetteer, words: words).resolve()
        let events = EventFinder(
            text: text, words: words, names: occurrences, capacities: capacities, money: money, numbers: numbers,
            published: published.flatMap(Self.yearAndMonth)
        ).events()
        return ArticleFacts(
            organizations: organizations, places: places, capacities: Self.distinct(capacities), money: Self.distinct(money),
            events: events)
    }

    /// "2024-09-12T08:00:00Z" → (2024, 9).
    private static func yearAndMonth(_ date: String) -> (year: Int, month: Int)? {
        let digits = Array(date.utf8.prefix(7))
        guard digits.count == 7, digits[4] == UInt8(ascii: "-"), let year = Int(String(decoding: digits[0..<4], as: UTF8.self)),
            let month = Int(String(decoding: digits[5..<7], as: UTF8.self)), (1...12).contains(month)
        else { return nil }
        return (year, month)
    }

    /// One entry per form seen, at its first occurrence.
    private static func distinct<Fact>(_ facts: [Fact]) -> [Fact] where Fact: HasFactText {
        var seen: Set<String> = []
        return facts.filter { seen.insert($0.text).inserted }
    }
}

protocol HasFactText { var text: String { get } }
extension CapacityFact: HasFactText {}
extension MoneyFact: HasFactText {}
