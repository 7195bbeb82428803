/// Decides whether two articles are the same story, from their near-duplicate signatures.
///
/// Containment of word shingles is the main test: a reprint cut to an excerpt, or with a
/// paragraph dropped and an agency line added, keeps most of the shorter text's word runs. On the
/// dev corpus reprints score 0.75–1.0 and different stories on the same topic at most 0.13.
public struct DuplicateRule: Sendable, Equatable {
    /// Minimum share of the shorter article's shingles found in the longer one.
    public var containment: Double

    public init(containment: Double = 0.5) { self.containment = containment }

    /// The similarity that decided, when the pair is a duplicate.
    public func duplicateSimilarity(_ a: NearDuplicateSignature, _ b: NearDuplicateSignature) -> Double? {
        let similarity = a.similarity(to: b)
        return similarity.shingles.containment >= containment ? similarity.shingles.containment : nil
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
    /// A reprint of a stored article, with the similarity that decided.
    case nearDuplicate(of: String, similarity: Double)

    /// The similarity recorded with a duplicate: 1 for an exact copy, the deciding containment for a reprint.
    public var similarity: Double? {
        switch self {
        case .exactDuplicate: return 1
        case .nearDuplicate(_, let similarity): return similarity
        case .new, .alreadySeen: return nil
        }
    }

    public var canonicalID: String? {
        switch self {
        case .exactDuplicate(let id), .nearDuplicate(let id, _): return id
        case .new, .alreadySeen: return nil
        }
    }
}
