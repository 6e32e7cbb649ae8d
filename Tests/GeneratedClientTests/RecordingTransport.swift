import APIDocRuntime
import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A transport that keeps what the client sends and answers with a canned response.
///
/// The loopback HTTP conformance suite is the runtime issue's; this pins what generated methods
/// hand to any transport.
actor RecordingTransport: ClientTransport {
    struct Sent: Sendable {
        var request: HTTPRequest
        var body: Data
        var baseURL: URL
    }

    private(set) var sent: [Sent] = []
    private let status: HTTPResponse.Status
    private let headers: HTTPFields
    private let answer: Data

    init(status: HTTPResponse.Status = .ok, headers: HTTPFields = [:], answer: String) {
        self.status = status
        self.headers = headers
        self.answer = Data(answer.utf8)
    }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        var data = Data()
        if let body { data = try await Data(collecting: body, upTo: 1 << 20) }
        sent.append(Sent(request: request, body: data, baseURL: baseURL))
        return (HTTPResponse(status: status, headerFields: headers), HTTPBody(answer))
    }
}
