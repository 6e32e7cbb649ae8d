import APIDocEmitter
import APIDocModel
import Testing

/// An endpoint whose call generated clients cannot make as the page documents it is generated
/// with a warning that says so, never silently.
@Suite struct UnsupportedCallTests {
    @Test func uploadsAreWarnedAbout() throws {
        var document = try HostilePageTests.generate().document
        document.endpoints[0].callClass = .upload
        var warnings: [Diagnostic] = []
        _ = SwiftClientEmitter(templates: try .bundled()).files(for: document, pages: ["evil/hostile.md"]) { warnings.append($0) }
        let warning = try #require(warnings.first { $0.message.contains("cannot") })
        #expect(warning.message.contains("file upload"))
        #expect(warning.file == "evil/hostile.md")
    }

    @Test(arguments: [CallClass.json, .download])
    func jsonCallsAndDownloadsAreSupported(callClass: CallClass) throws {
        var endpoint = try #require(try HostilePageTests.generate().document.endpoints.first)
        endpoint.callClass = callClass
        #expect(SwiftClientEmitter.unsupportedCall(endpoint) == nil)
    }
}
