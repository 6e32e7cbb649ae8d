import APIDocModel
import APIDocParser
import APIDocRuntime
import DingTalkAPI
import Foundation
import HTTPTypes
import Testing

/// The DingTalk seed's own examples, through the generated DingTalkAPI types and client method.
@Suite struct DingTalkSeedConformanceTests {
    typealias List = DingTalk.Contact.V1.EmpLeaveRecords.List

    @Test func seed002ListMatchesItsHTTPSample() async throws {
        let page = try PageExamples.endpoint("002")
        let httpSample = try #require(page.examples.httpRequest)
        let sample = try #require(RequestSample(http: httpSample))
        let example = try #require(page.examples.response)
        let transport = RecordingTransport(answer: String(decoding: try JSONEncoder().encode(example), as: UTF8.self))
        let baseURL = try #require(URL(string: page.baseURL))
        let client = DingTalk.Client(baseURL: baseURL, transport: transport, tokens: StaticAccessToken("afe814xxx"))
        let response = try await client.contact.v1.empLeaveRecords.list(
            query: .init(startTime: "2020-07-10T00:00:00Z", endTime: "2020-08-10T00:00:00Z", nextToken: "0", maxResults: 10))
        let sent = try #require(await transport.sent.first)
        try PageExamples.expect(sent, equals: sample)
        #expect(response.nextToken == "DCCD7A656FFA6F07")
        #expect(response.records?.first?.leaveReason == .oapi)
        #expect(response.records?.first?.name == "张三")
    }

    @Test func seed002ResponseExampleRoundTrips() throws {
        let page = try PageExamples.endpoint("002")
        let example = try #require(page.examples.response)
        let (_, reencoded) = try PageExamples.roundTrip(example, as: List.Response.self)
        #expect(reencoded == example)
    }

    @Test func seed002DocumentedErrorsAreTyped() async throws {
        let transport = RecordingTransport(
            status: .badRequest,
            answer: #"{"code": "invalidParameter.param.invalid", "message": "入参错误:startTime", "requestid": "4A1B"}"#)
        let client = DingTalk.Client(transport: transport, tokens: StaticAccessToken("afe814xxx"))
        do {
            _ = try await client.contact.v1.empLeaveRecords.list()
            Issue.record("expected an error")
        } catch let error as List.Error {
            #expect(error.code == .invalidParameterParamInvalid)
            #expect(error.code?.httpStatus == 400)
            #expect(error.message == "入参错误:startTime")
            #expect(error.requestID == "4A1B")
        }
        #expect(List.ErrorCode.systemError.httpStatus == 500)
    }
}
