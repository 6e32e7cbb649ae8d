import APIDocRuntime
import DingTalkAPI
import FeishuAPI
import Foundation
import HTTPTypes
import Testing

/// Retries are bounded, only where a retry is safe, and stop promptly on cancellation; slow
/// answers time out; documented rate limits can be kept.
@Suite struct RetryTests {
    typealias Revoke = Feishu.CoreHR.V2.Offboarding.Revoke

    /// Sends one revoke (a POST) against a server that answers every call with `answer`.
    static func revokeAttempts(answer: LoopbackServer.Answer, options: ClientOptions = .fastRetries) async throws -> (Int, (any Error)?) {
        try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.feishuTenant ? TokenEndpoints.feishuAnswer(token: "t") : answer
        } _: { url, log in
            let client = Feishu.Client(appID: "cli", appSecret: "s", baseURL: url, options: options)
            var failure: (any Error)?
            do { _ = try await client.corehr.v2.offboarding.revoke(.init(offboardingID: "1")) } catch { failure = error }
            return (await log.requests.count - 1, failure)
        }
    }

    @Test func rateLimitAnswersAreRetriedUpToTheBoundEvenForPOST() async throws {
        let (attempts, error) = try await Self.revokeAttempts(answer: .init(status: .tooManyRequests, body: #"{"code": 99991400, "msg": "request trigger frequency limit"}"#))
        #expect(attempts == 3)
        #expect((error as? Revoke.Error)?.rawCode == "99991400")
    }

    @Test func serverFailuresOfPOSTAreNotRetried() async throws {
        let (attempts, error) = try await Self.revokeAttempts(answer: .init(status: .internalServerError, body: #"{"code": 1160103, "msg": "internal"}"#))
        #expect(attempts == 1)
        #expect((error as? Revoke.Error)?.code == .generalInternalServerErrorCode)
    }

    @Test func serverFailuresOfGETAreRetriedUpToTheBound() async throws {
        let attempts = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.dingtalk
                ? TokenEndpoints.dingtalkAnswer(token: "t")
                : .init(status: .serviceUnavailable, body: #"{"code": "system.error", "message": "busy"}"#)
        } _: { url, log in
            let client = DingTalk.Client(appKey: "k", appSecret: "s", baseURL: url, options: .fastRetries)
            _ = try? await client.contact.v1.listEmpLeaveRecords()
            return await log.requests.count - 1
        }
        #expect(attempts == 3)
    }

    @Test func aRetryThatSucceedsReturnsTheAnswer() async throws {
        let attempts = try await LoopbackServer.run { request, count in
            if request.path == TokenEndpoints.feishuTenant { return TokenEndpoints.feishuAnswer(token: "t") }
            return count == 2
                ? .init(status: .tooManyRequests, body: #"{"code": 99991400, "msg": "limit"}"#)
                : .init(body: #"{"code": 0, "msg": "ok", "data": {}}"#)
        } _: { url, log in
            _ = try await Feishu.Client(appID: "cli", appSecret: "s", baseURL: url, options: .fastRetries)
                .corehr.v2.offboarding.revoke(.init(offboardingID: "1"))
            return await log.requests.count - 1
        }
        #expect(attempts == 2)
    }

    @Test func backoffGrowsAndStaysWithinItsBounds() {
        let policy = RetryPolicy(maximumAttempts: 10, initialDelay: .milliseconds(100), maximumDelay: .seconds(1), random: { 1 })
        let delays = (1...9).compactMap { policy.delay(after: .rateLimited, attempt: $0, method: .post) }
        #expect(delays == [.milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(800)] + Array(repeating: .seconds(1), count: 5))
        #expect(policy.delay(after: .rateLimited, attempt: 10, method: .post) == nil)
        #expect(policy.delay(after: .serverFailure, attempt: 1, method: .post) == nil)
        #expect(policy.delay(after: .other, attempt: 1, method: .get) == nil)
        let halfJitter = RetryPolicy(initialDelay: .milliseconds(100), random: { 0 })
        #expect(halfJitter.delay(after: .rateLimited, attempt: 1, method: .get) == .milliseconds(50))
    }

    @Test func cancellationStopsABackoffWait() async throws {
        let slowRetries = ClientOptions(retry: RetryPolicy(maximumAttempts: 5, initialDelay: .seconds(600), maximumDelay: .seconds(600)))
        let outcome = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.feishuTenant
                ? TokenEndpoints.feishuAnswer(token: "t")
                : .init(status: .tooManyRequests, body: #"{"code": 99991400, "msg": "limit"}"#)
        } _: { url, log in
            let client = Feishu.Client(appID: "cli", appSecret: "s", baseURL: url, options: slowRetries)
            let call = Task { try await client.corehr.v2.offboarding.revoke(.init(offboardingID: "1")) }
            while await log.requests.count < 2 { try await Task.sleep(for: .milliseconds(10)) }
            call.cancel()
            return await call.result
        }
        guard case .failure(let error) = outcome else {
            Issue.record("a cancelled call succeeded")
            return
        }
        #expect(error is CancellationError)
    }

    @Test func slowAnswersTimeOut() async throws {
        let (_, error) = try await Self.revokeAttempts(
            answer: .init(body: #"{"code": 0, "msg": "ok", "data": {}}"#, delay: .seconds(5)),
            options: ClientOptions(timeout: .milliseconds(300), retry: .never))
        guard case .timedOut(let after)? = error as? ClientError else {
            Issue.record("expected timedOut, got \(String(describing: error))")
            return
        }
        #expect(after == .milliseconds(300))
    }

    @Test func transportFailuresAreDistinct() async throws {
        // Nothing listens on port 9 of the loopback address.
        let client = Feishu.Client(baseURL: URL(string: "http://127.0.0.1:9")!, tokens: StaticAccessToken("t"), options: ClientOptions(retry: .never))
        await #expect {
            _ = try await client.corehr.v2.offboarding.revoke(.init(offboardingID: "1"))
        } throws: { error in
            if case .transport = error as? ClientError { return true }
            return false
        }
    }

    @Test func documentedRateLimitsCanBeKept() async throws {
        let limiter = RateLimiter()
        let limit = DocumentedRateLimit(perSecond: 2)
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<3 { try await limiter.acquire("hire.v1.offer.intern_offer_status", limit: limit) }
        // The third call within a second had to wait for the first to leave the window.
        #expect(clock.now - start >= .milliseconds(990))
    }
}
