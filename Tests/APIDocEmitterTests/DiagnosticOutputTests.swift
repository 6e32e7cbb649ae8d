import APIDocEmitter
import APIDocModel
import APIDocParser
import Foundation
import Testing

/// What a person reads: one line per page and kind, as a target's configuration sets it.
@Suite struct DiagnosticOutputTests {
    static let warnings = [
        Diagnostic(.warning, .tableOrder, file: "a.md", line: 90, "response field 'b' is not in the page's example; kept under x by table order"),
        Diagnostic(.warning, .tableOrder, file: "a.md", line: 88, "response field 'a' is not in the page's example; kept under x by table order"),
        Diagnostic(.warning, .duplicate, file: "a.md", line: 95, "field 'c' appears twice in Item; the second is left out"),
        Diagnostic(.warning, .tableOrder, file: "b.md", line: 12, "request body field 'd' is not in the page's example; kept under y by table order"),
        Diagnostic(.error, .nameClash, file: "b.md", line: 3, "GET /x would be named Feishu.X.V1.Y.get, which …"),
    ]

    @Test func oneLinePerPageAndKindWithTheCountAndTheFirstLine() {
        let summary = DiagnosticSummary.summarize(Self.warnings)
        #expect(summary.count == 4)
        let tableOrder = summary[0]
        #expect(tableOrder.file == "a.md")
        #expect(tableOrder.line == 88)
        #expect(tableOrder.message.hasPrefix("2 fields are not in the page's example; placed by table order (first at line 88: response field 'a'"))
        #expect(summary[1] == Self.warnings[2])
        #expect(summary[2] == Self.warnings[3])
        #expect(summary[3] == Self.warnings[4])
    }

    static func configuration(_ json: String) throws -> GeneratorConfiguration {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apidocgen-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(GeneratorConfiguration.fileName)
        try json.write(to: file, atomically: true, encoding: .utf8)
        return try GeneratorConfiguration.load(file.path)
    }

    @Test func severitiesAreSetByKindAndErrorsStayErrors() throws {
        let configuration = try Self.configuration(#"{"severities": {"table-order": "ignore", "duplicate": "error", "name-clash": "ignore"}}"#)
        let applied = configuration.apply(to: Self.warnings)
        #expect(applied.map(\.kind) == [.duplicate, .nameClash])
        #expect(applied.allSatisfy { $0.severity == .error })
    }

    @Test func silencedPagesKeepTheirErrorsOnly() throws {
        let configuration = try Self.configuration(#"{"silencedPages": ["*.md"]}"#)
        let pages = Self.warnings.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.file = configuration.folder + "/" + diagnostic.file
            return diagnostic
        }
        #expect(configuration.apply(to: pages).map(\.kind) == [.nameClash])
    }

    @Test func anUnknownKindIsRefusedWithTheKnownOnes() throws {
        #expect {
            try Self.configuration(#"{"severities": {"table-ordr": "ignore"}}"#)
        } throws: { error in
            "\(error)".contains("unknown diagnostic kind 'table-ordr'") && "\(error)".contains("table-order")
        }
    }

    @Test func internalDeclarationsCompileWithinTheirModule() throws {
        let pages = [Repository.root.appendingPathComponent("specs/004_5948e49bd3f4c31c.txt").path]
        let document = try DocumentParser().parse(paths: pages)
        let files = SwiftClientEmitter(templates: try .bundled(), accessModifier: "internal").files(for: document, pages: pages)
        #expect(files.allSatisfy { !$0.contents.contains("public ") })
        let usage = """
            import APIDocRuntime
            func use(_ client: Feishu.Client) async throws {
                _ = try await client.hire.v1.offer.internOfferStatus(offerID: "1", .init(operation: .confirmOnboarding))
            }
            """
        let result = try Repository.typeCheck(files, usage: usage, module: "InternalClients")
        #expect(result.succeeded, "generated code does not compile:\n\(result.output)")
    }
}
