import APIDocRuntime
import DingTalkAPI
import FeishuAPI
import HTTPTypes
import Testing

/// The README's snippets, kept compiling and true against a loopback server.
@Suite struct ReadmeExampleTests {
    @Test func callingAndHandlingATypedError() async throws {
        let advice = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.feishuTenant
                ? TokenEndpoints.feishuAnswer(token: "t")
                : .init(
                    status: .badRequest, headers: [HTTPField.Name("X-Tt-Logid")!: "log-1"],
                    body: #"{"code": 1160202, "msg": "offboarding has been withdrawn"}"#)
        } _: { url, _ in
            let secret = "app-secret"
            let id = "7095671727698478604"
            var advice = ""
            // README: calling an endpoint and handling a typed error
            let feishu = Feishu.Client(appID: "cli_a1b2c3", appSecret: secret, baseURL: url)
            typealias Status = Feishu.Hire.V1.Offer.InternOfferStatus
            await #expect(throws: Status.Error.self) {
                _ = try await feishu.hire.v1.offer.internOfferStatus(
                    offerID: "7016605170635213100",
                    Status.Body(operation: .confirmOnboarding, onboardingInfo: .init(actualOnboardingDate: "2022-01-01")))
            }
            do {
                _ = try await feishu.corehr.v2.offboarding.revoke(.init(offboardingID: id))
            } catch let error as Feishu.CoreHR.V2.Offboarding.Revoke.Error where error.code == .offboardingHasBeenWithdrawn {
                advice = (error.code?.advice ?? "") + " " + (error.requestID ?? "")
            }
            return advice
        }
        #expect(advice == "离职已被撤销，请检查离职信息最新的状态 log-1")
    }

    @Test func pagingAndConfiguration() async throws {
        let names = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.dingtalk
                ? TokenEndpoints.dingtalkAnswer(token: "t")
                : .init(body: #"{"records": [{"name": "张三", "leaveReason": "leave"}]}"#)
        } _: { url, _ in
            let appSecret = "ding-secret"
            // README: paging, and configuring transport, retries and tokens
            let dingtalk = DingTalk.Client(
                appKey: "dingxxxx", appSecret: appSecret, baseURL: url,
                tokenStore: InMemoryAccessTokenStore(),
                options: ClientOptions(timeout: .seconds(10), retry: RetryPolicy(maximumAttempts: 4), honoursDocumentedRateLimits: true))
            var names: [String] = []
            for try await record in dingtalk.contact.v1.listEmpLeaveRecordsItems(query: .init(maxResults: 50)) {
                if record.leaveReason == .leave { names.append(record.name ?? "") }
            }
            return names
        }
        #expect(names == ["张三"])
    }
}
