import APIDocEmitter
import APIDocModel
import APIDocParser
import Foundation
import Testing

/// `Generated/` is what the generator makes of `specs/`, byte for byte.
///
/// To re-record after a deliberate change: `swift package --allow-writing-to-package-directory generate-clients`.
@Suite struct GoldenTests {
    @Test(arguments: [(Platform.feishu, "Feishu"), (Platform.dingtalk, "DingTalk")])
    func generatedFolderMatchesSpecs(platform: Platform, folder: String) throws {
        let expected = Repository.root.appendingPathComponent("Generated/\(folder)")
        let files = try Repository.generate(platform: platform)
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: expected.path).filter { $0.hasSuffix(".swift") }
        #expect(files.map(\.name).sorted() == onDisk.sorted(), "Generated/\(folder) has other files than specs/ yields")
        for file in files {
            let golden = expected.appendingPathComponent(file.name)
            let current = String(decoding: FileManager.default.contents(atPath: golden.path) ?? Data(), as: UTF8.self)
            if current != file.contents {
                let fresh = FileManager.default.temporaryDirectory.appendingPathComponent("apidocgen-golden-\(file.name)")
                try file.contents.write(to: fresh, atomically: true, encoding: .utf8)
                let diff = try Repository.run("diff", ["-u", golden.path, fresh.path]).output
                Issue.record("Generated/\(folder)/\(file.name) is out of date; re-record with `swift package --allow-writing-to-package-directory generate-clients`:\n\(diff)")
            }
        }
    }

    @Test func outputDoesNotDependOnPageOrder() throws {
        let specs = Repository.root.appendingPathComponent("specs").path
        var document = try DocumentParser().parse(paths: [specs])
        let pages = try DocumentParser.pageFiles(in: [specs])
        let emitter = SwiftClientEmitter(templates: try .bundled())
        let forward = emitter.files(for: document, pages: pages)
        document.endpoints.reverse()
        let backward = emitter.files(for: document, pages: pages.reversed())
        #expect(forward.sorted { $0.name < $1.name } == backward.sorted { $0.name < $1.name })
    }
}
