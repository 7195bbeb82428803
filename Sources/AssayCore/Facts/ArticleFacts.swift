/// The supply-chain facts of one article: who, where, how much, and what happened.
///
/// Every fact keeps the text it was read from and its code-point offset in the body (the first
/// occurrence), so a reader can check it against the article; one entry per distinct form seen.
public struct ArticleFacts: Sendable, Equatable, Codable {
    public var organizations: [OrganizationFact]
    public var places: [PlaceFact]
    public var capacities: [CapacityFact]
    public var money: [MoneyFact]
    public var events: [EventFact]

    public init(
        organizations: [OrganizationFact] = [], places: [PlaceFact] = [], capacities: [CapacityFact] = [],
        money: [MoneyFact] = [], events: [EventFact] = []
    ) {
        self.organizations = organizations
        self.places = places
        self.capacities = capacities
        self.money = money
        self.events = events
    }

    public var isEmpty: Bool {
        organizations.isEmpty && places.isEmpty && capacities.isEmpty && money.isEmpty && events.isEmpty
    }

    /// The distinct event types, in order of first appearance: what a log line shows.
    public var eventTypes: [String] {
        var seen: Set<String> = []
        return events.map(\.type.rawValue).filter { seen.insert($0).inserted }
    }
}

/// A company or institution; `name` is the canonical name (the gazetteer's, else the full name as
/// first written), `text` the form seen.
public struct OrganizationFact: Sendable, Equatable, Codable {
    public var name: String
    public var text: String
    public var offset: Int
    /// True when the gazetteer knows the organization; false when it was found by its shape.
    public var known: Bool

    public init(name: String, text: String, offset: Int, known: Bool) {
        self.name = name
        self.text = text
        self.offset = offset
        self.known = known
    }
}

/// A country, province or state, city, or industrial park.
public struct PlaceFact: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable { case country, province, city, park }

    public var text: String
    public var offset: Int
    public var kind: Kind
    /// The gazetteer's English name when it knows the place.
    public var name: String?

    public init(text: String, offset: Int, kind: Kind, name: String?) {
        self.text = text
        self.offset = offset
        self.kind = kind
        self.name = name
    }
}

/// A production capacity, normalized to one of a closed set of units.
public struct CapacityFact: Sendable, Equatable, Codable {
    public enum Unit: String, Sendable, Codable, CaseIterable {
        case gwh = "GWh", mwh = "MWh", gw = "GW", mw = "MW"
        case tonnesPerYear = "t/yr"
        case wafersPerMonth = "wafers/month"
        case lines
    }

    public var text: String
    public var offset: Int
    public var value: Double
    public var unit: Unit
    /// What it is a capacity of (cells, cathode material, wafers…), when the text says.
    public var of: String?

    public init(text: String, offset: Int, value: Double, unit: Unit, of: String?) {
        self.text = text
        self.offset = offset
        self.value = value
        self.unit = unit
        self.of = of
    }
}

/// An investment, deal price, subsidy, fine or contract value, as a number and an ISO currency.
public struct MoneyFact: Sendable, Equatable, Codable {
    public var text: String
    public var offset: Int
    public var amount: Double
    public var currency: String
    /// What the money pays for, when the text says near it.
    public var `for`: String?

    public init(text: String, offset: Int, amount: Double, currency: String, for purpose: String?) {
        self.text = text
        self.offset = offset
        self.amount = amount
        self.currency = currency
        self.for = purpose
    }
}

/// A supply-chain step the article reports, linked to the facts it involves.
public struct EventFact: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case investmentAnnounced = "investment_announced"
        case agreementSigned = "agreement_signed"
        case constructionStart = "construction_start"
        case toppingOut = "topping_out"
        case equipmentMoveIn = "equipment_move_in"
        case productionStart = "production_start"
        case capacityExpansion = "capacity_expansion"
        case acquisition
        case closureOrHalt = "closure_or_halt"
        case priceMove = "price_move"
        case exportControl = "export_control"
        case policy
    }

    public var type: Kind
    /// The words that name the step ("broke ground", "签署"), and their offset.
    public var text: String
    public var offset: Int
    /// Canonical names of the organizations involved.
    public var organizations: [String]
    /// Forms seen of the places, capacities and money involved (as in those lists).
    public var places: [String]
    public var capacities: [String]
    public var money: [String]

    public init(
        type: Kind, text: String, offset: Int, organizations: [String], places: [String], capacities: [String], money: [String]
    ) {
        self.type = type
        self.text = text
        self.offset = offset
        self.organizations = organizations
        self.places = places
        self.capacities = capacities
        self.money = money
    }
}

// Optional fields are written as `null`, as every record field is (see Article+Encoding).

extension CapacityFact {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(offset, forKey: .offset)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(of, forKey: .of)
    }
}

extension MoneyFact {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(offset, forKey: .offset)
        try c.encode(amount, forKey: .amount)
        try c.encode(currency, forKey: .currency)
        try c.encode(self.for, forKey: .for)
    }
}

extension PlaceFact {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(offset, forKey: .offset)
        try c.encode(kind, forKey: .kind)
        try c.encode(name, forKey: .name)
    }
}
