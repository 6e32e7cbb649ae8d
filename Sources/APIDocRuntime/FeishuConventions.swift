import Foundation
import HTTPTypes

/// Feishu/Lark: `Authorization: Bearer <token>`; every answer is `{code, msg, data}`.
public struct FeishuConventions: PlatformConventions {
    /// Codes that mean the tenant or app token was refused (invalid, expired, malformed).
    public static let invalidTokenCodes: Set<String> = ["99991663", "99991664", "99991671", "99991677"]
    /// "Request trigger frequency limit".
    public static let rateLimitCodes: Set<String> = ["99991400"]
    static let logIDHeader = HTTPField.Name("X-Tt-Logid")!

    public init() {}

    public func prepare(_ request: inout HTTPRequest, token: String?) {
        if let token { request.headerFields[.authorization] = "Bearer \(token)" }
    }

    private struct Envelope: Decodable {
        var code: Int
        var msg: String?
        var error: ErrorDetails?
    }

    private struct DataEnvelope<Payload: Decodable>: Decodable {
        var data: Payload?
    }

    public func decode<Response: Decodable, Code: DocumentedErrorCode>(
        _ type: Response.Type, errors: Code.Type, response: HTTPResponse, body: Data
    ) throws -> Response {
        guard let envelope = try? JSONDecoder().decode(Envelope.self, from: body) else {
            throw unexpected(response, body, "not a Feishu {code, msg, data} envelope")
        }
        guard envelope.code == 0 else {
            throw APIError(
                code: Code(code: String(envelope.code)), rawCode: String(envelope.code), message: envelope.msg ?? "",
                httpStatus: response.status.code, requestID: requestID(of: response) ?? envelope.error?.logID,
                details: envelope.error)
        }
        if let payload = try decodeJSON(DataEnvelope<Response>.self, from: body, response: response, body: body).data {
            return payload
        }
        // No `data`: older endpoints answer their fields beside code and msg; for the others the
        // response holds nothing, or only optional fields.
        return try decodeJSON(Response.self, from: body, response: response, body: body)
    }

    public func classify(_ answer: any ServerAnswer) -> AnswerKind {
        if Self.invalidTokenCodes.contains(answer.rawCode) { return .invalidToken }
        if Self.rateLimitCodes.contains(answer.rawCode) { return .rateLimited }
        return classifyByStatus(answer.httpStatus)
    }

    public func requestID(of response: HTTPResponse) -> String? {
        response.headerFields[Self.logIDHeader]
    }
}
