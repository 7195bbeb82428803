/// The facts that name one supply-chain happening in any language: organizations by canonical name,
/// places by the gazetteer's name, capacities and money as normalized numbers, and event types.
///
/// An English write-up and a Chinese one share no words, but "CATL", "40 GWh" and "9.6e9 CNY" are the
/// same keys in both; the store links such articles as one story (`dedup.related`).
public struct StoryKeys: Sendable, Equatable {
    /// What a key stands for, kept in its three low bits. A step figure or place is one a reported
    /// step names (a figure or place key too).
    public enum Kind: UInt32, Sendable, CaseIterable {
        case organization = 0, place = 1, figure = 2, event = 3, stepFigure = 4, stepPlace = 5
    }

    /// At most this many figures and organizations make index keys: an article's pairs of them are
    /// its index keys, so a long roundup stays a bounded number of lookups.
    public static let indexedFigures = 6
    public static let indexedOrganizations = 4
    private static let anchorPrefix: Int64 = 0x200

    /// Sorted, distinct 32-bit hashes; the three low bits are the `Kind`.
    public var keys: [UInt32]

    public init(keys: [UInt32]) {
        self.keys = keys
    }

    public init(_ facts: ArticleFacts) {
        var keys = Set<UInt32>()
        for organization in facts.organizations { keys.insert(Self.hash("o" + FactText.key(of: organization.name), .organization)) }
        // The places and figures its steps name are kept apart too: a write-up recalls other plants
        // of the same company as background, and those must not join it to their stories.
        let stepPlaces = Set(facts.events.flatMap(\.places))
        for place in facts.places {
            // Only a place the gazetteer knows has one name in both languages.
            guard let name = place.name else { continue }
            keys.insert(Self.hash("p" + FactText.key(of: name), .place))
            if stepPlaces.contains(place.text) { keys.insert(Self.hash("p" + FactText.key(of: name), .stepPlace)) }
        }
        let stepCapacities = Set(facts.events.flatMap(\.capacities))
        let stepMoney = Set(facts.events.flatMap(\.money))
        for capacity in facts.capacities {
            let figure = "c" + capacity.unit.rawValue + Self.number(capacity.value)
            keys.insert(Self.hash(figure, .figure))
            if stepCapacities.contains(capacity.text) { keys.insert(Self.hash(figure, .stepFigure)) }
        }
        for money in facts.money {
            let figure = "m" + money.currency + Self.number(money.amount)
            keys.insert(Self.hash(figure, .figure))
            if stepMoney.contains(money.text) { keys.insert(Self.hash(figure, .stepFigure)) }
        }
        for event in facts.events { keys.insert(Self.hash("e" + event.type.rawValue, .event)) }
        self.keys = keys.sorted()
    }

    public var isEmpty: Bool { keys.isEmpty }

    /// The keys of one kind, sorted.
    public func keys(_ kind: Kind) -> [UInt32] { keys.filter { $0 & 7 == kind.rawValue } }

    /// Index keys: each of the first organizations paired with each of the first figures, and the
    /// first figures paired with each other (first by hash, a choice both articles make alike). A
    /// figure alone ("10,000 t/yr") or a company alone (CATL) is shared by many stories; a pair of
    /// them rarely is. Figure pairs find write-ups of a company whose name has no entry in the
    /// gazetteer, and so differs between languages.
    public var anchorKeys: [Int64] {
        let organizations = keys(.organization).prefix(Self.indexedOrganizations)
        let figures = Array(keys(.figure).prefix(Self.indexedFigures))
        var anchors: [Int64] = []
        anchors.reserveCapacity(organizations.count * figures.count + figures.count * figures.count / 2)
        for organization in organizations {
            for figure in figures { anchors.append(Self.anchor(organization, figure)) }
        }
        let pairedFigures = figures.prefix(Self.pairedFigures)
        for (index, first) in pairedFigures.enumerated() {
            for second in pairedFigures.dropFirst(index + 1) { anchors.append(Self.anchor(first, second)) }
        }
        return anchors
    }

    /// Figures paired with each other as index keys: four make six pairs.
    public static let pairedFigures = 4

    private static func anchor(_ a: UInt32, _ b: UInt32) -> Int64 {
        anchorPrefix << 32 | Int64(UInt32(truncatingIfNeeded: MinHash.mix(UInt64(a) << 32 | UInt64(b))))
    }

    /// Whether an anchor key is one of these (not a shingle or fact anchor).
    public static func isAnchor(_ key: Int64) -> Bool { key >> 32 == anchorPrefix }

    /// Numbers as the finders normalize them, to six significant digits: 9.6e9 and 9600000000 agree.
    private static func number(_ value: Double) -> String {
        guard value.isFinite else { return "nan" }
        var scaled = value
        var exponent = 0
        while abs(scaled) >= 1_000_000 {
            scaled /= 10
            exponent += 1
        }
        while abs(scaled) < 100_000, scaled != 0, exponent > -12 {
            scaled *= 10
            exponent -= 1
        }
        return "\(Int64(scaled.rounded()))e\(exponent)"
    }

    private static func hash(_ text: String, _ kind: Kind) -> UInt32 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return UInt32(truncatingIfNeeded: MinHash.mix(value ^ UInt64(kind.rawValue))) & ~7 | kind.rawValue
    }
}
