import APIDocRuntime
import Foundation
import HTTPTypes
import LeaveRecords
import OpenAPIRuntime
import Testing

/// Answers every call with one body and keeps the requests.
actor CannedTransport: ClientTransport {
    private(set) var paths: [String] = []
    let answer: String

    init(answer: String) {
        self.answer = answer
    }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        paths.append(request.path ?? "")
        return (HTTPResponse(status: .ok), HTTPBody(answer))
    }
}

@Test func generatedDingTalkClientCallsTheDocumentedEndpoint() async throws {
    let transport = CannedTransport(answer: #"""
        {"nextToken": "n", "records": [
          {"userId": "1", "name": "张三", "leaveReason": "leave"},
          {"userId": "2", "name": "李四", "leaveReason": "oapi"}]}
        """#)
    let report = LeaveReport(client: DingTalk.Client(transport: transport, tokens: StaticAccessToken("token")))
    #expect(try await report.resignedNames(from: "2020-07-10T00:00:00Z", to: "2020-08-10T00:00:00Z") == ["张三"])
    #expect(await transport.paths == ["/v1.0/contact/empLeaveRecords?startTime=2020-07-10T00:00:00Z&endTime=2020-08-10T00:00:00Z&maxResults=50"])
}

@Test func generatedFeishuTypesFollowThePage() throws {
    typealias Status = Feishu.Hire.V1.Offer.InternOfferStatus
    let body = Status.Body(operation: .offboard, offboardingInfo: .init(actualOffboardingDate: "2022-03-02"))
    let json = String(decoding: try JSONEncoder().encode(body), as: UTF8.self)
    #expect(json.contains(#""actual_offboarding_date":"2022-03-02""#))
    #expect(Status.ErrorCode(code: "1002067")?.httpStatus == 500)
}

/// `Approvals/cancel.md` and `Offboardings/cancel.md` share a file name; each gets its own file
/// (`Approvals+cancel.swift`), and the README and empty file beside them are skipped.
@Test func pagesOfTheSameNameInSubFoldersBothGenerate() throws {
    let cancel = Feishu.APaaS.V1.ApprovalInstance.Cancel.Body(userID: "u", opinion: "o")
    #expect(String(decoding: try JSONEncoder().encode(cancel), as: UTF8.self).contains(#""user_id":"u""#))
    let revoke = Feishu.CoreHR.V2.Offboarding.Revoke.Body(offboardingID: "7")
    #expect(String(decoding: try JSONEncoder().encode(revoke), as: UTF8.self) == #"{"offboarding_id":"7"}"#)
}
