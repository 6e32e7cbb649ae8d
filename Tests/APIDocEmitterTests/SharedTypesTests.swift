import APIDocEmitter
import APIDocModel
import APIDocParser
import Foundation
import Testing

/// What several endpoints of a service declare alike is declared once, in the service's `Types`,
/// and each endpoint keeps its own names for it as typealiases.
@Suite struct SharedTypesTests {
    /// A list endpoint whose query, errors and answer's items the other page declares alike; the
    /// answers differ (`total`).
    static func page(resource: String, title: String, total: Bool) -> String {
        """
        ---
        title: "\(title)"
        ---

        # \(title)

        ## 请求

        名称 | 值
        ---|---
        HTTP URL | https://open.feishu.cn/open-apis/demo/v1/\(resource)
        HTTP Method | GET

        ### 查询参数

        名称 | 类型 | 必填 | 描述
        ---|---|---|---
        user_id_type | string | 否 | 用户 ID 类型<br>**可选值有**：<br>- `open_id`：Open ID<br>- `user_id`：User ID

        ## 响应

        ### 响应体

        名称 | 类型 | 描述
        ---|---|---
        code | int | 错误码
        msg | string | 错误描述
        data | \\- | \\-
        items | item[] | \(title)的列表
        name | string | 名称
        owner_id | string | 负责人
        \(total ? "total | int | 总数" : "")

        ### 响应体示例

        ```json
        {"code": 0, "msg": "", "data": {"items": [{"name": "n", "owner_id": "ou_1"}]\(total ? ", \"total\": 1" : "")}}
        ```

        ### 错误码

        HTTP状态码 | 错误码 | 描述 | 排查建议
        ---|---|---|---
        500 | 1002001 | System error. | 重试
        """
    }

    static func generate(_ pages: [(file: String, text: String)]) throws -> [GeneratedFile] {
        let document = DocumentParser().parse(pages: pages.map { (file: $0.file, bytes: Array($0.text.utf8)) })
        return SwiftClientEmitter(templates: try .bundled()).files(for: document, pages: pages.map(\.file))
    }

    static let pages = [
        (file: "things.md", text: page(resource: "things", title: "列出物品", total: false)),
        (file: "others.md", text: page(resource: "others", title: "列出其他", total: true)),
    ]

    private static func contents(_ name: String, in files: [GeneratedFile]) throws -> String {
        try #require(files.first { $0.name == name }).contents
    }

    @Test func aShapeTwoEndpointsDeclareIsDeclaredOnce() throws {
        let files = try Self.generate(Self.pages)
        let shared = try Self.contents(SwiftClientEmitter.sharedTypesFileName, in: files)
        #expect(shared.contains("extension Feishu.Demo {"))
        #expect(shared.components(separatedBy: "public struct Item: Codable").count == 2)
        #expect(shared.contains("public struct UserIDType: OpenEnumeration"))
        #expect(shared.contains("public enum ErrorCode: Int, DocumentedErrorCode"))
        for page in ["things.swift", "others.swift"] {
            let code = try Self.contents(page, in: files)
            #expect(code.contains("public typealias Query = Feishu.Demo.Types.Query"), "\(page)")
            #expect(code.contains("public typealias Item = Feishu.Demo.Types.Item"), "\(page)")
            #expect(code.contains("public typealias ErrorCode = Feishu.Demo.Types.ErrorCode"), "\(page)")
            #expect(!code.contains("public struct Item"), "\(page)")
        }
    }

    @Test func theOrderOfPagesChangesNoByte() throws {
        let forward = try Self.generate(Self.pages).map { [$0.name: $0.contents] }
        let backward = try Self.generate(Self.pages.reversed()).map { [$0.name: $0.contents] }
        #expect(Set(forward) == Set(backward))
    }

    /// The names callers write are the same whether the types are shared or not.
    static let usage = """
        import APIDocRuntime
        func use(_ client: Feishu.Client) async throws -> [Feishu.Demo.V1.Thing.List.Response.Item] {
            let query = Feishu.Demo.V1.Thing.List.Query(userIDType: .openID)
            var item = Feishu.Demo.V1.Thing.List.Response.Item()
            item.ownerID = "ou_1"
            let code: Feishu.Demo.V1.Thing.List.ErrorCode = .systemError
            _ = (code.advice, item)
            return try await client.demo.v1.thing.list(query: query).items ?? []
        }
        """

    @Test func theSharedCodeCompilesAndSoDoesOnePageAlone() throws {
        let together = try Repository.typeCheck(Self.generate(Self.pages), usage: Self.usage, module: "SharedClients")
        #expect(together.succeeded, "generated code does not compile:\n\(together.output)")
        let alone = try Repository.typeCheck(Self.generate([Self.pages[0]]), usage: Self.usage, module: "OnePageClients")
        #expect(alone.succeeded, "generated code does not compile:\n\(alone.output)")
    }

    /// A request's object and an answer's with the same fields are not one shape: the request's
    /// has a memberwise initializer, the answer's `init()`. (The answer comes first in id order,
    /// so were they one, the request's would lose its initializer.)
    @Test func requestsAndAnswersDoNotShare() throws {
        let request = """
            # 创建物品

            ## 请求

            名称 | 值
            ---|---
            HTTP URL | https://open.feishu.cn/open-apis/demo/v1/things
            HTTP Method | POST

            ### 请求体

            名称 | 类型 | 必填 | 描述
            ---|---|---|---
            items | item[] | 否 | 物品
            name | string | 否 | 名称
            owner_id | string | 否 | 负责人

            ### 请求体示例

            ```json
            {"items": [{"name": "n", "owner_id": "ou_1"}]}
            ```
            """
        let files = try Self.generate([Self.pages[1], (file: "create.md", text: request)])
        let usage = """
            import APIDocRuntime
            func use() {
                _ = Feishu.Demo.V1.Thing.Create.Body.Item(name: "n", ownerID: "ou_1")
                _ = Feishu.Demo.V1.Other.List.Response.Item()
            }
            """
        let result = try Repository.typeCheck(files, usage: usage, module: "RoleClients")
        #expect(result.succeeded, "generated code does not compile:\n\(result.output)")
    }
}
