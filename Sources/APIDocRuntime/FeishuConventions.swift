import Foundation
import HTTPTypes

/// Feishu/Lark: `Authorization: Bearer <token>`; every answer is `{code, msg, data}`.
public struct FeishuConventions: PlatformConventions {
    public init() {}

    public func prepare(_ request: inout HTTPRequest, token: String?) {
        if let token { request.headerFields[.authorization] = "Bearer \(token)" }
    }

    private struct Envelope: Decodable {
        var code: Int
        var msg: String?
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
                httpStatus: response.status.code, requestID: response.headerFields[HTTPField.Name("X-Tt-Logid")!])
        }
        if let payload = try decodeJSON(DataEnvelope<Response>.self, from: body, response: response, body: body).data {
            return payload
        }
        // `data` absent or null: the response holds nothing, or only optional fields.
        return try decodeJSON(Response.self, from: Data("{}".utf8), response: response, body: body)
    }
}

/// The Feishu/Lark platform.
public enum Feishu {
    /// The Feishu open platform in mainland China.
    public static let feishuBaseURL = URL(string: "https://open.feishu.cn")!
    /// The Lark open platform outside China.
    public static let larkBaseURL = URL(string: "https://open.larksuite.com")!

    /// Calls Feishu endpoints; generated code adds a property per service (`client.corehr`).
    public struct Client: Sendable {
        /// What generated methods send through.
        public let api: APIClient

        /// - Parameters:
        ///   - baseURL: The platform, a test server or a proxy.
        ///   - transport: Any swift-openapi-runtime transport (URLSession, AsyncHTTPClient…).
        ///   - middlewares: Run in order around every call.
        ///   - tokens: Where access tokens come from.
        public init(
            baseURL: URL = Feishu.feishuBaseURL, transport: any ClientTransportType,
            middlewares: [any ClientMiddlewareType] = [], tokens: any AccessTokenProvider
        ) {
            api = APIClient(
                baseURL: baseURL, transport: transport, middlewares: middlewares, tokens: tokens,
                conventions: FeishuConventions())
        }
    }
}
