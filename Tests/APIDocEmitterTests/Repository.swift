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

    /// Type-checks generated files with a file that uses them, warnings as errors (users build
    /// generated code), against the runtime's module as SwiftPM built it for the tests: the
    /// compiler's output, and whether it succeeded.
    static func typeCheck(_ files: [GeneratedFile], usage: String, module: String) throws -> (output: String, succeeded: Bool) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apidocgen-\(module)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for file in files + [GeneratedFile(name: "Usage.swift", contents: usage)] {
            let url = folder.appendingPathComponent(file.name)
            try file.contents.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        let modules = buildProducts().appendingPathComponent("Modules").path
        return try run("swiftc", ["-typecheck", "-swift-version", "6", "-warnings-as-errors", "-module-name", module, "-I", modules] + paths)
    }

    /// Where SwiftPM put the test bundle, and with it the runtime's module.
    private static func buildProducts() -> URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.path != "/", !FileManager.default.fileExists(atPath: url.appendingPathComponent("Modules/APIDocRuntime.swiftmodule").path) {
            url.deleteLastPathComponent()
        }
        return url
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
