import APIDocModel
import ArgumentParser

struct Lint: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report what the pages say that the generator cannot use as is.",
        discussion: "Prints `file:line: warning|error: message` lines; exits non-zero when there is an error."
    )

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @OptionGroup var pages: PageOptions

    func run() async throws {
        let diagnostics = try pages.document().allDiagnostics
        for diagnostic in diagnostics {
            print(diagnostic.description)
        }
        let failing = diagnostics.filter { $0.severity == .error || strict && $0.severity == .warning }
        if !failing.isEmpty {
            throw ExitCode.failure
        }
    }
}
