import Foundation
import PackagePlugin

/// Generates Swift clients from the reference pages (`.md`, `.txt`, `.html`) in a target.
///
/// Each page becomes `<page name>.swift`, and `_Namespaces.swift` declares the namespaces; the
/// target must depend on `APIDocRuntime`.
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
        // Must match SwiftClientEmitter.outputFileName(forPage:): a build tool names its outputs up front.
        let outputs = pages.map { output.appendingPathComponent($0.deletingPathExtension().lastPathComponent + ".swift") }
            + [output.appendingPathComponent("_Namespaces.swift")]
        return [
            .buildCommand(
                displayName: "Generating Swift clients from \(pages.count) reference pages in \(target.name)",
                executable: try context.tool(named: "apidocgen").url,
                arguments: ["generate", "--output", output.path] + pages.map(\.path),
                inputFiles: pages + templateFiles(context: context),
                outputFiles: outputs
            )
        ]
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
