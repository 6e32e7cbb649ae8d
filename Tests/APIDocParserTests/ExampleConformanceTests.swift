import APIDocModel
import APIDocParser
import Foundation
import Testing

/// A page whose example would not come back unchanged through its generated types says so, with
/// the example's line and the row's.
@Suite struct ExampleConformanceTests {
    static let page = Pages.converted(
        """
        ### 请求体

        名称 | 类型 | 必填 | 描述
        --- | --- | --- | ---
        name | string | 是 | 名称
        count | int | 否 | 数量
        tags | string[] | 否 | 标签

        ### 请求体示例

        ```json
        {"count": "3", "tags": ["a", "b"], "color": "red", "note": null}
        ```
        """)

    @Test func eachContradictionNamesBothLines() throws {
        let endpoint = try #require(Pages.parse(Self.page).endpoints.first)
        let messages = endpoint.diagnostics.filter { $0.kind == .contradiction }.map(\.message)
        #expect(messages == [
            "the request body example (line 23) has 'color', which no table row documents; the generated type adds it, typed as the example shows",
            "the request body example (line 23) gives 'count' the value \"3\", which the table's integer (line 18) cannot hold",
            "the request body example (line 23) leaves out 'name', which the table (line 17) marks required",
        ])
    }

    /// Approval's CC list marks `approval` at the depth of `cc_list`, a `list` it gives no rows,
    /// and the example shows `approval` in the list's elements. The example comes back unchanged
    /// (the list holds any values), so a warning of its own says where the table and the
    /// example part; a row the example shows at the top level too gets none.
    @Test func aRowTheExampleShowsOnlyWithinARowlessListIsWarnedAbout() throws {
        let page = Pages.converted(
            """
            ### 请求体

            |参数|类型|说明|
            |-|-|-|
            |count|int|条数|
            |cc_list|list|抄送列表|
            |approval|map|审批定义|
            |&emsp;∟code|string|审批定义 code|

            ### 请求体示例

            ```json
            {"count": 1, "cc_list": [{"approval": {"code": "A"}, "count": 2}]}
            ```
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let messages = endpoint.diagnostics.filter { $0.kind == .contradiction }.map(\.message)
        #expect(messages == [
            "the request body example (line 24) shows 'approval' only within 'cc_list', which the table (line 18) gives no rows; the table (line 19) puts it at the top level"
        ])
    }

    @Test func theModelKnowsWhatDecodingKeeps() {
        let fields = [
            Field(name: "id", type: .integer),
            Field(name: "score", type: .number),
            Field(name: "extra", type: .object),
            Field(name: "items", type: .array, items: Field(name: "items", type: .object, children: [Field(name: "k", type: .string)])),
        ]
        let example: JSONValue = .object([
            "id": .integer(7), "score": .integer(3), "extra": .object(["anything": .bool(true)]),
            "items": .array([.object(["k": .string("v")]), .object(["k": .integer(1)])]),
        ])
        let problems = ExampleConformance.problems(of: example, against: fields, required: false)
        #expect(problems.map(\.path) == ["items[].k"])
        let wide: JSONValue = .object(["score": .integer(7_095_671_727_698_478_604)])
        #expect(ExampleConformance.problems(of: wide, against: fields, required: false).map(\.kindName) == ["type conflict"])
        // Past 2^53, what comes back is the shortest decimal of the Double an encoder writes:
        // `1.763131403240105e+17` is the integer written, `1.152921504606847e+18` is not 2^60.
        #expect(ExampleConformance.problems(of: .object(["score": .integer(176_313_140_324_010_500)]), against: fields, required: false).isEmpty)
        #expect(ExampleConformance.problems(of: .object(["score": .integer(1 << 60)]), against: fields, required: false).count == 1)
    }

    /// The outcome the compiled check confirms: what `JSONDecoder` does with the example, and
    /// where it refuses, whether the runtime's lenient reading of answers converts every refused
    /// value without loss.
    @Test(arguments: [
        (#"{"id": "a", "count": 2, "ratio": 0.5, "on": true, "tags": [{"k": "v"}]}"#, ExampleConformance.Outcome.roundTrip),
        (#"{"id": "a", "unknown": 1}"#, .changed),
        (#"{"id": 43047156750, "count": "2", "ratio": "0.5", "on": "false", "tags": {"k": 7}}"#, .readLeniently),
        (#"{"count": "two"}"#, .rejected),
        (#"{"count": 2.5}"#, .rejected),
        (#"{"on": "yes"}"#, .rejected),
        (#"{"ratio": "inf"}"#, .rejected),
        (#"{"id": {"a": 1}}"#, .rejected),
        (#"{"tags": [{"k": [1]}]}"#, .rejected),
    ])
    func outcomesFollowTheDecoders(_ example: String, _ outcome: ExampleConformance.Outcome) throws {
        let endpoint = Endpoint(
            operation: OperationName(service: "x", version: "v1", resource: "items", method: "get", source: .path),
            platform: .dingtalk, title: "t", summary: "", source: Source(file: "page.md", dialect: .dingtalkText), method: "GET",
            baseURL: "https://api.dingtalk.com", path: "/v1.0/x/items",
            response: [
                Field(name: "id", type: .string), Field(name: "count", type: .integer), Field(name: "ratio", type: .number),
                Field(name: "on", type: .boolean),
                Field(name: "tags", type: .array, items: Field(name: "tags", type: .object, children: [Field(name: "k", type: .string)])),
            ],
            examples: Examples(response: try JSONDecoder().decode(JSONValue.self, from: Data(example.utf8))))
        #expect(try #require(ExampleConformance.checks(of: endpoint).first).outcome == outcome)
    }

    @Test func feishuAnswersAreComparedInsideData() {
        let answer: JSONValue = .object(["code": .integer(0), "msg": .string("ok"), "data": .object(["id": .integer(1)])])
        #expect(ExampleConformance.payload(ofResponseExample: answer, platform: .feishu) == .object(["id": .integer(1)]))
        let legacy: JSONValue = .object([
            "errcode": .integer(0), "errmsg": .string("ok"), "request_id": .string("r"), "chatid": .string("c"),
        ])
        #expect(ExampleConformance.payload(ofResponseExample: legacy, platform: .dingtalk) == .object(["chatid": .string("c")]))
        let current: JSONValue = .object(["request_id": .string("r")])
        #expect(ExampleConformance.payload(ofResponseExample: current, platform: .dingtalk) == current)
    }

    /// An object without fields is generated as any JSON value: a page that shows a string there
    /// contradicts itself, but its example still comes back unchanged.
    @Test func aValueAnObjectWithoutFieldsCannotHoldStillRoundTrips() throws {
        let endpoint = Endpoint(
            operation: OperationName(service: "x", version: "v1", resource: "items", method: "create", source: .path),
            platform: .feishu, title: "t", summary: "", source: Source(file: "page.md", dialect: .feishuServerDocs), method: "POST",
            baseURL: "https://open.feishu.cn", path: "/open-apis/x/v1/items",
            requestBody: [Field(name: "ids", type: .array, items: Field(name: "ids", type: .object)), Field(name: "n", type: .integer)],
            examples: Examples(requestBody: .object(["ids": .array([.integer(1)]), "n": .integer(2)])))
        let check = try #require(ExampleConformance.checks(of: endpoint).first)
        #expect(check.problems.map(\.kindName) == ["type conflict"])
        #expect(check.roundTrips)
        var wrong = endpoint
        wrong.examples.requestBody = .object(["ids": .array([]), "n": .string("2")])
        #expect(try #require(ExampleConformance.checks(of: wrong).first).roundTrips == false)
    }

    /// An answer whose page has no table for it still has a generated type, which keeps nothing
    /// of what the example shows beside `code` and `msg`: every example that does not come back
    /// unchanged gets a warning.
    @Test func exampleWithoutATableIsCheckedToo() throws {
        let page = Pages.converted("""
            ### 响应体示例

            ```json
            {"code": 0, "msg": "success", "user_id_map": {"u": "1"}}
            ```
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(ExampleConformance.checks(of: endpoint).map(\.roundTrips) == [false])
        #expect(endpoint.diagnostics.filter { $0.kind == .contradiction }.map(\.message) == [
            "the response example (line 15) has 'user_id_map', which no table row documents; the generated type drops it"
        ])
    }
}
