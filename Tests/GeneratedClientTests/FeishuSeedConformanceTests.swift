import APIDocModel
import APIDocParser
import APIDocRuntime
import FeishuAPI
import Foundation
import HTTPTypes
import Testing

/// The Feishu seeds' own examples, over loopback HTTP: the server checks each request against the
/// page's curl sample (with the bearer token the token flow fetched) and answers with the page's
/// response example.
@Suite struct FeishuSeedConformanceTests {
    typealias Revoke = Feishu.CoreHR.V2.Offboarding.Revoke
    typealias Withdraw = Feishu.CoreHR.V2.ProcessWithdraw.Update
    typealias Cancel = Feishu.APaaS.V1.ApprovalInstance.Cancel
    typealias InternOfferStatus = Feishu.Hire.V1.Offer.InternOfferStatus

    /// The token the curl samples show, so the flow's token must end up in the same header.
    static let sampleToken = "t-7f1b******8e560"

    /// Serves the token endpoint and, for anything else, the page's response example.
    static func serve<T: Sendable>(_ page: Endpoint, _ body: @Sendable (Feishu.Client, LoopbackServer.Log) async throws -> T) async throws -> T {
        let answer = try PageExamples.responseBody(of: page)
        return try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.feishuTenant ? TokenEndpoints.feishuAnswer(token: sampleToken) : .init(body: answer)
        } _: { url, log in
            try await body(Feishu.Client(appID: "cli_conformance", appSecret: "conformance-secret", baseURL: url), log)
        }
    }

    static func apiRequest(_ log: LoopbackServer.Log) async throws -> LoopbackServer.Received {
        try #require(await log.requests.first { $0.path != TokenEndpoints.feishuTenant })
    }

    @Test func seed000Revoke() async throws {
        let page = try PageExamples.endpoint("000")
        let body = Revoke.Body(offboardingID: "7095671727698478604", operatorID: "6982509313466189341")
        #expect(try PageExamples.encoded(body) == page.examples.requestBody)
        let sent = try await Self.serve(page) { client, log in
            _ = try await client.corehr.v2.offboarding.revoke(query: .init(userIDType: "people_corehr_id"), body)
            return try await Self.apiRequest(log)
        }
        let curl = try #require(page.examples.curl)
        try PageExamples.expect(sent, equals: try #require(RequestSample(curl: curl)))
    }

    @Test func seed000ResponseExampleRoundTrips() throws {
        let page = try PageExamples.endpoint("000")
        let data = try #require(page.examples.response?.objectValue?["data"])
        let (_, reencoded) = try PageExamples.roundTrip(data, as: Revoke.Response.self)
        #expect(reencoded == data)
    }

    @Test func seed001Withdraw() async throws {
        let page = try PageExamples.endpoint("001")
        let body = Withdraw.Body(userID: "ou_91791271921729102012", reason: "原因自定义字符串", systemUser: true)
        #expect(try PageExamples.encoded(body) == page.examples.requestBody)
        let sent = try await Self.serve(page) { client, log in
            _ = try await client.corehr.v2.processWithdraw.update(
                processID: "7328345170959681068", query: .init(userIDType: "open_id"), body)
            return try await Self.apiRequest(log)
        }
        let curl = try #require(page.examples.curl)
        try PageExamples.expect(sent, equals: try #require(RequestSample(curl: curl)))
    }

    @Test func seed003Cancel() async throws {
        let page = try PageExamples.endpoint("003")
        let body = Cancel.Body(userID: "1234", opinion: "撤销了")
        #expect(try PageExamples.encoded(body) == page.examples.requestBody)
        let curl = try #require(page.examples.curl)
        let sample = try #require(RequestSample(curl: curl))
        let instance = String(try #require(sample.path.split(separator: "/").dropLast().last))
        let sent = try await Self.serve(page) { client, log in
            _ = try await client.apaas.v1.approvalInstance.cancel(approvalInstanceID: instance, body)
            return try await Self.apiRequest(log)
        }
        try PageExamples.expect(sent, equals: sample)
    }

    /// Seed 004 shows no curl: the expected request is built from its parameters' examples.
    @Test func seed004InternOfferStatus() async throws {
        let page = try PageExamples.endpoint("004")
        let body = InternOfferStatus.Body(
            operation: .confirmOnboarding, onboardingInfo: .init(actualOnboardingDate: "2022-01-01"),
            offboardingInfo: .init(actualOffboardingDate: "2022-03-02", notes: "主动离职"))
        #expect(try PageExamples.encoded(body) == page.examples.requestBody)
        let offerID = try #require(page.pathParameters.first?.example.flatMap { if case .string(let id) = $0 { id } else { nil } })
        let (sent, response) = try await Self.serve(page) { client, log in
            let response = try await client.hire.v1.offer.internOfferStatus(offerID: offerID, body)
            return (try await Self.apiRequest(log), response)
        }
        #expect(sent.method == .post)
        #expect(sent.target == page.path.replacingOccurrences(of: ":offer_id", with: offerID))
        #expect(sent.headers[.authorization] == "Bearer \(Self.sampleToken)")
        #expect(sent.headers[.contentType] == "application/json; charset=utf-8")
        #expect(try PageExamples.json(sent.body) == page.examples.requestBody)
        #expect(response.operation == .confirmOnboarding)
        #expect(try PageExamples.encoded(response) == page.examples.response?.objectValue?["data"])
    }

    /// Every documented code, answered by the server with the page's status, arrives as its case.
    @Test(arguments: ["000", "001", "003", "004"])
    func everyDocumentedErrorIsTyped(seed: String) async throws {
        let page = try PageExamples.endpoint(seed)
        for documented in page.errors {
            let status = HTTPResponse.Status(code: documented.httpStatus ?? 400)
            let typed: String? = try await LoopbackServer.run { request, _ in
                request.path == TokenEndpoints.feishuTenant
                    ? TokenEndpoints.feishuAnswer(token: "t-1")
                    : .init(status: status, body: #"{"code": \#(documented.code), "msg": "x"}"#)
            } _: { url, _ in
                let client = Feishu.Client(appID: "cli", appSecret: "s", baseURL: url, options: ClientOptions(retry: .never))
                do {
                    try await Self.call(seed, client)
                    return nil
                } catch let error as Revoke.Error { return error.code.map { String($0.rawValue) }
                } catch let error as Withdraw.Error { return error.code.map { String($0.rawValue) }
                } catch let error as Cancel.Error { return error.code.map { String($0.rawValue) }
                } catch let error as InternOfferStatus.Error { return error.code.map { String($0.rawValue) } }
            }
            #expect(typed == documented.code.description, "seed \(seed) code \(documented.code)")
        }
    }

    static func call(_ seed: String, _ client: Feishu.Client) async throws {
        switch seed {
        case "000": _ = try await client.corehr.v2.offboarding.revoke(.init(offboardingID: "1"))
        case "001": _ = try await client.corehr.v2.processWithdraw.update(processID: "1")
        case "003": _ = try await client.apaas.v1.approvalInstance.cancel(approvalInstanceID: "1", .init(userID: "1", opinion: "o"))
        default: _ = try await client.hire.v1.offer.internOfferStatus(offerID: "1", .init(operation: .offboard))
        }
    }

    @Test func errorDetailsAndLogIDAreKept() async throws {
        let error: Revoke.Error? = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.feishuTenant
                ? TokenEndpoints.feishuAnswer(token: "t-1")
                : .init(
                    status: .badRequest, headers: [HTTPField.Name("X-Tt-Logid")!: "2024071100000"],
                    body: #"{"code": 1160202, "msg": "withdrawn", "error": {"field_violations": [{"field": "offboarding_id", "description": "bad"}]}}"#)
        } _: { url, _ in
            do {
                _ = try await Feishu.Client(appID: "cli", appSecret: "s", baseURL: url).corehr.v2.offboarding.revoke(.init(offboardingID: "1"))
                return nil
            } catch let error as Revoke.Error { return error }
        }
        let caught = try #require(error)
        #expect(caught.code == .offboardingHasBeenWithdrawn)
        #expect(caught.requestID == "2024071100000")
        #expect(caught.httpStatus == 400)
        #expect(caught.details?.fieldViolations.first?.field == "offboarding_id")
        #expect(caught.code?.advice == "离职已被撤销，请检查离职信息最新的状态")
    }

    @Test func undecodableAnswersKeepTheirBody() async throws {
        let error: ClientError? = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.feishuTenant ? TokenEndpoints.feishuAnswer(token: "t-1") : .init(status: .badGateway, body: "<html>bad gateway</html>")
        } _: { url, _ in
            let client = Feishu.Client(appID: "cli", appSecret: "s", baseURL: url, options: ClientOptions(retry: .never))
            do {
                _ = try await client.corehr.v2.offboarding.revoke(.init(offboardingID: "1"))
                return nil
            } catch let error as ClientError { return error }
        }
        guard case .unexpectedResponse(let status, let body, _)? = error else {
            Issue.record("expected unexpectedResponse, got \(String(describing: error))")
            return
        }
        #expect(status == 502 && body == "<html>bad gateway</html>")
    }

    @Test func valueListsDecodeValuesThePageDoesNotList() throws {
        let decoded = try JSONDecoder().decode(InternOfferStatus.Body.Operation.self, from: Data(#""transfer""#.utf8))
        #expect(decoded.rawValue == "transfer")
        #expect(decoded != .offboard)
    }
}
