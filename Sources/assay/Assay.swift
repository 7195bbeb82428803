import ArgumentParser
import AssayCore

@main
struct Assay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assay",
        abstract: "Turn scraped and dropped news files into clean, normalized JSON article records.",
        discussion: """
            Assay reads news articles as plain text, Markdown, HTML or JSON (UTF-8, UTF-16, GB18030/GBK, \
            Big5, Windows-1252 and more), strips page furniture (breadcrumbs, bylines, share prompts, \
            related links, copyright lines), and writes one JSON record per article \
            (schema assay.article/1) with title, date, publisher, authors, language and body.

            Examples:
              assay extract seeds/000_d77be0d72857c638.txt     print one record
              assay ingest seeds --out out/records             process a folder once
              assay ingest inbox/*.html --out out --time-zone Asia/Shanghai
            """,
        version: AssayVersion.current,
        subcommands: [
            RunCommand.self, CheckConfigCommand.self, SourcesCommand.self, ExtractCommand.self, IngestCommand.self, ClassifyCommand.self, FactsCommand.self, EvalCommand.self, StatsCommand.self, StoryCommand.self, RecordsCommand.self, RelabelCommand.self]
    )
}
