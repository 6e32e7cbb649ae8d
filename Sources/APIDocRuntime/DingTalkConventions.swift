import Foundation
import HTTPTypes

/// DingTalk: `x-acs-dingtalk-access-token: <token>`; a success body is the response itself, an
/// error is a non-2xx answer with `{code, message, requestid}`.
public struct DingTalkConventions: PlatformConventions {
    static let tokenHeader = HTTPField.Name("x-acs-dingtalk-access-token")!

    public init() {}

    public func prepare(_ request: inout HTTPRequest, token: String?) {
        if let token { request.headerFields[Self.tokenHeader] = token }
        // DingTalk's pages and SDKs send a JSON content type on every call, GET included.
        if request.headerFields[.contentType] == nil { request.headerFields[.contentType] = "application/json" }
    }

    private struct ErrorBody: Decodable {
        var code: String?
        var message: String?
        var requestid: String?
    }

    public func decode<Response: Decodable, Code: DocumentedErrorCode>(
        _ type: Response.Type, errors: Code.Type, response: HTTPResponse, body: Data
    ) throws -> Response {
        guard response.status.kind == .successful else {
            guard let error = try? JSONDecoder().decode(ErrorBody.self, from: body), let code = error.code else {
                throw unexpected(response, body, "error answer without a DingTalk {code, message} body")
            }
            throw APIError(
                code: Code(code: code), rawCode: code, message: error.message ?? "", httpStatus: response.status.code,
                requestID: error.requestid)
        }
        return try decodeJSON(Response.self, from: body.isEmpty ? Data("{}".utf8) : body, response: response, body: body)
    }

    public func classify(_ answer: any ServerAnswer) -> AnswerKind {
        let code = answer.rawCode.lowercased()
        if answer.httpStatus == 401 || code.contains("invalidauthentication") || code.contains("invalidaccesstoken") {
            return .invalidToken
        }
        if code.contains("qpslimit") || code.contains("throttling") { return .rateLimited }
        return classifyByStatus(answer.httpStatus)
    }

    public func requestID(of response: HTTPResponse) -> String? {
        response.headerFields[HTTPField.Name("x-acs-request-id")!]
    }
}
