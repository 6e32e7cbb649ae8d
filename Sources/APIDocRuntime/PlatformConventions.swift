import Foundation
import HTTPTypes

/// How a platform carries tokens and answers: where the token goes, what a body means, and which
/// answers mean "token invalid" or "slow down".
public protocol PlatformConventions: Sendable {
    /// Puts the access token, and any header the platform expects on every call, on the request.
    func prepare(_ request: inout HTTPRequest, token: String?)

    /// The endpoint's response from an answer, or the error it stands for.
    func decode<Response: Decodable, Code: DocumentedErrorCode>(
        _ type: Response.Type, errors: Code.Type, response: HTTPResponse, body: Data
    ) throws -> Response

    /// What an error answer means for the client.
    func classify(_ answer: any ServerAnswer) -> AnswerKind

    /// The platform's log id header of an answer, for the log line.
    func requestID(of response: HTTPResponse) -> String?
}

/// What an error answer asks of the client.
public enum AnswerKind: Sendable, Equatable {
    /// The token was refused: fetch a new one and try once more.
    case invalidToken
    /// Rate limited: the request was not processed, so even a POST may be sent again.
    case rateLimited
    /// The server failed (5xx): an idempotent request may be sent again.
    case serverFailure
    case other
}

extension PlatformConventions {
    func unexpected(_ response: HTTPResponse, _ body: Data, _ reason: String) -> ClientError {
        .unexpectedResponse(httpStatus: response.status.code, body: String(decoding: body, as: UTF8.self), reason: reason)
    }

    func decodeJSON<Value: Decodable>(_ type: Value.Type, from data: Data, response: HTTPResponse, body: Data) throws -> Value {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            // A value spelt otherwise than the page types it is read as it means, and logged.
            guard case DecodingError.typeMismatch = error, let tree = try? JSONDecoder().decode(JSONValue.self, from: data),
                let (value, convertedPaths) = try? LenientAnswerDecoder.decode(type, from: tree)
            else {
                throw unexpected(response, body, "cannot decode \(Value.self): \(error)")
            }
            AnswerDecodingContext.report(convertedPaths: convertedPaths, of: type)
            return value
        }
    }

    /// HTTP 429 and 5xx mean the same on every platform.
    func classifyByStatus(_ status: Int) -> AnswerKind {
        switch status {
        case 429: .rateLimited
        case 500...599: .serverFailure
        default: .other
        }
    }
}
