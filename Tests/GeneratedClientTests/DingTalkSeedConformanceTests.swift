import APIDocModel
import APIDocParser
import APIDocRuntime
import DingTalkAPI
import Foundation
import HTTPTypes
import Testing

/// The DingTalk seed's own examples, over loopback HTTP, with the token from the token flow.
@Suite struct DingTalkSeedConformanceTests {
    typealias List = DingTalk.Contact.V1.ListEmpLeaveRecords

    @Test func seed002ListMatchesItsHTTPSample() async throws {
        let page = try PageExamples.endpoint("002")
        let httpSample = try #require(page.examples.httpRequest)
        let sample = try #require(RequestSample(http: httpSample))
        #expect(sample.url.hasPrefix(page.baseURL))
        let answer = try PageExamples.responseBody(of: page)
        let (sent, tokenRequest, response) = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.dingtalk ? TokenEndpoints.dingtalkAnswer(token: "afe814xxx") : .init(body: answer)
        } _: { url, log in
            let client = DingTalk.Client(appKey: "ding-key", appSecret: "ding-secret", baseURL: url)
            let response = try await client.contact.v1.listEmpLeaveRecords(
                query: .init(startTime: "2020-07-10T00:00:00Z", endTime: "2020-08-10T00:00:00Z", nextToken: "0", maxResults: 10))
            let requests = await log.requests
            return (requests[1], requests[0], response)
        }
        try PageExamples.expect(sent, equals: sample)
        #expect(tokenRequest.path == TokenEndpoints.dingtalk)
        #expect(try PageExamples.json(tokenRequest.body) == PageExamples.json(#"{"appKey": "ding-key", "appSecret": "ding-secret"}"#))
        #expect(response.nextToken == "DCCD7A656FFA6F07")
        #expect(response.records?.first?.leaveReason == .oapi)
        #expect(try PageExamples.encoded(response) == page.examples.response)
    }

    @Test func everyDocumentedErrorIsTyped() async throws {
        let page = try PageExamples.endpoint("002")
        for documented in page.errors {
            let status = HTTPResponse.Status(code: documented.httpStatus ?? 400)
            let error: List.Error? = try await LoopbackServer.run { request, _ in
                request.path == TokenEndpoints.dingtalk
                    ? TokenEndpoints.dingtalkAnswer(token: "t")
                    : .init(status: status, body: #"{"code": "\#(documented.code)", "message": "m", "requestid": "r-1"}"#)
            } _: { url, _ in
                let client = DingTalk.Client(appKey: "k", appSecret: "s", baseURL: url, options: ClientOptions(retry: .never))
                do {
                    _ = try await client.contact.v1.listEmpLeaveRecords()
                    return nil
                } catch let error as List.Error { return error }
            }
            #expect(error?.code?.rawValue == documented.code.description)
            #expect(error?.code?.httpStatus == documented.httpStatus)
            #expect(error?.requestID == "r-1")
        }
    }
}
