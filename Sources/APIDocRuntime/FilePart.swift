import Foundation
import OpenAPIRuntime

/// A file to upload as one part of a `multipart/form-data` body.
public struct FilePart: Sendable, Hashable {
    /// The file's bytes, sent as they are read.
    public var body: HTTPBody
    /// The name the server is told (`filename=`).
    public var fileName: String
    /// The part's `Content-Type`.
    public var contentType: String

    /// A file held in memory.
    public init(data: Data, fileName: String, contentType: String = "application/octet-stream") {
        self.init(body: HTTPBody(data), fileName: fileName, contentType: contentType)
    }

    /// A file on disk, read in chunks each time the request is sent (so retries send it again)
    /// rather than held in memory.
    ///
    /// - Throws: when the file's size cannot be read.
    public init(contentsOf url: URL, fileName: String? = nil, contentType: String = "application/octet-stream") throws {
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber
        self.init(
            body: HTTPBody(FileChunks(url: url), length: size.map { .known($0.int64Value) } ?? .unknown, iterationBehavior: .multiple),
            fileName: fileName ?? url.lastPathComponent, contentType: contentType)
    }

    /// A file from any body, such as one being downloaded; a body that can be read only once
    /// makes the request one that cannot be retried.
    public init(body: HTTPBody, fileName: String, contentType: String = "application/octet-stream") {
        self.body = body
        self.fileName = fileName
        self.contentType = contentType
    }
}

/// A file's bytes in chunks, read from disk anew for every iteration.
struct FileChunks: AsyncSequence, Sendable {
    let url: URL
    static let chunkSize = 64 * 1024

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(url: url) }

    struct AsyncIterator: AsyncIteratorProtocol {
        let url: URL
        var handle: FileHandle?
        var finished = false

        mutating func next() async throws -> ArraySlice<UInt8>? {
            guard !finished else { return nil }
            if handle == nil { handle = try FileHandle(forReadingFrom: url) }
            guard let data = try handle?.read(upToCount: FileChunks.chunkSize), !data.isEmpty else {
                try handle?.close()
                finished = true
                return nil
            }
            return ArraySlice(data)
        }
    }
}
