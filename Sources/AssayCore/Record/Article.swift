import Foundation

/// One normalized article, schema `assay.article/1`: the unit Assay writes, one JSON object per story.
///
/// Keys are encoded sorted (see `ArticleJSON`), so the same article always serializes the same way.
public struct Article: Sendable, Equatable, Codable {
    public static let schemaIdentifier = "assay.article/1"

    public var schema: String
    /// Stable id derived from the normalized title and body: the same article always gets the same id.
    public var id: String
    public var title: String
    /// RFC 3339 publication time, or nil when no date with a year was found.
    public var publishedAt: String?
    /// RFC 3339 time of the last update the page states, or nil when it states none.
    public var updatedAt: String?
    public var publisher: String?
    public var authors: [String]
    /// BCP 47 primary language subtag (`en`, `zh`, …) or `und` when unknown.
    public var language: String
    /// Clean paragraphs joined by blank lines.
    public var body: String
    public var wordCount: Int
    /// Filled by the industry classifier; empty until then.
    public var industries: [IndustryLabel]
    /// Best industry label, or `none`; nil until classification runs.
    public var primaryIndustry: String?
    public var dedup: DedupInfo
    /// Supply-chain facts of the body, filled by the fact finder; nil until it runs (and in
    /// records written before it existed).
    public var facts: ArticleFacts?
    public var source: SourceInfo
    /// Where each field came from and what was assumed on the way.
    public var provenance: Provenance
    public var ingestedAt: String
    public var assayVersion: String

    public init(
        id: String, title: String, publishedAt: String?, updatedAt: String? = nil, publisher: String?, authors: [String],
        language: String, body: String, wordCount: Int, industries: [IndustryLabel] = [],
        primaryIndustry: String? = nil, dedup: DedupInfo, source: SourceInfo, provenance: Provenance,
        ingestedAt: String, assayVersion: String
    ) {
        self.schema = Self.schemaIdentifier
        self.id = id
        self.title = title
        self.publishedAt = publishedAt
        self.updatedAt = updatedAt
        self.publisher = publisher
        self.authors = authors
        self.language = language
        self.body = body
        self.wordCount = wordCount
        self.industries = industries
        self.primaryIndustry = primaryIndustry
        self.dedup = dedup
        self.source = source
        self.provenance = provenance
        self.ingestedAt = ingestedAt
        self.assayVersion = assayVersion
    }

    enum CodingKeys: String, CodingKey {
        case schema, id, title
        case publishedAt = "published_at"
        case updatedAt = "updated_at"
        case publisher, authors, language, body
        case wordCount = "word_count"
        case industries
        case primaryIndustry = "primary_industry"
        case dedup, facts, source, provenance
        case ingestedAt = "ingested_at"
        case assayVersion = "assay_version"
    }
}

/// One industry label with the evidence that earned it (filled by the classifier).
public struct IndustryLabel: Sendable, Equatable, Codable {
    public var label: String
    public var score: Double
    public var evidence: [Evidence]

    public init(label: String, score: Double, evidence: [Evidence]) {
        self.label = label
        self.score = score
        self.evidence = evidence
    }

    /// A term found in the text: how often it counted, whether in the title, and where first.
    public struct Evidence: Sendable, Equatable, Codable {
        /// The term as the taxonomy writes it.
        public var term: String
        /// Occurrences that counted (title and body), after context and comparison rules.
        public var count: Int
        public var inTitle: Bool
        /// Code-point offset of the first counted occurrence in `body`; nil when only the title has it.
        public var firstOffset: Int?
        /// The text around the first occurrence, so a person sees the sense it was used in.
        public var snippet: String

        public init(term: String, count: Int, inTitle: Bool, firstOffset: Int?, snippet: String) {
            self.term = term
            self.count = count
            self.inTitle = inTitle
            self.firstOffset = firstOffset
            self.snippet = snippet
        }

        enum CodingKeys: String, CodingKey {
            case term, count
            case inTitle = "in_title"
            case firstOffset = "first_offset"
            case snippet
        }
    }
}

