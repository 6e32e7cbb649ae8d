import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// A real HTTP server on 127.0.0.1 that records every request and answers as the test says.
enum LoopbackServer {
    struct Received: Sendable {
        var method: HTTPRequest.Method
        /// Path and query, as sent.
        var target: String
        var headers: HTTPFields
        var body: Data

        var path: String { String(target.prefix { $0 != "?" }) }
    }

    struct Answer: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var bytes: [UInt8]
        /// Held back this long, for timeouts and single-flight tests.
        var delay: Duration

        init(status: HTTPResponse.Status = .ok, headers: HTTPFields = [:], body: String, delay: Duration = .zero) {
            self.init(status: status, headers: headers, bodyBytes: Array(body.utf8), delay: delay)
        }

        /// An answer whose body is not text: a file.
        init(status: HTTPResponse.Status = .ok, headers: HTTPFields = [:], bodyBytes: [UInt8], delay: Duration = .zero) {
            self.status = status
            self.headers = headers
            self.bytes = bodyBytes
            self.delay = delay
        }
    }

    /// What the server has seen, in order.
    actor Log {
        private(set) var requests: [Received] = []

        func append(_ request: Received) -> Int {
            requests.append(request)
            return requests.count
        }

        func requests(to path: String) -> [Received] { requests.filter { $0.path == path } }
    }

    /// Runs `body` against a server on a free loopback port; `answer` gets each request and how
    /// many requests came before it.
    static func run<T: Sendable>(
        answer: @escaping @Sendable (Received, Int) async -> Answer,
        _ body: @Sendable (URL, Log) async throws -> T
    ) async throws -> T {
        let log = Log()
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let responder = CallbackResponder { (request: Request, _: BasicRequestContext) in
            let bytes = try await request.body.collect(upTo: 1 << 20)
            let received = Received(
                method: request.method, target: request.uri.description, headers: request.headers,
                body: Data(bytes.readableBytesView))
            let count = await log.append(received)
            let reply = await answer(received, count)
            if reply.delay > .zero { try await Task.sleep(for: reply.delay) }
            return Response(status: reply.status, headers: reply.headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: reply.bytes)))
        }
        var quiet = Logger(label: "loopback")
        quiet.logLevel = .critical
        let app = Application(
            responder: responder, configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            }, logger: quiet)
        let server = Task { try await app.runService(gracefulShutdownSignals: []) }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else { throw URLError(.cannotConnectToHost) }
        return try await body(URL(string: "http://127.0.0.1:\(port)")!, log)
    }
}
