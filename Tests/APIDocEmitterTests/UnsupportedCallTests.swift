import APIDocEmitter
import APIDocModel
import Testing

/// An endpoint whose call generated clients cannot make as the page documents it is generated
/// with a warning that says so, never silently.
@Suite struct UnsupportedCallTests {
    @Test(arguments: [(CallClass.upload, "file upload"), (.download, "file as the answer")])
    func uploadsAndDownloadsAreWarnedAbout(callClass: CallClass, named: String) throws {
        var document = try HostilePageTests.generate().document
        document.endpoints[0].callClass = callClass
        var warnings: [Diagnostic] = []
        _ = SwiftClientEmitter(templates: try .bundled()).files(for: document, pages: ["evil/hostile.md"]) { warnings.append($0) }
        let warning = try #require(warnings.first { $0.message.contains("cannot") })
        #expect(warning.message.contains(named))
        #expect(warning.file == "evil/hostile.md")
    }

    @Test func jsonCallsAreSupported() throws {
        let endpoint = try #require(try HostilePageTests.generate().document.endpoints.first)
        #expect(SwiftClientEmitter.unsupportedCall(endpoint) == nil)
    }
}
