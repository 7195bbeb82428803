/// The word lists the facts match in their one pass over a body, and each list's slot in it: the
/// event finder's context words and combinations, then the English place forms and the forms that
/// end an English organization's name. A finder reads its
/// list's occurrences from the pass instead of trying the list at every position of the body.
enum FactWords {
    /// Slots below this are the event finder's (`EventFinder.contextLists`).
    static let placeForms = EventFinder.contextLists.count
    static let organizationForms = placeForms + 1
    static let union = WordLists(EventFinder.contextLists + [PlaceShapes.englishFormList, OrganizationShapes.formList])
}
