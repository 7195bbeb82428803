import Foundation

// Explicit encoders: every optional field is written as `null` rather than omitted, so each
// record carries the full schema and a reader never has to guess whether a key is missing.

extension Article {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(publishedAt, forKey: .publishedAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(publisher, forKey: .publisher)
        try c.encode(authors, forKey: .authors)
        try c.encode(language, forKey: .language)
        try c.encode(body, forKey: .body)
        try c.encode(wordCount, forKey: .wordCount)
        try c.encode(industries, forKey: .industries)
        try c.encode(primaryIndustry, forKey: .primaryIndustry)
        try c.encode(dedup, forKey: .dedup)
        try c.encode(facts, forKey: .facts)
        try c.encode(source, forKey: .source)
        try c.encode(provenance, forKey: .provenance)
        try c.encode(ingestedAt, forKey: .ingestedAt)
        try c.encode(assayVersion, forKey: .assayVersion)
    }

    /// The record file: pretty-printed JSON, keys sorted, with a trailing newline.
    public func jsonData() throws(RecordJSONWriter.InvalidNumber) -> Data {
        var bytes = try json(pretty: true)
        bytes.append(0x0A)
        return Data(bytes)
    }
}

extension IndustryLabel.Evidence {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(term, forKey: .term)
        try c.encode(count, forKey: .count)
        try c.encode(inTitle, forKey: .inTitle)
        try c.encode(firstOffset, forKey: .firstOffset)
        try c.encode(snippet, forKey: .snippet)
    }
}

extension DedupInfo {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(contentHash, forKey: .contentHash)
        try c.encode(signature, forKey: .signature)
        try c.encode(duplicateOf, forKey: .duplicateOf)
        try c.encode(similarity, forKey: .similarity)
        try c.encode(match, forKey: .match)
        try c.encode(related, forKey: .related)
    }
}

extension SourceInfo {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(path, forKey: .path)
        try c.encode(url, forKey: .url)
        try c.encode(format, forKey: .format)
        try c.encode(encoding, forKey: .encoding)
        try c.encode(index, forKey: .index)
        try c.encode(feedURL, forKey: .feedURL)
        try c.encode(itemGUID, forKey: .itemGUID)
        try c.encode(receivedAt, forKey: .receivedAt)
    }
}

extension Provenance {
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(titleSource, forKey: .titleSource)
        try c.encode(dateSource, forKey: .dateSource)
        try c.encode(dateRaw, forKey: .dateRaw)
        try c.encode(assumedTimeZone, forKey: .assumedTimeZone)
        try c.encode(authorsSource, forKey: .authorsSource)
        try c.encode(publisherSource, forKey: .publisherSource)
        try c.encode(languageSource, forKey: .languageSource)
        try c.encode(bodySource, forKey: .bodySource)
        try c.encode(decodingRepairs, forKey: .decodingRepairs)
        try c.encode(datePrecision, forKey: .datePrecision)
    }
}

/// JSONEncoder configurations of the record's format. Records themselves are written by
/// `RecordJSONWriter`, proven to give the same bytes as `encoder`; `compactEncoder` writes the
/// JSON Lines of commands whose lines wrap a record.
public enum ArticleJSON {
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// One-line form, for `assay classify`-style JSON Lines output.
    public static var compactEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
