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
}
