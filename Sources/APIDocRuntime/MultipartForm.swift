import Foundation
import OpenAPIRuntime

/// A `multipart/form-data` body (RFC 7578): text fields and files in the order they are added.
public struct MultipartForm: Sendable {
    /// The delimiter between parts, also named in the request's `Content-Type`.
    public let boundary: String
    private var pieces: [MultipartChunks.Piece] = []

    /// - Parameter boundary: A text no part contains; a random one by default.
    public init(boundary: String = "apidocgen-" + UUID().uuidString) {
        self.boundary = boundary
    }

    /// `multipart/form-data; boundary=…`.
    public var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    /// Adds a text field unless `value` is `nil`.
    public mutating func append(_ name: String, _ value: (some ParameterValue)?) {
        guard let value else { return }
        pieces.append(.bytes(header(name: name) + "\r\n\r\n" + value.parameterText + "\r\n"))
    }

    /// Adds one text field per element, as forms repeat a name.
    public mutating func append(_ name: String, _ values: [some ParameterValue]?) {
        for value in values ?? [] { append(name, value) }
    }

    /// Adds a file unless `file` is `nil`.
    public mutating func append(_ name: String, _ file: FilePart?) {
        guard let file else { return }
        let disposition = header(name: name) + "; filename=\"\(Self.quoted(file.fileName))\""
        pieces.append(.bytes(disposition + "\r\nContent-Type: \(file.contentType)\r\n\r\n"))
        pieces.append(.file(file.body))
        pieces.append(.bytes("\r\n"))
    }

    /// Adds one file part per element.
    public mutating func append(_ name: String, _ files: [FilePart]?) {
        for file in files ?? [] { append(name, file) }
    }

    /// The encoded body: streamed, of known length when every file's length is known, and
    /// readable again (for retries) when every file is.
    public var body: HTTPBody {
        let chunks = MultipartChunks(pieces: pieces + [.bytes("--\(boundary)--\r\n")])
        return HTTPBody(chunks, length: chunks.length, iterationBehavior: chunks.iterationBehavior)
    }

    /// The delimiter and the part's `Content-Disposition`, up to the end of its line.
    private func header(name: String) -> String {
        "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(Self.quoted(name))\""
    }

    /// A name or file name inside a quoted header parameter: quotes and line breaks
    /// percent-encoded, as browsers write them.
    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }
}

/// The bytes of a multipart body in order: its own text, and each file's chunks as they come.
struct MultipartChunks: AsyncSequence, Sendable {
    enum Piece: Sendable {
        case bytes(ArraySlice<UInt8>)
        case file(HTTPBody)

        static func bytes(_ text: some StringProtocol) -> Piece { .bytes(ArraySlice(text.utf8)) }
    }

    let pieces: [Piece]

    var length: HTTPBody.Length {
        var total: Int64 = 0
        for piece in pieces {
            switch piece {
            case .bytes(let bytes): total += Int64(bytes.count)
            case .file(let body):
                guard case .known(let length) = body.length else { return .unknown }
                total += length
            }
        }
        return .known(total)
    }

    var iterationBehavior: IterationBehavior {
        let single = pieces.contains { if case .file(let body) = $0 { body.iterationBehavior == .single } else { false } }
        return single ? .single : .multiple
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(pieces: pieces[...]) }

    struct AsyncIterator: AsyncIteratorProtocol {
        var pieces: ArraySlice<Piece>
        var file: HTTPBody.AsyncIterator?

        mutating func next() async throws -> ArraySlice<UInt8>? {
            while true {
                if var current = file {
                    let chunk = try await current.next()
                    file = current
                    if let chunk { return chunk }
                    file = nil
                }
                guard let piece = pieces.popFirst() else { return nil }
                switch piece {
                case .bytes(let bytes): return bytes
                case .file(let body): file = body.makeAsyncIterator()
                }
            }
        }
    }
}

/// A request body the generator wrote for an upload endpoint.
public protocol MultipartFields: Sendable {
    /// Adds the fields that are set, in the page's order.
    func write(to form: inout MultipartForm)
}

extension APIRequest {
    /// Sets `fields` as the `multipart/form-data` request body; files stream as it is sent.
    public mutating func setMultipartBody(_ fields: some MultipartFields, boundary: String = "apidocgen-" + UUID().uuidString) {
        var form = MultipartForm(boundary: boundary)
        fields.write(to: &form)
        body = form.body
        headers[.contentType] = form.contentType
    }
}
