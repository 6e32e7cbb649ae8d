import APIDocModel
import APIDocParser
import Testing

/// A row that names the type of an object it sits in (`children | category[]` among the rows of a
/// `category`) is that object again, to any depth: not a copy as deep as the example happens to
/// show it.
@Suite struct RecursiveTypeTests {
    /// Three levels of categories, one more than the page's example shows.
    static let deeperAnswer: JSONValue = .object([
        "categories": .array([
            .object([
                "id": .string("1"),
                "children": .array([
                    .object(["id": .string("2"), "children": .array([.object(["id": .string("3"), "name": .string("c")])])])
                ]),
            ])
        ]),
        "has_more": .bool(false),
    ])

    private static func categories(in page: String) throws -> Endpoint {
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let children = try #require(endpoint.response[named: "categories"]?.items?.children[named: "children"])
        #expect(children.type == .array)
        #expect(children.items?.recursive == true)
        #expect(children.items?.typeName == "category")
        #expect(children.items?.children.isEmpty == true)
        #expect(endpoint.response.map(\.name) == ["categories", "has_more"])
        return endpoint
    }

    @Test func aFlattenedRowNamingItsObjectsTypeIsThatObjectAgain() throws {
        let page = Pages.convertedAnswer(
            rows: """
                categories | category\\[\\] | 分类
                id | string | 分类 ID
                name | string | 名称
                children | category\\[\\] | 子分类
                has_more | boolean | 是否还有更多
                """,
            example: #"{"code": 0, "msg": "success", "data": {"categories": [{"id": "1", "children": [{"id": "2"}]}], "has_more": false}}"#)
        let endpoint = try Self.categories(in: page)
        #expect(ExampleConformance.problems(of: Self.deeperAnswer, against: endpoint.response, required: false).isEmpty)
        #expect(!endpoint.diagnostics.contains { $0.kind == .contradiction })
    }

    @Test func aDepthMarkedRowNamingItsObjectsTypeIsThatObjectAgain() throws {
        let page = Pages.convertedAnswer(
            rows: """
                &nbsp;&nbsp;└ categories | category\\[\\] | 分类
                &nbsp;&nbsp;&nbsp;&nbsp;└ id | string | 分类 ID
                &nbsp;&nbsp;&nbsp;&nbsp;└ name | string | 名称
                &nbsp;&nbsp;&nbsp;&nbsp;└ children | category\\[\\] | 子分类
                &nbsp;&nbsp;└ has_more | boolean | 是否还有更多
                """)
        let endpoint = try Self.categories(in: page)
        #expect(ExampleConformance.problems(of: Self.deeperAnswer, against: endpoint.response, required: false).isEmpty)
        let wrong: JSONValue = .object(["categories": .array([.object(["children": .array([.object(["id": .integer(3)])])])])])
        #expect(ExampleConformance.problems(of: wrong, against: endpoint.response, required: false).map(\.path) == ["categories[].children[].id"])
    }

    /// In a table that marks depth, the object's later rows count: `children` comes before the
    /// `tag` and `display_name` its example shows.
    @Test func aDepthMarkedRowBeforeTheObjectsOtherRowsIsARecursion() throws {
        let page = Pages.convertedAnswer(
            rows: """
                &nbsp;&nbsp;└ dropdown_options | dropdown_option | 下拉选项
                &nbsp;&nbsp;&nbsp;&nbsp;└ children | dropdown_option\\[\\] | 子选项
                &nbsp;&nbsp;&nbsp;&nbsp;└ tag | string | 选项 ID
                &nbsp;&nbsp;&nbsp;&nbsp;└ display_name | string | 名称
                """,
            example: #"{"code": 0, "msg": "ok", "data": {"dropdown_options": {"tag": "a", "children": [{"tag": "b", "display_name": "B"}]}}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let options = try #require(endpoint.response[named: "dropdown_options"])
        #expect(options.children.map(\.name) == ["children", "tag", "display_name"])
        #expect(options.children[named: "children"]?.items?.recursive == true)
    }

    /// A row of the type with rows of its own below it is written out, not a reference.
    @Test func aRowOfTheTypeWithRowsOfItsOwnIsNotARecursion() throws {
        let page = Pages.convertedAnswer(
            rows: """
                category | category | 分类
                &nbsp;&nbsp;└ parent | category | 上级分类
                &nbsp;&nbsp;&nbsp;&nbsp;└ id | string | 上级分类 ID
                """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let parent = try #require(endpoint.response[named: "category"]?.children[named: "parent"])
        #expect(!parent.recursive)
        #expect(parent.children.map(\.name) == ["id"])
    }

    /// The example shows a member the enclosing object does not have: the two share a type
    /// word, not a type.
    @Test func aRowWhoseExampleShowsOtherMembersIsNotARecursion() throws {
        let page = Pages.convertedAnswer(
            rows: """
                settings | Config | 设置
                mode | string | 模式
                extra | Config | 扩展设置
                """,
            example: #"{"code": 0, "msg": "success", "data": {"settings": {"mode": "a", "extra": {"color": "red"}}}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let extra = try #require(endpoint.response[named: "settings"]?.children[named: "extra"])
        #expect(!extra.recursive)
        #expect(extra.children.map(\.name) == ["color"])
    }
}
