import APIDocModel
import APIDocParser
import Testing

/// A member the page's example shows and no table row documents is still what the page states:
/// the generated type keeps it, typed as the example shows, and the page gets its warning.
@Suite struct ExampleOnlyMemberTests {
    /// Bitable's created record: the table lists `record`'s `fields` and `record_id`, the example
    /// also shows `id`.
    @Test func aMemberOnlyTheExampleShowsIsKeptWithAWarning() throws {
        let page = Pages.convertedAnswer(
            rows: """
                record | app.table.record | 记录
                fields | map<string, union> | 字段
                record_id | string | 记录 ID
                """,
            example: #"{"code": 0, "msg": "ok", "data": {"record": {"fields": {}, "record_id": "rec1", "id": "rec1", "shared": false}}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let record = try #require(endpoint.response[named: "record"])
        #expect(record.children.map(\.name) == ["fields", "record_id", "id", "shared"])
        let id = try #require(record.children[named: "id"])
        #expect(id.exampleOnly && id.type == .string && id.example == .string("rec1"))
        #expect(record.children[named: "shared"]?.type == .boolean)
        #expect(record.children[named: "record_id"]?.exampleOnly == false)
        let exampleLine = try #require(id.line)
        #expect(page.split(separator: "\n", omittingEmptySubsequences: false)[exampleLine] .hasPrefix("{\"code\""))
        let messages = endpoint.diagnostics.filter { $0.kind == .contradiction }.map(\.message)
        #expect(messages.contains("the response example (line \(exampleLine)) has 'record.id', which no table row documents; the generated type adds it, typed as the example shows"))
        let check = try #require(ExampleConformance.checks(of: endpoint).first)
        #expect(check.roundTrips)
        #expect(check.problems.map(\.kindName) == ["example only", "example only"])
    }

    /// A list's elements each show members the others leave out (form components' `props`):
    /// the element type has them all, and the check looks inside what was read, as decoding
    /// does, so a member one element types otherwise is still a conflict.
    @Test func aListOnlyTheExampleShowsHoldsWhatEveryElementShows() throws {
        let page = Pages.convertedAnswer(
            rows: "total | int | 总数",
            example: #"{"code": 0, "msg": "ok", "data": {"total": 2, "components": [{"id": "a", "unit": "元"}, {"id": "b", "limit": 5}]}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let components = try #require(endpoint.response[named: "components"])
        #expect(components.exampleOnly)
        #expect(components.items?.children.map(\.name) == ["id", "limit", "unit"])
        #expect(ExampleConformance.checks(of: endpoint).first?.roundTrips == true)

        var mixed = endpoint
        mixed.examples.response = .object(["code": .integer(0), "data": .object([
            "total": .integer(2), "components": .array([.object(["id": .string("a")]), .object(["id": .integer(7)])]),
        ])])
        let check = try #require(ExampleConformance.checks(of: mixed).first)
        #expect(check.problems.map(\.path).contains("components[].id"))
        #expect(!check.roundTrips)
    }

    /// Objects the fields do not document, and names no property has, are not read as fields.
    @Test func anotherObjectOrAMapsKeysAreNotAdded() throws {
        let otherShape = Pages.convertedAnswer(
            rows: """
                has_more | boolean | 是否还有更多
                items | record\\[\\] | 记录
                record_id | string | 记录 ID
                """,
            example: #"{"code": 0, "msg": "ok", "data": {"fields": {"文本": "x"}}}"#)
        let other = try #require(Pages.parse(otherShape).endpoints.first)
        #expect(other.response.map(\.name) == ["has_more", "items"])
        #expect(other.diagnostics.contains { $0.message.hasSuffix("has 'fields', which no table row documents; the generated type drops it") })

        let keyedByID = Pages.convertedAnswer(
            rows: "total | int | 总数",
            example: #"{"code": 0, "msg": "ok", "data": {"total": 1, "FINST-966M": {"id": 1}, "人员": "x"}}"#)
        let map = try #require(Pages.parse(keyedByID).endpoints.first)
        #expect(map.response.map(\.name) == ["total"])
    }

    /// Where a row was placed by table order, an example member of its name elsewhere may be
    /// that row, read into the wrong object: it is not added, so the page still fails its check
    /// rather than generating the field twice.
    @Test func aMemberNamedLikeARowPlacedByGuessIsNotAdded() throws {
        let page = Pages.convertedAnswer(
            rows: """
                user | user | 用户
                name | string | 名称
                email | string | 邮箱
                profile | profile | 资料
                avatar | string | 头像
                """,
            example: #"{"code": 0, "msg": "ok", "data": {"user": {"name": "n", "profile": {"avatar": "a", "email": "e"}}}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let user = try #require(endpoint.response[named: "user"])
        #expect(user.children.map(\.name) == ["name", "email", "profile"])
        #expect(user.children[named: "profile"]?.children.map(\.name) == ["avatar"])
        #expect(ExampleConformance.checks(of: endpoint).first?.roundTrips == false)
    }
}
