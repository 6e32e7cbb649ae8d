import APIDocModel
import Testing

@testable import APIDocParser

@Suite struct AddressAndTypeTests {
    @Test func pathPlaceholdersBecomeColonNames() throws {
        let address = try #require(EndpointAddress(url: "https://api.dingtalk.com/v1.0/contact/users/{unionId}"))
        #expect(address.path == "/v1.0/contact/users/:unionId")
        #expect(address.pathParameterNames == ["unionId"])
        #expect(address.platform == .dingtalk)
        #expect(EndpointAddress(url: "not a url") == nil)
    }

    @Test func markdownEscapesAreNotPartOfTheURL() throws {
        let address = try #require(EndpointAddress(url: "https://oapi.dingtalk.com/call\\_back/get\\_call\\_back\\_failed\\_result"))
        #expect(address.path == "/call_back/get_call_back_failed_result")
        #expect(address.baseURL == "https://oapi.dingtalk.com")
    }

    @Test func anExampleQueryStringIsNotPartOfThePath() throws {
        let address = try #require(
            EndpointAddress(url: "https://open.feishu.cn/open-apis/meeting_room/room/batch_get?room_ids=omm_1&room_ids=omm_2&fields=*"))
        #expect(address.path == "/open-apis/meeting_room/room/batch_get")
        #expect(address.exampleQuery.map(\.name) == ["room_ids", "room_ids", "fields"])
        let fields = Field(name: "fields", type: .string, description: "documented")
        let (query, warning) = address.queryParameters(documented: [fields])
        #expect(query.map(\.name) == ["fields", "room_ids"])
        #expect(query[0].description == "documented")
        #expect(query[1].type == .array && query[1].items?.type == .string)
        #expect(warning?.contains("'room_ids'") == true)
        #expect(address.queryParameters(documented: query).warning == nil)
    }

    /// DingTalk's older pages state the call in `**请求方式**：` and `**请求地址**：` lines; one
    /// version of the day's schedule page leaves the address line empty and gives it in the
    /// basic table after it.
    @Test func legacyAddressLinesGiveTheCallAndAnEmptyOneLeavesItToTheTable() throws {
        func page(address: String) -> String {
            """
            # 查询排班

            ## 基本信息

            **请求方式**：POST

            **请求地址**：\(address)

            ## **请求**

            | **基本信息** | |
            | --- | --- |
            | HTTP URL | https://oapi.dingtalk.com/topapi/attendance/schedule/listbyday |
            | HTTP Method | POST |
            """
        }
        let stated = try #require(Pages.parse(page(address: "https://oapi.dingtalk.com/topapi/attendance/schedule/list")).endpoints.first)
        #expect(stated.method == "POST")
        #expect(stated.path == "/topapi/attendance/schedule/list")
        let empty = Pages.parse(page(address: ""))
        #expect(empty.endpoints.first?.path == "/topapi/attendance/schedule/listbyday")
        #expect(empty.diagnostics.allSatisfy { $0.severity != .error }, "\(empty.diagnostics)")
    }

    /// Historic docs pages list `docToken` of `/doc/v2/:docToken/batch_update` in the body's
    /// table, with no 路径参数 table: the row is the path parameter's, unless the request
    /// example sends the name in the body too.
    @Test func aBodyRowNamedAsAnUndocumentedPathParameterIsItsRow() throws {
        func page(example: String) -> String {
            Pages.converted(
                Pages.requestBody(
                    rows: "docToken | string | 是 | 文件的 token\nRevision | int | 是 | 文档版本",
                    examples: [example])
            ).replacingOccurrences(of: "/open-apis/example/v1/items", with: "/open-apis/doc/v2/:docToken/batch_update")
        }
        let endpoint = try #require(Pages.parse(page(example: #"{"Revision": 1}"#)).endpoints.first)
        #expect(endpoint.pathParameters.map(\.name) == ["docToken"])
        #expect(endpoint.pathParameters.first?.description == "文件的 token")
        #expect(endpoint.requestBody.map(\.name) == ["Revision"])
        #expect(endpoint.diagnostics.contains { $0.message.contains("'docToken', a path parameter no 路径参数 table lists") })
        #expect(!endpoint.diagnostics.contains { $0.message.contains("has no row in a 路径参数 table") })

        let sentInBoth = try #require(Pages.parse(page(example: #"{"docToken": "d", "Revision": 1}"#)).endpoints.first)
        #expect(sentInBoth.requestBody.map(\.name) == ["docToken", "Revision"])
        #expect(sentInBoth.pathParameters.first?.description == "")
    }

    @Test func typeSpellingsNormalise() {
        #expect(TypeName("int").type == .integer)
        #expect(TypeName("Long").type == .integer)
        #expect(TypeName("Array of String") == TypeName(type: .array, items: .string))
        #expect(TypeName("i18n\\[\\]") == TypeName(type: .array, items: .object, itemsTypeName: "i18n"))
        #expect(TypeName("intern_offer_onboarding_info") == TypeName(type: .object, typeName: "intern_offer_onboarding_info"))
        #expect(TypeName("\\-").isUnstated)
        #expect(TypeName("kv_entity\\[\\]\\[\\]").element == TypeName(type: .array, items: .object, itemsTypeName: "kv_entity"))
        // Go's `interface{}` and a union name no type: an object whose rows may follow, any value.
        #expect(TypeName("array&lt;interface&gt;").element?.type == .object)
        #expect(TypeName("array&lt;array&lt;interface&gt;&gt;").innermost.isInterface)
        #expect(TypeName("union") == TypeName(type: .any))
        // Thrift's spelling, kept by approval's ID lookup.
        #expect(TypeName("list<i64>") == TypeName(type: .array, items: .integer))
        // A map's values, after the first comma outside brackets.
        #expect(TypeName("map&lt;string, int&gt;").element == TypeName(type: .integer))
        #expect(TypeName("Map<String, Array of String>").element == TypeName(type: .array, items: .string))
        #expect(TypeName("`map<string, `map&lt;string, int&gt;`>`").element?.element == TypeName(type: .integer))
        #expect(TypeName("Map").element == nil)
        // An image's bytes, listed as numbers.
        #expect(TypeName("array&lt;byte&gt;") == TypeName(type: .array, items: .integer))
        // A type word with one letter left out or two swapped is the word it misspells.
        #expect(TypeName("List\\<stirng\\>").element?.type == .string)
        #expect(TypeName("List\\<stirng\\>").misspelling == TypeName.Misspelling(written: "stirng", meant: "string"))
        #expect(TypeName("Sting").type == .string)
        #expect(TypeName("boolen").type == .boolean)
        #expect(TypeName("string").misspelling == nil)
        // A letter more, or a short word, is not: `strings`, `inn` are names.
        #expect(TypeName("strings").typeName == "strings")
        #expect(TypeName("inn").typeName == "inn")
    }

    @Test func curlSamplesParse() throws {
        let sample = try #require(
            RequestSample(curl: """
                curl -i -X PUT 'https://open.feishu.cn/open-apis/x/7328?user_id_type=open_id' \\
                -H 'Authorization: Bearer t-7f1b' \\
                -d '{"reason": "a \\"quoted\\" word"}'
                """))
        #expect(sample.method == "PUT")
        #expect(sample.path == "/open-apis/x/7328")
        #expect(sample.queryItems.map(\.value) == ["open_id"])
        #expect(sample.header("authorization") == "Bearer t-7f1b")
        #expect(sample.body == #"{"reason": "a \"quoted\" word"}"#)
    }

    @Test func httpSamplesParse() throws {
        let sample = try #require(RequestSample(http: "GET /v1.0/a?b=1 HTTP/1.1\nHost:api.dingtalk.io\nx-token:abc"))
        #expect(sample.url == "https://api.dingtalk.io/v1.0/a?b=1")
        #expect(sample.header("x-token") == "abc")
        #expect(sample.header("Host") == nil)
    }
}
