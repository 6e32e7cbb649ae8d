import APIDocEmitter
import APIDocModel
import APIDocParser
import ArgumentParser

struct Lint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report what the pages say that the generator cannot use as is.",
        discussion: """
            Prints every diagnostic of parsing and generating, one `file:line: severity: message [kind]` line \
            each (`generate` sums them up per page and kind); exits non-zero when there is an error.
            """
    )

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: "A configuration file (\(GeneratorConfiguration.fileName)): severities by kind, silenced pages.")
    var config: String?

    @OptionGroup var pages: PageOptions

    func run() async throws {
        let settings = try config.map(GeneratorConfiguration.load) ?? GeneratorConfiguration()
        let document = try pages.document()
        var diagnostics = document.allDiagnostics
        _ = SwiftClientEmitter(templates: try .bundled()).files(for: document, pages: try DocumentParser.pageFiles(in: pages.paths)) {
            diagnostics.append($0)
        }
        diagnostics = settings.apply(to: diagnostics).sorted { ($0.file, $0.line) < ($1.file, $1.line) }
        for diagnostic in diagnostics {
            print(diagnostic.description)
        }
        let failing = diagnostics.filter { $0.severity == .error || strict && $0.severity == .warning }
        if !failing.isEmpty {
            throw ExitCode.failure
        }
    }
}
