/// How well `StoryLink` joins the write-ups of one happening and keeps other articles apart, on a
/// labelled set where the write-ups of one happening share a pair label.
public struct StoryLinkEvaluation: Sendable {
    public struct Item: Sendable {
        public var id: String
        public var split: String
        /// Articles with the same label report the same happening; nil for an article alone.
        public var pair: String?
        public var keys: StoryKeys

        public init(id: String, split: String, pair: String?, keys: StoryKeys) {
            self.id = id
            self.split = split
            self.pair = pair
            self.keys = keys
        }
    }

    /// Labelled pairs of articles, and those `StoryLink` joined.
    public var labelledPairs: [(String, String)] = []
    public var linkedLabelledPairs: [(String, String)] = []
    /// Pairs joined that report different happenings, with the split of each.
    public var wrongPairs: [(a: Item, b: Item)] = []
    public var comparedPairs = 0

    public init(_ items: [Item]) {
        for i in items.indices {
            for j in items.indices where j > i {
                comparedPairs += 1
                let same = items[i].pair != nil && items[i].pair == items[j].pair
                let linked = StoryLink.match(items[i].keys, items[j].keys) != nil
                if same { labelledPairs.append((items[i].id, items[j].id)) }
                if same && linked { linkedLabelledPairs.append((items[i].id, items[j].id)) }
                if !same && linked { wrongPairs.append((items[i], items[j])) }
            }
        }
    }

    /// Share of the joined pairs that are labelled pairs.
    public var precision: Double {
        let linked = linkedLabelledPairs.count + wrongPairs.count
        return linked == 0 ? 1 : Double(linkedLabelledPairs.count) / Double(linked)
    }

    /// Share of the labelled pairs joined.
    public var recall: Double {
        labelledPairs.isEmpty ? 1 : Double(linkedLabelledPairs.count) / Double(labelledPairs.count)
    }
}
