import APIDocRuntime
import Foundation

/// The token endpoints as the loopback server plays them.
enum TokenEndpoints {
    static let feishuTenant = "/open-apis/auth/v3/tenant_access_token/internal"
    static let dingtalk = "/v1.0/oauth2/accessToken"

    static func feishuAnswer(token: String, expire: Int = 7200) -> LoopbackServer.Answer {
        LoopbackServer.Answer(body: #"{"code": 0, "msg": "ok", "tenant_access_token": "\#(token)", "expire": \#(expire)}"#)
    }

    static func dingtalkAnswer(token: String, expire: Int = 7200) -> LoopbackServer.Answer {
        LoopbackServer.Answer(body: #"{"accessToken": "\#(token)", "expireIn": \#(expire)}"#)
    }
}

extension ClientOptions {
    /// Fast retries, so tests that exhaust them do not wait.
    static let fastRetries = ClientOptions(retry: RetryPolicy(maximumAttempts: 3, initialDelay: .milliseconds(5), maximumDelay: .milliseconds(20)))
}
