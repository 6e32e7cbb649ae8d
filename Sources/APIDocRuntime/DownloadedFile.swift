import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A file an endpoint answers with: its bytes as they stream in, and what the answer's headers
/// say about it.
///
/// ```swift
/// let image = try await feishu.im.v1.image.get(imageKey: key)
/// let data = try await image.data(upTo: 10 << 20)
/// print(image.contentType ?? "", image.fileName ?? "")
/// ```
public struct DownloadedFile: Sendable {
    /// The file's bytes; iterate it to stream, or collect it with `data(upTo:)`.
    public var body: HTTPBody
    /// `Content-Type`, such as `image/png`.
    public var contentType: String?
    /// The name `Content-Disposition` gives (`filename*` preferred, percent-decoded).
    public var fileName: String?
    /// `Content-Length`, when the server sends one.
    public var contentLength: Int64?
    /// 200, or 206 for a part asked for with `Range`.
    public var httpStatus: Int
    /// All the answer's headers.
    public var headers: HTTPFields

    public init(response: HTTPResponse, body: HTTPBody?) {
        self.body = body ?? HTTPBody()
        headers = response.headerFields
        httpStatus = response.status.code
        contentType = headers[.contentType]
        contentLength = headers[.contentLength].flatMap { Int64($0) }
        fileName = headers[.contentDisposition].flatMap(Self.fileName(inContentDisposition:))
    }

    /// The whole file in memory; throws when it is larger than `maximumSize` bytes.
    public func data(upTo maximumSize: Int) async throws -> Data {
        try await Data(collecting: body, upTo: maximumSize)
    }

    /// `attachment; filename="a.png"` → `a.png`; `filename*=UTF-8''%E5%9B%BE.png` → `图.png`
    /// (RFC 6266), which wins where both are given.
    static func fileName(inContentDisposition value: String) -> String? {
        var plain: String?
        for parameter in value.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            switch parts[0].lowercased() {
            case "filename*":
                // charset'language'percent-encoded
                let pieces = parts[1].split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                if pieces.count == 3, let decoded = String(pieces[2]).removingPercentEncoding { return decoded }
            case "filename":
                var name = Substring(parts[1])
                if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = name.dropFirst().dropLast() }
                plain = name.replacingOccurrences(of: "\\\"", with: "\"")
            default:
                break
            }
        }
        return plain
    }
}
