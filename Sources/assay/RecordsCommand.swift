import ArgumentParser
import AssayStore
import Foundation

struct RecordsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "records",
        abstract: "List stored articles by industry, publication date, publisher and duplicate status.",
        discussion: """
            Reads the state store (no JSON is grepped): latest publication first, undated last. A table by \
            default; --json prints one object per line ({id, title, published_at, publisher, source, industries, \
            primary_industry, status, duplicate_of, related_to, ingested_at}). Every filter given must hold.
            """)

    @OptionGroup var store: StateStoreOptions

    @Option(name: .long, help: "Only articles with this label (none: with no label).")
    var industry: String?

    @Option(name: .long, help: "Only articles published on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(name: .long, help: "Only articles published on or before this day (YYYY-MM-DD).")
    var until: String?

    @Option(name: .long, help: "Only articles whose publisher's name contains this (any case).")
    var publisher: String?

    @Option(
        name: .long,
        help: "canonical (first of its story), duplicate (any repeat), exact, reprint, rewrite, or related (its own write-up of a stored story).")
    var status: RecordQuery.Status?

    @Flag(name: .long, help: "One JSON object per line instead of a table.")
    var json = false

    func validate() throws {
        for (flag, day) in [("--since", since), ("--until", until)] {
            guard let day else { continue }
            guard day.count == 10, day.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil else {
                throw ValidationError("\(flag) \(day) is not a day; write it as YYYY-MM-DD, such as 2026-01-31")
            }
        }
    }

    func run() async throws {
        let store = try store.open(for: "records")
        let rows: [RecordRow]
        do {
            rows = try store.records(
                matching: RecordQuery(industry: industry, since: since, until: until, publisher: publisher, status: status))
        } catch {
            Console.error("assay records: \(error)")
            throw ExitCode(2)
        }
        if json {
            for row in rows {
                var object: [String: Any] = [
                    "id": row.id, "title": row.title, "industries": row.industries, "primary_industry": row.primaryIndustry,
                    "status": row.status, "ingested_at": row.ingestedAt,
                ]
                object["published_at"] = row.publishedAt ?? NSNull()
                object["publisher"] = row.publisher ?? NSNull()
                object["source"] = row.source ?? NSNull()
                object["duplicate_of"] = row.duplicateOf ?? NSNull()
                object["related_to"] = row.relatedTo ?? NSNull()
                let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                print(String(decoding: data, as: UTF8.self))
            }
            return
        }
        print(Self.line(["ID", "PUBLISHED", "INDUSTRIES", "STATUS", "PUBLISHER", "TITLE"]))
        for row in rows {
            let status = row.duplicateOf.map { "\(row.status) of \($0)" } ?? row.relatedTo.map { "related to \($0)" } ?? row.status
            print(
                Self.line([
                    row.id, row.publishedAt.map { String($0.prefix(10)) } ?? "-", row.industries.isEmpty ? "none" : row.industries.joined(separator: ","),
                    status, row.publisher ?? "-", row.title,
                ]))
        }
        Console.error("\(rows.count) record\(rows.count == 1 ? "" : "s")")
    }

    /// Fixed columns, the title last and uncut.
    private static func line(_ cells: [String]) -> String {
        let widths = [16, 10, 24, 28, 24]
        var line = ""
        for (index, cell) in cells.enumerated() {
            guard index < widths.count else {
                line += cell
                break
            }
            let shown = cell.count > widths[index] ? String(cell.prefix(widths[index] - 1)) + "…" : cell
            line += shown.padding(toLength: widths[index] + 2, withPad: " ", startingAt: 0)
        }
        return line
    }
}

extension RecordQuery.Status: ExpressibleByArgument {}
