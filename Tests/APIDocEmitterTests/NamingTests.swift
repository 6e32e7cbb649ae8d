import APIDocModel
import Testing

@testable import APIDocEmitter

@Suite struct NamingTests {
    @Test(arguments: [
        ("offer_id", "offerID"), ("intern_offer_status", "internOfferStatus"), ("userId", "userID"),
        ("x-acs-dingtalk-access-token", "xAcsDingtalkAccessToken"), ("ID", "id"), ("URLList", "urlList"),
        ("1st", "_1st"), ("名字", "名字"), ("", "value"),
    ])
    func memberNames(wire: String, swift: String) {
        #expect(SwiftName.memberName(wire) == swift)
    }

    @Test(arguments: [
        ("intern_offer_status", "InternOfferStatus"), ("empLeaveRecords", "EmpLeaveRecords"), ("corehr", "CoreHR"),
        ("type", "TypeValue"), ("string", "StringValue"), ("error", "ErrorValue"), ("v1", "V1"), ("1", "_1"),
    ])
    func typeNames(wire: String, swift: String) {
        #expect(SwiftName.typeName(wire) == swift)
    }

    @Test(arguments: [
        ("File's size can't be 0.", "fileSizeCannotBe0"), ("Bot has NO availability to this user.", "botHasNoAvailabilityToThisUser"),
        ("Your request specifies a chat which has already been dissolved.", "requestSpecifiesChatAlreadyDissolved"),
        ("The app_id doesn't exist", "theAppIDDoesNotExist"), ("服务器错误", "serverError"), ("职位已关闭", "code1"),
    ])
    func errorCaseNames(message: String, name: String) {
        #expect(ErrorCaseName.name(for: DocumentedError(httpStatus: 400, code: .number(1), message: message, advice: "")) == name)
    }

    @Test func keywordsAreEscaped() {
        #expect(SwiftName.escaped("default") == "`default`")
        #expect(SwiftName.escaped("self") == "`self`")
        #expect(SwiftName.escaped("offerID") == "offerID")
    }

    @Test func collisionsResolveInOrder() {
        var scope = NameScope(reserved: ["Client"])
        #expect(scope.claim("userName") == "userName")
        #expect(scope.claim("userName") == "userName2")
        #expect(scope.claim("Client") == "Client2")
    }

    @Test func stringLiteralsEscapeEverythingThatCouldEndThem() {
        #expect(SwiftText.stringLiteral(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(SwiftText.stringLiteral("\\(x)") == #""\\(x)""#)
        #expect(SwiftText.stringLiteral("line\nbreak\u{2028}") == #""line\nbreak\u{2028}""#)
    }

    @Test func docCommentsSplitAtEveryLineBreak() {
        #expect(SwiftText.docComment(["a\nb", "c\r\nd"]) == ["/// a", "/// b", "///", "/// c", "/// d"])
        #expect(SwiftText.docComment(["*/ end"]) == ["/// */ end"])
    }

    @Test func layoutIndentsByBracketsOutsideStringsAndComments() {
        let source = "struct A {\nvar b = \"{\" // {\nswitch x {\ncase .y: 1\n}\n}\n"
        #expect(SwiftLayout.format(source) == "struct A {\n    var b = \"{\" // {\n    switch x {\n    case .y: 1\n    }\n}\n")
    }
}
