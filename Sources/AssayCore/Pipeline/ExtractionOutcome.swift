/// What the pipeline made of one article in an input: a record, or a refusal with its reason.
/// A JSON input can hold several articles, so one input gives one or more outcomes.
public enum ExtractionOutcome: Sendable {
    case article(Article)
    /// `index` is the article's position inside a JSON/JSONL input, nil for the whole input.
    case rejected(InputRejection, index: Int?)

    public var article: Article? {
        if case .article(let article) = self { return article }
        return nil
    }

    public var rejection: InputRejection? {
        if case .rejected(let rejection, _) = self { return rejection }
        return nil
    }
}
