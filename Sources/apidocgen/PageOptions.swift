import APIDocModel
import APIDocParser
import ArgumentParser
import Foundation

/// The pages a subcommand reads: files, and folders read recursively.
struct PageOptions: ParsableArguments {
    @Argument(help: "Reference pages (.md, .txt, .html), or folders of them, read recursively.")
    var paths: [String]

    func document() throws -> APIDocument {
        do {
            return try DocumentParser().parse(paths: paths)
        } catch {
            throw ValidationError("cannot read pages: \(error.localizedDescription)")
        }
    }
}

extension Diagnostic {
    /// Prints `file:line: severity: message` to standard error.
    func report() {
        FileHandle.standardError.write(Data((description + "\n").utf8))
    }
}
