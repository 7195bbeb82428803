/// The gazetteer compiled for lookup in a body's keys (case, dashes and traditional Chinese folded
/// as `FactText` folds them), so 台積電 finds the entry written 台积电 and CATL finds "catl" only
/// where the text capitalizes it. Forms are indexed by their first three keys (two-key forms by
/// both) behind a bit filter: most positions of a text cost one bit test, and the index stays
/// small enough for the cache, where one automaton over ten thousand forms would not.
struct CompiledGazetteer: Sendable {
    enum Entry: Sendable, Equatable {
        case organization(Int)
        case place(Int)
    }

    /// A form found in the body, in code points.
    struct Mention {
        var entry: Entry
        var start: Int
        var end: Int
    }

    let gazetteer: Gazetteer
    /// What a matched form is checked by and reports, in 16 bytes: one load for a match, where
    /// an array each took four.
    private struct Form {
        /// Where its keys start in `flatKeys`.
        var keysStart: Int32
        /// The entry: an organization's index, or a place's as -(index + 1).
        var owner: Int32
        /// For a form of several words, a bit for each word that must be capitalized in the text
        /// (its capitalized words, generic ones like "Province" aside); 0 for one-word forms. Words
        /// past the 32nd are not checked (the longest shipped form has 11).
        var capitalWords: UInt32
        /// Written with a capital letter, so to be capitalized in the text ("Reading" the town,
        /// not "reading").
        var capitalized: Bool

        var entry: Entry { owner >= 0 ? .organization(Int(owner)) : .place(Int(-owner - 1)) }
    }
    private let forms: [Form]
    /// Forms by their first three keys (two for two-key forms), longest first, in an open-addressing
    /// table of flat arrays: a lookup touches a few cache lines, not a dictionary's heap of arrays.
    private let table: PrefixTable
    /// The prefixes of `table` as bits: three-key ones and two-key ones apart, so the few two-key
    /// forms (Chinese places) are not asked at every capitalized word of English text.
    private let filters: PrefixFilters
    /// The same for the forms written with a lower-case ASCII letter first: at a lower-case word
    /// (most words of English text) no capitalized form may match, so only these are looked up.
    private let lowercaseTable: PrefixTable
    private let lowercaseFilters: PrefixFilters
    /// The first keys of every form, and of the lower-case ones, as bits (by the key's low 16 bits):
    /// a position whose key starts no form (a space, a digit, most lower-case letters) costs one test.
    private let firstKeys: KeyBits
    private let lowercaseFirstKeys: KeyBits
    /// Each form's keys end to end, for comparing without loading a nested array.
    private let flatKeys: [Unicode.Scalar]
    /// Every place form, as keys: to tell a place word at the start of a company's name.
    private let placeForms: Set<String>

    init(_ gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        var keys: [[Unicode.Scalar]] = []
        var forms: [Form] = []
        var seen: Set<[Unicode.Scalar]> = []
        var keysCount = 0
        func add(_ form: String, owner: Int32) {
            let folded = Array(FactText.key(of: form).unicodeScalars)
            guard folded.count >= 2, seen.insert(folded).inserted else { return }
            keys.append(folded)
            let words = form.split(separator: " ")
            var capitalWords: UInt32 = 0
            // (No form has 32 words; a longer one would have its later words unchecked.)
            for (position, word) in words.prefix(32).enumerated()
            where words.count > 1 && !Self.genericWords.contains(String(word)) && (word.unicodeScalars.first?.properties.isUppercase ?? false) {
                capitalWords |= 1 << UInt32(position)
            }
            forms.append(
                Form(
                    keysStart: Int32(keysCount), owner: owner, capitalWords: capitalWords,
                    capitalized: form.unicodeScalars.first.map { $0.properties.isUppercase } ?? false))
            keysCount += folded.count
        }
        for (index, organization) in gazetteer.organizations.enumerated() {
            for form in [organization.name] + organization.aliases { add(form, owner: Int32(index)) }
        }
        for (index, place) in gazetteer.places.enumerated() {
            for form in [place.name] + place.aliases { add(form, owner: -Int32(index) - 1) }
        }
        let hashes = keys.map { Self.hash($0[...]) }
        func indexed(_ included: (Int) -> Bool) -> (PrefixTable, PrefixFilters) {
            var byPair: [UInt64: [Int32]] = [:]
            for (index, form) in keys.enumerated() where included(index) {
                // Forms of three keys or more by their first three (few share them); two-key forms by both.
                let pair = form.count >= 3 ? Self.triple(form[0], form[1], form[2]) : Self.pair(form[0], form[1])
                byPair[pair, default: []].append(Int32(index))
            }
            let filters = PrefixFilters(
                triples: PrefixFilter(byPair.keys.filter { $0 & Self.tripleFlag != 0 }),
                pairs: PrefixFilter(byPair.keys.filter { $0 & Self.tripleFlag == 0 }))
            let table = PrefixTable(
                byPair.mapValues { $0.sorted { keys[Int($0)].count > keys[Int($1)].count } }, keys: keys, hashes: hashes)
            return (table, filters)
        }
        (table, filters) = indexed { _ in true }
        let isLowercaseForm = { (index: Int) in !forms[index].capitalized && Self.isLowercaseASCII(keys[index][0]) }
        (lowercaseTable, lowercaseFilters) = indexed(isLowercaseForm)
        firstKeys = KeyBits(keys.map { $0[0] })
        lowercaseFirstKeys = KeyBits(keys.indices.filter(isLowercaseForm).map { keys[$0][0] })
        flatKeys = Array(keys.joined())
        self.forms = forms
        placeForms = Set(gazetteer.places.flatMap { [$0.name] + $0.aliases }.map { FactText.key(of: $0) })
    }

