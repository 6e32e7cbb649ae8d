import APIDocModel
import APIDocParser
import Testing

/// Which column of a field table says what: the pages head their columns in several ways.
struct TableColumnTests {
    /// Approval's pages head the required column `必须`, not `必填`: its `是` makes a field
    /// required all the same.
    @Test func aColumnHeadedMustMarksRequiredFields() throws {
        let page = Pages.converted(
            """
            ### 请求体

            参数 | 类型 | 必须 | 说明
            --- | --- | --- | ---
            approval_code | string | 是 | 审批定义 Code
            comment | string | 否 | 审核意见
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.requestBody.map(\.name) == ["approval_code", "comment"])
        #expect(endpoint.requestBody[named: "approval_code"]?.required == true)
        #expect(endpoint.requestBody[named: "comment"]?.required == false)
    }

    /// The face verification pages give the type under `格式` and where the parameter goes under
    /// `类型` (`URL参数`): the types are the format column's.
    @Test func theTypeColumnIsTheOneWhoseCellsAreTypes() throws {
        let page = Pages.converted(
            """
            ### 查询参数
            |参数|格式|必须|说明|类型
            |--|-----|--|----|--|
            |req_order_no|string|是|人脸识别单次唯一标识|URL参数|
            |page_size|int|否|分页大小|URL参数|
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.queryParameters.map(\.name) == ["req_order_no", "page_size"])
        #expect(endpoint.queryParameters.map(\.type) == [.string, .integer])
        #expect(endpoint.queryParameters.map(\.typeName) == [nil, nil])
        #expect(endpoint.queryParameters.map(\.required) == [true, false])
    }

    /// Approval's add-sign page types its user IDs `List<stirng>`: strings, with a warning that
    /// names the word.
    @Test func aMisspeltTypeWordIsReadAsTheWordItMisspellsWithAWarning() throws {
        let page = Pages.converted(
            """
            ### 请求体

            参数 | 类型 | 必须 | 说明
            --- | --- | --- | ---
            add_sign_user_ids | List\\<stirng\\> | 是 | 被加签人的 user_id
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let ids = try #require(endpoint.requestBody[named: "add_sign_user_ids"])
        #expect(ids.type == .array && ids.items?.type == .string && ids.items?.typeName == nil)
        #expect(endpoint.diagnostics.contains { $0.line == 17 && $0.message.contains("'stirng'") && $0.message.contains("string") })
    }

    /// Wiki search heads its answer table in English.
    @Test func aTableHeadedInEnglishIsRead() throws {
        let page = Pages.convertedAnswer(
            rows: """
                &nbsp; ∟items | list | wiki 信息数组
                &nbsp; &nbsp; ∟node_id | string | wiki 节点的 token
                &nbsp; ∟has_more | bool | 是否还有下一页数据
                """)
            .replacingOccurrences(of: "名称 | 类型 | 描述", with: "Name | Type | Description")
        #expect(page.contains("Name | Type | Description"))
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["items", "has_more"])
        #expect(endpoint.response[named: "items"]?.items?.children.map(\.name) == ["node_id"])
        #expect(endpoint.response[named: "has_more"]?.type == .boolean)
    }

    /// DingTalk's permission table says which app types may call the API: those it marks
    /// `是` or `支持`.
    @Test func dingTalksPermissionTableGivesTheAppTypes() throws {
        let page = CallClassTests.dingTalkPage(url: "https://oapi.dingtalk.com/call_back/delete_call_back", tokenTable: """
            ## 权限

            | 应用类型 | 是否支持调用 | 权限申请方式 | API Explorer调试 |
            | --- | --- | --- | --- |
            | 企业内部应用 | 是 | 默认开通，无需申请 | [调试](https://open-dev.dingtalk.com/apiExplorer) |
            | 第三方企业应用 | 支持 | 默认开通，无需申请 | — |
            | 第三方个人应用 | 暂不支持 | — | — |
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.appTypes == ["custom", "isv"])
        #expect(!endpoint.diagnostics.contains { $0.kind == .unreadableTable })
    }

    /// The address book's sort page gives `https://api.dingtalk.com/contact/users/sort`, and its
    /// own request `POST /v1.0/contact/users/sort`: DingTalk's gateway serves every call under a
    /// version, so the client calls the request's path, with a warning naming both lines.
    @Test func aDingTalkURLWithoutItsVersionTakesTheRequestsVersion() throws {
        let page = CallClassTests.dingTalkPage(url: "https://api.dingtalk.com/contact/users/sort", tokenTable: """
            ### 请求体

            | 名称 | 类型 | 是否必填 | 描述 |
            | --- | --- | --- | --- |
            | sortType | Integer | 否 | 排序方式 |

            ### 请求体示例

            ```
            POST /v1.0/contact/users/sort HTTP/1.1
            Host:api.dingtalk.com
            Content-Type:application/json

            {"sortType" : 0}
            ```
            """).replacingOccurrences(of: "HTTP Method | GET", with: "HTTP Method | POST")
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.path == "/v1.0/contact/users/sort")
        #expect(endpoint.diagnostics.contains { $0.line == 12 && $0.kind == .contradiction && $0.message.contains("line 24") })
        #expect(SampleConformance.problems(of: endpoint) == [])
        // Where the request calls another path, the URL stands, and the sample check says so.
        let other = try #require(Pages.parse(page.replacingOccurrences(of: "POST /v1.0/contact/users/sort", with: "POST /v1.0/contact/users/order")).endpoints.first)
        #expect(other.path == "/contact/users/sort")
    }

    /// Calendar event creation lists its `Locale` header under `扩展请求头` (extended request
    /// headers), after the usual ones.
    @Test func extendedRequestHeadersAreHeaders() throws {
        let page = Pages.converted(
            """
            #### 扩展请求头

            名称 | 类型 | 必填 | 描述
            ---|---|---|---
            Locale | string | 否 | 请求的语言类型
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.headers.map(\.name) == ["Locale"])
        #expect(!endpoint.diagnostics.contains { $0.kind == .unreadableTable })
    }

    /// Go's `interface`: the sheets' cell values (`array<array<interface>>`, no rows below) are
    /// any JSON value, which the example's strings and numbers are; where rows follow
    /// (`array<interface>` for protected ranges), it is an object holding them.
    @Test func anInterfaceWithoutRowsIsAnyValue() throws {
        let page = Pages.converted(
            """
            ### 请求体

            名称 | 类型 | 必填 | 描述
            --- | --- | --- | ---
            range | string | 是 | 范围
            values | array<array<interface>> | 是 | 写入的数据
            dimensions | array&lt;interface&gt; | 否 | 维度信息
            sheetId | string | 是 | 工作表 ID

            ### 请求体示例

            ```json
            {"range": "A1:B1", "values": [["Hello", 1]], "dimensions": [{"sheetId": "s1"}]}
            ```
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.requestBody.map(\.name) == ["range", "values", "dimensions"])
        #expect(endpoint.requestBody[named: "values"]?.innermostItems?.type == .any)
        #expect(endpoint.requestBody[named: "dimensions"]?.items?.children.map(\.name) == ["sheetId"])
        #expect(!endpoint.diagnostics.contains { $0.kind == .contradiction })
    }
}

