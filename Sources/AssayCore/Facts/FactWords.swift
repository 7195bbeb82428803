/// The word lists the facts match in their one pass over a body, and each list's slot in it: the
/// event finder's context words and combinations, then the lists the name, money and capacity
/// finders ask of a sentence or a clause. A finder reads its list's occurrences from the pass
/// instead of trying the list at every position of a range again.
enum FactWords {
    /// The lists of the finders other than the event finder, in slots after its own.
    enum Shared: Int, CaseIterable {
        case placeForms, organizationForms, agreementWords, signedWord
        case purposeWords, otherMoneyWords
        case nameplateWords, storageGoods, capacityWords, monthlyWords, volumeWords

        var slot: Int { EventFinder.contextLists.count + rawValue }

        fileprivate var list: WordList {
            switch self {
            case .placeForms: PlaceShapes.englishFormList
            case .organizationForms: OrganizationShapes.formList
            case .agreementWords: OrganizationShapes.agreementWords
            case .signedWord: OrganizationShapes.signedWord
            case .purposeWords: MoneyFinder.purposeWords
            case .otherMoneyWords: MoneyFinder.otherMoneyWords
            case .nameplateWords: CapacityFinder.nameplateWords
            case .storageGoods: CapacityFinder.storageGoods
            case .capacityWords: CapacityFinder.capacityWords
            case .monthlyWords: CapacityFinder.monthlyWords
            case .volumeWords: CapacityFinder.volumeWords
            }
        }
    }

    static let union = WordLists(EventFinder.contextLists + Shared.allCases.map(\.list))
}

extension WordOccurrences {
    func contains(_ list: FactWords.Shared, in range: Range<Int>) -> Bool { contains(list.slot, in: range) }
    func lastEnd(_ list: FactWords.Shared, in range: Range<Int>) -> Int? { lastEnd(list.slot, in: range) }
}
