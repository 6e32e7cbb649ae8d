import APIDocEmitter
import APIDocModel
import APIDocParser
import Foundation
import Testing

/// A body that is a bare JSON array (`|  | Array |` and the element's rows after it) and an answer
/// that is a bare boolean are generated as typealiases, so the call sends `[{…}]` and decodes
/// `true`, not an object with a nameless key.
@Suite struct BareValueTests {
    static let page = """
        ---
        title: "批量导入"
        source_url: "https://open.dingtalk.com/document/development/example"
        ---

        # 批量导入

        ## **请求**

        | **基本信息** | |
        | --- | --- |
        | HTTP URL | https://api.dingtalk.com/v1.0/hrbrain/datas/empInfos/import |
        | HTTP Method | POST |

        ### **请求体**

        | 名称 | 类型 | 是否必填 | 示例值 | 描述 |
        | --- | --- | --- | --- | --- |
        |  | Array | 是 |  | 员工列表。 |
        | name | String | 是 | 张三 | 姓名。 |
        | workNo | String | 是 | 001 | 工号。 |

        ## **响应**

        ### **响应体**

        | 名称 | 类型 | 示例值 | 描述 |
        | --- | --- | --- | --- |
        |  | Boolean | true | 是否成功。 |
        """

    static func generate() throws -> String {
        let document = DocumentParser().parse(bytes: Array(page.utf8), file: "bare.md")
        let files = SwiftClientEmitter(templates: try .bundled()).files(for: document, pages: ["bare.md"])
        return try #require(files.first { $0.name == "bare.swift" }).contents
    }

    @Test func bareArrayBodyAndBooleanResponseAreTypealiases() throws {
        let code = try Self.generate()
        #expect(code.contains("public typealias Body = [BodyItem]"))
        #expect(code.contains("public struct BodyItem: Codable, Sendable, Hashable"))
        #expect(code.contains("public typealias Response = Bool"))
        #expect(code.contains("_ body: DingTalk.Hrbrain.V1.ImportDatasEmpInfos.Body"))
        #expect(!code.contains("case `_`"))
    }

    @Test func bareValueCodeCompiles() throws {
        let document = DocumentParser().parse(bytes: Array(Self.page.utf8), file: "bare.md")
        let files = SwiftClientEmitter(templates: try .bundled()).files(for: document, pages: ["bare.md"])
        let usage = """
            import APIDocRuntime
            func use(_ client: DingTalk.Client) async throws -> Bool {
                try await client.hrbrain.v1.importDatasEmpInfos([.init(name: "张三", workNo: "001")])
            }
            """
        let result = try Repository.typeCheck(files, usage: usage, module: "BareClients")
        #expect(result.succeeded, "generated code does not compile:\n\(result.output)")
    }
}
