// Each type writes its keys in sorted order (UTF-8 bytes), as JSONEncoder's `.sortedKeys` does,
// and every optional as `null`, as the explicit `encode(to:)` implementations do.

extension Article {
    /// The record as JSON bytes, pretty-printed (the record file) or on one line (JSON Lines).
    public func json(pretty: Bool) throws(RecordJSONWriter.InvalidNumber) -> [UInt8] {
        var writer = RecordJSONWriter(pretty: pretty, capacity: body.utf8.count + 2048)
        try write(to: &writer)
        return writer.bytes
    }

    func write(to w: inout RecordJSONWriter) throws(RecordJSONWriter.InvalidNumber) {
        w.beginObject()
        w.key("assay_version"); w.string(assayVersion)
        w.key("authors"); w.strings(authors)
        w.key("body"); w.string(body)
        w.key("dedup"); try dedup.write(to: &w)
        w.key("facts")
        if let facts { try facts.write(to: &w) } else { w.null() }
        w.key("id"); w.string(id)
        w.key("industries")
        w.beginArray()
        for label in industries {
            w.element()
            try label.write(to: &w)
        }
        w.endArray()
        w.key("ingested_at"); w.string(ingestedAt)
        w.key("language"); w.string(language)
        w.key("primary_industry"); w.string(primaryIndustry)
        w.key("provenance"); provenance.write(to: &w)
        w.key("published_at"); w.string(publishedAt)
        w.key("publisher"); w.string(publisher)
        w.key("schema"); w.string(schema)
        w.key("source"); source.write(to: &w)
        w.key("title"); w.string(title)
        w.key("updated_at"); w.string(updatedAt)
        w.key("word_count"); w.int(wordCount)
        w.endObject()
    }
}

extension IndustryLabel {
    func write(to w: inout RecordJSONWriter) throws(RecordJSONWriter.InvalidNumber) {
        w.beginObject()
        w.key("evidence")
        w.beginArray()
        for item in evidence {
            w.element()
            item.write(to: &w)
        }
        w.endArray()
        w.key("label"); w.string(label)
        w.key("score"); try w.double(score, key: "industries.score")
        w.endObject()
    }
}

extension IndustryLabel.Evidence {
    func write(to w: inout RecordJSONWriter) {
        w.beginObject()
        w.key("count"); w.int(count)
        w.key("first_offset"); w.int(firstOffset)
        w.key("in_title"); w.bool(inTitle)
        w.key("snippet"); w.string(snippet)
        w.key("term"); w.string(term)
        w.endObject()
    }
}

extension DedupInfo {
    func write(to w: inout RecordJSONWriter) throws(RecordJSONWriter.InvalidNumber) {
        w.beginObject()
        w.key("content_hash"); w.string(contentHash)
        w.key("duplicate_of"); w.string(duplicateOf)
        w.key("match"); w.string(match)
        w.key("related"); w.string(related)
        w.key("signature"); w.string(signature)
        w.key("similarity"); try w.double(similarity, key: "dedup.similarity")
        w.endObject()
    }
}

extension SourceInfo {
    func write(to w: inout RecordJSONWriter) {
        w.beginObject()
        w.key("encoding"); w.string(encoding)
        w.key("feed_url"); w.string(feedURL)
        w.key("format"); w.string(format)
        w.key("index"); w.int(index)
        w.key("item_guid"); w.string(itemGUID)
        w.key("kind"); w.string(kind.rawValue)
        w.key("path"); w.string(path)
        w.key("received_at"); w.string(receivedAt)
        w.key("url"); w.string(url)
        w.endObject()
    }
}

extension Provenance {
    func write(to w: inout RecordJSONWriter) {
        w.beginObject()
        w.key("assumed_time_zone"); w.string(assumedTimeZone)
        w.key("authors_source"); w.string(authorsSource)
        w.key("body_source"); w.string(bodySource)
        w.key("date_precision"); w.string(datePrecision)
        w.key("date_raw"); w.string(dateRaw)
        w.key("date_source"); w.string(dateSource)
        w.key("decoding_repairs"); w.int(decodingRepairs)
        w.key("language_source"); w.string(languageSource)
        w.key("publisher_source"); w.string(publisherSource)
        w.key("title_source"); w.string(titleSource)
        w.endObject()
    }
}

extension ArticleFacts {
    func write(to w: inout RecordJSONWriter) throws(RecordJSONWriter.InvalidNumber) {
        w.beginObject()
        w.key("capacities")
        w.beginArray()
        for capacity in capacities {
            w.element()
            w.beginObject()
            w.key("of"); w.string(capacity.of)
            w.key("offset"); w.int(capacity.offset)
            w.key("text"); w.string(capacity.text)
            w.key("unit"); w.string(capacity.unit.rawValue)
            w.key("value"); try w.double(capacity.value, key: "facts.capacities.value")
            w.endObject()
        }
        w.endArray()
        w.key("events")
        w.beginArray()
        for event in events {
            w.element()
            w.beginObject()
            w.key("capacities"); w.strings(event.capacities)
            w.key("money"); w.strings(event.money)
            w.key("offset"); w.int(event.offset)
            w.key("organizations"); w.strings(event.organizations)
            w.key("places"); w.strings(event.places)
            w.key("text"); w.string(event.text)
            w.key("type"); w.string(event.type.rawValue)
            w.endObject()
        }
        w.endArray()
        w.key("money")
        w.beginArray()
        for money in money {
            w.element()
            w.beginObject()
            w.key("amount"); try w.double(money.amount, key: "facts.money.amount")
            w.key("currency"); w.string(money.currency)
            w.key("for"); w.string(money.for)
            w.key("offset"); w.int(money.offset)
            w.key("text"); w.string(money.text)
            w.endObject()
        }
        w.endArray()
        w.key("organizations")
        w.beginArray()
        for organization in organizations {
            w.element()
            w.beginObject()
            w.key("known"); w.bool(organization.known)
            w.key("name"); w.string(organization.name)
            w.key("offset"); w.int(organization.offset)
            w.key("text"); w.string(organization.text)
            w.endObject()
        }
        w.endArray()
        w.key("places")
        w.beginArray()
        for place in places {
            w.element()
            w.beginObject()
            w.key("kind"); w.string(place.kind.rawValue)
            w.key("name"); w.string(place.name)
            w.key("offset"); w.int(place.offset)
            w.key("text"); w.string(place.text)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
