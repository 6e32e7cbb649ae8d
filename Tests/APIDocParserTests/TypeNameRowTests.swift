import APIDocModel
import APIDocParser
import Testing

/// `| Entity | Entity |` alone under an `Array` or `Object` row names the element's type: it is
/// not a field called `Entity`.
@Suite struct TypeNameRowTests {
    @Test func rowUnderABareArrayNamesTheElementType() throws {
        let page = CallClassTests.dingTalkPage(url: "https://api.dingtalk.com/v1.0/agoal/entities", tokenTable: """
            ### **请求体**

            | 名称 | 类型 | 是否必填 | 描述 |
            | --- | --- | --- | --- |
            |  | Array | 否 | 业务参数。 |
            | Entity | Entity | 否 | 业务实体。 |
            """)
        let body = try #require(Pages.parse(page).endpoints.first).requestBody
        #expect(body.map(\.name) == [""])
        #expect(body.first?.items?.typeName == "Entity")
        #expect(body.first?.items?.children == [])
    }

    /// As the doc listing page has it: a flattened table, no example.
    @Test func rowAfterAnArrayInAFlatTableNamesItsElementType() throws {
        let page = CallClassTests.dingTalkPage(url: "https://api.dingtalk.com/v1.0/doc/dentries/d1", tokenTable: """
            ## **响应**

            ### **响应体**

            | 名称 | 类型 | 描述 |
            | --- | --- | --- |
            | nextToken | String | 分页游标。 |
            | children | Array | 子节点列表。 |
            | DentryModel | DentryModel | 节点信息。 |
            """)
        let response = try #require(Pages.parse(page).endpoints.first).response
        #expect(response.map(\.name) == ["nextToken", "children"])
        #expect(response.last?.items?.typeName == "DentryModel")
    }
}
