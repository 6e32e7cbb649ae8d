import APIDocRuntime
import DingTalkAPI
import FeishuAPI
import Foundation
import Testing

/// Tokens are fetched on first use, reused, renewed after expiry, replaced once when refused,
/// and fetched once for many concurrent callers.
@Suite struct TokenFlowTests {
    typealias Revoke = Feishu.CoreHR.V2.Offboarding.Revoke
    static let success = LoopbackServer.Answer(body: #"{"code": 0, "msg": "success", "data": {}}"#)

    /// No `_ =`: a method whose answer documents no fields is `@discardableResult` (the build
    /// fails on the warning otherwise).
    static func revoke(_ client: Feishu.Client) async throws {
        try await client.corehr.v2.offboarding.revoke(.init(offboardingID: "1"))
    }

    @Test func firstCallFetchesAndLaterCallsReuse() async throws {
        let (tokenRequests, apiRequests) = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.feishuTenant ? TokenEndpoints.feishuAnswer(token: "t-first") : Self.success
        } _: { url, log in
            let client = Feishu.Client(appID: "cli_a", appSecret: "secret-a", baseURL: url)
            try await Self.revoke(client)
            try await Self.revoke(client)
            return (await log.requests(to: TokenEndpoints.feishuTenant), await log.requests.filter { $0.path != TokenEndpoints.feishuTenant })
        }
        #expect(tokenRequests.count == 1)
        #expect(try PageExamples.json(tokenRequests[0].body) == PageExamples.json(#"{"app_id": "cli_a", "app_secret": "secret-a"}"#))
        #expect(apiRequests.map { $0.headers[.authorization] } == ["Bearer t-first", "Bearer t-first"])
    }

    @Test func expiredTokensAreFetchedAgain() async throws {
        // A two-second token is used for one second (half its life is the safety margin).
        let tokenRequests = try await LoopbackServer.run { request, count in
            request.path == TokenEndpoints.feishuTenant ? TokenEndpoints.feishuAnswer(token: "t-\(count)", expire: 2) : Self.success
        } _: { url, log in
            let client = Feishu.Client(appID: "cli", appSecret: "s", baseURL: url)
            try await Self.revoke(client)
            try await Task.sleep(for: .milliseconds(1200))
            try await Self.revoke(client)
            return await log.requests(to: TokenEndpoints.feishuTenant).count
        }
        #expect(tokenRequests == 2)
    }

    @Test func aRefusedTokenIsReplacedOnceAndTheCallSucceeds() async throws {
        let (tokens, authorizations) = try await LoopbackServer.run { request, count in
            if request.path == TokenEndpoints.feishuTenant { return TokenEndpoints.feishuAnswer(token: "t-\(count)") }
            // The first token is refused, as when the platform revoked it early.
            if request.headers[.authorization] == "Bearer t-1" {
                return .init(status: .badRequest, body: #"{"code": 99991663, "msg": "Invalid access token for authorization"}"#)
            }
            return Self.success
        } _: { url, log in
            try await Self.revoke(Feishu.Client(appID: "cli", appSecret: "s", baseURL: url))
            return (
                await log.requests(to: TokenEndpoints.feishuTenant).count,
                await log.requests.filter { $0.path != TokenEndpoints.feishuTenant }.map { $0.headers[.authorization] ?? "" }
            )
        }
        #expect(tokens == 2)
        #expect(authorizations == ["Bearer t-1", "Bearer t-3"])
    }

    @Test func aTokenRefusedTwiceIsAnError() async throws {
        let result: Revoke.Error? = try await LoopbackServer.run { request, count in
            request.path == TokenEndpoints.feishuTenant
                ? TokenEndpoints.feishuAnswer(token: "t-\(count)")
                : .init(status: .badRequest, body: #"{"code": 99991663, "msg": "Invalid access token"}"#)
        } _: { url, _ in
            do {
                try await Self.revoke(Feishu.Client(appID: "cli", appSecret: "s", baseURL: url))
                return nil
            } catch let error as Revoke.Error { return error }
        }
        #expect(result?.rawCode == "99991663")
    }

    @Test func fiftyConcurrentCallsFetchOneToken() async throws {
        let (tokens, calls) = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.feishuTenant
                ? LoopbackServer.Answer(bodyBytes: TokenEndpoints.feishuAnswer(token: "t-shared").bytes, delay: .milliseconds(200))
                : Self.success
        } _: { url, log in
            let client = Feishu.Client(appID: "cli", appSecret: "s", baseURL: url)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<50 { group.addTask { try await Self.revoke(client) } }
                try await group.waitForAll()
            }
            return (await log.requests(to: TokenEndpoints.feishuTenant).count, await log.requests.count - 1)
        }
        #expect(tokens == 1)
        #expect(calls == 50)
    }

