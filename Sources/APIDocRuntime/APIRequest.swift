import Foundation
import HTTPTypes
import OpenAPIRuntime

/// One call as a generated client method describes it, before auth and transport.
public struct APIRequest: Sendable {
    public var method: HTTPRequest.Method
    /// The documented path, with `:name` placeholders.
    public var pathTemplate: String
    public var pathParameters: [String: String] = [:]
    public var query = QueryItems()
    public var headers = HTTPFields()
    /// The request body: JSON in memory, or a multipart form that may stream files.
    public var body: HTTPBody?
    /// The token kinds the page says the endpoint accepts, in the page's order.
    public var accessTokens: [AccessTokenKind]
    /// The endpoint id, such as `corehr.v2.offboarding.revoke`: the transport's operation id.
    public var operationID: String
    /// The limit the page documents, for clients that honour it.
    public var rateLimit: DocumentedRateLimit?
    /// A user's token for this one call, where the page allows user tokens.
    public var userAccessToken: Secret?
    /// The platform's server the page documents the endpoint on.
    public var server = APIServer.current

    public init(method: HTTPRequest.Method, path: String, accessTokens: [AccessTokenKind], operationID: String) {
        self.method = method
        self.pathTemplate = path
        self.accessTokens = accessTokens
        self.operationID = operationID
    }

    /// Sets the value of the `:name` segment.
    public mutating func setPathParameter(_ name: String, _ value: some ParameterValue) {
        pathParameters[name] = value.parameterText
    }

    /// Uses `token` for this call, when the page allows user access tokens.
    public mutating func setUserAccessToken(_ token: String?) {
        userAccessToken = token.map(Secret.init)
    }

    /// Sets a header unless `value` is `nil`.
    public mutating func setHeader(_ name: String, _ value: (some ParameterValue)?) {
        guard let value, let field = HTTPField.Name(name) else { return }
        headers[field] = value.parameterText
    }

    /// Sets a list header (`a, b`), as HTTP writes lists, unless `values` is `nil`.
    public mutating func setHeader(_ name: String, _ values: [some ParameterValue]?) {
        guard let values, let field = HTTPField.Name(name) else { return }
        headers[field] = values.map(\.parameterText).joined(separator: ", ")
    }

    /// Encodes `body` as the JSON request body.
    public mutating func setJSONBody(_ body: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        self.body = HTTPBody(try encoder.encode(body))
        headers[.contentType] = "application/json; charset=utf-8"
    }

    /// The path with parameters filled in and percent-encoded, and the query appended.
    public func resolvedPath() throws -> String {
        var segments: [String] = []
        for segment in pathTemplate.split(separator: "/", omittingEmptySubsequences: false) {
            guard segment.hasPrefix(":") else {
                segments.append(String(segment))
                continue
            }
            let name = String(segment.dropFirst())
            guard let value = pathParameters[name] else { throw ClientError.missingPathParameter(name) }
            segments.append(value.addingPercentEncoding(withAllowedCharacters: .pathSegmentAllowed) ?? value)
        }
        var path = segments.joined(separator: "/")
        if !query.items.isEmpty {
            path += "?" + query.items.map { Self.queryEncoded($0.name) + "=" + Self.queryEncoded($0.value) }.joined(separator: "&")
        }
        return path
    }

    /// A query name or value, percent-encoded (`&`, `=` and `+` included).
    static func queryEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .queryItemAllowed) ?? text
    }
}

/// Which of a platform's servers an endpoint is on; each has its own host and conventions.
public enum APIServer: Sendable, Hashable {
    /// The platform's current API: Feishu's, DingTalk's `api.dingtalk.com`.
    case current
    /// DingTalk's older API on `oapi.dingtalk.com`.
    case legacy
}

extension CharacterSet {
    /// Unreserved characters and sub-delimiters that may stand in a path segment unencoded.
    fileprivate static let pathSegmentAllowed = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$'()*,;=:@")
    /// Characters that may stand in a query name or value unencoded (`&`, `=`, `+` are encoded).
    fileprivate static let queryItemAllowed = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$'()*,;:@/?")
}
