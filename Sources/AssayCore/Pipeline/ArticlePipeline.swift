import Foundation

/// The pure pipeline: bytes in, records out. Decodes, extracts by format, normalizes,
/// fingerprints and classifies. No file system, clock or network: time and settings come in as values.
public struct ArticlePipeline: Sendable {
    public var settings: PipelineSettings
    /// Fills `industries` and `primary_industry`; without one they stay empty and null.
    public let classifier: IndustryClassifier?
    /// Fills `facts`; without one they stay null.
    public let factFinder: FactFinder?
    private let decoder: TextDecoder
    private let textExtractor: TextExtractor
    private let htmlExtractor: HTMLExtractor
    private let dateParser: DateParser

    public init(settings: PipelineSettings = PipelineSettings(), classifier: IndustryClassifier? = nil, factFinder: FactFinder? = nil) {
        self.settings = settings
        self.classifier = classifier
        self.factFinder = factFinder
        decoder = TextDecoder(maxBytes: settings.maxBytes)
        dateParser = DateParser(defaultTimeZone: settings.defaultTimeZone)
        textExtractor = TextExtractor(dateParser: dateParser)
        htmlExtractor = HTMLExtractor(dateParser: dateParser)
    }

    /// Every article in `input`, or the reason it was refused. `ingestedAt` is an RFC 3339 time.
    /// Past `budget` the whole input is refused as `too_slow`, even one whose first articles were read.
    public func process(_ input: InputDocument, ingestedAt: String, budget: WorkBudget = .unlimited) -> [ExtractionOutcome] {
        findFacts(classify(read(input, ingestedAt: ingestedAt, budget: budget), budget: budget), budget: budget)
    }

    /// The first stage: the input decoded and its articles extracted and normalized.
    func read(_ input: InputDocument, ingestedAt: String, budget: WorkBudget) -> [ExtractionOutcome] {
        do throws(BudgetSpent) {
            return try extract(input, ingestedAt: ingestedAt, budget: budget)
        } catch {
            return [.rejected(.tooSlow(seconds: error.seconds), index: nil)]
        }
    }

    /// The second stage: each article read labelled with its industries.
    func classify(_ outcomes: [ExtractionOutcome], budget: WorkBudget) -> [ExtractionOutcome] {
        guard let classifier else { return outcomes }
        return annotate(outcomes, budget: budget) { article in
            let verdict = classifier.classify(title: article.title, body: article.body)
            article.industries = verdict.labels
            article.primaryIndustry = verdict.primaryIndustry
        }
    }

    /// The third stage: the supply-chain facts of each article read.
    func findFacts(_ outcomes: [ExtractionOutcome], budget: WorkBudget) -> [ExtractionOutcome] {
        guard let factFinder else { return outcomes }
        return annotate(outcomes, budget: budget) { article in
            article.facts = factFinder.facts(in: article.body, published: article.publishedAt)
        }
    }

    /// Each article of `outcomes` through `stage`, the budget asked before and after each; the
    /// whole input refused as `too_slow` once it is spent.
    private func annotate(
        _ outcomes: [ExtractionOutcome], budget: WorkBudget, _ stage: (inout Article) -> Void
    ) -> [ExtractionOutcome] {
        // (An input refused already stays refused for its reason, however slow it was.)
        guard outcomes.contains(where: { $0.article != nil }) else { return outcomes }
        do throws(BudgetSpent) {
            try budget.check()
            var annotated: [ExtractionOutcome] = []
            annotated.reserveCapacity(outcomes.count)
            for outcome in outcomes {
                guard case .article(var article) = outcome else {
                    annotated.append(outcome)
                    continue
                }
                stage(&article)
                annotated.append(.article(article))
                try budget.check()
            }
            return annotated
        } catch {
            return [.rejected(.tooSlow(seconds: error.seconds), index: nil)]
        }
    }

    private func extract(_ input: InputDocument, ingestedAt: String, budget: WorkBudget) throws(BudgetSpent) -> [ExtractionOutcome] {
        let decoded: DecodedText
        do {
            decoded = try decoder.decode(input.bytes, declaredCharset: input.declaredCharset)
        } catch {
            return [.rejected(error, index: nil)]
        }
        try budget.check()
        let format = input.format(of: decoded.text)
        let context = BuildContext(input: input, encoding: decoded.encoding, repairs: decoded.repairs, ingestedAt: ingestedAt, settings: settings)
        switch format {
        case .text:
            guard let extracted = textExtractor.extract(decoded.text) else { return [.rejected(.noArticleText, index: nil)] }
            return [.article(ArticleBuilder.build(extracted, format: .text, index: nil, context: context))]
        case .html:
            guard let extracted = try htmlExtractor.extract(decoded.text, address: input.url, budget: budget) else {
                return [.rejected(.noArticleText, index: nil)]
            }
            return [.article(ArticleBuilder.build(extracted, format: .html, index: nil, context: context))]
        case .json:
            let objects = JSONInputReader.read(decoded.text)
            try budget.check()
            let indexed = objects.count > 1 || decoded.text.trimmingWhitespace().hasPrefix("[")
            var outcomes: [ExtractionOutcome] = []
            outcomes.reserveCapacity(objects.count)
            for (index, result) in objects.enumerated() {
                switch result {
                case .failure(let rejection): outcomes.append(.rejected(rejection, index: index))
                case .success(let object):
                    guard let extracted = try extract(object, budget: budget) else {
                        outcomes.append(.rejected(.noArticleText, index: index))
                        continue
                    }
                    outcomes.append(.article(ArticleBuilder.build(extracted, format: .json, index: indexed ? index : nil, context: context)))
                }
                try budget.check()
            }
            return outcomes
        }
    }

    /// A scraper's object: its own fields win over what extraction finds in its text or HTML.
    private func extract(_ object: JSONArticleObject, budget: WorkBudget) throws(BudgetSpent) -> ExtractedArticle? {
        var article: ExtractedArticle?
        if let html = object.html { article = try htmlExtractor.extract(html, address: nil, budget: budget) }
        if article == nil, let text = object.text {
            // With a title given, every line of the text is body (less furniture); without, read it as a file.
            article = object.title.map { textExtractor.extractBody(text, title: $0) } ?? textExtractor.extract(text)
        }
        guard var article else { return nil }
        if let title = object.title {
            article.title = HTMLText.collapse(title)
            article.titleSource = "json:title"
        }
        if let published = object.published, let date = dateParser.parse(published) {
            article.date = date
            article.dateSource = "json:published"
        }
        let authors = object.authors.flatMap { AuthorNames.parse($0) }
        if !authors.isEmpty {
            article.authors = authors
            article.authorsSource = "json:author"
        }
        if let source = object.source {
            article.publisher = source
            article.publisherSource = "json:source"
        }
        if let language = object.language.flatMap(HTMLMetadata.primaryLanguage) {
            article.language = language
            article.languageSource = "json:language"
        }
        if let url = object.url { article.url = url }
        return article
    }
}
