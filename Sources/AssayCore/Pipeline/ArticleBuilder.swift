/// Inputs to `ArticleBuilder` that do not come from extraction.
struct BuildContext {
    var input: InputDocument
    var encoding: TextEncoding
    /// Byte sequences the decoder replaced with U+FFFD.
    var repairs: Int = 0
    var ingestedAt: String
    var settings: PipelineSettings
}

/// Turns an extraction into the normalized `Article` record: body joined, fingerprints, id,
/// language, word count, provenance.
enum ArticleBuilder {
    static func build(
        _ extracted: ExtractedArticle, format: InputDocument.Format, index: Int?, context: BuildContext
    ) -> Article {
        let paragraphs = extracted.paragraphs.map(HTMLText.collapse).filter { !$0.isEmpty }
        let body = paragraphs.joined(separator: "\n\n")
        let title = HTMLText.collapse(extracted.title)
        let detectedLanguage = extracted.language == nil
        let language = extracted.language ?? LanguageDetector.detect(title + "\n" + body)
        // A fetched page is known by the address it was fetched from; a file by the URL it declares.
        let url = context.input.url ?? extracted.url
        let source = SourceInfo(
            kind: context.input.sourceKind, path: context.input.path, url: url, format: format.rawValue,
            encoding: context.encoding.rawValue, index: index, feedURL: context.input.feedURL,
            itemGUID: context.input.itemGUID, receivedAt: context.input.receivedAt)
        let date = extracted.date
        let provenance = Provenance(
            titleSource: extracted.titleSource, dateSource: extracted.dateSource, dateRaw: date?.raw,
            assumedTimeZone: date?.rfc3339 != nil ? date?.assumedTimeZone : nil,
            authorsSource: extracted.authorsSource, publisherSource: extracted.publisherSource,
            languageSource: detectedLanguage ? "detected" : (extracted.languageSource ?? "declared"),
            bodySource: extracted.bodySource, decodingRepairs: context.repairs > 0 ? context.repairs : nil,
            datePrecision: date?.rfc3339 != nil ? date?.precision : nil)
        let normalizedBody = ContentFingerprint.normalize(body)
        return Article(
            id: ContentFingerprint.articleID(title: title, normalizedBody: normalizedBody), title: title,
            publishedAt: date?.rfc3339, updatedAt: extracted.updated?.rfc3339,
            publisher: extracted.publisher.map(HTMLText.collapse), authors: extracted.authors, language: language,
            body: body, wordCount: TextScript.wordCount(body),
            dedup: DedupInfo(contentHash: ContentFingerprint.contentHash(normalizedBody: normalizedBody)), source: source,
            provenance: provenance, ingestedAt: context.ingestedAt, assayVersion: context.settings.assayVersion)
    }
}
