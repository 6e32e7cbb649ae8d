import APIDocEmitter
import APIDocModel
import APIDocParser
import Testing

/// A model nested deeper than `NestingLimit` (built by hand: the parser never yields one) is
/// generated to the limit, with a warning, not recursed into without bound.
@Suite struct DeepModelTests {
    @Test func fieldsBelowTheLimitAreTypedAsJSONValues() throws {
        var document = try HostilePageTests.generate().document
        var field = Field(name: "leaf", type: .string)
        for level in (1...500).reversed() {
            field = Field(name: "l\(level)", type: .object, children: [field])
        }
        document.endpoints[0].requestBody = [field]
        var warnings: [Diagnostic] = []
        let files = SwiftClientEmitter(templates: try .bundled()).files(for: document, pages: ["evil/hostile.md"]) {
            warnings.append($0)
        }
        let code = try #require(files.first { $0.name == "hostile.swift" }).contents
        let limit = NestingLimit.maximumDepth
        #expect(code.contains("public struct L\(limit - 1): "))
        #expect(!code.contains("public struct L\(limit): "))
        #expect(code.contains("public var l\(limit): JSONValue?"))
        #expect(warnings.map(\.message).filter { $0.contains("nests deeper") } == ["field 'l\(limit)' nests deeper than \(limit) levels; it is typed as any JSON value"])
    }
}
