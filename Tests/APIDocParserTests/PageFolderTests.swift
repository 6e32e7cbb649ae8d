import APIDocParser
import Foundation
import Testing

/// Paths given as pages: folders walked for pages, followed when linked, refused by name when
/// they hold none or do not exist.
@Suite struct PageFolderTests {
    private let root = FileManager.default.temporaryDirectory.appendingPathComponent("apidocgen-folders-\(UUID().uuidString)")

    private func folder(_ name: String, pages: [String]) throws -> String {
        let folder = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for page in pages { try Data("# \(page)\n".utf8).write(to: folder.appendingPathComponent(page)) }
        return folder.path
    }

    @Test func pagesOfAFolderAreSortedAndKeepTheGivenPath() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let docs = try folder("docs", pages: ["b.md", "a.html", "notes.json"])
        #expect(try DocumentParser.pageFiles(in: [docs]) == [docs + "/a.html", docs + "/b.md"])
    }

    @Test func aLinkedFolderIsWalkedAtItsDestination() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let docs = try folder("docs", pages: ["a.md"])
        let link = root.appendingPathComponent("linked").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: docs)
        #expect(try DocumentParser.pageFiles(in: [link]) == [link + "/a.md"])
    }

    @Test func aFolderWithoutPagesIsRefusedByName() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let empty = try folder("empty", pages: ["data.json"])
        #expect {
            try DocumentParser.pageFiles(in: [empty])
        } throws: { error in
            "\(error)" == "\(empty): no reference pages in this folder (.htm, .html, .markdown, .md, .txt)"
        }
    }

    @Test func aPathThatDoesNotExistIsRefusedByName() {
        let missing = root.appendingPathComponent("nowhere").path
        #expect {
            try DocumentParser.pageFiles(in: [missing])
        } throws: { error in
            "\(error)" == "\(missing): no such file or folder"
        }
    }
}
