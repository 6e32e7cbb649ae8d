import Foundation
import HTTPTypes

/// DingTalk's older API on `oapi.dingtalk.com`: the app's token as the `access_token` query
/// parameter, JSON bodies, and answers of HTTP 200 whose `errcode` is 0 on success and the error
/// code otherwise, with `errmsg` and `request_id` beside the payload.
public struct DingTalkLegacyConventions: PlatformConventions {
    /// `errcode`s the pages document for a refused token: 40001 (无效的access_token).
    static let invalidTokenCodes: Set<String> = ["40001"]
    /// `errcode`s the pages document for calls that came too fast: 410100 (发送速度太快而限流),
    /// 800055 and 800056 (qps, qpm 超过限制). The pages name no platform-wide one.
    static let rateLimitCodes: Set<String> = ["410100", "800055", "800056"]
    /// -1, 系统繁忙: the server could not serve the call now; on nearly every legacy page.
    static let busyCode = "-1"

    public init() {}

    public func prepare(_ request: inout HTTPRequest, token: String?) {
        if let token, let path = request.path {
            request.path = path + (path.contains("?") ? "&" : "?") + "access_token=" + APIRequest.queryEncoded(token)
        }
        if request.method != .get, request.headerFields[.contentType] == nil {
            request.headerFields[.contentType] = "application/json"
        }
    }

    private struct Status: Decodable {
        var errcode: String?
        var errmsg: String?
        var requestID: String?

        enum CodingKeys: String, CodingKey {
            case errcode, errmsg
            case requestID = "request_id"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            // A number on the wire; some pages' examples write it as a string.
            if let number = try? container.decodeIfPresent(Int.self, forKey: .errcode) {
                errcode = String(number)
            } else {
                errcode = try? container.decodeIfPresent(String.self, forKey: .errcode)
            }
            errmsg = try? container.decodeIfPresent(String.self, forKey: .errmsg)
            requestID = try? container.decodeIfPresent(String.self, forKey: .requestID)
        }
    }

    public func decode<Response: Decodable, Code: DocumentedErrorCode>(
        _ type: Response.Type, errors: Code.Type, response: HTTPResponse, body: Data
    ) throws -> Response {
        let status = try? JSONDecoder().decode(Status.self, from: body)
        if let code = status?.errcode, code != "0" {
            throw APIError(
                code: Code(code: code), rawCode: code, message: status?.errmsg ?? "", httpStatus: response.status.code,
                requestID: status?.requestID)
        }
        guard response.status.kind == .successful else {
            throw unexpected(response, body, "error answer without an errcode")
        }
        guard status?.errcode != nil else {
            throw unexpected(response, body, "answer without the errcode every legacy DingTalk answer carries")
        }
        return try decodeJSON(Response.self, from: body, response: response, body: body)
    }

    public func classify(_ answer: any ServerAnswer) -> AnswerKind {
        if Self.invalidTokenCodes.contains(answer.rawCode) { return .invalidToken }
        if Self.rateLimitCodes.contains(answer.rawCode) { return .rateLimited }
        if answer.rawCode == Self.busyCode { return .serverFailure }
        return classifyByStatus(answer.httpStatus)
    }

    /// The legacy API names its request id in the body, which `decode` puts on the error.
    public func requestID(of response: HTTPResponse) -> String? {
        nil
    }
}
