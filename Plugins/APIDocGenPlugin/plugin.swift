import Foundation
import PackagePlugin

/// Generates Swift clients from the reference pages (`.md`, `.txt`, `.html`) in a target.
///
/// Each page becomes a Swift file named by its path below the target (`Hire/offer.md` →
/// `Hire+offer.swift`), `_Namespaces.swift` declares the namespaces and `_SharedTypes.swift` the
/// types several endpoints of a service declare alike; files that are not reference pages (a
/// README) are skipped with a note. An `apidocgen-config.json` in the target's folder sets
/// severities by diagnostic kind, silences pages and chooses the access modifier. The target must
/// depend on `APIDocRuntime`, and needs one Swift file of its own: SwiftPM skips a target without one.
@main
struct APIDocGenPlugin: BuildToolPlugin {
    static let pageExtensions: Set<String> = ["md", "markdown", "txt", "html", "htm"]

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let pages = target.sourceFiles
            .map(\.url)
            .filter { Self.pageExtensions.contains($0.pathExtension.lowercased()) && !$0.path.contains(".docc/") }
            .sorted { $0.path < $1.path }
        guard !pages.isEmpty else { return [] }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("GeneratedSources")
        var pagesByOutput: [String: URL] = [:]
        for page in pages {
            let name = Self.outputFileName(of: page, below: target.directoryURL)
            if let other = pagesByOutput[name] {
                Diagnostics.error("\(other.path) and \(page.path) would both generate \(name); rename one of them")
                return []
            }
            pagesByOutput[name] = page
        }
        let configuration = target.directoryURL.appendingPathComponent("apidocgen-config.json")
        let configurationFiles = FileManager.default.fileExists(atPath: configuration.path) ? [configuration] : []
        let outputs = pagesByOutput.keys.sorted().map { output.appendingPathComponent($0) }
            + ["_Namespaces.swift", "_SharedTypes.swift"].map { output.appendingPathComponent($0) }
        return [
            .buildCommand(
                displayName: "Generating Swift clients from \(pages.count) reference pages in \(target.name)",
                executable: try context.tool(named: "apidocgen").url,
                arguments: ["generate", "--output", output.path, "--root", target.directoryURL.path]
                    + configurationFiles.flatMap { ["--config", $0.path] } + pages.map(\.path),
                inputFiles: pages + configurationFiles + templateFiles(context: context),
                outputFiles: outputs
            )
        ]
    }

    /// What `apidocgen generate --root` names a page's file (a build tool names its outputs up
    /// front): its path below the folder, `/` as `+`, `.swift` for its extension.
    static func outputFileName(of page: URL, below folder: URL) -> String {
        // The same plain prefix test as the tool's, on the same strings it is given.
        let base = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        let relative = page.path.hasPrefix(base) ? String(page.path.dropFirst(base.count)) : page.lastPathComponent
        let name = relative.replacingOccurrences(of: "/", with: "+")
        let stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        return stem + ".swift"
    }

    /// The bundled templates, so that editing one regenerates (the tool embeds them as resources).
    private func templateFiles(context: PluginContext) -> [URL] {
        var packages = [context.package]
        var seen = Set<String>()
        while let package = packages.popLast() {
            guard seen.insert(package.id).inserted else { continue }
            if package.targets.contains(where: { $0.name == "APIDocEmitter" }) {
                let folder = package.directoryURL.appendingPathComponent("Sources/APIDocEmitter/Templates")
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                return [folder] + names.filter { $0.hasSuffix(".mustache") }.sorted().map { folder.appendingPathComponent($0) }
            }
            packages += package.dependencies.map(\.package)
        }
        return []
    }
}
