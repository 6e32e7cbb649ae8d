import APIDocModel
import Testing

@testable import APIDocParser

/// Cases the corpus sweep found, each written small: what the page does, and what must come out.
@Suite struct HardCaseTests {
    /// The endpoint of a feishu-md page around `body` (a 请求体 table and what follows it).
    private func converted(_ body: String) throws -> Endpoint {
        let document = Pages.parse(Pages.converted(body))
        return try #require(document.endpoints.first, "\(document.allDiagnostics)")
    }

    @Test func examplesWrittenByHandStillPlaceRows() throws {
        // A comment, a trailing comma, a line break inside a string and a regex escape: none
        // stops the example from saying that `percent` belongs to `progress`.
        let endpoint = try converted("""
            ### 请求体

            名称 | 类型 | 必填 | 描述
            --- | --- | --- | ---
            progress | progress | 否 | 进展
            percent | number | 否 | 百分比
            pattern | string | 否 | 校验

            ### 请求体示例
            ```json
            {
                "progress": {"percent": 50.5,}, // 进展
                "pattern": "^\\d{9}$",
                "note": "第一行
            第二行"
            }
            ```
            """)
        // `note`, which no row documents, is kept as the example shows it: a string with its line break.
        #expect(endpoint.requestBody.map(\.name) == ["progress", "pattern", "note"])
        #expect(endpoint.requestBody.last?.example == .string("第一行\n第二行"))
        #expect(endpoint.requestBody.first?.children.map(\.name) == ["percent"])
        #expect(endpoint.examples.requestBody?.objectValue?["pattern"] == .string("^\\d{9}$"))
        #expect(!endpoint.diagnostics.contains { $0.message.contains("not valid JSON") })
    }

    @Test func exampleJSONRefusesWhatIsNotJSON() {
        #expect(ExampleJSON.value(of: #"{"a": ""123""}"#) == nil)
        #expect(ExampleJSON.value(of: #"{"type": and}"#) == nil)
        #expect(ExampleJSON.value(of: "{\"a\": [1, 2,], /* x */ \"b\": \"c\td\"}") == .object(["a": .array([.integer(1), .integer(2)]), "b": .string("c\td")]))
    }

    @Test func multipartBodiesAreNotReportedAsBrokenJSON() throws {
        let endpoint = try converted("""
            ### 请求体

            名称 | 类型 | 必填 | 描述
            --- | --- | --- | ---
            file | file | 是 | 文件

            ### 请求体示例
            ```HTTP
            ---7MA4YWxkTrZu0gW
            Content-Disposition: form-data; name="file";
            ---7MA4YWxkTrZu0gW
            ```
            """)
        #expect(endpoint.requestBody.map(\.name) == ["file"])
        #expect(!endpoint.diagnostics.contains { $0.message.contains("not valid JSON") })
    }

    @Test func requirementTagsInNameCellsSayRequired() throws {
        // Historic pages tag the name, and multi-line tables put the tag on the row's own line.
        let endpoint = try converted("""
            ### 请求体

            名称 | 类型 | 描述
            --- | --- | ---
            approval_code  
            `必选` | string | 审批定义 code
            user_id`` | string | 发起人
            `title` `可选` | string | 标题
            """)
        #expect(endpoint.requestBody.map(\.name) == ["approval_code", "user_id", "title"])
        #expect(endpoint.requestBody.map(\.required) == [true, false, false])
    }

    @Test func nameCells() {
        #expect(NameCell("approval_code<br>`必选`").name == "approval_code")
        #expect(NameCell("approval_code<br>`必选`").isTaggedRequired)
        #expect(NameCell("`sheet_cf_ids ` ` `").name == "sheet_cf_ids")
        #expect(NameCell(#"<md-text type="field-name">time_period"#).name == "time_period")
        #expect(NameCell("&emsp;∟&nbsp;open_id").name == "open_id")
        #expect(NameCell("&emsp;∟&nbsp;open_id").depth == 1)
        // A level is an em space, or one more marker (search items' `acl[]` holds `access`).
        #expect(NameCell("&emsp;&emsp;∟&nbsp;access").depth == 2)
        #expect(NameCell("&emsp;∟ ∟&nbsp;access").depth == 2)
        #expect(NameCell("∟∟ `access`").depth == 2)
        #expect(NameCell("&emsp;∟ ∟&nbsp;access").name == "access")
        // An em space a level says the depth without a marker too.
        #expect(NameCell("&emsp;diff_times").depth == 1)
        #expect(NameCell("&emsp;diff_times").name == "diff_times")
        #expect(NameCell("diff_times").depth == nil)
    }

