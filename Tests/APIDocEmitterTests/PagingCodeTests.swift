import APIDocEmitter
import APIDocModel
import APIDocParser
import Foundation
import Testing

/// Paging methods read `has_more` as the page types it: historic pages answer `"has_more": 1`.
@Suite struct PagingCodeTests {
    static let page = """
        ---
        title: "获取企业安装的应用"
        source_url: https://open.feishu.cn/document/example
        ---

        ## 请求

        名称 | 值
        ---|---
        HTTP URL | https://open.feishu.cn/open-apis/application/v3/app/list
        HTTP Method | GET

        ### 请求参数

        |参数|类型|必须|说明|
        |-|-|-|-|
        |page_token|string|否|分页起始位置标示|
        |page_size|int|否|单页需求最大个数|

        ## 响应

        ### 响应体示例

        ```json
        {"code": 0, "msg": "success", "data": {"app_list": [{"app_id": "cli_1"}], "has_more": 1, "page_token": "3"}}
        ```
        """

    @Test func anIntegerHasMoreEndsTheListingAtZero() throws {
        let document = DocumentParser().parse(bytes: Array(Self.page.utf8), file: "list.md")
        let files = SwiftClientEmitter(templates: try .bundled()).files(for: document, pages: ["list.md"])
        let code = try #require(files.first { $0.name == "list.swift" }).contents
        #expect(code.contains("($0.hasMore ?? 0) != 0 ? $0.pageToken : nil"))
        let usage = """
            import APIDocRuntime
            func ids(_ client: Feishu.Client) async throws -> [String] {
                var ids: [String] = []
                for try await app in client.application.v3.app.listItems() { ids.append(app.appID ?? "") }
                return ids
            }
            """
        let result = try Repository.typeCheck(files, usage: usage, module: "PagingClients")
        #expect(result.succeeded, "generated code does not compile:\n\(result.output)")
    }
}
