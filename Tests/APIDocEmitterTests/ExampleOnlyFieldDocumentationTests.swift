import APIDocEmitter
import APIDocModel
import Testing

/// A field no table row states, read from the page's example, says so where a caller reads it.
@Suite struct ExampleOnlyFieldDocumentationTests {
    @Test func theDocCommentSaysTheTablesDoNotStateIt() throws {
        var document = try HostilePageTests.generate().document
        var id = Field(name: "record_id", type: .string, example: .string("rec1"))
        id.exampleOnly = true
        document.endpoints[0].response = [id, Field(name: "name", type: .string, description: "名称")]
        let files = SwiftClientEmitter(templates: try .bundled()).files(for: document, pages: ["evil/hostile.md"]) { _ in }
        let code = try #require(files.first { $0.name == "hostile.swift" }).contents
        #expect(code.contains(
            """
                        /// - Example: `rec1`
                        /// - Not in the page's tables: typed as its example shows it
                        public var recordID: String?
                        /// 名称
                        public var name: String?
            """))
    }
}
