import Foundation
import HTTPTypes
import OpenAPIRuntime

/// swift-openapi-runtime's transport protocol, under a name that does not clash with generated types.
public typealias ClientTransportType = OpenAPIRuntime.ClientTransport
/// swift-openapi-runtime's middleware protocol.
public typealias ClientMiddlewareType = OpenAPIRuntime.ClientMiddleware

/// Sends generated requests through a transport and decodes the answers by a platform's conventions.
public struct APIClient: Sendable {
    public var baseURL: URL
    public var transport: any ClientTransport
    public var middlewares: [any ClientMiddleware]
    public var tokens: any AccessTokenProvider
    public var conventions: any PlatformConventions
    /// Answers larger than this are refused rather than held in memory.
    public var maximumResponseSize = 32 * 1024 * 1024

    public init(
        baseURL: URL, transport: any ClientTransport, middlewares: [any ClientMiddleware] = [],
        tokens: any AccessTokenProvider, conventions: any PlatformConventions
    ) {
        self.baseURL = baseURL
        self.transport = transport
        self.middlewares = middlewares
        self.tokens = tokens
        self.conventions = conventions
    }

    /// Sends `request` and decodes the answer as `Response`, or throws `APIError<Code>`.
    public func send<Response: Decodable, Code: DocumentedErrorCode>(
        _ request: APIRequest, decoding: Response.Type, documentedErrors: Code.Type
    ) async throws -> Response {
        var httpRequest = HTTPRequest(method: request.method, scheme: nil, authority: nil, path: try request.resolvedPath())
        httpRequest.headerFields = request.headers
        httpRequest.headerFields[.accept] = "application/json"
        var token: String?
        if let kind = request.accessTokens.first { token = try await tokens.accessToken(for: kind) }
        conventions.prepare(&httpRequest, token: token)
        let body = request.body.map { HTTPBody($0) }
        let (response, responseBody) = try await send(httpRequest, body: body, operationID: request.operationID)
        var data = Data()
        if let responseBody { data = try await Data(collecting: responseBody, upTo: maximumResponseSize) }
        return try conventions.decode(Response.self, errors: Code.self, response: response, body: data)
    }

    private func send(_ request: HTTPRequest, body: HTTPBody?, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = {
            [transport] request, body, url in
            try await transport.send(request, body: body, baseURL: url, operationID: operationID)
        }
        for middleware in middlewares.reversed() {
            let inner = next
            next = { request, body, url in
                try await middleware.intercept(request, body: body, baseURL: url, operationID: operationID, next: inner)
            }
        }
        return try await next(request, body, baseURL)
    }
}