/// Fingerprints and the de-duplication verdict. `duplicate_of` and `similarity` stay null until
/// the de-duplication stage compares the article with what was seen before.
public struct DedupInfo: Sendable, Equatable, Codable {
    /// SHA-256 (hex) of the normalized body: equal for exact copies.
    public var contentHash: String
    /// Near-duplicate signature (hex); nil until the near-duplicate index is built.
    public var signature: String?
    public var duplicateOf: String?
    public var similarity: Double?
    /// How the duplicate matched: `exact` (same body), `reprint` (shared word runs) or `rewrite`
    /// (shared names and figures); nil for the first article of a story.
    public var match: String?
    /// The story this article is another write-up of (same organizations, figures and step, often
    /// in another language), when it is not a duplicate: it is recorded as one more carrier.
    public var related: String?

    public init(
        contentHash: String, signature: String? = nil, duplicateOf: String? = nil, similarity: Double? = nil, match: String? = nil,
        related: String? = nil
    ) {
        self.contentHash = contentHash
        self.signature = signature
        self.duplicateOf = duplicateOf
        self.similarity = similarity
        self.match = match
        self.related = related
    }

    /// Records that the article is a duplicate of the story `original`, as the store decided.
    public mutating func markDuplicate(of original: String, similarity: Double?, match: String?) {
        duplicateOf = original
        self.similarity = similarity
        self.match = match
    }

    enum CodingKeys: String, CodingKey {
        case contentHash = "content_hash"
        case signature
        case duplicateOf = "duplicate_of"
        case similarity
        case match
        case related
    }
}

/// Where the input came from: a dropped file, a fetched URL, or an object inside a JSON file.
public struct SourceInfo: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case file, url, feed }

    public var kind: Kind
    public var path: String?
    public var url: String?
    /// Format the article was extracted from: `text`, `html` or `json`.
    public var format: String
    /// Character encoding the bytes were decoded from (`utf-8`, `gb18030`, …).
    public var encoding: String
    /// Position of the article inside a JSON/JSONL file (0-based), nil for single-article inputs.
    public var index: Int?
    /// The feed that listed the article (`kind` `feed`), and the item's GUID in it.
    public var feedURL: String?
    public var itemGUID: String?
    public var receivedAt: String

    public init(
        kind: Kind, path: String?, url: String?, format: String, encoding: String, index: Int?,
        feedURL: String? = nil, itemGUID: String? = nil, receivedAt: String
    ) {
        self.kind = kind
        self.path = path
        self.url = url
        self.format = format
        self.encoding = encoding
        self.index = index
        self.feedURL = feedURL
        self.itemGUID = itemGUID
        self.receivedAt = receivedAt
    }

    enum CodingKeys: String, CodingKey {
        case kind, path, url, format, encoding, index
        case feedURL = "feed_url"
        case itemGUID = "item_guid"
        case receivedAt = "received_at"
    }
}

/// Field provenance, so a person can see why a value is what it is.
public struct Provenance: Sendable, Equatable, Codable {
    public var titleSource: String
    public var dateSource: String?
    /// The date text as found, kept when it could not be resolved (e.g. "August 20" has no year).
    public var dateRaw: String?
    /// The zone assumed for a date or time written without an offset.
    public var assumedTimeZone: String?
    public var authorsSource: String?
    public var publisherSource: String?
    public var languageSource: String
    public var bodySource: String
    /// Invalid byte sequences read as U+FFFD when decoding; nil when every byte was valid.
    public var decodingRepairs: Int?
    /// How precise `published_at` is: `day` (the page gave no time: midnight is not a time), `minute`
    /// or `second`; nil without a date.
    public var datePrecision: String?

    public init(
        titleSource: String, dateSource: String?, dateRaw: String?, assumedTimeZone: String?,
        authorsSource: String?, publisherSource: String?, languageSource: String, bodySource: String,
        decodingRepairs: Int? = nil, datePrecision: String? = nil
    ) {
        self.titleSource = titleSource
        self.dateSource = dateSource
        self.dateRaw = dateRaw
        self.assumedTimeZone = assumedTimeZone
        self.authorsSource = authorsSource
        self.publisherSource = publisherSource
        self.languageSource = languageSource
        self.bodySource = bodySource
        self.decodingRepairs = decodingRepairs
        self.datePrecision = datePrecision
    }

    enum CodingKeys: String, CodingKey {
        case titleSource = "title_source"
        case dateSource = "date_source"
        case dateRaw = "date_raw"
        case assumedTimeZone = "assumed_time_zone"
        case authorsSource = "authors_source"
        case publisherSource = "publisher_source"
        case languageSource = "language_source"
        case bodySource = "body_source"
        case decodingRepairs = "decoding_repairs"
        case datePrecision = "date_precision"
    }
}
