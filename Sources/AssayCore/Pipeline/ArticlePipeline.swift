import Foundation

/// The pure pipeline: bytes in, records out. Decodes, extracts by format, normalizes,
/// fingerprints and classifies. No file system, clock or network: time and settings come in as values.
public struct ArticlePipeline: Sendable {
    public var settings: PipelineSettings
    /// Fills `industries` and `primary_industry`; without one they stay empty and null.
    public let classifier: IndustryClassifier?
    private let decoder: TextDecoder
    private let textExtractor: TextExtractor
    private let htmlExtractor: HTMLExtractor
    private let dateParser: DateParser

    public init(settings: PipelineSettings = PipelineSettings(), classifier: IndustryClassifier? = nil) {
        self.settings = settings
        self.classifier = classifier
        decoder = TextDecoder(maxBytes: settings.maxBytes)
        dateParser = DateParser(defaultTimeZone: settings.defaultTimeZone)
        textExtractor = TextExtractor(dateParser: dateParser)
        htmlExtractor = HTMLExtractor(dateParser: dateParser)
    }

    /// Every article in `input`, or the reason it was refused. `ingestedAt` is an RFC 3339 time.
    public func process(_ input: InputDocument, ingestedAt: String) -> [ExtractionOutcome] {
        let outcomes = extract(input, ingestedAt: ingestedAt)
        guard let classifier else { return outcomes }
        return outcomes.map { outcome in
            guard case .article(var article) = outcome else { return outcome }
            let verdict = classifier.classify(title: article.title, body: article.body)
            article.industries = verdict.labels
            article.primaryIndustry = verdict.primaryIndustry
            return .article(article)
        }
    }

    private func extract(_ input: InputDocument, ingestedAt: String) -> [ExtractionOutcome] {
        let decoded: DecodedText
        do {
            decoded = try decoder.decode(input.bytes, declaredCharset: input.declaredCharset)
        } catch {
            return [.rejected(error, index: nil)]
        }
        let format = input.format(of: decoded.text)
        let context = BuildContext(input: input, encoding: decoded.encoding, repairs: decoded.repairs, ingestedAt: ingestedAt, settings: settings)
        switch format {
        case .text:
            guard let extracted = textExtractor.extract(decoded.text) else { return [.rejected(.noArticleText, index: nil)] }
            return [.article(ArticleBuilder.build(extracted, format: .text, index: nil, context: context))]
        case .html:
            guard let extracted = htmlExtractor.extract(decoded.text, address: input.url) else { return [.rejected(.noArticleText, index: nil)] }
            return [.article(ArticleBuilder.build(extracted, format: .html, index: nil, context: context))]
        case .json:
            let objects = JSONInputReader.read(decoded.text)
            let indexed = objects.count > 1 || decoded.text.trimmingWhitespace().hasPrefix("[")
            return objects.enumerated().map { index, result in
                switch result {
                case .failure(let rejection): return .rejected(rejection, index: index)
                case .success(let object):
                    guard let extracted = extract(object) else { return .rejected(.noArticleText, index: index) }
                    return .article(
                        ArticleBuilder.build(extracted, format: .json, index: indexed ? index : nil, context: context))
                }
            }
        }
    }

    /// A scraper's object: its own fields win over what extraction finds in its text or HTML.
    private func extract(_ object: JSONArticleObject) -> ExtractedArticle? {
        var article: ExtractedArticle?
        if let html = object.html { article = htmlExtractor.extract(html) }
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
