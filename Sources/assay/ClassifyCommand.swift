import ArgumentParser
import AssayCore
import AssayDaemon
import Foundation

struct ClassifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Print the industry labels of news files, one JSON object per line.",
        discussion: """
            Each file goes through the same decoding and extraction as `ingest` (HTML, GB18030, JSON all work); \
            with no file, standard input is read. Prints {"path", "industries": [{"label", "score"}], \
            "primary_industry"} per article (JSON inputs holding several articles add "index"). \
            Exits 1 when any input was rejected.
            """
    )

    @Argument(help: "News files to classify; standard input when none is given.")
    var files: [String] = []

    @Flag(name: .long, help: "Add each label's evidence: terms, counts, title hits, first offset and snippet.")
    var evidence = false

    @OptionGroup var options: PipelineOptions

    func run() async throws {
        let pipeline = ArticlePipeline(settings: options.settings, classifier: try PipelineOptions.classifier(taxonomyPath: options.taxonomy))
        let reader = InputReader(maxBytes: options.maxBytes)
        let now = Date().formatted(.iso8601)
        var rejected = false
        for path in files.isEmpty ? ["-"] : files {
            for outcome in PipelineOptions.outcomes(of: path, pipeline: pipeline, reader: reader, now: now) {
                switch outcome {
                case .article(let article):
                    var line = ClassificationLine(path: path, index: article.source.index, article: article, evidence: evidence)
                    if evidence, let classifier = pipeline.classifier {
                        line.nearMisses = classifier.classify(title: article.title, body: article.body).nearMisses
                    }
                    FileHandle.standardOutput.write(try ArticleJSON.compactEncoder.encode(line) + [0x0A])
                case .rejected(let rejection, let index):
                    rejected = true
                    Console.error("\(index.map { "\(path) [\($0)]" } ?? path): rejected: \(rejection)")
                }
            }
        }
        if rejected { throw ExitCode(1) }
    }
}

/// One line of `assay classify` output.
private struct ClassificationLine: Encodable {
    struct Label: Encodable {
        var label: String
        var score: Double
        var evidence: [IndustryLabel.Evidence]?
    }

    var path: String
    var index: Int?
    var industries: [Label]
    var primaryIndustry: String
    /// With `--evidence`: the industries that had evidence but no label, and why.
    var nearMisses: [IndustryClassification.NearMiss]?

    init(path: String, index: Int?, article: Article, evidence: Bool) {
        self.path = path
        self.index = index
        industries = article.industries.map { Label(label: $0.label, score: $0.score, evidence: evidence ? $0.evidence : nil) }
        primaryIndustry = article.primaryIndustry ?? IndustryClassification.noIndustry
    }

    enum CodingKeys: String, CodingKey {
        case path, index, industries
        case primaryIndustry = "primary_industry"
        case nearMisses = "near_misses"
    }
}
