import APIDocModel
import APIDocParser
import Testing

/// Historic answers list their fields by name and description alone (`|参数|说明|`), marking depth
/// with `∟`: the table says which fields there are and where, the example says their types.
struct TypelessTableTests {
    private static func answer(rows: String, example: String) -> String {
        Pages.converted(
            """
            ## 响应

            ### 响应体
            |参数|说明|
            |-|-|
            |code|返回码，非 0 表示失败|
            |msg|返回码的描述|
            |data|返回业务数据|
            \(rows)

            ### 响应示例
            ```json
            {"code": 0, "msg": "success", "data": \(example)}
            ```
            """)
    }

    @Test func theExampleTypesEachRowAndARowItDoesNotShowIsAnyJSONValue() throws {
        let page = Self.answer(
            rows: """
                |&emsp;∟is_all|是否管理所有部门|
                |&emsp;∟department_list|管理的部门列表，当 is_all 为 true 时，不返回该字段|
                |&emsp;∟admin|管理员|
                |&emsp;&emsp;∟open_id|管理员的 open_id|
                """,
            example: #"{"is_all": false, "admin": {"open_id": "ou_1"}, "departments_list": ["od-1"]}"#)
        let document = Pages.parse(page)
        let endpoint = try #require(document.endpoints.first)
        #expect(endpoint.response.map(\.name) == ["is_all", "department_list", "admin", "departments_list"])
        #expect(endpoint.response[named: "is_all"]?.type == .boolean)
        #expect(endpoint.response[named: "is_all"]?.description == "是否管理所有部门")
        #expect(endpoint.response[named: "department_list"]?.type == .any)
        #expect(endpoint.response[named: "admin"]?.children.map(\.name) == ["open_id"])
        #expect(endpoint.response[named: "admin"]?.children.first?.type == .string)
        #expect(!endpoint.diagnostics.contains { $0.kind == .unreadableTable })
        // The example's `departments_list` is no row's: the page contradicts itself.
        #expect(endpoint.diagnostics.contains { $0.kind == .contradiction && $0.message.contains("'departments_list'") })
    }

    /// A folder's `children`, keyed by each file's token: a map whose values have the rows.
    @Test func rowsUnderAnObjectTheExampleKeysByDataAreTheMapsValues() throws {
        let page = Self.answer(
            rows: """
                |&emsp;∟children|文件夹的下的文件|
                |&emsp;&emsp;∟token|文件的 token|
                |&emsp;&emsp;∟is_shortcut|该文件是否是快捷方式|
                """,
            example: #"{"children": {"nodbc9eC8*****UFOq05rLhpjzc": {"token": "fldbc", "is_shortcut": false}}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let children = try #require(endpoint.response[named: "children"])
        #expect(children.type == .map)
        #expect(children.items?.children.map(\.name) == ["token", "is_shortcut"])
        #expect(children.items?.children.map(\.type) == [.string, .boolean])
        #expect(!endpoint.diagnostics.contains { $0.kind == .contradiction })
    }

    /// `================ | **以下字段适用于在用户操作时：**` rules the table: a note on the rows after
    /// it, which stay the fields of the object they are marked under.
    @Test func aRuleAcrossTheTableIsNoField() throws {
        let page = Self.answer(
            rows: """
                |&emsp;∟task_info|任务执行结果列表|
                |&emsp;&emsp;∟name|子任务请求名称|
                |================|**以下字段适用于在用户操作时：**|
                |&emsp;&emsp;∟email|请求时的用户邮箱|
                """,
            example: #"{"task_info": [{"name": "n", "email": "e@example.com"}]}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["task_info"])
        #expect(endpoint.response[named: "task_info"]?.items?.children.map(\.name) == ["name", "email"])
    }
}
