/// The forms of a text seen so far, told apart by their code points: a finder that keeps the first
/// occurrence of each name asks this per name, at the cost of a hash of its code points rather
/// than of a string built and hashed.
struct SeenForms {
    private let text: FactText
    /// The first range seen with each hash; ranges whose hash an unequal one took, apart.
    private var byHash: [UInt64: Range<Int>] = [:]
    private var collided: [Range<Int>] = []
    private(set) var count = 0

    init(_ text: FactText) { self.text = text }

    /// True when no range with the same code points as `range` was inserted before.
    mutating func insert(_ range: Range<Int>) -> Bool {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for position in range { hash = (hash ^ UInt64(text.scalars[position].value)) &* 0x100_0000_01B3 }
        guard let seen = byHash[hash] else {
            byHash[hash] = range
            count += 1
            return true
        }
        if same(seen, range) || collided.contains(where: { same($0, range) }) { return false }
        collided.append(range)
        count += 1
        return true
    }

    private func same(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
        first.count == second.count && text.scalars[first].elementsEqual(text.scalars[second])
    }
}
