import Foundation
import HTTPTypes

/// How a platform carries tokens and answers: where the token goes, and what a body means.
public protocol PlatformConventions: Sendable {
    /// Puts the access token, and any header the platform expects on every call, on the request.
    func prepare(_ request: inout HTTPRequest, token: String?)

    /// The endpoint's response from an answer, or the error it stands for.
    func decode<Response: Decodable, Code: DocumentedErrorCode>(
        _ type: Response.Type, errors: Code.Type, response: HTTPResponse, body: Data
    ) throws -> Response
}

extension PlatformConventions {
    func unexpected(_ response: HTTPResponse, _ body: Data, _ reason: String) -> ClientError {
        .unexpectedResponse(httpStatus: response.status.code, body: String(decoding: body, as: UTF8.self), reason: reason)
    }

    func decodeJSON<Value: Decodable>(_ type: Value.Type, from data: Data, response: HTTPResponse, body: Data) throws -> Value {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw unexpected(response, body, "cannot decode \(Value.self): \(error)")
        }
    }
}
