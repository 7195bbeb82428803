import AssayCore

/// The state Assay keeps between runs: every article's fingerprints (for de-duplication) and,
/// with the daemon, the ledger of inputs. Implementations must make each call atomic.
public protocol ArticleStore: Sendable {
    /// Looks the article up against everything stored and records it, in one transaction, so two
    /// workers can never both think they saw a story first.
    func admit(_ article: StoredArticle, rule: DuplicateRule) throws -> DedupVerdict

    func statistics() throws -> StoreStatistics

    /// The story an article belongs to, with every source that carried it; nil for an unknown id.
    func story(containing id: String) throws -> StoryCoverage?
}

/// Everything the daemon keeps between runs, on SQLite or PostgreSQL.
public typealias StateStore = ArticleStore & InputLedger & FetchStateStore

/// What the store keeps of an article.
public struct StoredArticle: Sendable {
    public var id: String
    public var contentHash: String
    public var signature: NearDuplicateSignature
    public var title: String
    public var primaryIndustry: String?
    /// Where the article came from (file path or URL) and who published it: what "carried by" lists.
    public var source: String?
    public var publisher: String?
    public var ingestedAt: String
    /// RFC 3339, when the article states it: `assay records` filters on it.
    public var publishedAt: String?
    /// Every label earned, strongest first (`primaryIndustry` is the first, or `none`).
    public var industries: [String]
    /// Its facts as keys any language shares: how another write-up of the story finds it.
    public var storyKeys: StoryKeys

    public init(
        id: String, contentHash: String, signature: NearDuplicateSignature, title: String, primaryIndustry: String?,
        source: String?, publisher: String? = nil, ingestedAt: String, publishedAt: String? = nil, industries: [String] = [],
        storyKeys: StoryKeys = StoryKeys(keys: [])
    ) {
        self.publishedAt = publishedAt
        self.industries = industries
        self.storyKeys = storyKeys
        self.id = id
        self.contentHash = contentHash
        self.signature = signature
        self.title = title
        self.primaryIndustry = primaryIndustry
        self.source = source
        self.publisher = publisher
        self.ingestedAt = ingestedAt
    }

    public init(_ article: Article, signature: NearDuplicateSignature) {
        self.init(
            id: article.id, contentHash: article.dedup.contentHash, signature: signature,
            title: article.title, primaryIndustry: article.primaryIndustry,
            source: article.source.url ?? article.source.path, publisher: article.publisher, ingestedAt: article.ingestedAt,
            publishedAt: article.publishedAt, industries: article.industries.map(\.label),
            storyKeys: article.facts.map(StoryKeys.init) ?? StoryKeys(keys: []))
    }
}

public struct StoreStatistics: Sendable, Equatable {
    public var articles: Int
    public var canonical: Int
    public var exactDuplicates: Int
    public var nearDuplicates: Int
    /// Near duplicates matched as rewrites (shared names and figures, few shared word runs).
    public var rewrites: Int
    /// Canonical articles that are another write-up of a story (`dedup.related`): recorded in their
    /// own right, but not a story of their own.
    public var related: Int
    /// Stories (their first articles) per primary industry (`none` included).
    public var perIndustry: [String: Int]

    package init(
        articles: Int, canonical: Int, exactDuplicates: Int, nearDuplicates: Int, rewrites: Int, related: Int = 0, perIndustry: [String: Int]
    ) {
        self.articles = articles
        self.canonical = canonical
        self.exactDuplicates = exactDuplicates
        self.nearDuplicates = nearDuplicates
        self.rewrites = rewrites
        self.related = related
        self.perIndustry = perIndustry
    }

    /// Distinct stories: canonical articles less the write-ups that joined another story.
    public var stories: Int { canonical - related }
}
