import Foundation
import PackagePlugin

/// `swift package generate-clients`: rewrites `Generated/Feishu` and `Generated/DingTalk` from the
/// pages in `specs/`, deleting files whose page is gone.
@main
struct GenerateClients: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "apidocgen")
        let root = context.package.directoryURL
        for (platform, folder) in [("feishu", "Feishu"), ("dingtalk", "DingTalk")] {
            let process = Process()
            process.executableURL = tool.url
            process.currentDirectoryURL = root
            process.arguments = [
                "generate", "specs", "--platform", platform, "--output", "Generated/\(folder)", "--clean",
            ]
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw GenerationFailed(folder: folder, status: process.terminationStatus)
            }
            print("Generated/\(folder) is up to date with specs/")
        }
    }
}

struct GenerationFailed: Error, CustomStringConvertible {
    var folder: String
    var status: Int32

    var description: String { "apidocgen failed (exit \(status)) writing Generated/\(folder); see its diagnostics above" }
}
