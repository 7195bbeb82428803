/// Decides whether two articles report the same happening from their `StoryKeys`, whatever their
/// languages: the text of a translation or an independent write-up shares no word runs with its
/// original, but it names the same company with the same capacity and money.
///
/// A company alone is not enough (CATL is in a story a day), nor a figure alone ("10,000 t/yr"):
/// the two must share an organization and most of the smaller article's figures, and, when both
/// report a step, one step's type, so a plant's groundbreaking and its production start two years
/// later stay two stories; and when both name the figures of their steps, one of those must be
/// the same, so a write-up recalling another plant as background stays apart. A company the gazetteer does not know has a different name in each
/// language: then a place and three figures stand for it.
public enum StoryLink {
    /// Share of the smaller set of figures (capacities and money) found in the other.
    public static let figureContainment = 0.5
    /// Figures two write-ups must share, with a place, when they share no organization's name.
    public static let figuresWithoutOrganization = 3

    /// The share of figures that decided, or nil when the two are different stories.
    public static func match(_ a: StoryKeys, _ b: StoryKeys) -> Double? {
        var shared = [Int](repeating: 0, count: 8)
        var countA = [Int](repeating: 0, count: 8)
        var countB = [Int](repeating: 0, count: 8)
        for key in a.keys { countA[Int(key & 7)] += 1 }
        for key in b.keys { countB[Int(key & 7)] += 1 }
        var i = 0
        var j = 0
        while i < a.keys.count, j < b.keys.count {
            if a.keys[i] == b.keys[j] {
                shared[Int(a.keys[i] & 7)] += 1
                i += 1
                j += 1
            } else if a.keys[i] < b.keys[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let organization = Int(StoryKeys.Kind.organization.rawValue)
        let place = Int(StoryKeys.Kind.place.rawValue)
        let figure = Int(StoryKeys.Kind.figure.rawValue)
        let event = Int(StoryKeys.Kind.event.rawValue)
        let stepFigure = Int(StoryKeys.Kind.stepFigure.rawValue)
        let stepPlace = Int(StoryKeys.Kind.stepPlace.rawValue)
        guard shared[organization] >= 1 || (shared[place] >= 1 && shared[figure] >= Self.figuresWithoutOrganization) else { return nil }
        if countA[event] > 0, countB[event] > 0, shared[event] == 0 { return nil }
        // Both name the figures of their steps: one of them must be the same (the rest may be background).
        if countA[stepFigure] > 0, countB[stepFigure] > 0, shared[stepFigure] == 0 { return nil }
        let smallerFigures = min(countA[figure], countB[figure])
        guard smallerFigures > 0 else { return nil }
        let containment = Double(shared[figure]) / Double(smallerFigures)
        guard containment >= figureContainment else { return nil }
        // One shared figure is a coincidence unless the step and its place agree too.
        if shared[figure] >= 2 || (shared[stepPlace] >= 1 && shared[event] >= 1) { return containment }
        return nil
    }
}
