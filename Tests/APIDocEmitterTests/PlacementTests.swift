import APIDocEmitter
import APIDocModel
import APIDocParser
import Foundation
import Testing

/// Names are a function of the page alone: generating a page with others or by itself gives its
/// calls the same names, and two pages that would share a name are an error naming both.
@Suite struct PlacementTests {
    /// `extension X.Client {` and `public func name(` lines: where the calls are and their names.
    /// (The types below them keep their names too; `SharedTypesTests` pins that.)
    private static func callerNames(_ code: String) -> [String] {
        code.split(separator: "\n").map { String($0.drop { $0 == " " }) }
            .filter { $0.hasPrefix("extension ") || $0.hasPrefix("public func ") && !$0.hasPrefix("public func write(") }
    }

    @Test func aPageGetsTheSameNamesAloneAsWithTheOthers() throws {
        let folder = Repository.root.appendingPathComponent("specs").path
        let pages = try DocumentParser.pageFiles(in: [folder])
        let emitter = SwiftClientEmitter(templates: try .bundled())
        let together = emitter.files(for: try DocumentParser().parse(paths: [folder]), pages: pages)
        for page in pages {
            let alone = emitter.files(for: try DocumentParser().parse(paths: [page]), pages: [page])
            let name = SwiftClientEmitter.outputFileName(forPage: page)
            let withOthers = try #require(together.first { $0.name == name })
            let byItself = try #require(alone.first { $0.name == name })
            #expect(Self.callerNames(byItself.contents) == Self.callerNames(withOthers.contents), "\(page)")
        }
    }

    static func page(url: String, method: String) -> [UInt8] {
        Array(
            """
            # 撤销离职

            ## 请求

            名称 | 值
            ---|---
            HTTP URL | \(url)
            HTTP Method | \(method)
            """.utf8)
    }

    @Test func twoPagesWithOneNameAreAnErrorNamingBoth() throws {
        var document = DocumentParser().parse(
            bytes: Self.page(url: "https://open.feishu.cn/open-apis/corehr/v2/offboardings/revoke", method: "POST"), file: "a/revoke.md")
        let other = DocumentParser().parse(
            bytes: Self.page(url: "https://open.feishu.cn/open-apis/corehr/v2/offboarding/revoke", method: "POST"), file: "b/revoke.md")
        document.endpoints += other.endpoints
        #expect(document.endpoints.map(\.id) == ["corehr.v2.offboarding.revoke", "corehr.v2.offboarding.revoke"])
        var diagnostics: [Diagnostic] = []
        let files = SwiftClientEmitter(templates: try .bundled()).files(
            for: document, pages: ["a/revoke.md", "b/revoke.md"], outputNames: ["a/revoke.md": "a.swift", "b/revoke.md": "b.swift"]
        ) { diagnostics.append($0) }
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.file == "b/revoke.md")
        #expect(error.line == 7)
        #expect(error.message.contains("a/revoke.md:7"))
        #expect(error.message.contains("Feishu.CoreHR.V2.Offboarding.revoke"))
        let declaring = files.filter { $0.contents.contains("public func revoke(") }
        #expect(declaring.map(\.name) == ["a.swift"])
    }
}
