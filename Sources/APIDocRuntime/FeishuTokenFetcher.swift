import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Fetches a Feishu self-built app's `tenant_access_token` and `app_access_token`
/// (`POST /open-apis/auth/v3/{tenant,app}_access_token/internal`).
struct FeishuTokenFetcher: TokenFetcher {
    let appID: String
    let appSecret: Secret
    let exchange: HTTPExchange

    var storeKey: String { "feishu:" + appID }

    private struct Answer: Decodable {
        var code: Int
        var msg: String?
        var tenant_access_token: String?
        var app_access_token: String?
        var expire: Int?
    }

    func fetch(_ kind: AccessTokenKind) async throws -> FetchedToken {
        let path: String
        switch kind {
        case .tenant: path = "/open-apis/auth/v3/tenant_access_token/internal"
        case .app: path = "/open-apis/auth/v3/app_access_token/internal"
        case .user: throw ClientError.noAccessToken(.user)
        }
        var request = HTTPRequest(method: .post, scheme: nil, authority: nil, path: path)
        request.headerFields[.contentType] = "application/json; charset=utf-8"
        let body = try JSONSerialization.data(withJSONObject: ["app_id": appID, "app_secret": appSecret.value], options: [.sortedKeys])
        let (response, data) = try await exchange.send(request, body: HTTPBody(body), operationID: "auth.v3.\(kind.rawValue)_access_token.internal")
        guard let answer = try? JSONDecoder().decode(Answer.self, from: data) else {
            throw ClientError.tokenRequestFailed(httpStatus: response.status.code, code: nil, message: "not a Feishu token answer")
        }
        guard answer.code == 0, let token = answer.tenant_access_token ?? answer.app_access_token, let expire = answer.expire else {
            throw ClientError.tokenRequestFailed(httpStatus: response.status.code, code: String(answer.code), message: answer.msg ?? "")
        }
        return FetchedToken(value: token, lifetime: .seconds(expire))
    }
}
