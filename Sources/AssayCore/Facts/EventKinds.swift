/// A set of event kinds as bits: the event finder asks "is this kind among these" for every trigger,
/// and a `Set` of a string-backed enum hashes the kind's name each time.
struct EventKinds: Sendable, ExpressibleByArrayLiteral {
    private var bits: UInt16 = 0

    init(arrayLiteral kinds: EventFact.Kind...) {
        for kind in kinds { insert(kind) }
    }

    func contains(_ kind: EventFact.Kind) -> Bool { bits & Self.bit(kind) != 0 }

    mutating func insert(_ kind: EventFact.Kind) { bits |= Self.bit(kind) }

    func union(_ other: EventKinds) -> EventKinds {
        var union = self
        union.bits |= other.bits
        return union
    }

    private static func bit(_ kind: EventFact.Kind) -> UInt16 {
        switch kind {
        case .investmentAnnounced: 1 << 0
        case .agreementSigned: 1 << 1
        case .constructionStart: 1 << 2
        case .toppingOut: 1 << 3
        case .equipmentMoveIn: 1 << 4
        case .productionStart: 1 << 5
        case .capacityExpansion: 1 << 6
        case .acquisition: 1 << 7
        case .closureOrHalt: 1 << 8
        case .priceMove: 1 << 9
        case .exportControl: 1 << 10
        case .policy: 1 << 11
        }
    }
}
