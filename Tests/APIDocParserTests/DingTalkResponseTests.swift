import APIDocModel
import APIDocParser
import Testing

/// A DingTalk answer has no envelope: the response table is the whole body. Only the older
/// API's `errcode` and `errmsg` are an envelope, which the runtime reads.
@Suite struct DingTalkResponseTests {
    static let table = """
        ## **响应**

        ### **响应体**

        | 名称 | 类型 | 示例值 | 描述 |
        | --- | --- | --- | --- |
        | errcode | Number | 0 | 返回码。 |
        | success | Boolean | true | 是否成功。 |
        | data | Object |  | 数据。 |
        | code | String | ok | 业务码。 |
        """

    @Test func currentAPIResponseTableIsTheWholeBody() throws {
        let page = CallClassTests.dingTalkPage(url: "https://api.dingtalk.com/v1.0/example/items", tokenTable: Self.table)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["errcode", "success", "data", "code"])
    }

    @Test func legacyAPIEnvelopeIsLeftToTheRuntime() throws {
        let page = CallClassTests.dingTalkPage(url: "https://oapi.dingtalk.com/topapi/example", tokenTable: Self.table)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["success", "data", "code"])
    }

    @Test func exampleWithoutATableGivesTheWholeBody() throws {
        let page = CallClassTests.dingTalkPage(url: "https://api.dingtalk.com/v1.0/example/items", tokenTable: """
            ### **响应体示例**

            ```
            HTTP/1.1 200 OK
            Content-Type:application/json

            {"result": {"id": 1}, "success": true}
            ```
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["result", "success"])
        #expect(endpoint.response.first?.children.map(\.name) == ["id"])
    }
}
