import APIDocRuntime
import DingTalkAPI
import FeishuAPI
import Foundation
import HTTPTypes
import Synchronization
import Testing

/// Uploads as the real pages document them (`specs/*upload*.md`): `multipart/form-data` bodies
/// with text fields and file parts, checked byte for byte on the server.
@Suite struct UploadTests {
    static let image: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x2D, 0x2D]

    /// The boundary the request's `Content-Type` names.
    static func boundary(of request: LoopbackServer.Received) throws -> String {
        let contentType = try #require(request.headers[.contentType])
        #expect(contentType.hasPrefix("multipart/form-data; boundary="))
        return String(try #require(contentType.split(separator: "=", maxSplits: 1).last))
    }

    /// A multipart body written out by hand from RFC 7578, to compare the client's with.
    static func multipart(boundary: String, texts: [(String, String)], file: (name: String, fileName: String, type: String, bytes: [UInt8])) -> [UInt8] {
        var body = ""
        for (name, value) in texts {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.fileName)\"\r\n"
        body += "Content-Type: \(file.type)\r\n\r\n"
        return Array(body.utf8) + file.bytes + Array("\r\n--\(boundary)--\r\n".utf8)
    }

    @Test func feishuImageUploadSendsTheDocumentedParts() async throws {
        let (request, response) = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.feishuTenant
                ? TokenEndpoints.feishuAnswer(token: "t-1")
                : .init(body: #"{"code": 0, "msg": "success", "data": {"image_key": "img_v2_xxx"}}"#)
        } _: { url, log in
            let response = try await Feishu.Client(appID: "cli", appSecret: "s", baseURL: url).im.v1.image.create(
                .init(imageType: .message, image: FilePart(data: Data(Self.image), fileName: "a \"b\".png", contentType: "image/png")))
            return (await log.requests.last, response)
        }
        let call = try #require(request)
        #expect(call.method == .post)
        #expect(call.target == "/open-apis/im/v1/images")
        #expect(call.headers[.authorization] == "Bearer t-1")
        let boundary = try Self.boundary(of: call)
        let expected = Self.multipart(
            boundary: boundary, texts: [("image_type", "message")], file: ("image", "a %22b%22.png", "image/png", Self.image))
        #expect(Array(call.body) == expected)
        #expect(response.imageKey == "img_v2_xxx")
    }

    /// A file on disk streams in chunks, with its length known up front, and is read again when
    /// the call is retried.
    @Test func fileOnDiskStreamsAndIsSentAgainOnRetry() async throws {
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("apidocgen-upload-\(UUID().uuidString).bin")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let uploads = try await LoopbackServer.run { request, count in
            if request.path == TokenEndpoints.feishuTenant { return TokenEndpoints.feishuAnswer(token: "t-1") }
            // The first upload is rate limited; the retry succeeds.
            return count == 2
                ? .init(status: .tooManyRequests, body: #"{"code": 99991400, "msg": "request trigger frequency limit"}"#)
                : .init(body: #"{"code": 0, "msg": "success", "data": {"image_key": "img_v2_big"}}"#)
        } _: { url, log in
            let client = Feishu.Client(appID: "cli", appSecret: "s", baseURL: url, options: .fastRetries)
            _ = try await client.im.v1.image.create(.init(imageType: .avatar, image: try FilePart(contentsOf: file, contentType: "image/png")))
            return await log.requests.filter { $0.path == "/open-apis/im/v1/images" }
        }
        #expect(uploads.count == 2)
        let boundary = try Self.boundary(of: try #require(uploads.first))
        let expected = Self.multipart(
            boundary: boundary, texts: [("image_type", "avatar")], file: ("image", file.lastPathComponent, "image/png", bytes))
        #expect(uploads.map { Array($0.body) == expected } == [true, true])
        #expect(uploads.first?.headers[.contentLength] == String(expected.count))
    }

    /// upload_prepare, then upload_part per block, then upload_finish, as the drive pages say.
    @Test func feishuChunkedUploadReassemblesTheFile() async throws {
        let file = Array("0123456789".utf8)
        let received = Mutex<[Int: [UInt8]]>([:])
        let (token, finishBody) = try await LoopbackServer.run { request, _ in
            switch request.path {
            case TokenEndpoints.feishuTenant:
                return TokenEndpoints.feishuAnswer(token: "t-1")
            case "/open-apis/drive/v1/medias/upload_prepare":
                return .init(body: #"{"code": 0, "msg": "ok", "data": {"upload_id": "up-1", "block_size": 4, "block_num": 3}}"#)
            case "/open-apis/drive/v1/medias/upload_part":
                // The part's seq field and file bytes, read back out of the multipart body.
                let text = String(decoding: request.body, as: UTF8.self)
                let seq = Int(text.firstMatch(of: #/name="seq"\r\n\r\n(\d+)\r\n/#)?.output.1 ?? "") ?? -1
                guard let start = request.body.range(of: Data("Content-Type: application/octet-stream\r\n\r\n".utf8)),
                    let end = request.body.range(of: Data("\r\n--".utf8), in: start.upperBound..<request.body.endIndex)
                else { return .init(status: .badRequest, body: #"{"code": 1, "msg": "no file part"}"#) }
                received.withLock { $0[seq] = Array(request.body[start.upperBound..<end.lowerBound]) }
                return .init(body: #"{"code": 0, "msg": "ok", "data": {}}"#)
            default:
                return .init(body: #"{"code": 0, "msg": "ok", "data": {"file_token": "boxcn-1"}}"#)
            }
        } _: { url, log in
            let media = Feishu.Client(appID: "cli", appSecret: "s", baseURL: url).drive.v1.media
            let prepared = try await media.uploadPrepare(
                .init(fileName: "digits.txt", parentType: .docxImage, parentNode: "doxcn-1", size: file.count))
            let uploadID = try #require(prepared.uploadID)
            let blockSize = try #require(prepared.blockSize)
            for (seq, start) in stride(from: 0, to: file.count, by: blockSize).enumerated() {
                let block = Array(file[start..<min(start + blockSize, file.count)])
                _ = try await media.uploadPart(
                    .init(uploadID: uploadID, seq: seq, size: block.count, file: FilePart(data: Data(block), fileName: "digits.txt")))
            }
            let finished = try await media.uploadFinish(.init(uploadID: uploadID, blockNum: try #require(prepared.blockNum)))
            return (finished.fileToken, await log.requests.last.map { String(decoding: $0.body, as: UTF8.self) })
        }
        #expect(token == "boxcn-1")
        #expect(finishBody == #"{"block_num":3,"upload_id":"up-1"}"#)
        let blocks = received.withLock { $0 }
        #expect(blocks.keys.sorted() == [0, 1, 2])
        #expect([0, 1, 2].flatMap { blocks[$0] ?? [] } == file)
    }

    @Test func dingTalkMediaUploadGoesToTheLegacyHostAsMultipart() async throws {
        let (request, response) = try await LoopbackServer.run { request, _ in
            request.path == TokenEndpoints.dingtalk
                ? TokenEndpoints.dingtalkAnswer(token: "tk")
                : .init(body: #"{"errcode": 0, "errmsg": "ok", "media_id": "@lADOADmaWMzazQKA", "type": "image", "created_at": 1605863153573}"#)
        } _: { url, log in
            let client = DingTalk.Client(appKey: "k", appSecret: "s", baseURL: url, legacyBaseURL: url.appendingPathComponent("oapi"))
            let response = try await client.media.upload(
                .init(type: "image", media: FilePart(data: Data(Self.image), fileName: "222.png", contentType: "image/png")))
            return (await log.requests.last, response)
        }
        let call = try #require(request)
        #expect(call.target == "/oapi/media/upload?access_token=tk")
        let expected = Self.multipart(
            boundary: try Self.boundary(of: call), texts: [("type", "image")], file: ("media", "222.png", "image/png", Self.image))
        #expect(Array(call.body) == expected)
        #expect(response.mediaID == "@lADOADmaWMzazQKA")
    }
}
