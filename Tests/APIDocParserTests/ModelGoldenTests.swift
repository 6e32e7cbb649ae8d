import APIDocModel
import APIDocParser
import Foundation
import Testing

/// The model `specs/` yields, as `apidocgen dump` prints it: pins the parser apart from the
/// emitter, and the JSON key names that tools outside the package read.
///
/// To re-record after a deliberate change:
/// `swift run apidocgen dump --format json specs > Tests/APIDocParserTests/Goldens/specs.json`
@Suite struct ModelGoldenTests {
    static let golden = Pages.repositoryRoot.appendingPathComponent("Tests/APIDocParserTests/Goldens/specs.json")

    @Test func dumpOfSpecsMatchesTheGolden() throws {
        let root = Pages.repositoryRoot.path + "/"
        var document = try DocumentParser().parse(paths: [root + "specs"])
        // The dump is recorded from the repository root, so its paths are relative to it.
        for index in document.endpoints.indices {
            document.endpoints[index].source.file.removeFirst(root.count)
            for diagnostic in document.endpoints[index].diagnostics.indices {
                document.endpoints[index].diagnostics[diagnostic].file.removeFirst(root.count)
            }
        }
        let current = String(decoding: try document.jsonData(), as: UTF8.self)
        let recorded = String(decoding: try Data(contentsOf: Self.golden), as: UTF8.self)
        if current != recorded {
            let changed = zip(current.split(separator: "\n"), recorded.split(separator: "\n")).enumerated()
                .first { $0.element.0 != $0.element.1 }
            Issue.record(
                """
                the model of specs/ changed; first differing line \((changed?.offset ?? 0) + 1):
                  now:      \(changed?.element.0 ?? "")
                  recorded: \(changed?.element.1 ?? "")
                re-record with `swift run apidocgen dump --format json specs > Tests/APIDocParserTests/Goldens/specs.json`
                """)
        }
    }

    /// The key names of DESIGN.md's model, which outside tools read.
    @Test func keyNamesStayStable() throws {
        let json = try JSONSerialization.jsonObject(with: try Data(contentsOf: Self.golden)) as? [String: Any]
        let endpoint = try #require((json?["endpoints"] as? [[String: Any]])?.first)
        let keys: Set<String> = [
            "id", "platform", "title", "summary", "source", "method", "baseURL", "path", "pathParameters",
            "queryParameters", "headers", "requestBody", "response", "errors", "accessTokens", "scopes", "examples",
            "diagnostics",
        ]
        #expect(keys.isSubset(of: Set(endpoint.keys)))
        let field = try #require((endpoint["requestBody"] as? [[String: Any]])?.first)
        #expect(Set(["name", "type", "required", "description"]).isSubset(of: Set(field.keys)))
        let error = try #require((endpoint["errors"] as? [[String: Any]])?.first)
        #expect(Set(error.keys) == ["httpStatus", "code", "message", "advice"])
        let source = try #require(endpoint["source"] as? [String: Any])
        #expect(Set(source.keys).isSuperset(of: ["file", "dialect"]))
    }
}
