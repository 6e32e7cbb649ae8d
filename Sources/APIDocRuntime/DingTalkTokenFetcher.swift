import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Fetches a DingTalk app's `accessToken` (`POST /v1.0/oauth2/accessToken`).
struct DingTalkTokenFetcher: TokenFetcher {
    let appKey: String
    let appSecret: Secret
    let exchange: HTTPExchange

    var storeKey: String { "dingtalk:" + appKey }

    private struct Answer: Decodable {
        var accessToken: String?
        var expireIn: Int?
        var code: String?
        var message: String?
    }

    func fetch(_ kind: AccessTokenKind) async throws -> FetchedToken {
        guard kind == .app else { throw ClientError.noAccessToken(kind) }
        var request = HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/v1.0/oauth2/accessToken")
        request.headerFields[.contentType] = "application/json"
        let body = try JSONSerialization.data(withJSONObject: ["appKey": appKey, "appSecret": appSecret.value], options: [.sortedKeys])
        let (response, data) = try await exchange.send(request, body: HTTPBody(body), operationID: "oauth2.v1.accessToken.create")
        let answer = try? JSONDecoder().decode(Answer.self, from: data)
        guard response.status.kind == .successful, let token = answer?.accessToken, let expire = answer?.expireIn else {
            throw ClientError.tokenRequestFailed(
                httpStatus: response.status.code, code: answer?.code, message: answer?.message ?? "not a DingTalk token answer")
        }
        return FetchedToken(value: token, lifetime: .seconds(expire))
    }
}