    private static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 21 | UInt64(second.value)
    }

    /// A polynomial hash of keys; a text's substrings are hashed from its prefix hashes in O(1).
    private static let base: UInt64 = 1_000_003

    private static func hash(_ keys: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0
        for key in keys { hash = hash &* base &+ UInt64(key.value) }
        return hash
    }

    private static func triple(_ first: Unicode.Scalar, _ second: Unicode.Scalar, _ third: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 42 | UInt64(second.value) << 21 | UInt64(third.value) | tripleFlag
    }

    /// Set in the key of a three-key prefix, never in a pair's.
    private static let tripleFlag: UInt64 = 1 << 63

    /// Every form in the body, leftmost-longest where forms overlap.
    func mentions(_ text: FactText) -> [Mention] {
        // Positions worth a lookup, found over raw buffers: a word's start, and a known first pair.
        var starts: [(position: Int, lowercase: Bool, triple: Range<Int>, pair: Range<Int>)] = []
        starts.reserveCapacity(text.count / 16 + 8)
        text.keys.withUnsafeBufferPointer { keys in
            text.scalars.withUnsafeBufferPointer { scalars in
                // A name starts no Latin word's letter or digit but the first: the text's
                // possible starts leave out its letters after a letter; digits are told here.
                for start in text.possibleStarts {
                    let position = Int(start)
                    guard position < keys.count - 1 else { break }
                    if position > 0, Self.isWordCharacter(scalars[position]), Self.isWordCharacter(scalars[position - 1]) { continue }
                    // A capitalized form must be capitalized in the text (see below): at a
                    // lower-case letter only the lower-case forms can be found.
                    let lowercase = Self.isLowercaseASCII(scalars[position])
                    guard lowercase ? lowercaseFirstKeys.contains(keys[position]) : firstKeys.contains(keys[position]) else { continue }
                    let filters = lowercase ? lowercaseFilters : filters
                    let table = lowercase ? lowercaseTable : table
                    var tripleRange = 0..<0
                    if position + 2 < keys.count {
                        let triple = Self.triple(keys[position], keys[position + 1], keys[position + 2])
                        let next: Unicode.Scalar? = position + 3 < keys.count ? keys[position + 3] : nil
                        if filters.triples.mayHold(triple), let range = table.candidates(triple, next: next) { tripleRange = range }
                    }
                    var pairRange = 0..<0
                    let pair = Self.pair(keys[position], keys[position + 1])
                    if filters.pairs.mayHold(pair), let range = table.candidates(pair, next: nil) { pairRange = range }
                    if !tripleRange.isEmpty || !pairRange.isEmpty {
                        starts.append((position, lowercase, tripleRange, pairRange))
                    }
                }
            }
        }
        guard !starts.isEmpty else { return [] }
        // A candidate is compared by its last key, then by hash, so only true matches load the
        // form's keys (a large array, out of cache).
        var mentions: [Mention] = []
        mentions.reserveCapacity(starts.count)
        var covered = 0
        // The hashes of the text's keys from a position, by length: computed once for the
        // position, not once per candidate (a common start like "Chi" has dozens of forms).
        var hashes: [UInt64] = []
        for (position, lowercase, tripleRange, pairRange) in starts where position >= covered {
            let table = lowercase ? lowercaseTable : table
            let first = text.scalars[position]
            hashes.removeAll(keepingCapacity: true)
            hashes.append(0)
            // Forms by their first three keys, then by their first two: longest first either way.
            for step in 0..<(tripleRange.count + pairRange.count) {
                let candidate = step < tripleRange.count ? tripleRange.lowerBound + step : pairRange.lowerBound + step - tripleRange.count
                let entry = table.entry(at: candidate)
                let length = Int(entry.length)
                let end = position + length
                guard end <= text.count, text.keys[end - 1] == entry.last else { continue }
                while hashes.count <= length {
                    hashes.append(hashes[hashes.count - 1] &* Self.base &+ UInt64(text.keys[position + hashes.count - 1].value))
                }
                guard UInt32(truncatingIfNeeded: hashes[length]) == entry.hash else { continue }
                let form = forms[Int(entry.form)]
                guard sameKeys(text, at: position, Int(form.keysStart), length) else { continue }
                if Self.isWordCharacter(text.keys[end - 1]), end < text.count, Self.isWordCharacter(text.scalars[end]) { continue }
                if form.capitalized, !FactText.isUppercase(first) { continue }
                // A Latin name's later words keep their capitals: "Kikuyo town" is not the alias "Kikuyo Town".
                if form.capitalized, !wordsCapitalizedAsWritten(form.capitalWords, text, position..<end) { continue }
                // "US$6.2 billion": a currency, not the country.
                if end < text.count, text.scalars[end] == "$" { continue }
                mentions.append(Mention(entry: form.entry, start: position, end: end))
                covered = end
                break
            }
        }
        return mentions
    }

    private func sameKeys(_ text: FactText, at position: Int, _ start: Int, _ length: Int) -> Bool {
        for offset in 0..<length where text.keys[position + offset] != flatKeys[start + offset] { return false }
        return true
    }

    @inline(__always)
    private static func isLowercaseASCII(_ scalar: Unicode.Scalar) -> Bool { scalar.value &- 0x61 < 26 }

    /// Letters and digits of Latin script: what a Latin form must not run into.
    @inline(__always)
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A || scalar.value >= 0x30 && scalar.value <= 0x39 }
        return FactText.isLetter(scalar)
    }

    /// Words of a name often written in lower case ("Jiangxi province").
    private static let genericWords: Set<String> = ["Province", "Prefecture", "County", "State", "Region", "Autonomous"]

    /// True when every word the form capitalizes is capitalized in the text too.
    private func wordsCapitalizedAsWritten(_ expected: UInt32, _ text: FactText, _ range: Range<Int>) -> Bool {
        // The text has the form's spaces in the same places (its keys matched), so its words line up.
        guard expected != 0 else { return true }
        var word = 0
        var wordStart = true
        for position in range {
            let scalar = text.scalars[position]
            if scalar == " " {
                wordStart = true
                continue
            }
            guard wordStart else { continue }
            wordStart = false
            if word < 32, expected & 1 << UInt32(word) != 0, !scalar.properties.isUppercase { return false }
            word += 1
        }
        return true
    }

    /// True when `form` is a place the gazetteer lists.
    func isPlace(_ form: String) -> Bool { placeForms.contains(FactText.key(of: form)) }

}

