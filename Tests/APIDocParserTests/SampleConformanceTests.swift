import APIDocModel
import APIDocParser
import Testing

/// A page's call sample must be a call its generated client makes; where it is not, the page
/// contradicts itself, and `lint` says how.
@Suite struct SampleConformanceTests {
    private static func page(url: String, sample: String) -> String {
        CallClassTests.dingTalkPage(url: url, tokenTable: """
            ### **查询参数**

            | 名称 | 类型 | 是否必填 | 描述 |
            | --- | --- | --- | --- |
            | userid | String | 是 | 用户ID。 |

            ### **请求示例**

            ```
            \(sample)
            ```
            """)
    }

    @Test func sampleOfTheDocumentedCallAgrees() throws {
        let page = Self.page(
            url: "https://oapi.dingtalk.com/user/get",
            sample: "GET https://oapi.dingtalk.com/user/get?access_token=ACCESS_TOKEN&userid=user1")
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(SampleConformance.problems(of: endpoint) == [])
        #expect(!endpoint.diagnostics.contains { $0.kind == .contradiction })
    }

    @Test func sampleOfAnotherCallIsAContradiction() throws {
        let page = Self.page(
            url: "https://api.dingtalk.com/v1.0/contact/users/:userId",
            sample: """
                POST /v1.0/contact/users/u1/sort?lang=zh HTTP/1.1
                Host:api.dingtalk.com
                x-acs-dingtalk-access-token:String
                x-trace:1
                """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(SampleConformance.problems(of: endpoint) == [
            .method("POST"), .path("/v1.0/contact/users/u1/sort"), .undocumentedQuery("lang"), .undocumentedHeader("x-trace"),
        ])
        let warnings = endpoint.diagnostics.filter { $0.kind == .contradiction }.map(\.message)
        #expect(warnings.first == "the call sample sends POST, not the call the page documents (GET /v1.0/contact/users/:userId)")
        #expect(warnings.count == 4)
    }

    @Test func pathTemplateTakesAnyValueForAParameter() {
        #expect(SampleConformance.matches("/open-apis/im/v1/chats/oc_1", template: "/open-apis/im/v1/chats/:chat_id"))
        #expect(SampleConformance.matches("/v1.0/a/x/b", template: "/v1.0/a/{id}/b"))
        #expect(!SampleConformance.matches("/open-apis/im/v1/chats", template: "/open-apis/im/v1/chats/:chat_id"))
        #expect(!SampleConformance.matches("/open-apis/im/v1/chats//", template: "/open-apis/im/v1/chats/:chat_id"))
    }
}
