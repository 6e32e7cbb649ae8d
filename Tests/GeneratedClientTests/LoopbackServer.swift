import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// A real HTTP server on 127.0.0.1 that records every request and answers as the test says.
///
/// With `LOOPBACK_TRANSCRIPT=FILE` set, every exchange is also written to FILE, as request and
/// answer text (bodies up to 600 bytes; a body that is not UTF-8 with `\xNN` for its other bytes).
enum LoopbackServer {
    enum Transcript {
        static let file = ProcessInfo.processInfo.environment["LOOPBACK_TRANSCRIPT"]
        private static let lock = NSLock()

        static func record(_ request: Received, _ answer: Answer) {
            guard let file else { return }
            var text = "> \(request.method.rawValue) \(request.target)\n"
            text += request.headers.map { "> \($0.name): \($0.value)\n" }.joined() + ">\n" + quoted(Array(request.body), prefix: "> ")
            text += "< \(answer.status.code)\n" + answer.headers.map { "< \($0.name): \($0.value)\n" }.joined() + "<\n"
            text += quoted(answer.bytes, prefix: "< ") + "\n"
            lock.withLock {
                if !FileManager.default.fileExists(atPath: file) {
                    _ = FileManager.default.createFile(atPath: file, contents: nil)
                }
                let handle = FileHandle(forWritingAtPath: file)
                handle?.seekToEndOfFile()
                handle?.write(Data(text.utf8))
                try? handle?.close()
            }
        }

        private static func quoted(_ bytes: [UInt8], prefix: String) -> String {
            let head = Array(bytes.prefix(600))
            let shown = String(validating: head, as: UTF8.self) ?? head.map { byte -> String in
                byte == 0x0A || byte == 0x0D || (0x20..<0x7F).contains(byte) ? String(UnicodeScalar(byte)) : String(format: "\\x%02X", byte)
            }.joined()
            // A carriage return shows as `\r`, so CRLF line ends stay visible.
            let lines = shown.unicodeScalars.map { $0 == "\r" ? "\\r" : String($0) }.joined().split(separator: "\n", omittingEmptySubsequences: false)
            return lines.map { prefix + $0 + "\n" }.joined() + (bytes.count > 600 ? prefix + "… (\(bytes.count) bytes)\n" : "")
        }
    }

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
            Transcript.record(received, reply)
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
