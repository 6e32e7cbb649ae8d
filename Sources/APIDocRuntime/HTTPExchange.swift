import Foundation
import HTTPTypes
import OpenAPIRuntime

/// One request and its answer through a transport and its middlewares, with a timeout; what both
/// API calls and token fetches go through.
public struct HTTPExchange: Sendable {
    public var baseURL: URL
    public var transport: any ClientTransport
    public var middlewares: [any ClientMiddleware]
    /// How long one request may take, answer included.
    public var timeout: Duration
    /// Answers larger than this are refused rather than held in memory.
    public var maximumResponseSize = 32 * 1024 * 1024

    public init(baseURL: URL, transport: any ClientTransport, middlewares: [any ClientMiddleware] = [], timeout: Duration) {
        self.baseURL = baseURL
        self.transport = transport
        self.middlewares = middlewares
        self.timeout = timeout
    }

    /// Sends `request`; transport failures become `ClientError.transport`, a late answer `.timedOut`.
    public func send(_ request: HTTPRequest, body: Data?, operationID: String) async throws -> (HTTPResponse, Data) {
        try await withThrowingTaskGroup(of: (HTTPResponse, Data).self) { group in
            group.addTask { try await exchange(request, body: body, operationID: operationID) }
            group.addTask { [timeout] in
                try await Task.sleep(for: timeout)
                throw ClientError.timedOut(after: timeout)
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw CancellationError() }
            return first
        }
    }

    private func exchange(_ request: HTTPRequest, body: Data?, operationID: String) async throws -> (HTTPResponse, Data) {
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
        do {
            let (response, responseBody) = try await next(request, body.map { HTTPBody($0) }, baseURL)
            var data = Data()
            if let responseBody { data = try await Data(collecting: responseBody, upTo: maximumResponseSize) }
            return (response, data)
        } catch let error as CancellationError {
            throw error
        } catch {
            if Task.isCancelled { throw CancellationError() }
            throw ClientError.transport(error)
        }
    }
}
