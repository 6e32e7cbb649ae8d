import Foundation

/// A file to upload as one part of a `multipart/form-data` body.
public struct FilePart: Sendable, Hashable {
    public var data: Data
    /// The name the server is told (`filename=`).
    public var fileName: String
    /// The part's `Content-Type`.
    public var contentType: String

    public init(data: Data, fileName: String, contentType: String = "application/octet-stream") {
        self.data = data
        self.fileName = fileName
        self.contentType = contentType
    }
}

/// A `multipart/form-data` body (RFC 7578): text fields and files in the order they are added.
public struct MultipartForm: Sendable {
    private enum Part {
        case text(name: String, value: String)
        case file(name: String, FilePart)
    }

    /// The delimiter between parts, also named in the request's `Content-Type`.
    public let boundary: String
    private var parts: [Part] = []

    /// - Parameter boundary: A text no part contains; a random one by default.
    public init(boundary: String = "apidocgen-" + UUID().uuidString) {
        self.boundary = boundary
    }

    /// `multipart/form-data; boundary=…`.
    public var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    /// Adds a text field unless `value` is `nil`.
    public mutating func append(_ name: String, _ value: (some ParameterValue)?) {
        if let value { parts.append(.text(name: name, value: value.parameterText)) }
    }

    /// Adds one text field per element, as forms repeat a name.
    public mutating func append(_ name: String, _ values: [some ParameterValue]?) {
        for value in values ?? [] { append(name, value) }
    }

    /// Adds a file unless `file` is `nil`.
    public mutating func append(_ name: String, _ file: FilePart?) {
        if let file { parts.append(.file(name: name, file)) }
    }

    /// Adds one file part per element.
    public mutating func append(_ name: String, _ files: [FilePart]?) {
        for file in files ?? [] { append(name, file) }
    }

    /// The encoded body.
    public var data: Data {
        var data = Data()
        func line(_ text: String) { data += Data((text + "\r\n").utf8) }
        for part in parts {
            line("--" + boundary)
            switch part {
            case .text(let name, let value):
                line("Content-Disposition: form-data; name=\"\(Self.quoted(name))\"")
                line("")
                line(value)
            case .file(let name, let file):
                line("Content-Disposition: form-data; name=\"\(Self.quoted(name))\"; filename=\"\(Self.quoted(file.fileName))\"")
                line("Content-Type: " + file.contentType)
                line("")
                data += file.data
                line("")
            }
        }
        line("--" + boundary + "--")
        return data
    }

    /// A name or file name inside a quoted header parameter: quotes and line breaks
    /// percent-encoded, as browsers write them.
    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }
}

/// A request body the generator wrote for an upload endpoint.
public protocol MultipartFields: Sendable {
    /// Adds the fields that are set, in the page's order.
    func write(to form: inout MultipartForm)
}

extension APIRequest {
    /// Encodes `fields` as the `multipart/form-data` request body.
    public mutating func setMultipartBody(_ fields: some MultipartFields, boundary: String = "apidocgen-" + UUID().uuidString) {
        var form = MultipartForm(boundary: boundary)
        fields.write(to: &form)
        body = form.data
        headers[.contentType] = form.contentType
    }
}
