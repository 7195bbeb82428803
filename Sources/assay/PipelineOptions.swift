import ArgumentParser
import AssayCore
import AssayDaemon
import Foundation

/// Flags shared by every command that runs the pipeline.
struct PipelineOptions: ParsableArguments {
    @Option(name: .customLong("max-bytes"), help: "Refuse input files larger than this many bytes.")
    var maxBytes: Int = 15 * 1024 * 1024

    @Option(
        name: .customLong("time-zone"),
        help: "IANA zone for dates written without an offset (e.g. Asia/Shanghai); the record says it was assumed.")
    var timeZone: String = "UTC"

    @Option(
        name: .long,
        help: "Industry taxonomy (TOML) to classify with; the built-in one (config/industries.toml) when not given.")
    var taxonomy: String?

    @Option(
        name: .long,
        help: "Gazetteer (TOML) of companies, institutions and places to read facts with; the built-in one (config/gazetteer.toml) when not given.")
    var gazetteer: String?

    func validate() throws {
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be a positive number of bytes") }
        guard TimeZone(identifier: timeZone) != nil else {
            throw ValidationError("--time-zone '\(timeZone)' is not an IANA time zone (try UTC or Asia/Shanghai)")
        }
    }

    var settings: PipelineSettings {
        PipelineSettings(maxBytes: maxBytes, defaultTimeZone: TimeZone(identifier: timeZone)!)
    }

    /// The pipeline with its classifier; a bad taxonomy file is reported (file:line: problem) and exits 2.
    func pipeline() throws -> ArticlePipeline {
        ArticlePipeline(
            settings: settings, classifier: try Self.classifier(taxonomyPath: taxonomy),
            factFinder: try Self.factFinder(gazetteerPath: gazetteer))
    }

    /// The articles of one named file (`-` for standard input), or why it was refused: what
    /// `classify` and `facts` print from.
    static func outcomes(of path: String, pipeline: ArticlePipeline, reader: InputReader, now: String) -> [ExtractionOutcome] {
        do {
            let bytes = path == "-" ? [UInt8](FileHandle.standardInput.readDataToEndOfFile()) : try reader.read(path)
            let input = InputDocument(bytes: bytes, path: path == "-" ? nil : path, sourceKind: .file, receivedAt: now)
            return pipeline.process(input, ingestedAt: now)
        } catch {
            return [.rejected(error, index: nil)]
        }
    }

    /// The fact finder; a bad gazetteer file is reported (file:line: problem) and exits 2.
    static func factFinder(gazetteerPath: String?) throws -> FactFinder {
        do {
            return FactFinder(gazetteer: try GazetteerFile.load(path: gazetteerPath))
        } catch {
            for error in error.errors { Console.error(error.description) }
            throw ExitCode(2)
        }
    }

    static func classifier(taxonomyPath: String?) throws -> IndustryClassifier {
        do {
            return try IndustryClassifier(taxonomy: TaxonomyFile.load(path: taxonomyPath))
        } catch let errors as ConfigFileErrors {
            for error in errors.errors { Console.error(error.description) }
            throw ExitCode(2)
        } catch {
            Console.error("\(taxonomyPath ?? "built-in taxonomy"): \(error)")
            throw ExitCode(2)
        }
    }
}