    /// Third-party approval's instance check marks its first level `∟` and the level below
    /// `&emsp;∟`, where most tables mark the first level `&emsp;∟`; its answer indents `diff_times`
    /// under `data` with an em space and no marker.
    @Test func depthMarksReadAsTheTableUsesThem() throws {
        let endpoint = try converted("""
            ### 请求体
            |参数|类型|必须|说明|
            |-|-|-|-|
            |update_times|list|是|实例信息|
            |∟instance_id|String|是|审批实例 id|
            |∟tasks|list|是|任务信息|
            |&emsp;∟task_id|String|是|任务 id|
            |&emsp;∟update_time|int|是|任务最近更新时间|
            |∟update_time|int|是|审批实例最近更新时间|

            ## 响应
            ### 响应体
            |参数|类型|必须|说明|
            |-|-|-|-|
            |code|int|是|错误码|
            |msg|String|是|返回码的描述|
            |data|map|是|返回业务信息|
            |&emsp;diff_times|list|否|实例信息|
            |&emsp;&emsp;∟instance_id|String|是|审批实例 id|
            """)
        let updateTimes = try #require(endpoint.requestBody[named: "update_times"])
        let instance = try #require(updateTimes.items?.children)
        #expect(instance.map(\.name) == ["instance_id", "tasks", "update_time"])
        #expect(instance[named: "tasks"]?.items?.children.map(\.name) == ["task_id", "update_time"])
        #expect(endpoint.response.map(\.name) == ["diff_times"])
        #expect(endpoint.response[named: "diff_times"]?.items?.children.map(\.name) == ["instance_id"])
        #expect(endpoint.diagnostics.allSatisfy { $0.kind != .nesting && $0.kind != .duplicate }, "\(endpoint.diagnostics)")
    }

    /// Approval Bot messages document two request bodies, one per kind of template, each under
    /// a heading of its own with its own example: the client's body holds the fields of both,
    /// required only where both require them, and a warning says so.
    @Test func severalDocumentedBodiesAreReadAsOne() throws {
        let endpoint = try converted("""
            ### 通用模板请求体

            名称 | 类型 | 必填 | 描述
            --- | --- | --- | ---
            template_id | string | 是 | 模板编号
            open_id | string | 是 | 目标用户的 open_id
            note | string | 否 | 备注

            ### 通用模板请求体示例

            ```json
            {"template_id": "1001", "open_id": "ou_1", "note": "n"}
            ```

            ### 自定义模板请求体

            名称 | 类型 | 必填 | 描述
            --- | --- | --- | ---
            template_id | string | 是 | 模板编号，自定义模板编号为 1021。
            custom_title | string | 是 | 模板标题

            ### 自定义模板请求体示例

            ```json
            {"template_id": "1021", "custom_title": "@i18n@1"}
            ```
            """)
        #expect(endpoint.requestBody.map(\.name) == ["template_id", "open_id", "note", "custom_title"])
        #expect(endpoint.requestBody.map(\.required) == [true, false, false, false])
        #expect(endpoint.requestBody.first?.description == "模板编号")
        #expect(endpoint.diagnostics.contains { $0.line == 13 && $0.kind == .loosened && $0.message.contains("2 request bodies") })
        #expect(!endpoint.diagnostics.contains { $0.kind == .unreadableTable || $0.kind == .contradiction })
    }

