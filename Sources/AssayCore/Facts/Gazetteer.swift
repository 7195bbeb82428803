/// The names facts are read with: the industries' companies and institutions (canonical name and
/// the aliases they are written as, in English and Chinese) and places with their kind. Loaded
/// from `config/gazetteer.toml` by the daemon; names not in it are still found by their shape.
public struct Gazetteer: Sendable, Equatable {
    public struct Organization: Sendable, Equatable {
        public var name: String
        public var aliases: [String]
        public var industries: [String]

        public init(name: String, aliases: [String], industries: [String] = []) {
            self.name = name
            self.aliases = aliases
            self.industries = industries
        }
    }

    public struct Place: Sendable, Equatable {
        public var name: String
        public var kind: PlaceFact.Kind
        public var aliases: [String]

        public init(name: String, kind: PlaceFact.Kind, aliases: [String]) {
            self.name = name
            self.kind = kind
            self.aliases = aliases
        }
    }

    public var organizations: [Organization]
    public var places: [Place]

    public init(organizations: [Organization], places: [Place]) {
        self.organizations = organizations
        self.places = places
    }

    public static let empty = Gazetteer(organizations: [], places: [])

    /// The most forms the finder indexes under one first three keys: its index counts them in 16 bits.
    public static let maximumFormsPerPrefix = 65_535

    /// The first keys (three, or two for a two-key form, as the finder folds them) that more than
    /// `maximumFormsPerPrefix` forms start with, if any: a file with such a prefix is refused when
    /// loaded instead of stopping the finder.
    public var crowdedPrefix: String? {
        var counts: [String: Int] = [:]
        let forms = organizations.flatMap { [$0.name] + $0.aliases } + places.flatMap { [$0.name] + $0.aliases }
        for form in forms {
            let keys = FactText.key(of: form).unicodeScalars
            let prefix = String(String.UnicodeScalarView(keys.prefix(3)))
            counts[prefix, default: 0] += 1
            if counts[prefix, default: 0] > Self.maximumFormsPerPrefix { return prefix }
        }
        return nil
    }

    /// Forms given to two entries (an organization's and a place's, or two places'), compared as
    /// the finder compares them (`FactText.key(of:)`): each form must name one thing, or a finder could not tell which.
    /// The same entry may list a form in both scripts or cases.
    public var repeatedForms: [String] {
        var owner: [String: Int] = [:]
        var repeated: Set<String> = []
        let entries = organizations.map { [$0.name] + $0.aliases } + places.map { [$0.name] + $0.aliases }
        for (entry, forms) in entries.enumerated() {
            for form in forms {
                let folded = FactText.key(of: form)
                if let first = owner[folded], first != entry { repeated.insert(form) } else { owner[folded] = entry }
            }
        }
        return repeated.sorted()
    }
}
