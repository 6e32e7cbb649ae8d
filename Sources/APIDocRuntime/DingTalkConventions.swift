import Foundation
import HTTPTypes

/// DingTalk: `x-acs-dingtalk-access-token: <token>`; a success body is the response itself, an
/// error is a non-2xx answer with `{code, message, requestid}`.
public struct DingTalkConventions: PlatformConventions {
    public init() {}

    public func prepare(_ request: inout HTTPRequest, token: String?) {
        if let token { request.headerFields[HTTPField.Name("x-acs-dingtalk-access-token")!] = token }
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
}

/// The DingTalk platform.
public enum DingTalk {
    /// DingTalk's new-style API host.
    public static let baseURL = URL(string: "https://api.dingtalk.com")!

    /// Calls DingTalk endpoints; generated code adds a property per service (`client.contact`).
    public struct Client: Sendable {
        /// What generated methods send through.
        public let api: APIClient

        /// - Parameters:
        ///   - baseURL: The platform, a test server or a proxy.
        ///   - transport: Any swift-openapi-runtime transport (URLSession, AsyncHTTPClient…).
        ///   - middlewares: Run in order around every call.
        ///   - tokens: Where access tokens come from.
        public init(
            baseURL: URL = DingTalk.baseURL, transport: any ClientTransportType,
            middlewares: [any ClientMiddlewareType] = [], tokens: any AccessTokenProvider
        ) {
            api = APIClient(
                baseURL: baseURL, transport: transport, middlewares: middlewares, tokens: tokens,
                conventions: DingTalkConventions())
        }
    }
}