    /// Historic pages write `map` for an object: approval Bot's `content | map`, whose example
    /// shows an object keyed by the rows after it, holds them.
    @Test func aMapRowWhoseExampleKeysAreTheNextRowsIsAnObject() throws {
        let endpoint = try converted("""
            ### 请求体

            名称 | 类型 | 必填 | 描述
            --- | --- | --- | ---
            user_id | string | 是 | 目标用户
            content | map | 否 | 内容
            user_id | string | 否 | 申请人
            department_id | string | 否 | 部门
            note | string | 否 | 备注
            texts | map | 否 | 文案

            ### 请求体示例

            ```json
            {"user_id": "u1", "content": {"user_id": "u2", "department_id": "d"}, "note": "n", "texts": {"@i18n@1": "a"}}
            ```
            """)
        #expect(endpoint.requestBody.map(\.name) == ["user_id", "content", "note", "texts"])
        #expect(endpoint.requestBody[named: "content"]?.type == .object)
        #expect(endpoint.requestBody[named: "content"]?.children.map(\.name) == ["user_id", "department_id"])
        // A map whose keys no row names stays a map.
        #expect(endpoint.requestBody[named: "texts"]?.type == .map)
        #expect(!endpoint.diagnostics.contains { $0.kind == .duplicate })
    }

    /// Approval's definition marks one object's fields `∟` and another's `&emsp;∟`, each after a
    /// top-level row: both are the first level.
    @Test func firstLevelMarksOfBothKindsInOneTable() throws {
        let endpoint = try converted("""
            ### 请求体
            |参数|类型|必须|说明|
            |-|-|-|-|
            |settings|map|否|其他设置|
            |&emsp;∟revert_interval|int|否|撤回时间|
            |config|map|否|配置项|
            |∟help_url|String|否|帮助页链接|
            """)
        #expect(endpoint.requestBody.map(\.name) == ["settings", "config"])
        #expect(endpoint.requestBody[named: "settings"]?.children.map(\.name) == ["revert_interval"])
        #expect(endpoint.requestBody[named: "config"]?.children.map(\.name) == ["help_url"])
        #expect(endpoint.diagnostics.allSatisfy { $0.kind != .nesting }, "\(endpoint.diagnostics)")
    }

