import APIDocEmitter
import APIDocModel
import APIDocParser
import ArgumentParser
import Foundation

struct Generate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write Swift clients for the pages.",
        discussion: """
            Writes <page name>.swift for every page, \(SwiftClientEmitter.namespacesFileName) and \
            \(SwiftClientEmitter.sharedTypesFileName) into the output \
            folder. Diagnostics go to standard error as file:line: severity: message [kind], one line per page \
            and kind (`lint` lists them all), as the configuration sets them; the command fails when a page has \
            an error, after writing what it could.
            """
    )

    @Option(name: .shortAndLong, help: "The folder to write the Swift files to.")
    var output: String

    @Option(help: "Only pages of this platform (feishu, dingtalk).")
    var platform: Platform?

    @Option(help: "A folder with templates to use instead of the bundled ones.")
    var templates: String?

    @Flag(help: "Delete other .swift files in the output folder (for a folder the generator owns).")
    var clean = false

    @Option(help: "Name pages by their path below this folder (a/b/page.md → a+b+page.swift), as pages found in a folder are named.")
    var root: String?

    @Option(help: "A configuration file (\(GeneratorConfiguration.fileName)): severities by kind, silenced pages, access modifier.")
    var config: String?

    @Flag(
        help: ArgumentHelp(
            "Also write \(RoundTripChecks.fileName): Swift that sends each page's JSON examples through its generated types, for Scripts/corpus-sweep to compile with Scripts/RoundTripRunner and run."
        ))
    var roundTripChecks = false

    @OptionGroup var pages: PageOptions

    func run() async throws {
        let settings = try config.map(GeneratorConfiguration.load) ?? GeneratorConfiguration()
        let document = try pages.document()
        let pageFiles = try DocumentParser.pageFiles(in: pages.paths)
        let outputNames = try outputNames(for: pageFiles)
        let library = try templates.map { try TemplateLibrary(folder: URL(fileURLWithPath: $0)) } ?? .bundled()
        var diagnostics = document.allDiagnostics
        let files = SwiftClientEmitter(templates: library, accessModifier: settings.accessModifier.rawValue).files(
            for: document, pages: pageFiles, outputNames: outputNames, platform: platform
        ) { diagnostics.append($0) }
        try write(files + (roundTripChecks ? [RoundTripChecks.file(for: document, platform: platform)] : []))
        diagnostics = settings.apply(to: diagnostics)
        DiagnosticSummary.summarize(diagnostics.sorted { ($0.file, $0.line) < ($1.file, $1.line) }).forEach { $0.report() }
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw ExitCode.failure
        }
    }

    /// Pages found in a folder are named by their path below it (`a/b/page.md` → `a+b+page.swift`),
    /// so pages of the same name in different folders do not collide; pages given as files keep
    /// their own name, as the build plugin expects.
    private func outputNames(for pageFiles: [String]) throws -> [String: String] {
        var names: [String: String] = [:]
        for folder in pages.paths + [root].compactMap({ $0 }) {
            let base = folder.hasSuffix("/") ? folder : folder + "/"
            for page in pageFiles where page.hasPrefix(base) {
                let relative = page.dropFirst(base.count).replacingOccurrences(of: "/", with: "+")
                names[page] = SwiftClientEmitter.outputFileName(forPage: relative)
            }
        }
        var owners: [String: String] = [:]
        for page in pageFiles {
            let name = names[page] ?? SwiftClientEmitter.outputFileName(forPage: page)
            if let other = owners[name] {
                throw ValidationError("\(other) and \(page) would both be written to \(name); rename one of them")
            }
            owners[name] = page
        }
        return names
    }

    /// The system's own words for why a file operation failed (`Not a directory`), where it
    /// gives them; Foundation's otherwise.
    private static func reason(_ error: Error) -> String {
        guard let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? Error, (underlying as NSError).domain == NSPOSIXErrorDomain
        else { return error.localizedDescription }
        return String(cString: strerror(Int32((underlying as NSError).code)))
    }

    private func write(_ files: [GeneratedFile]) throws {
        let folder = URL(fileURLWithPath: output)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ValidationError("cannot make the output folder \(output): \(Self.reason(error))")
        }
        for file in files {
            let url = folder.appendingPathComponent(file.name)
            let data = Data(file.contents.utf8)
            // Unchanged files keep their timestamps, so builds do not redo work.
            if FileManager.default.contents(atPath: url.path) != data {
                try data.write(to: url, options: .atomic)
            }
        }
        guard clean else { return }
        let written = Set(files.map(\.name))
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
        where name.hasSuffix(".swift") && !written.contains(name) {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}

extension Platform: ExpressibleByArgument {}
