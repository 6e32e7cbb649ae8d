import APIDocModel
import ArgumentParser
import Foundation

struct Dump: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the endpoint model the pages yield.",
        discussion: "The JSON keys are stable: tools outside this package read them."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @Option(help: "Output format.")
    var format: Format = .json

    @OptionGroup var pages: PageOptions

    func run() async throws {
        FileHandle.standardOutput.write(try pages.document().jsonData())
    }
}
