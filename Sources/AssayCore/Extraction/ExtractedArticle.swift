/// What an extractor found in one input, before normalization into an `Article`.
public struct ExtractedArticle: Sendable, Equatable {
    public var title: String
    public var titleSource: String
    public var paragraphs: [String]
    public var bodySource: String
    public var date: FoundDate?
    public var dateSource: String?
    /// The last update the page states (modified-time metadata, JSON-LD `dateModified`).
    public var updated: FoundDate?
    public var authors: [String] = []
    public var authorsSource: String?
    public var publisher: String?
    public var publisherSource: String?
    /// Declared language (HTML `lang`, JSON field); detected from the body when nil.
    public var language: String?
    public var languageSource: String?
    public var url: String?

    public init(title: String, titleSource: String, paragraphs: [String], bodySource: String) {
        self.title = title
        self.titleSource = titleSource
        self.paragraphs = paragraphs
        self.bodySource = bodySource
    }
}