    @Test func userTokensGoWhereThePageAllowsThem() async throws {
        // Seed 000 allows tenant tokens only, so a user token has no parameter there; the runtime
        // picks the page's kind. A page that lists user tokens takes one per call.
        var perCall = APIRequest(method: .get, path: "/x", accessTokens: [.tenant, .user], operationID: "x")
        perCall.setUserAccessToken("u-per-call")
        let request = perCall
        let authorization = try await LoopbackServer.run { _, _ in Self.success } _: { url, log in
            let client = Feishu.Client(baseURL: url, tokens: StaticAccessToken("t-tenant"))
            _ = try await client.api.send(request, decoding: Revoke.Response.self, documentedErrors: NoDocumentedErrors.self)
            return await log.requests.first?.headers[.authorization]
        }
        #expect(authorization == "Bearer u-per-call")
    }

    @Test func appTokensAreFetchedForEndpointsThatTakeThem() async throws {
        let request = APIRequest(method: .get, path: "/open-apis/x/v1/y", accessTokens: [.app], operationID: "x.v1.y.list")
        let (tokenPaths, authorization) = try await LoopbackServer.run { request, _ in
            request.path == "/open-apis/auth/v3/app_access_token/internal"
                ? LoopbackServer.Answer(body: #"{"code": 0, "msg": "ok", "app_access_token": "a-app", "expire": 7200}"#)
                : Self.success
        } _: { url, log in
            let client = Feishu.Client(appID: "cli", appSecret: "s", baseURL: url)
            _ = try await client.api.send(request, decoding: Revoke.Response.self, documentedErrors: NoDocumentedErrors.self)
            return (await log.requests.dropLast().map(\.path), await log.requests.last?.headers[.authorization])
        }
        #expect(tokenPaths == ["/open-apis/auth/v3/app_access_token/internal"])
        #expect(authorization == "Bearer a-app")
    }

    @Test func dingTalkTokensAreFetchedAndSent() async throws {
        let (tokenCount, header) = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.dingtalk ? TokenEndpoints.dingtalkAnswer(token: "ding-token") : .init(body: "{}")
        } _: { url, log in
            let client = DingTalk.Client(appKey: "k", appSecret: "s", baseURL: url)
            _ = try await client.contact.v1.listEmpLeaveRecords()
            _ = try await client.contact.v1.listEmpLeaveRecords()
            return (await log.requests(to: TokenEndpoints.dingtalk).count, await log.requests.last?.headers[.init("x-acs-dingtalk-access-token")!])
        }
        #expect(tokenCount == 1)
        #expect(header == "ding-token")
    }

    @Test func refusedTokenRequestsAreClearErrors() async throws {
        let error: ClientError? = try await LoopbackServer.run { _, _ in
            .init(body: #"{"code": 10003, "msg": "invalid param"}"#)
        } _: { url, _ in
            do {
                try await Self.revoke(Feishu.Client(appID: "cli", appSecret: "wrong", baseURL: url))
                return nil
            } catch let error as ClientError { return error }
        }
        guard case .tokenRequestFailed(_, let code, let message)? = error else {
            Issue.record("expected tokenRequestFailed, got \(String(describing: error))")
            return
        }
        #expect(code == "10003" && message == "invalid param")
    }
}
