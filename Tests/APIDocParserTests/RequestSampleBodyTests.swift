import APIDocModel
import APIDocParser
import Testing

/// DingTalk's `请求示例` shows the call as raw HTTP; its JSON body states the nesting the flat
/// body table leaves out (`attendeesToRemove` holds `id`, it is not beside it).
@Suite struct RequestSampleBodyTests {
    @Test func bodyStartsWhereJSONOpensEvenWithoutABlankLine() throws {
        let sample = try #require(RequestSample(http: """
            POST /v1.0/calendar/events/e1/attendees/batchRemove HTTP/1.1
            Host:api.dingtalk.com
            x-acs-dingtalk-access-token:String
            Content-Type:application/json
            {
              "attendeesToRemove" : [ { "id" : "012345" } ]
            }
            """))
        #expect(sample.url == "https://api.dingtalk.com/v1.0/calendar/events/e1/attendees/batchRemove")
        #expect(sample.headers.map(\.name) == ["x-acs-dingtalk-access-token", "Content-Type"])
        #expect(sample.body?.hasPrefix("{") == true)
    }

    @Test func sampleBodyNestsAFlatBodyTable() throws {
        let page = CallClassTests.dingTalkPage(url: "https://api.dingtalk.com/v1.0/calendar/events/e1/attendees/batchRemove", tokenTable: """
            ### **请求体**

            | 名称 | 类型 | 是否必填 | 示例值 | 描述 |
            | --- | --- | --- | --- | --- |
            | attendeesToRemove | Array | 是 |  | 要删除的参与人。 |
            | id | String | 是 | 012345 | 参与人的userId。 |

            ### **请求示例**

            HTTP

            ```
            POST /v1.0/calendar/events/e1/attendees/batchRemove HTTP/1.1
            Host:api.dingtalk.com
            Content-Type:application/json
            {
              "attendeesToRemove" : [ { "id" : "012345" } ]
            }
            ```
            """).replacingOccurrences(of: "HTTP Method | GET", with: "HTTP Method | POST")
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.requestBody.map(\.name) == ["attendeesToRemove"])
        #expect(endpoint.requestBody.first?.items?.children.map(\.name) == ["id"])
        #expect(endpoint.examples.requestBody != nil)
        #expect(endpoint.diagnostics.isEmpty)
    }

    /// The older pages show the request line in one block and, after `请求正文`, the JSON body
    /// in the next: that body nests the flat table (`file` holds `attachments` and `photos`).
    @Test func bodyAfterTheRequestLineBlockNestsAFlatBodyTable() throws {
        let page = CallClassTests.dingTalkPage(url: "https://oapi.dingtalk.com/topapi/process/instance/comment/add", tokenTable: """
            ## **请求参数**

            | 名称 | 类型 | 是否必填 | 示例值 | 描述 |
            | --- | --- | --- | --- | --- |
            | request | AddCommentRequest | 是 |  | 请求对象。 |
            | file | File | 否 |  | 文件。 |
            | attachments | Object[] | 否 |  | 附件列表。 |
            | file\\_id | String | 否 | B1oQixxxx | 文件ID。 |
            | photos | String[] | 否 |  | 图片URL地址。 |
            | text | String | 否 | 测试 | 评论的内容。 |
            | list | Object[] | 否 |  | 一个对象的列表。 |
            | id | String | 否 | 1 | ID。 |

            **请求示例（HTTP）**

            ```
            POST https://oapi.dingtalk.com/topapi/process/instance/comment/add?access_token=ACCESS_TOKEN
            ```

            请求正文

            ```
            {"request": {"text": "测试", "file": {"attachments": [{"file_id": "B1oQixxxx"}], "photos": ["https://url1"]}, "list": {"id": "1"}}}
            ```
            """).replacingOccurrences(of: "HTTP Method | GET", with: "HTTP Method | POST")
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.requestBody.map(\.name) == ["request"])
        let request = try #require(endpoint.requestBody.first)
        #expect(request.children.map(\.name) == ["file", "text", "list"])
        #expect(request.children[named: "file"]?.children.map(\.name) == ["attachments", "photos"])
        // The table's list is one object in the example: a list of such objects, as the SDKs
        // have such fields, and said.
        #expect(request.children[named: "list"]?.type == .array)
        #expect(request.children[named: "list"]?.items?.children.map(\.name) == ["id"])
        let messages = endpoint.diagnostics.map(\.message)
        #expect(messages.contains("request body field 'list' is a list in the table but one object in the page's example; typed as the table says, a list of such objects"))
    }
}
