/// Decides whether two articles are the same story, from their near-duplicate signatures.
///
/// Containment of word shingles is the main test: a reprint cut to an excerpt, or with a
/// paragraph dropped and an agency line added, keeps most of the shorter text's word runs. On the
/// dev corpus reprints score 0.75–1.0 and different stories on the same topic at most 0.13.
///
/// A rewrite by another outlet keeps few word runs but the same facts: the rewrite test asks for
/// most of the smaller set of names and figures, with several figures among them. On the dev
/// corpus, rewrites share 0.96–1.0 of their facts; different stories, even on the same company or
/// event type, at most 0.52. Only another outlet's article can be a rewrite: one site's posts on a
/// running subject share their names (a theatre blog's posts on one show share 0.86) without being
/// one story, and a site's own update keeps its wording, so it matches as a reprint.
public struct DuplicateRule: Sendable, Equatable {
    /// Minimum share of the shorter article's shingles found in the longer one.
    public var containment: Double
    /// Minimum share of the smaller set of names and figures found in the other, for a rewrite.
    public var factContainment: Double
    /// A rewrite must share at least this many figures, and the smaller fact set be this large:
    /// short texts name too little to tell two stories apart.
    public static let rewriteSharedFigures = 3
    public static let rewriteMinimumFacts = 12
    /// A copy with few shared figures is still a rewrite with half the reprint containment (0.25 by
    /// default) and a fact share 0.1 under the rewrite threshold (0.6 by default).
    public static let rewordedContainmentShare = 0.5
    public static let rewordedFactAllowance = 0.1

    public init(containment: Double = 0.5, factContainment: Double = 0.7) {
        self.containment = containment
        self.factContainment = factContainment
    }

    /// How a pair matched, with the similarity that decided.
    public enum Match: Sendable, Equatable {
        case reprint(containment: Double)
        case rewrite(factContainment: Double)

        public var similarity: Double {
            switch self {
            case .reprint(let value), .rewrite(let value): return value
            }
        }

        /// Shared word runs are stronger evidence than shared facts; within a kind, the higher score wins.
        public func outranks(_ other: Match) -> Bool {
            switch (self, other) {
            case (.reprint, .rewrite): return true
            case (.rewrite, .reprint): return false
            default: return similarity > other.similarity
            }
        }
    }

    /// `sameOutlet`: both articles come from one publisher or site, so they cannot be a rewrite.
    public func match(_ a: NearDuplicateSignature, _ b: NearDuplicateSignature, sameOutlet: Bool = false) -> Match? {
        let shingles = MinHash.overlap(a.shingles, a.shingleCount, b.shingles, b.shingleCount)
        if shingles.containment >= containment { return .reprint(containment: shingles.containment) }
        guard !sameOutlet else { return nil }
        let facts = FactOverlap(a.facts, b.facts)
        guard facts.smallerCount >= Self.rewriteMinimumFacts else { return nil }
        if facts.sharedFigures >= Self.rewriteSharedFigures, facts.containment >= factContainment {
            return .rewrite(factContainment: facts.containment)
        }
        // A reworded agency copy keeps a quarter of its word runs (quotes, names, set phrases) and
        // most of its names, though it may carry few figures; independent stories on one event
        // share under a fifth of their word runs.
        if shingles.containment >= containment * Self.rewordedContainmentShare,
            facts.containment >= factContainment - Self.rewordedFactAllowance
        {
            return .rewrite(factContainment: facts.containment)
        }
        return nil
    }

    /// The similarity that decided, when the pair is a duplicate.
    public func duplicateSimilarity(_ a: NearDuplicateSignature, _ b: NearDuplicateSignature) -> Double? {
        match(a, b)?.similarity
    }
}

/// Who published an article, as far as de-duplication cares: the publisher's name folded, else
/// the host of its URL without `www.`; nil when neither is known.
public enum Outlet {
    public static func name(publisher: String?, source: String?) -> String? {
        if let publisher, !publisher.isEmpty { return publisher.lowercased() }
        guard let source, let schemeEnd = source.range(of: "://") else { return nil }
        var host = source[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }.lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host.isEmpty ? nil : host
    }
}

/// What the store said about a new article.
public enum DedupVerdict: Sendable, Equatable {
    /// First time this story is seen: it is canonical.
    case new
    /// The very same article (same id) was stored before.
    case alreadySeen
    /// Same normalized body as a stored article.
    case exactDuplicate(of: String)
    /// The very same article (same id) as a stored one, from another source: a copy of story `of`.
    case copy(of: String)
    /// A reprint of a stored article, with the similarity that decided.
    case nearDuplicate(of: String, similarity: Double)
    /// Another outlet's rewording of a stored article, with the share of facts that decided.
    case rewrite(of: String, similarity: Double)
    /// Not a copy, but another write-up of stored story `to` (often in another language): the same
    /// organizations, figures and step (`StoryLink`). Recorded in its own right, as one more carrier.
    case related(to: String, similarity: Double)

    /// The similarity recorded with a duplicate: 1 for an exact copy, the deciding containment otherwise.
    public var similarity: Double? {
        switch self {
        case .exactDuplicate, .copy: return 1
        case .nearDuplicate(_, let similarity), .rewrite(_, let similarity): return similarity
        case .new, .alreadySeen, .related: return nil
        }
    }

    /// The story a related write-up joins; nil for every other verdict.
    public var relatedStory: String? {
        if case .related(let story, _) = self { story } else { nil }
    }

    public var canonicalID: String? {
        switch self {
        case .exactDuplicate(let id), .copy(let id), .nearDuplicate(let id, _), .rewrite(let id, _): return id
        case .new, .alreadySeen, .related: return nil
        }
    }

    /// How a duplicate matched, as records and the store name it: `exact`, `reprint` or `rewrite`.
    public var match: String? {
        switch self {
        case .exactDuplicate, .copy: return "exact"
        case .nearDuplicate: return "reprint"
        case .rewrite: return "rewrite"
        case .new, .alreadySeen, .related: return nil
        }
    }

    public var isCopy: Bool { if case .copy = self { true } else { false } }
}
