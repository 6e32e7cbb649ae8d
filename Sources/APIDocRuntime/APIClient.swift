import Foundation
import HTTPTypes
import Logging
import OpenAPIRuntime

/// swift-openapi-runtime's transport protocol, under a name that does not clash with generated types.
public typealias ClientTransportType = OpenAPIRuntime.ClientTransport
/// swift-openapi-runtime's middleware protocol.
public typealias ClientMiddlewareType = OpenAPIRuntime.ClientMiddleware

/// Sends generated requests: picks and refreshes tokens, retries, keeps rate limits, logs, and
/// decodes answers by a platform's conventions.
public struct APIClient: Sendable {
    /// A server calls go to: where and through what, and by which conventions.
    public struct Server: Sendable {
        public var exchange: HTTPExchange
        public var conventions: any PlatformConventions

        public init(exchange: HTTPExchange, conventions: any PlatformConventions) {
            self.exchange = exchange
            self.conventions = conventions
        }
    }

    /// The platform's current API, where token requests go too.
    public let current: Server
    /// The platform's older API, for platforms that have one (DingTalk's `oapi.dingtalk.com`).
    public let legacy: Server?
    public let tokens: any AccessTokenProvider
    public let options: ClientOptions
    private let rateLimiter = RateLimiter()

    public init(current: Server, legacy: Server? = nil, tokens: any AccessTokenProvider, options: ClientOptions) {
        self.current = current
        self.legacy = legacy
        self.tokens = tokens
        self.options = options
    }

    /// A client whose tokens come from `tokens`; `legacy` names the older API's host and
    /// conventions, where the platform has one.
    public init(
        baseURL: URL, transport: any ClientTransport, middlewares: [any ClientMiddleware], tokens: any AccessTokenProvider,
        conventions: any PlatformConventions, legacy: (baseURL: URL, conventions: any PlatformConventions)? = nil,
        options: ClientOptions
    ) {
        func server(_ baseURL: URL, _ conventions: any PlatformConventions) -> Server {
            Server(
                exchange: HTTPExchange(baseURL: baseURL, transport: transport, middlewares: middlewares, timeout: options.timeout),
                conventions: conventions)
        }
        self.init(
            current: server(baseURL, conventions), legacy: legacy.map { server($0.baseURL, $0.conventions) }, tokens: tokens,
            options: options)
    }

    /// A client whose tokens `makeFetcher` fetches from the current API through the same
    /// transport, cached in `tokenStore`.
    public init(
        baseURL: URL, transport: any ClientTransport, middlewares: [any ClientMiddleware], tokenStore: any AccessTokenStore,
        conventions: any PlatformConventions, legacy: (baseURL: URL, conventions: any PlatformConventions)? = nil,
        options: ClientOptions, makeFetcher: (HTTPExchange) -> any TokenFetcher
    ) {
        let exchange = HTTPExchange(baseURL: baseURL, transport: transport, middlewares: middlewares, timeout: options.timeout)
        self.init(
            baseURL: baseURL, transport: transport, middlewares: middlewares,
            tokens: TokenCache(fetcher: makeFetcher(exchange), store: tokenStore, logger: options.logger),
            conventions: conventions, legacy: legacy, options: options)
    }

    /// Sends `request` and decodes the answer as `Response`, or throws `APIError<Code>`.
    ///
    /// A refused token is replaced and the call sent once more; rate-limit answers, and server
    /// failures of idempotent calls, are retried as `options.retry` says.
    public func send<Response: Decodable, Code: DocumentedErrorCode>(
        _ request: APIRequest, decoding: Response.Type, documentedErrors: Code.Type
    ) async throws -> Response {
        try await perform(request, accepting: "application/json") { server, httpRequest in
            let (response, body) = try await server.exchange.send(httpRequest, body: request.body, operationID: request.operationID)
            return (response, { try server.conventions.decode(Response.self, errors: Code.self, response: response, body: body) })
        }
    }

