import APIDocModel
import APIDocParser
import APIDocRuntime
import FeishuAPI
import Foundation
import HTTPTypes
import Testing

/// The Feishu seeds' own examples, through the generated FeishuAPI types and client methods.
@Suite struct FeishuSeedConformanceTests {
    typealias Revoke = Feishu.CoreHR.V2.Offboardings.Revoke
    typealias Withdraw = Feishu.CoreHR.V2.ProcessWithdraw.Update
    typealias Cancel = Feishu.APaaS.V1.ApprovalInstances.Cancel
    typealias InternOfferStatus = Feishu.Hire.V1.Offers.InternOfferStatus

    static let success = #"{"code": 0, "msg": "success", "data": {}}"#

    static func client(_ transport: RecordingTransport, token: String = "t-7f1b******8e560") -> Feishu.Client {
        Feishu.Client(transport: transport, tokens: StaticAccessToken(token))
    }

    @Test func seed000RevokeMatchesItsCurlSample() async throws {
        let page = try PageExamples.endpoint("000")
        let transport = RecordingTransport(answer: Self.success)
        let body = Revoke.Body(offboardingID: "7095671727698478604", operatorID: "6982509313466189341")
        #expect(try PageExamples.encoded(body) == page.examples.requestBody)
        _ = try await Self.client(transport).corehr.v2.offboardings.revoke(query: .init(userIDType: "people_corehr_id"), body)
        let sent = try #require(await transport.sent.first)
        let curl = try #require(page.examples.curl)
        try PageExamples.expect(sent, equals: try #require(RequestSample(curl: curl)))
    }

    @Test func seed000ResponseExampleRoundTrips() throws {
        let page = try PageExamples.endpoint("000")
        let data = try #require(page.examples.response?.objectValue?["data"])
        let (_, reencoded) = try PageExamples.roundTrip(data, as: Revoke.Response.self)
        #expect(reencoded == data)
    }

    @Test func seed000DocumentedErrorsAreTyped() async throws {
        let transport = RecordingTransport(
            status: .badRequest, headers: [HTTPField.Name("X-Tt-Logid")!: "20240711abc"],
            answer: #"{"code": 1160202, "msg": "offboarding has been withdrawn"}"#)
        do {
            _ = try await Self.client(transport).corehr.v2.offboardings.revoke(.init(offboardingID: "1"))
            Issue.record("expected an error")
        } catch let error as Revoke.Error where error.code == .offboardingHasBeenWithdrawn {
            #expect(error.httpStatus == 400)
            #expect(error.requestID == "20240711abc")
            #expect(error.code?.advice == "离职已被撤销，请检查离职信息最新的状态")
            #expect(error.code?.httpStatus == 400)
        }
    }

    @Test func everyDocumentedCodeOfSeed000HasACase() throws {
        let page = try PageExamples.endpoint("000")
        for documented in page.errors {
            let code = try #require(Revoke.ErrorCode(code: documented.code.description))
            #expect(code.message == documented.message)
            #expect(code.advice == documented.advice)
            #expect(code.httpStatus == documented.httpStatus)
        }
        #expect(Revoke.ErrorCode.allCases.count == page.errors.count)
    }

    @Test func undocumentedCodesKeepTheirRawCode() async throws {
        let transport = RecordingTransport(answer: #"{"code": 99991663, "msg": "token invalid"}"#)
        await #expect(throws: Revoke.Error.self) {
            _ = try await Self.client(transport).corehr.v2.offboardings.revoke(.init(offboardingID: "1"))
        }
        do {
            _ = try await Self.client(transport).corehr.v2.offboardings.revoke(.init(offboardingID: "1"))
        } catch let error as Revoke.Error {
            #expect(error.code == nil && error.rawCode == "99991663" && error.message == "token invalid")
        }
    }

    @Test func seed001WithdrawMatchesItsCurlSample() async throws {
        let page = try PageExamples.endpoint("001")
        let transport = RecordingTransport(answer: Self.success)
        let body = Withdraw.Body(userID: "ou_91791271921729102012", reason: "原因自定义字符串", systemUser: true)
        #expect(try PageExamples.encoded(body) == page.examples.requestBody)
        _ = try await Self.client(transport).corehr.v2.processWithdraw.update(
            processID: "7328345170959681068", query: .init(userIDType: "open_id"), body)
        let sent = try #require(await transport.sent.first)
        let curl = try #require(page.examples.curl)
        try PageExamples.expect(sent, equals: try #require(RequestSample(curl: curl)))
        #expect(Withdraw.ErrorCode(code: "1161005") == .code1161005)
        #expect(Withdraw.ErrorCode.noPermission.httpStatus == 403)
    }

    @Test func seed003CancelMatchesItsCurlSample() async throws {
        let page = try PageExamples.endpoint("003")
        let transport = RecordingTransport(answer: Self.success)
        let body = Cancel.Body(userID: "1234", opinion: "撤销了")
        #expect(try PageExamples.encoded(body) == page.examples.requestBody)
        let curl = try #require(page.examples.curl)
        let sample = try #require(RequestSample(curl: curl))
        let instance = String(try #require(sample.path.split(separator: "/").dropLast().last))
        _ = try await Self.client(transport).apaas.v1.approvalInstances.cancel(approvalInstanceID: instance, body)
        let sent = try #require(await transport.sent.first)
        try PageExamples.expect(sent, equals: sample)
        #expect(Cancel.ErrorCode.paramIsInvalid.rawValue == 2320001)
    }

    @Test func seed004BodyAndResponseMatchTheExamples() async throws {
        let page = try PageExamples.endpoint("004")
        let body = InternOfferStatus.Body(
            operation: .confirmOnboarding, onboardingInfo: .init(actualOnboardingDate: "2022-01-01"),
            offboardingInfo: .init(actualOffboardingDate: "2022-03-02", notes: "主动离职"))
        #expect(try PageExamples.encoded(body) == page.examples.requestBody)

        let example = try #require(page.examples.response)
        let answer = String(decoding: try JSONEncoder().encode(example), as: UTF8.self)
        let transport = RecordingTransport(answer: answer)
        let response = try await Self.client(transport).hire.v1.offers.internOfferStatus(offerID: "7016605170635213100", body)
        #expect(response.offerID == "6949805467799537964")
        #expect(response.operation == .confirmOnboarding)
        #expect(response.offboardingInfo?.notes == "主动离职")
        #expect(try PageExamples.encoded(response) == page.examples.response?.objectValue?["data"])

        let sent = try #require(await transport.sent.first)
        #expect(sent.request.method == .post)
        #expect(sent.request.path == "/open-apis/hire/v1/offers/7016605170635213100/intern_offer_status")
        #expect(sent.request.headerFields[.authorization] == "Bearer t-7f1b******8e560")
        #expect(sent.request.headerFields[.contentType] == page.headers[1].default.flatMap { if case .string(let text) = $0 { text } else { nil } })
        #expect(try PageExamples.json(sent.body) == page.examples.requestBody)
    }

    @Test func valueListsDecodeValuesThePageDoesNotList() throws {
        let decoded = try JSONDecoder().decode(InternOfferStatus.Body.Operation.self, from: Data(#""transfer""#.utf8))
        #expect(decoded.rawValue == "transfer")
        #expect(decoded != .offboard)
    }
}
