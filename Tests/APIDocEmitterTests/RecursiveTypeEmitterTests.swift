import APIDocEmitter
import APIDocModel
import APIDocParser
import Testing

/// A `recursive` field is the struct it sits in again: `[Self]`, as deep as the data goes.
@Suite struct RecursiveTypeEmitterTests {
    private static func generated(response: [Field]) throws -> (code: String, warnings: [String]) {
        var document = try HostilePageTests.generate().document
        document.endpoints[0].response = response
        var warnings: [Diagnostic] = []
        let files = SwiftClientEmitter(templates: try .bundled()).files(for: document, pages: ["evil/hostile.md"]) {
            warnings.append($0)
        }
        return (try #require(files.first { $0.name == "hostile.swift" }).contents, warnings.map(\.message))
    }

    private static func reference(_ typeName: String) -> Field {
        var element = Field(name: "children", type: .object, typeName: typeName)
        element.recursive = true
        return element
    }

    @Test func aListOfTheEnclosingTypeIsSelf() throws {
        let category = Field(
            name: "categories", type: .object, typeName: "category",
            children: [Field(name: "id", type: .string), Field(name: "children", type: .array, items: Self.reference("category"))])
        let (code, warnings) = try Self.generated(response: [Field(name: "categories", type: .array, items: category)])
        #expect(code.contains("public struct Category: Codable, Sendable, Hashable"))
        #expect(code.contains("public var children: [Self]?"))
        #expect(!warnings.contains { $0.contains("again") })
    }

    /// A struct cannot hold itself outside an array, and a type further out has no name that
    /// shared types leave alone: any JSON value, which keeps the data, and a warning.
    @Test func anObjectOfTheEnclosingTypeOrOneFurtherOutIsAJSONValue() throws {
        var parent = Self.reference("node")
        parent.name = "parent"
        let inner = Field(name: "meta", type: .object, typeName: "meta", children: [Field(name: "up", type: .array, items: Self.reference("node"))])
        let node = Field(name: "node", type: .object, typeName: "node", children: [Field(name: "id", type: .string), parent, inner])
        let (code, warnings) = try Self.generated(response: [node])
        #expect(code.contains("public var parent: JSONValue?"))
        #expect(code.contains("public var up: [JSONValue]?"))
        #expect(warnings.filter { $0.contains("again") } == [
            "field 'parent' is of type 'node' again, the object it is in, which a struct cannot hold; it is typed as any JSON value",
            "field 'up' is of type 'node' again, an object further out; it is typed as any JSON value",
        ])
    }
}