    /// A `<br>` line alone after a blank line is an HTML block to cmark, which would swallow the
    /// heading and table after it: it is spacing, and the body table is read.
    @Test func spacerLineBeforeAHeadingHidesNothing() throws {
        let page = Pages.converted("""
            说明文字。

            <br>
            ### 请求体
            |参数|类型|必须|说明|
            |--|-----|--|----|
            |FolderToken|string|否|文件夹 token|
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.requestBody.map(\.name) == ["FolderToken"])
    }

    /// A converted page that lost a list item's indentation on the opening fence of its example
    /// but not on the closing one: to Markdown, the fence four spaces in is code, and the block
    /// would run on over the answer's heading, table and example. The block ends at that fence,
    /// with a warning; a code block without a heading after such a fence is left as it is.
    @Test func aClosingFenceIndentedTooFarEndsItsBlockBeforeTheHeadingsAfterIt() throws {
        let page = Pages.converted("""
            ### 请求体示例

            ```json
            {"chat_id": "oc_1"}
                ```

            ## 响应

            ### 响应体
            |参数|类型|说明|
            |-|-|-|
            |code|int|返回码|
            |msg|string|返回码描述|
            data | - | -
            &emsp;∟message_id |string| 消息 ID

            ### 响应体示例

            ```json
            {"code": 0, "data": {"message_id": "om_1"}, "msg": "ok"}
            ```

            ```markdown
            ```json
                ```
            text
            ```
            """)
        let document = Pages.parse(page)
        let endpoint = try #require(document.endpoints.first)
        #expect(endpoint.response.map(\.name) == ["message_id"])
        #expect(endpoint.examples.response?.objectValue?["data"] == .object(["message_id": .string("om_1")]))
        let repairs = document.allDiagnostics.filter { $0.message.contains("indented four spaces more than the one that opens") }
        #expect(repairs.map(\.line) == [17])
    }

    @Test func leftoverMarkupTagsGoTheirContentStays() {
        #expect(LeftoverMarkup.removingTags(from: #"<md-text type="field-type">array&lt;object&gt;"#) == "array&lt;object&gt;")
        #expect(LeftoverMarkup.removingTags(from: "a <b> c</md-text> d") == "a <b> c d")
        #expect(TypeName(#"<md-text type="field-type">array&lt;string&gt;"#) == TypeName(type: .array, items: .string))
    }

    @Test func markupRowsKeepTheirEmSpaceDepthAndMapRowsHoldTheirChildren() throws {
        let rows = [("data", "map", ""), ("items", "user[]", "&emsp;"), ("open_id", "string", "&emsp;&emsp;"), ("total", "int", "&emsp;")]
        let cells = rows.map { name, type, indent in
            """
            <md-tr>
            \t<md-td>
            \t\(indent.isEmpty ? "" : indent + #"<span style="color: #8F959E">∟</span>&nbsp;"#)<md-text type="field-name" >\(name)</md-text>
            \t</md-td>
            \t<md-td><md-text type="field-type" >\(type)</md-text></md-td>
            \t<md-td>说明</md-td>
            </md-tr>
            """
        }
        let page = """
            # 示例

            ## 请求

            | 名称 | 值 |
            | --- | --- |
            | HTTP URL | https://open.feishu.cn/open-apis/example/v1/users |
            | HTTP Method | GET |

            ## 响应

            ### 响应体

            :::html
            <md-table>
            <md-thead><tr><md-th>名称</md-th><md-th>类型</md-th><md-th>描述</md-th></tr></md-thead>
            <md-tbody>
            \(cells.joined(separator: "\n"))
            </md-tbody>
            </md-table>
            :::
            """
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        // `data` (depth 0, a map the next row is deeper than) is the envelope: its rows are the response.
        #expect(endpoint.response.map(\.name) == ["items", "total"])
        #expect(endpoint.response.first?.items?.children.map(\.name) == ["open_id"])
    }

    @Test func aTypelessDataRowHoldsTheRowsAfterIt() throws {
        let page = Pages.convertedAnswer(rows: """
            node | node | 节点信息
            space_id | string | 知识空间 ID
            has_child | boolean | 是否有子节点
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["node"])
    }

    @Test func scopesAndRateLimits() {
        #expect(PermissionScopes.feishu(in: "获取用户基本信息(contact:user.base:readonly) 或 以应用身份访问(contact:contact:access_as_app)")
            == ["contact:user.base:readonly", "contact:contact:access_as_app"])
        #expect(PermissionScopes.feishu(in: "无需权限") == [])
        #expect(PermissionScopes.dingTalk(in: "permission-Contact.User.Read-通讯录读权限", allowingColons: false) == ["Contact.User.Read"])
        #expect(PermissionScopes.dingTalk(in: "permission-qyapi:read-x", allowingColons: true) == ["qyapi:read"])
        #expect(MarkdownPageReader.rateLimit(in: "[特殊频控](url) 1000 次/分钟、50 次 / 秒") == RateLimit(perMinute: 1000, perSecond: 50))
        #expect(MarkdownPageReader.rateLimit(in: "100次/分钟") == RateLimit(perMinute: 100))
        #expect(MarkdownPageReader.rateLimit(in: "不限") == nil)
    }

