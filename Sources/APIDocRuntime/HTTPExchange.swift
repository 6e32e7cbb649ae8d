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

    /// Sends `request` and reads the whole answer; transport failures become
    /// `ClientError.transport`, an answer not complete within the timeout `.timedOut`.
    public func send(_ request: HTTPRequest, body: HTTPBody?, operationID: String) async throws -> (HTTPResponse, Data) {
        try await withTimeout {
            let (response, responseBody) = try await exchange(request, body: body, operationID: operationID)
            return (response, try await collect(responseBody))
        }
    }

    /// Sends `request` and returns when the answer's head has come, its body still streaming (a
    /// file to download); the timeout covers the head only.
    public func open(_ request: HTTPRequest, body: HTTPBody?, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        try await withTimeout { try await exchange(request, body: body, operationID: operationID) }
    }

    /// An answer's body in memory, up to `maximumResponseSize`.
    public func collect(_ body: HTTPBody?) async throws -> Data {
        guard let body else { return Data() }
        do {
            return try await Data(collecting: body, upTo: maximumResponseSize)
        } catch let error as CancellationError {
            throw error
        } catch {
            throw ClientError.transport(error)
        }
    }

    private func withTimeout<Result: Sendable>(_ operation: @escaping @Sendable () async throws -> Result) async throws -> Result {
        try await withThrowingTaskGroup(of: Result.self) { group in
            group.addTask { try await operation() }
            group.addTask { [timeout] in
                try await Task.sleep(for: timeout)
                throw ClientError.timedOut(after: timeout)
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw CancellationError() }
            return first
        }
    }

    private func exchange(_ request: HTTPRequest, body: HTTPBody?, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
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
            return try await next(request, body, baseURL)
        } catch let error as CancellationError {
            throw error
        } catch {
            if Task.isCancelled { throw CancellationError() }
            throw ClientError.transport(error)
        }
    }
}