/// The prefix filters of one table, three-key prefixes and two-key ones apart.
struct PrefixFilters: Sendable {
    let triples: PrefixFilter
    let pairs: PrefixFilter
}

/// Prefix keys as bits, about eight a key: one in eight of the prefixes a text holds and no form
/// has passes. Sized by the keys, so a filter of a few forms is a cache line, not 8 KB.
struct PrefixFilter: Sendable {
    private let words: [UInt64]
    private let mask: Int

    init(_ keys: [UInt64]) {
        var count = 1
        while count * 64 < keys.count * 8 && count < 1024 { count *= 2 }
        var words = [UInt64](repeating: 0, count: count)
        for key in keys {
            let bit = Self.bit(key, count * 64 - 1)
            words[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.words = words
        mask = count * 64 - 1
    }

    /// False when no form has the prefix `key`; true for the prefixes of forms and a few others.
    @inline(__always)
    func mayHold(_ key: UInt64) -> Bool {
        let bit = Self.bit(key, mask)
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    @inline(__always)
    private static func bit(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }
}

/// An open-addressing hash table from a prefix key to a run of form indexes, in flat arrays.
struct PrefixTable: Sendable {
    /// A form under a prefix, with what a candidate is checked by before its keys are read: 16
    /// bytes, four to a cache line.
    struct Entry {
        var form: Int32
        var length: Int32
        /// The low half of the form's hash: a filter only, the keys are compared after it.
        var hash: UInt32
        /// The form's last key: the first test, on memory already loaded.
        var last: Unicode.Scalar
    }

    /// A slot's prefix key (0 for an empty slot) and the run of `forms` under it, side by side: a
    /// probe reads one cache line. `nextKeys` has a bit for the key after the prefix of each form
    /// of the run (all bits when a form ends with the prefix): "the" is the prefix of a dozen
    /// names, and the text's next key tells most of its occurrences apart without reading a form.
    private struct Slot {
        var key: UInt64
        var first: Int32
        var count: UInt16
        var nextKeys: UInt16
    }
    private let slots: [Slot]
    private let forms: [Entry]
    private let mask: Int

    /// `runs` are form indexes by prefix key, each run in the order it is tried; `keys` the forms'
    /// keys; `hashes` their hashes.
    init(_ runs: [UInt64: [Int32]], keys: [[Unicode.Scalar]], hashes: [UInt64]) {
        var capacity = 16
        while capacity < runs.count * 2 { capacity *= 2 }
        var slots = [Slot](repeating: Slot(key: 0, first: 0, count: 0, nextKeys: 0), count: capacity)
        var forms: [Entry] = []
        for (key, indexes) in runs {
            // A loaded file is refused before this (`Gazetteer.crowdedPrefix`).
            precondition(indexes.count <= Gazetteer.maximumFormsPerPrefix, "at most 65,535 forms share a prefix")
            var slot = Self.hash(key) & (capacity - 1)
            while slots[slot].key != 0 { slot = (slot + 1) & (capacity - 1) }
            // The prefix is three keys, or two for a run of two-key forms.
            let prefixLength = keys[Int(indexes[0])].count >= 3 ? 3 : 2
            var nextKeys: UInt16 = 0
            for index in indexes {
                let form = keys[Int(index)]
                nextKeys |= form.count > prefixLength ? 1 << Self.nextKeyBit(form[prefixLength]) : .max
            }
            slots[slot] = Slot(key: key, first: Int32(forms.count), count: UInt16(indexes.count), nextKeys: nextKeys)
            forms += indexes.map {
                let form = keys[Int($0)]
                return Entry(form: $0, length: Int32(form.count), hash: UInt32(truncatingIfNeeded: hashes[Int($0)]), last: form[form.count - 1])
            }
        }
        self.slots = slots
        self.forms = forms
        mask = capacity - 1
    }

    /// Positions in `forms` of the forms under `key` (no form's prefix is 0, so an empty slot's 0
    /// never matches one) that may go on with `next`,
    /// the text's key after the prefix (nil at the text's end: only forms as long as the prefix).
    @inline(__always)
    func candidates(_ key: UInt64, next: Unicode.Scalar?) -> Range<Int>? {
        var slot = Self.hash(key) & mask
        while true {
            let found = slots[slot]
            if found.key == key {
                let bits: UInt16 = next.map { 1 << Self.nextKeyBit($0) } ?? .max
                guard found.nextKeys & bits != 0 else { return nil }
                return Int(found.first)..<Int(found.first) + Int(found.count)
            }
            if found.key == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    func entry(at position: Int) -> Entry { forms[position] }

    @inline(__always)
    private static func hash(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0xFF51_AFD7_ED55_8CCD) >> 32) }

    /// A key's bit of 16 in `nextKeys`, spread by a multiplication (letters, spaces and digits apart).
    @inline(__always)
    private static func nextKeyBit(_ key: Unicode.Scalar) -> UInt16 { UInt16(truncatingIfNeeded: (key.value &* 0x9E37_79B1) >> 28) }
}