    /// Sends `request` for a file: the answer's body streams as it comes. An error the platform
    /// answers in JSON throws `APIError<Code>`, and is retried as `send` retries.
    public func download<Code: DocumentedErrorCode>(_ request: APIRequest, documentedErrors: Code.Type) async throws -> DownloadedFile {
        try await perform(request, accepting: "*/*") { server, httpRequest in
            let (response, body) = try await server.exchange.open(httpRequest, body: request.body, operationID: request.operationID)
            let isJSON = response.headerFields[.contentType]?.lowercased().contains("json") == true
            guard response.status.kind != .successful || isJSON else {
                return (response, { DownloadedFile(response: response, body: body) })
            }
            let data = try await server.exchange.collect(body)
            return (response, {
                guard response.status.kind == .successful else {
                    // The platform's error, or an unexpected answer where it names none.
                    _ = try server.conventions.decode(JSONValue.self, errors: Code.self, response: response, body: data)
                    throw server.conventions.unexpected(response, data, "an error status without an error code")
                }
                do {
                    _ = try server.conventions.decode(JSONValue.self, errors: Code.self, response: response, body: data)
                } catch let error as APIError<Code> {
                    throw error
                } catch {
                    // A JSON file that is no error answer is still the file.
                }
                return DownloadedFile(response: response, body: HTTPBody(data))
            })
        }
    }

    /// The token, retry and rate-limit loop around one kind of exchange. `exchange` sends the
    /// prepared request and gives the answer's head and a function that reads the result or
    /// throws the error the answer stands for.
    private func perform<Result>(
        _ request: APIRequest, accepting accept: String,
        exchange: (Server, HTTPRequest) async throws -> (HTTPResponse, () throws -> Result)
    ) async throws -> Result {
        if options.honoursDocumentedRateLimits, let limit = request.rateLimit {
            try await rateLimiter.acquire(request.operationID, limit: limit)
        }
        let server = try server(for: request)
        var attempt = 0
        var refreshedToken = false
        while true {
            attempt += 1
            let token = try await token(for: request)
            do {
                let path = try request.resolvedPath()
                var httpRequest = HTTPRequest(method: request.method, scheme: nil, authority: nil, path: path)
                httpRequest.headerFields = request.headers
                httpRequest.headerFields[.accept] = accept
                server.conventions.prepare(&httpRequest, token: token?.value)
                let started = ContinuousClock.now
                let (response, result) = try await exchange(server, httpRequest)
                // The path without its query, and no header: the line never carries tokens or secrets.
                options.logger.debug(
                    "\(request.method.rawValue) \(path.prefix { $0 != "?" }) -> \(response.status.code)",
                    metadata: [
                        "operation": "\(request.operationID)", "attempt": "\(attempt)",
                        "log_id": "\(server.conventions.requestID(of: response) ?? "-")",
                        "duration_ms": "\((ContinuousClock.now - started).wholeMilliseconds)",
                    ])
                let context = AnswerDecodingContext(logger: options.logger, operationID: request.operationID)
                return try AnswerDecodingContext.$current.withValue(context) { try result() }
            } catch let answer as any ServerAnswer {
                let kind = server.conventions.classify(answer)
                if kind == .invalidToken, !refreshedToken, let token, token.refreshable {
                    refreshedToken = true
                    attempt -= 1
                    await tokens.invalidate(token.value, kind: token.kind)
                    continue
                }
                guard let delay = options.retry.delay(after: kind, attempt: attempt, method: request.method) else { throw answer }
                options.logger.debug(
                    "retrying \(request.method.rawValue) \(request.pathTemplate) in \(delay)",
                    metadata: ["attempt": "\(attempt)", "reason": "\(kind)"])
                try await Task.sleep(for: delay)
            }
        }
    }

    private func server(for request: APIRequest) throws -> Server {
        switch request.server {
        case .current: return current
        case .legacy:
            guard let legacy else { throw ClientError.noServer(request.server) }
            return legacy
        }
    }

    private struct ChosenToken {
        var value: String
        var kind: AccessTokenKind
        /// A per-call user token cannot be fetched anew.
        var refreshable: Bool
    }

    /// The page's first supported kind among tenant, app and user; a per-call user token wins
    /// where the page allows user tokens.
    private func token(for request: APIRequest) async throws -> ChosenToken? {
        if let user = request.userAccessToken, request.accessTokens.contains(.user) {
            return ChosenToken(value: user.value, kind: .user, refreshable: false)
        }
        guard let kind = [AccessTokenKind.tenant, .app, .user].first(where: request.accessTokens.contains) else { return nil }
        return ChosenToken(value: try await tokens.accessToken(for: kind), kind: kind, refreshable: true)
    }
}

extension Duration {
    var wholeMilliseconds: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }
}
