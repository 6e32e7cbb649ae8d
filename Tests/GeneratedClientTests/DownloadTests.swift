import APIDocRuntime
import FeishuAPI
import Foundation
import HTTPTypes
import Testing

/// An endpoint whose page says it answers with a file (`specs/feishu-im-image-download.md`,
/// `返回文件二进制流`) returns the bytes as they stream, with what the headers say of them; an
/// error the server answers in JSON is still the endpoint's typed error.
@Suite struct DownloadTests {
    typealias Images = Feishu.IM.V1.Image.Get
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0x7B]

    static func answer(_ request: LoopbackServer.Received, file: LoopbackServer.Answer) -> LoopbackServer.Answer {
        request.path == TokenEndpoints.feishuTenant ? TokenEndpoints.feishuAnswer(token: "t-1") : file
    }

    @Test func imageDownloadReturnsTheBytesAndWhatTheHeadersSay() async throws {
        let headers: HTTPFields = [
            .contentType: "image/png",
            .contentDisposition: #"attachment; filename="fallback.png"; filename*=UTF-8''%E5%9B%BE%E7%89%87.png"#,
        ]
        let (request, image, bytes) = try await LoopbackServer.run { request, _ in
            Self.answer(request, file: .init(headers: headers, bodyBytes: Self.png))
        } _: { url, log in
            let image = try await Feishu.Client(appID: "cli", appSecret: "s", baseURL: url).im.v1.image.get(imageKey: "img_v2_1")
            let bytes = try await image.data(upTo: 1 << 20)
            return (await log.requests.last, image, bytes)
        }
        #expect(request?.method == .get)
        #expect(request?.target == "/open-apis/im/v1/images/img_v2_1")
        #expect(request?.headers[.authorization] == "Bearer t-1")
        #expect(request?.headers[.accept] == "*/*")
        #expect(Array(bytes) == Self.png)
        #expect(image.contentType == "image/png")
        #expect(image.fileName == "图片.png")
        #expect(image.contentLength == Int64(Self.png.count))
        #expect(image.httpStatus == 200)
    }

    @Test func jsonErrorAnswerIsTheTypedError() async throws {
        let headers: HTTPFields = [.contentType: "application/json; charset=utf-8", HTTPField.Name("X-Tt-Logid")!: "log-7"]
        let error: Images.Error? = try await LoopbackServer.run { request, _ in
            Self.answer(request, file: .init(status: .badRequest, headers: headers, body: #"{"code": 234005, "msg": "image has been deleted"}"#))
        } _: { url, _ in
            do {
                _ = try await Feishu.Client(appID: "cli", appSecret: "s", baseURL: url).im.v1.image.get(imageKey: "img")
                return nil
            } catch let error as Images.Error { return error }
        }
        #expect(error?.code == .imageHasBeenDeleted)
        #expect(error?.httpStatus == 400)
        #expect(error?.requestID == "log-7")
    }

    @Test func aJSONFileThatIsNoErrorIsTheFile() async throws {
        let headers: HTTPFields = [.contentType: "application/json"]
        let body = #"{"name": "a file that happens to be JSON"}"#
        let data = try await LoopbackServer.run { request, _ in
            Self.answer(request, file: .init(headers: headers, body: body))
        } _: { url, _ in
            try await Feishu.Client(appID: "cli", appSecret: "s", baseURL: url).im.v1.image.get(imageKey: "img").data(upTo: 1024)
        }
        #expect(String(decoding: data, as: UTF8.self) == body)
    }

    @Test(arguments: [
        (#"attachment; filename="a b.png""#, "a b.png"),
        ("attachment; filename=plain.txt", "plain.txt"),
        (#"inline; filename*=UTF-8''%E4%B8%AD.pdf; filename="zh.pdf""#, "中.pdf"),
        ("attachment", nil),
    ] as [(String, String?)])
    func fileNameFromContentDisposition(header: String, name: String?) {
        var fields = HTTPFields()
        fields[.contentDisposition] = header
        #expect(DownloadedFile(response: HTTPResponse(status: .ok, headerFields: fields), body: nil).fileName == name)
    }
}
