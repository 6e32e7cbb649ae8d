import APIDocEmitter
import APIDocModel
import APIDocParser
import Foundation
import Testing

/// Paths in this repository, and generation exactly as `swift package generate-clients` does it.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// What `apidocgen generate specs --platform P` writes, computed in process. Generated code
    /// names pages by file name only, so reading them by absolute path changes nothing.
    static func generate(platform: Platform) throws -> [GeneratedFile] {
        let folder = root.appendingPathComponent("specs").path
        let document = try DocumentParser().parse(paths: [folder])
        let pages = try DocumentParser.pageFiles(in: [folder])
        return SwiftClientEmitter(templates: try .bundled()).files(for: document, pages: pages, platform: platform)
    }

    /// Runs a command; its output, and whether it exited 0.
    static func run(_ executable: String, _ arguments: [String], in folder: URL? = nil) throws -> (output: String, succeeded: Bool) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        if let folder { process.currentDirectoryURL = folder }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: output, as: UTF8.self), process.terminationStatus == 0)
    }
}
