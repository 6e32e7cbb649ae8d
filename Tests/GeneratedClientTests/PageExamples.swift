import APIDocModel
import APIDocParser
import APIDocRuntime
import Foundation
import HTTPTypes
import Testing

/// A seed page's model, read from `specs/` by the parser: its examples are the expected values.
enum PageExamples {
    static let specs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("specs")

    static func endpoint(_ prefix: String) throws -> Endpoint {
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: specs.path).first { $0.hasPrefix(prefix) })
        let document = try DocumentParser().parse(paths: [specs.appendingPathComponent(name).path])
        return try #require(document.endpoints.first)
    }

    static func json(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    static func json(_ text: String) throws -> JSONValue {
        try json(Data(text.utf8))
    }

    static func encoded(_ value: some Encodable) throws -> JSONValue {
        try json(JSONEncoder().encode(value))
    }

    /// Decodes `example` as `T` and encodes it again.
    static func roundTrip<T: Codable>(_ example: JSONValue, as type: T.Type) throws -> (T, JSONValue) {
        let value = try JSONDecoder().decode(T.self, from: try JSONEncoder().encode(example))
        return (value, try encoded(value))
    }

    /// The request the server received equals the page's sample: method, path, query, headers, body.
    static func expect(_ received: LoopbackServer.Received, equals sample: RequestSample, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(received.method.rawValue == sample.method, sourceLocation: sourceLocation)
        let expectedTarget = sample.url.dropFirst("https://".count).drop { $0 != "/" }
        #expect(received.target == String(expectedTarget), sourceLocation: sourceLocation)
        for (name, value) in sample.headers {
            let field = try #require(HTTPField.Name(name))
            let sentValue = received.headers[field]
            if field == .contentType {
                #expect(sentValue?.split(separator: ";").first.map(String.init) == value, sourceLocation: sourceLocation)
            } else {
                #expect(sentValue == value, "header \(name)", sourceLocation: sourceLocation)
            }
        }
        if let body = sample.body {
            #expect(try json(received.body) == json(body), sourceLocation: sourceLocation)
        } else {
            #expect(received.body.isEmpty, sourceLocation: sourceLocation)
        }
    }

    /// The page's response example as the body a server sends.
    static func responseBody(of endpoint: Endpoint) throws -> String {
        let example = try #require(endpoint.examples.response)
        return String(decoding: try JSONEncoder().encode(example), as: UTF8.self)
    }
}