    @Test func plainCellLinesReadAsCmarkWouldReadThem() {
        let plain = LabelledLine("普通说明文字 with words. ")
        #expect(plain.label == nil && !plain.isListItem)
        #expect(plain.value == "普通说明文字 with words.")
        #expect(LabelledLine("**示例值**：\"abc\"").label == "示例值")
        #expect(LabelledLine("- 1：可用").isListItem)
        #expect(LabelledLine("1. 第一").isListItem)
        #expect(LabelledLine("a\\_b").value == "a_b")
    }
    /// docx's blocks: `heading1 | text`, with the text block's rows marked under it. `text` is
    /// Feishu's name for that object type, not a string, however the type cell is quoted.
    @Test func aScalarWordWithRowsMarkedUnderItNamesAnObject() throws {
        let endpoint = try converted(
            """
            ### 请求体

            | 名称 | 类型 | 必填 | 描述 |
            | --- | --- | --- | --- |
            | `block_id` | `string` | 是 | Block ID |
            | `heading1` | `text` | 否 | 一级标题 Block |
            | &nbsp;&nbsp;└ `elements` | `text_element[]` | 是 | 文本元素 |
            | &nbsp;&nbsp;&nbsp;&nbsp;└ `content` | `string` | 是 | 文本内容 |
            | `caption` | `text` | 否 | 说明文字 |
            """)
        let heading = try #require(endpoint.requestBody[named: "heading1"])
        #expect(heading.type == .object)
        #expect(heading.typeName == "text")
        #expect(heading.children.map(\.name) == ["elements"])
        #expect(endpoint.requestBody[named: "caption"]?.type == .string)
    }
    /// Historic pages name two alternative fields in one cell (`employee_id、open_id`, or two
    /// marked names on two lines): each is a field of its own, optional, since the call sends one
    /// of them; a warning says so. A name and its tag stay one field.
    @Test func aCellNamingTwoAlternativesIsTwoOptionalFields() throws {
        let endpoint = try converted(
            """
            ### 请求体

            | 名称 | 类型 | 必填 | 描述 |
            | --- | --- | --- | --- |
            | employee_id、open_id | string | 是 | 支持通过 open_id 或者 employee_id 查询 |
            | users | user\\[\\] | 是 | 用户 |
            | &emsp;∟leader_user_id<br>&emsp;∟leader_open_id | string | 否 | 直属上级用户 ID |
            """)
        #expect(endpoint.requestBody.map(\.name) == ["employee_id", "open_id", "users"])
        #expect(endpoint.requestBody.prefix(2).allSatisfy { !$0.required })
        #expect(endpoint.requestBody[named: "users"]?.items?.children.map(\.name) == ["leader_user_id", "leader_open_id"])
        #expect(endpoint.diagnostics.contains { $0.message == "the row names 2 fields, 'employee_id', 'open_id', each typed on its own and optional, though the page requires one of them" })
        #expect(NameCell.alternatives(in: "approval_code<br>`必选`") == nil)
    }
    /// Historic pages list a GET's query under `请求参数`; the same heading over a POST is its
    /// body. A GET whose page documents a body (`请求体`) keeps it, with a warning: URLSession on
    /// Apple platforms refuses a GET with a body.
    @Test func requestParametersOfAGetAreItsQuery() throws {
        let section = """
            ### 请求参数

            |参数|类型|必须|说明|
            |-|-|-|-|
            |page_size|int|否|分页大小|
            """
        let get = Pages.converted(section).replacingOccurrences(of: "HTTP Method | POST", with: "HTTP Method | GET")
        let getEndpoint = try #require(Pages.parse(get).endpoints.first)
        #expect(getEndpoint.queryParameters.map(\.name) == ["page_size"])
        #expect(getEndpoint.requestBody.isEmpty)
        let postEndpoint = try converted(section)
        #expect(postEndpoint.requestBody.map(\.name) == ["page_size"])
        #expect(postEndpoint.queryParameters.isEmpty)
        let getWithBody = try #require(Pages.parse(get.replacingOccurrences(of: "### 请求参数", with: "### 请求体")).endpoints.first)
        #expect(getWithBody.requestBody.map(\.name) == ["page_size"])
        #expect(getWithBody.diagnostics.contains { $0.message.hasPrefix("the page documents a request body for a GET; the client sends it, but URLSession") })
    }
    /// An example's object keyed by data (a folder's children by token) read without a table is a
    /// map of what its values show, not an object with a property per token.
    @Test func anExampleObjectKeyedByDataIsAMap() throws {
        let children = ExampleFields.field(
            named: "children",
            value: .object([
                "nodbc9eC8*****UFOq05rLhpjzc": .object(["token": .string("fld"), "name": .string("a")]),
                "nodbcOjPU*****aVVjRDSw4mpeb": .object(["token": .string("box"), "is_shortcut": .bool(false)]),
            ]))
        #expect(children.type == .map)
        #expect(children.items?.children.map(\.name) == ["is_shortcut", "name", "token"])
        #expect(ExampleFields.field(named: "user", value: .object(["user_id": .string("u")])).type == .object)
    }
}
