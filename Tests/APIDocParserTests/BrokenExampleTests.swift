import APIDocModel
import APIDocParser
import Testing

/// Examples are written by hand; about one page in a hundred shows one that is not JSON. What it
/// means is still read, with a warning, because it is what places the table's rows.
@Suite struct BrokenExampleTests {
    private static func answer(_ example: String) -> String {
        Pages.convertedAnswer(
            rows: """
                items | item\\[\\] | 列表
                price | string | 价格
                note | string | 备注
                page_token | string | 分页标记
                has_more | boolean | 是否还有更多项
                """,
            example: example)
    }

    @Test(arguments: [
        // A quote inside a string, doubled quotes, and a bare word.
        #"{"code":0, "msg":"success", "data":{"items":[{"price":""200000"", "note":and}], "page_token":"{"cn":"x"}", "has_more":true}}"#,
        // A missing comma at a line's end, a full-width comma, and comments of three kinds.
        """
        {"code": 0， "msg": "success", /* the answer */
         "data": {"items": [{"price": "1", # a price
           "note": "n"}]
           "page_token": "t", // more to come
           "has_more": true}}
        """,
        // JSON written inside a string, escaped quotes within it, a member to a line.
        """
        {"code":0,
        "data":{"items":[{"price":"1","note":"n"}],
        "page_token":"{"cn":"[\\"7371\\"]"}",
        "has_more":true}}
        """,
        // The last closing bracket left out.
        """
        {"code": 0, "data": {"items": [{"price": "1", "note": "n"}],
            "page_token": "t", "has_more": true}
        """,
        // A key whose colon is left out, before a string and before a number.
        """
        {"code": 0, "msg" "success", "data": {"items": [{"price" "1", "note": "n"}],
            "page_token": "t", "has_more": true}, "request_id" 7}
        """,
        // A second example after the first.
        """
        {"code": 0, "data": {"items": [{"price": "1", "note": "n"}], "page_token": "t", "has_more": true}}

        {"code": 0, "data": {}}
        """,
    ])
    func brokenExampleStillPlacesTheRows(example: String) throws {
        let endpoint = try #require(Pages.parse(Self.answer(example)).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["items", "page_token", "has_more"])
        #expect(endpoint.response.first?.items?.children.map(\.name) == ["price", "note"])
        let warning = try #require(endpoint.diagnostics.first { $0.kind == .example })
        #expect(warning.message.contains("is not valid JSON; it is read as the JSON it means"))
        #expect(warning.line == 30)
        // No key swallows the members after it.
        #expect(endpoint.examples.response?.objectValue?.keys.allSatisfy { !$0.contains("\"") && !$0.contains("\n") } == true)
    }

    @Test func doubledQuotesKeepTheTextBetweenThem() throws {
        let example = #"{"code":0, "msg":"success", "data":{"items":[{"price":""200000"", "note":"n"}], "page_token":"{"cn":"x"}", "has_more":true}}"#
        let endpoint = try #require(Pages.parse(Self.answer(example)).endpoints.first)
        let data = try #require(endpoint.examples.response?.objectValue?["data"]?.objectValue)
        #expect(data["items"]?.arrayValue?.first?.objectValue?["price"] == .string("\"200000\""))
    }

    /// `"file": [80,75,3,......]`: an ellipsis stands for members the page leaves out, in a list
    /// or an object; the example is what it shows.
    @Test func ellipsesForLeftOutMembersAreLeftOut() throws {
        let example = #"{"code":0, "msg":"success", "data":{"bytes":[80,75,3,......], "more":{"a":1, …}, "dots":[...], "text":"a...b"}}"#
        let endpoint = try #require(Pages.parse(Self.answer(example)).endpoints.first)
        let data = try #require(endpoint.examples.response?.objectValue?["data"]?.objectValue)
        #expect(data["bytes"] == .array([.integer(80), .integer(75), .integer(3)]))
        #expect(data["more"] == .object(["a": .integer(1)]))
        #expect(data["dots"] == .array([]))
        #expect(data["text"] == .string("a...b"))
        #expect(endpoint.diagnostics.contains { $0.kind == .example && $0.message.contains("ellipses left out") })
    }

    @Test func exampleBeyondRepairIsNotUsed() throws {
        let endpoint = try #require(Pages.parse(Self.answer(#"{"code":0, "data": {"items": [ {"price","note"} ]}"#)).endpoints.first)
        #expect(endpoint.examples.response == nil)
        #expect(endpoint.diagnostics.contains { $0.kind == .example && $0.message.hasSuffix("it is not used") })
    }
}
