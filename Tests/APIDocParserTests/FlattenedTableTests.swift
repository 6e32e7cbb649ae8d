import APIDocModel
import APIDocParser
import Testing

/// feishu-md's tables are flattened: every row at one level, the nesting left to the example and
/// to the type names. These pin how rows the example does not place are read.
@Suite struct FlattenedTableTests {
    private static func answer(rows: String, example: String) -> String {
        Pages.convertedAnswer(rows: rows, example: #"{"code": 0, "msg": "success", "data": "# + example + "}")
    }

    /// `file | file`: Feishu's name for an object type, which the example shows as one.
    @Test func fileTypedRowWhoseExampleIsAnObjectHoldsTheRowsBelowIt() throws {
        let page = Self.answer(
            rows: """
                file | file | 复制的新文件信息
                token | string | 新文件 token
                name | string | 新文件的名称
                """,
            example: #"{"file": {"token": "t1", "name": "Demo copy"}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let file = try #require(endpoint.response[named: "file"])
        #expect(file.type == .object)
        #expect(file.children.map(\.name) == ["token", "name"])
        #expect(endpoint.response.count == 1)
    }

    /// The sheets pages list `data`'s fields with no `code`, `msg`, `data` rows: the example's
    /// `data` places them.
    @Test func aTableWithoutEnvelopeRowsIsReadWithTheExamplesData() throws {
        let page = Pages.converted(
            """
            ## 响应

            ### 响应体

            参数 | 类型 | 说明
            --- | --- | ---
            formats | array&lt;object&gt; | 条件格式
            sheet_id | string | 工作表 ID
            condition_format | / | 条件格式详情
            cf_id | string | 条件格式 ID

            ### 响应体示例
            ```json
            {"code": 0, "msg": "Success", "data": {"formats": [{"sheet_id": "s1", "condition_format": {"cf_id": "c1"}}]}}
            ```
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["formats"])
        let format = try #require(endpoint.response.first?.items)
        #expect(format.children.map(\.name) == ["sheet_id", "condition_format"])
        #expect(format.children[named: "condition_format"]?.children.map(\.name) == ["cf_id"])
        #expect(format.children[named: "sheet_id"]?.example == .string("s1"))
    }

    /// A JSON answer holds no file's bytes: `file[]` there is a list of Feishu's `file` objects,
    /// and the row after it is the file's, whether the example shows the list or not.
    @Test func fileListRowInAnAnswerHoldsTheRowBelowIt() throws {
        let rows = """
            dependents | dependent\\[\\] | 亲属
            name | string | 姓名
            birth_certificate_of_child | file\\[\\] | 出生证明
            id | string | 上传文件ID
            """
        let shown = #"{"dependents": [{"name": "n", "birth_certificate_of_child": [{"id": "f1"}]}]}"#
        let unshown = #"{"dependents": [{"name": "n"}]}"#
        for example in [shown, unshown] {
            let endpoint = try #require(Pages.parse(Self.answer(rows: rows, example: example)).endpoints.first)
            let dependent = try #require(endpoint.response[named: "dependents"]?.items)
            #expect(dependent.children.map(\.name) == ["name", "birth_certificate_of_child"])
            let files = try #require(dependent.children[named: "birth_certificate_of_child"]?.items)
            #expect(files.type == .object && files.typeName == "file")
            #expect(files.children.map(\.name) == ["id"])
        }
    }

    /// A scraper that writes `∟` before every field of `data`, at one depth whatever the
    /// nesting (helpdesk's categories): the marks say nothing, and the example places the rows.
    @Test func depthMarksAllAtOneDepthAfterTheEnvelopeAreReadAsFlattened() throws {
        let page = Pages.converted(
            """
            ## 响应

            ### 响应体

            | 名称 | 类型 | 描述 |
            | --- | --- | --- |
            | `code` | `int` | 错误码 |
            | `msg` | `string` | 错误描述 |
            | `data` | `\\-` | \\- |
            | ∟ `categories` | `category\\[\\]` | 分类列表 |
            | ∟ `category_id` | `string` | 分类ID |
            | ∟ `name` | `string` | 名称 |
            | ∟ `has_more` | `boolean` | 是否还有更多 |

            ### 响应体示例

            ```json
            {"code": 0, "msg": "success", "data": {"categories": [{"category_id": "1", "name": "n"}], "has_more": false}}
            ```
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["categories", "has_more"])
        #expect(endpoint.response[named: "categories"]?.items?.children.map(\.name) == ["category_id", "name"])
    }

    /// `text[]` is a list of Feishu's `text` objects where the example shows objects (the
    /// whiteboard's caption `data`): the rows below it are the text's, not strings'.
    @Test func textListRowWhoseExampleShowsObjectsHoldsTheRowsBelowIt() throws {
        let rows = """
            captions | connector.caption | 连线文本
            data | text\\[\\] | 文本
            text | string | 文字内容
            font_size | int | 字号
            """
        let example = #"{"captions": {"data": [{"text": "a", "font_size": 14}]}}"#
        let endpoint = try #require(Pages.parse(Self.answer(rows: rows, example: example)).endpoints.first)
        let data = try #require(endpoint.response[named: "captions"]?.children[named: "data"]?.items)
        #expect(data.type == .object && data.typeName == "text")
        #expect(data.children.map(\.name) == ["text", "font_size"])
        let strings = try #require(Pages.parse(Self.answer(rows: rows, example: #"{"captions": {"data": ["a"]}}"#)).endpoints.first)
        #expect(strings.response[named: "captions"]?.children[named: "data"]?.items?.type == .string)
    }

    /// `#### 文本消息` and `#### 富文本消息` under `### 请求体示例` are variants of the example:
    /// each one's block is read, not left behind by the heading.
    @Test func examplesUnderSubheadingsOfTheExampleHeadingAreRead() throws {
        let page = Pages.converted(
            """
            ### 请求体

            名称 | 类型 | 必填 | 描述
            --- | --- | --- | ---
            msg_type | string | 是 | 消息类型
            content | object | 否 | 消息内容
            text | string | 否 | 文本
            open_ids | string\\[\\] | 否 | 用户列表

            ### 请求体示例

            #### 文本消息
            ```json
            {"msg_type": "text", "content": {"text": "hi"}}
            ```

            #### 群发
            ```json
            {"msg_type": "text", "open_ids": ["ou_1"]}
            ```
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.examples.requestBody == .object(["msg_type": .string("text"), "content": .object(["text": .string("hi")])]))
        #expect(endpoint.requestBody.map(\.name) == ["msg_type", "content", "open_ids"])
        #expect(endpoint.requestBody[named: "open_ids"]?.items?.type == .string)
    }

    /// A `file` row whose example is a string stays a file.
    @Test func fileTypedRowWithoutAnObjectExampleStaysAFile() throws {
        let page = Self.answer(rows: "file | file | 文件\nname | string | 名称", example: #"{"file": "f", "name": "n"}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.type) == [.file, .string])
    }

    /// `created_by | person` is not in the example, its `id` is the record's in the example; the
    /// rows after `id` that no example has say `id` is the person's.
    @Test func firstRowUnderAnObjectTheExampleOmitsStaysWithTheRowsAfterIt() throws {
        let page = Self.answer(
            rows: """
                record | app.table.record | 记录
                record_id | string | 记录 ID
                created_by | person | 创建人
                id | string | 创建人的用户 ID
                name | string | 用户的中文名称
                """,
            example: #"{"record": {"record_id": "r1", "id": "r1"}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let record = try #require(endpoint.response[named: "record"])
        #expect(record.children.map(\.name) == ["record_id", "created_by"])
        #expect(record.children[named: "created_by"]?.children.map(\.name) == ["id", "name"])
    }

    /// A cell's permission note set off by blank lines does not end the table.
    @Test func blankLineInsideACellDoesNotEndTheTable() throws {
        let page = Pages.converted("""
            ### 请求体

            名称 | 类型 | 必填 | 描述
            --- | --- | --- | ---
            name_list | string\\[\\] | 否 | 姓名列表

            **字段权限要求：**

            读写法定姓名信息(corehr:person.legal_name:write)
            local_primary | string | 否 | 姓 - 本地文字
            **示例值**："黄"

            ### 响应

            名称 | 类型 | 描述
            --- | --- | ---
            code | int | 错误码
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.requestBody.map(\.name) == ["name_list", "local_primary"])
        #expect(endpoint.requestBody.first?.description.contains("corehr:person.legal_name:write") == true)
        #expect(endpoint.requestBody.last?.example == .string("黄"))
    }

    /// The first rows of docx's Text type: its style and its elements.
    private static let textRows = """
        style | text_style | 样式
        align | int | 对齐方式
        elements | text_element\\[\\] | 文本元素
        content | string | 文本内容
        """

    /// docx lists a block's rows again under every field of the Text type (`page`, `text`,
    /// `heading1`…): the rows after each are its own, read alike, and `text` names an object.
    @Test func rowsRepeatedUnderEachFieldOfATypeAreThatTypesFields() throws {
        // `inline_block` holds a `block_id`, as the block does: a row inside the span named like
        // one beside the field does not end the span.
        let textRows = Self.textRows + """

            inline_block | inline_block | 内联块
            block_id | string | 内联块 ID
            comment_ids | string\\[\\] | 评论 ID
            """
        let page = Self.answer(
            rows: """
                children | block\\[\\] | 子块
                block_id | string | 块 ID
                children | string\\[\\] | 子块 ID
                page | text | 页面块
                \(textRows)
                text | text | 文本块
                \(textRows)
                heading1 | text | 一级标题块
                \(textRows)
                client_token | string | 幂等标识
                """,
            example: #"{"children": [{"block_id": "b1", "text": {"style": {"align": 1}, "elements": [{"content": "x"}]}}], "client_token": "t"}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["children", "client_token"])
        let block = try #require(endpoint.response.first?.items?.children)
        #expect(block.map(\.name) == ["block_id", "children", "page", "text", "heading1"])
        for name in ["page", "text", "heading1"] {
            let text = try #require(block[named: name])
            #expect(text.type == .object)
            #expect(text.children.map(\.name) == ["style", "elements"])
            #expect(text.children[named: "style"]?.children.map(\.name) == ["align"])
            #expect(text.children[named: "elements"]?.items?.children.map(\.name) == ["content", "inline_block", "comment_ids"])
        }
    }

    /// The rows of a repeated type are read on their own; a row placed by table order among them
    /// is said to be kept under the field they are the rows of, not under "the top level".
    @Test func aGuessAmongARepeatedTypesRowsNamesTheFieldTheyBelongTo() throws {
        let page = Self.answer(
            rows: """
                block | block | 块
                block_id | string | 块 ID
                page | text | 页面块
                \(Self.textRows)
                text | text | 文本块
                \(Self.textRows)
                """,
            example: #"{"block": {"block_id": "b1"}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let text = try #require(endpoint.response[named: "block"]?.children[named: "page"])
        #expect(text.children.map(\.name) == ["style", "elements"])
        let guesses = endpoint.diagnostics.filter { $0.message.contains("field 'elements'") }.map(\.message)
        #expect(!guesses.isEmpty)
        #expect(guesses.allSatisfy { $0.contains("kept under page") || $0.contains("kept under text") })
    }

    /// `created_by | person` and `last_modified_by | person` with the same rows under each: the
    /// rows are each one's, and the row after them is the record's again.
    @Test func twoFieldsOfATypeWithTheSameRowsEachHoldThem() throws {
        let page = Self.answer(
            rows: """
                record | app.table.record | 记录
                record_id | string | 记录 ID
                created_by | person | 创建人
                id | string | 用户 ID
                name | string | 用户名
                last_modified_by | person | 修改人
                id | string | 用户 ID
                name | string | 用户名
                shared_url | string | 分享链接
                """,
            example: #"{"record": {"record_id": "r1", "shared_url": "u"}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let record = try #require(endpoint.response[named: "record"])
        #expect(record.children.map(\.name) == ["record_id", "created_by", "last_modified_by", "shared_url"])
        #expect(record.children[named: "created_by"]?.children.map(\.name) == ["id", "name"])
        #expect(record.children[named: "last_modified_by"]?.children.map(\.name) == ["id", "name"])
    }

    /// Two `comment_at_info[]` fields each followed by `commentator` and `extra`: the example
    /// shows those beside the list, not in it, and outweighs the rows that follow both alike.
    @Test func exampleOutweighsRowsThatMerelyFollowEachFieldOfATypeAlike() throws {
        let page = Self.answer(
            rows: """
                comments | comment\\[\\] | 评论
                id | string | 评论 ID
                replies | comment_reply\\[\\] | 回复
                id | string | 回复 ID
                at_info_list | comment_at_info\\[\\] | 艾特人
                user_id | string | 被艾特人 ID
                commentator | string | 创建人
                at_info_list | comment_at_info\\[\\] | 艾特人
                user_id | string | 被艾特人 ID
                commentator | string | 创建人
                """,
            example: #"""
                {"comments": [{"id": "c", "replies": [{"id": "r", "at_info_list": [{"user_id": "u"}], "commentator": "a"}],
                "at_info_list": [{"user_id": "u"}], "commentator": "a"}]}
                """#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let comment = try #require(endpoint.response.first?.items?.children)
        #expect(comment.map(\.name) == ["id", "replies", "at_info_list", "commentator"])
        #expect(comment[named: "at_info_list"]?.items?.children.map(\.name) == ["user_id"])
        #expect(comment[named: "replies"]?.items?.children.map(\.name) == ["id", "at_info_list", "commentator"])
    }

    /// Pages show a variant per block (`type 为 card_json 时`, then `type 为 template 时`): every
    /// block places rows, the first is the page's example.
    @Test func everyExampleBlockPlacesRows() throws {
        let page = Pages.converted(
            Pages.requestBody(
                rows: """
                    type | string | 是 | 卡片类型
                    data | card_data | 是 | 卡片数据
                    card_json | string | 否 | 卡片 JSON
                    template_id | string | 否 | 模板 ID
                    variables | string | 否 | 模板变量
                    """,
                examples: [
                    #"{"type": "card_json", "data": {"card_json": "{}"}}"#,
                    #"{"type": "template", "data": {"template_id": "t1"}, "variables": "{}"}"#,
                ]))
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.requestBody.map(\.name) == ["type", "data", "variables"])
        #expect(endpoint.requestBody[named: "data"]?.children.map(\.name) == ["card_json", "template_id"])
        #expect(endpoint.examples.requestBody?.objectValue?["type"] == .string("card_json"))
    }

    /// `page_token` and `has_more` after a list's rows page the list: beside it, not in its
    /// last element, though the example shows neither.
    @Test func pagingRowsAfterAListSitBesideIt() throws {
        let page = Self.answer(
            rows: """
                items | item\\[\\] | 列表
                id | string | ID
                owner | person | 负责人
                name | string | 名称
                page_token | string | 分页标记
                has_more | boolean | 是否还有更多项
                """,
            example: #"{"items": [{"id": "i1"}]}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["items", "page_token", "has_more"])
        #expect(endpoint.response.first?.items?.children.map(\.name) == ["id", "owner"])
    }

    /// docx's text elements: `text_run`, `mention_user` and `equation` each end with a
    /// `text_element_style`, whose rows follow each alike. The example shows `text_run` and two of
    /// the style's rows: the style keeps all its rows, and the kinds the example leaves out sit
    /// where it places `text_run`, as the style fields they hold sit where it places its style.
    @Test func elementKindsTheExampleOmitsSitBesideTheOneItShows() throws {
        let style = """
            text_element_style | text_element_style | 文本局部样式
            bold | boolean | 加粗
            link | link | 链接
            url | string | 链接地址
            comment_ids | string\\[\\] | 评论 ID
            """
        let page = Self.answer(
            rows: """
                elements | text_element\\[\\] | 文本元素
                text_run | text_run | 文字
                content | string | 文本内容
                \(style)
                mention_user | mention_user | @用户
                user_id | string | 用户 ID
                \(style)
                equation | equation | 公式
                content | string | 公式内容
                \(style)
                """,
            example: #"{"elements": [{"text_run": {"content": "x", "text_element_style": {"bold": true, "comment_ids": []}}}]}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["elements"])
        let element = try #require(endpoint.response.first?.items?.children)
        #expect(element.map(\.name) == ["text_run", "mention_user", "equation"])
        for (kind, first) in [("text_run", "content"), ("mention_user", "user_id"), ("equation", "content")] {
            let fields = try #require(element[named: kind]?.children)
            #expect(fields.map(\.name) == [first, "text_element_style"], "\(kind)")
            let styleFields = try #require(fields[named: "text_element_style"]?.children)
            #expect(styleFields.map(\.name) == ["bold", "link", "comment_ids"], "\(kind)")
            #expect(styleFields[named: "link"]?.children.map(\.name) == ["url"], "\(kind)")
        }
    }

    /// A type whose rows repeat under two fields, each shown in part by the example (`image_key`
    /// only under the second): both are read with all the example shows of the type.
    @Test func repeatedTypeIsReadWithWhatEveryExampleOfItShows() throws {
        let item = """
            item | menu_item | 菜单信息
            action_type | string | 菜单类型
            redirect_link | redirect_link | 跳转链接
            web_url | string | Web 端跳转链接
            image_key | string | 图标
            name | string | 菜单名称
            """
        let page = Self.answer(
            rows: """
                top_levels | top_level\\[\\] | 一级菜单
                \(item)
                children | second_level\\[\\] | 二级菜单
                \(item)
                """,
            example: #"""
                {"top_levels": [{"item": {"action_type": "NONE", "redirect_link": {"web_url": "u"}, "name": "n"},
                "children": [{"item": {"action_type": "LINK", "redirect_link": {"web_url": "u"}, "image_key": "k", "name": "m"}}]}]}
                """#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let topLevel = try #require(endpoint.response.first?.items?.children)
        #expect(topLevel.map(\.name) == ["item", "children"])
        for item in [topLevel[named: "item"], topLevel[named: "children"]?.items?.children[named: "item"]] {
            let fields = try #require(item?.children)
            #expect(fields.map(\.name) == ["action_type", "redirect_link", "image_key", "name"])
            #expect(fields[named: "redirect_link"]?.children.map(\.name) == ["web_url"])
        }
    }

    /// bitable's field list: the first element shows `"property": null`, later ones show what
    /// `property` holds. Every element of a list is what the example shows of it.
    @Test func everyElementOfAListInTheExamplePlacesRows() throws {
        let page = Self.answer(
            rows: """
                items | app.table.field\\[\\] | 字段信息
                field_name | string | 字段名
                property | app.table.field.property | 字段属性
                options | app.table.field.property.option\\[\\] | 选项
                name | string | 选项名
                formatter | string | 显示格式
                is_primary | boolean | 是否主字段
                """,
            example: #"""
                {"items": [{"field_name": "a", "property": null, "is_primary": true},
                {"field_name": "b", "property": {"options": [{"name": "x"}], "formatter": "0"}, "is_primary": false}]}
                """#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let field = try #require(endpoint.response.first?.items?.children)
        #expect(field.map(\.name) == ["field_name", "property", "is_primary"])
        #expect(field[named: "property"]?.children.map(\.name) == ["options", "formatter"])
    }

    /// `auto_serial | app.field.property.auto_serial` after the rows of `options` in `property`,
    /// which the example does not show: its type name says it is `property`'s.
    @Test func typeNamePlacesAnObjectRowTheExampleOmits() throws {
        let page = Self.answer(
            rows: """
                property | app.table.field.property | 字段属性
                options | app.table.field.property.option\\[\\] | 选项
                name | string | 选项名
                auto_serial | app.field.property.auto_serial | 自动编号类型
                type | string | 自动编号类型
                """,
            example: #"{"property": {"options": [{"name": "x"}]}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let property = try #require(endpoint.response[named: "property"])
        #expect(property.children.map(\.name) == ["options", "auto_serial"])
        #expect(property.children[named: "auto_serial"]?.children.map(\.name) == ["type"])
        #expect(endpoint.diagnostics.contains { $0.message.contains("'auto_serial' is not in the page's example; kept under property where its type name places it") })
    }

    /// `assigned_organization\[\]\[\]`, a two-dimensional array: its elements' elements are the
    /// named objects, whether their fields come from rows or from the example alone.
    @Test(arguments: [
        "groups | kv_entity\\[\\]\\[\\] | 分组\nkey | string | 键\nvalue | string | 值",
        "groups | kv_entity\\[\\]\\[\\] | 分组（二维数组，结构见示例）",
    ])
    func arrayOfArraysHoldsItsNamedObjects(rows: String) throws {
        let page = Self.answer(rows: rows, example: #"{"groups": [[{"key": "a", "value": "b"}], [{"key": "c"}]]}"#)
        let groups = try #require(Pages.parse(page).endpoints.first?.response.first)
        #expect(groups.type == .array)
        #expect(groups.items?.type == .array)
        let element = try #require(groups.items?.items)
        #expect(element.type == .object)
        #expect(element.typeName == "kv_entity")
        #expect(Set(element.children.map(\.name)) == ["key", "value"])
    }

    /// The answer's example shows `leaders` without `group_chat_employee_types`; the request's
    /// example shows the two side by side: the row goes beside `leaders`, not into it.
    @Test func anotherExampleOfThePagePlacesARowBesideAnObject() throws {
        let leaderRows = """
            name | string | 是 | 部门名称
            leaders | leader\\[\\] | 否 | 负责人
            leader_id | string | 是 | 负责人 ID
            group_chat_employee_types | int\\[\\] | 否 | 部门群人员类型
            """
        let page = Pages.convertedAnswer(
            rows: "department | department | 部门信息\n" + leaderRows.replacingOccurrences(of: " | 是 |", with: " |").replacingOccurrences(of: " | 否 |", with: " |"),
            example: #"{"code": 0, "msg": "success", "data": {"department": {"name": "n", "leaders": [{"leader_id": "u"}]}}}"#,
            request: Pages.requestBody(
                rows: leaderRows, examples: [#"{"name": "n", "leaders": [{"leader_id": "u"}], "group_chat_employee_types": [1]}"#]))
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let department = try #require(endpoint.response[named: "department"])
        #expect(department.children.map(\.name) == ["name", "leaders", "group_chat_employee_types"])
        #expect(department.children[named: "leaders"]?.items?.children.map(\.name) == ["leader_id"])
        #expect(endpoint.diagnostics.contains { $0.message.contains("kept under department where another of the page's examples places it") })
    }
    /// A calendar attendee's `approval_reason` after the rows of the `options` in its
    /// `resource_customization`: the answer's example leaves it out, the request's shows it
    /// beside `resource_customization`, so it leaves both objects, each of which has had every
    /// member its example shows.
    @Test func anotherExampleOfThePagePlacesARowBesideAnObjectFurtherOut() throws {
        let attendeeRows = """
            type | string | 否 | 参与人类型
            resource_customization | calendar.attendee.resource_customization\\[\\] | 否 | 会议室的个性化配置
            index_key | string | 是 | 配置项 ID
            options | customization.option\\[\\] | 否 | 选项
            option_key | string | 否 | 选项 ID
            approval_reason | string | 否 | 申请原因
            """
        let page = Pages.convertedAnswer(
            rows: "attendees | calendar.event.attendee\\[\\] | 参与人\n" + attendeeRows.replacingOccurrences(of: " | 否 |", with: " |").replacingOccurrences(of: " | 是 |", with: " |"),
            example: #"{"code": 0, "msg": "success", "data": {"attendees": [{"type": "user", "resource_customization": [{"index_key": "k", "options": [{"option_key": "o"}]}]}]}}"#,
            request: Pages.requestBody(
                rows: "attendees | calendar.event.attendee\\[\\] | 否 | 参与人\n" + attendeeRows,
                examples: [#"{"attendees": [{"type": "user", "resource_customization": [{"index_key": "k", "options": [{"option_key": "o"}]}], "approval_reason": "r"}]}"#]))
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let attendee = try #require(endpoint.response[named: "attendees"]?.items)
        #expect(attendee.children.map(\.name) == ["type", "resource_customization", "approval_reason"])
        #expect(attendee.children[named: "resource_customization"]?.items?.children[named: "options"]?.items?.children.map(\.name) == ["option_key"])
        #expect(endpoint.diagnostics.contains { $0.message.contains("'approval_reason'") && $0.message.contains("kept under attendees where another of the page's examples places it") })
    }

    /// A historic task's `collaborator_ids` after the rows of its `collaborators`: no example
    /// places it beside `collaborators`, but the request's shows it with the task's `summary`
    /// and `due`, which the answer's `task` has had: it is the task's.
    @Test func aRowGoesWhereAnExampleShowsTheFieldsBesideIt() throws {
        let page = Pages.convertedAnswer(
            rows: """
                task | task | 任务
                summary | string | 标题
                due | string | 截止时间
                collaborators | collaborator\\[\\] | 执行者
                id | string | 执行者 ID
                id_list | string\\[\\] | 执行者 ID 列表
                collaborator_ids | string\\[\\] | 执行者 ID 列表
                """,
            example: #"{"code": 0, "msg": "success", "data": {"task": {"summary": "s", "collaborators": [{"id": "u"}]}}}"#,
            request: Pages.requestBody(
                rows: "summary | string | 是 | 标题\ndue | string | 否 | 截止时间\ncollaborator_ids | string\\[\\] | 否 | 执行者",
                examples: [#"{"summary": "s", "due": "1", "collaborator_ids": ["u"]}"#]))
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let task = try #require(endpoint.response[named: "task"])
        #expect(task.children.map(\.name) == ["summary", "due", "collaborators", "collaborator_ids"])
        #expect(task.children[named: "collaborators"]?.items?.children.map(\.name) == ["id", "id_list"])
        #expect(endpoint.diagnostics.contains { $0.message.contains("'collaborator_ids'") && $0.message.contains("beside the fields the page's examples show it with") })
    }

    /// OKR's paragraph elements: a `type` listing `textRun`, `docsLink` and `person`, one object
    /// for each. After the rows of the `textRun` the example shows, the `docsLink` it does not
    /// show is the element's next variant, not a field of the text's style.
    @Test func aVariantTheTagListsSitsBesideTheVariantBeforeIt() throws {
        let page = Self.answer(
            rows: """
                elements | element\\[\\] | 段落元素
                type | string | 元素类型<br>**可选值有**：<br>- textRun：文本<br>- docsLink：文档链接<br>- person：艾特用户
                textRun | text_run | 文本
                text | string | 文本内容
                style | text_style | 样式
                bold | boolean | 是否加粗
                docsLink | docs_link | 飞书云文档
                url | string | 文档链接
                person | person | 艾特用户
                openId | string | 用户 ID
                """,
            example: #"{"elements": [{"type": "textRun", "textRun": {"text": "t", "style": {"bold": true}}}]}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let element = try #require(endpoint.response[named: "elements"]?.items)
        #expect(element.children.map(\.name) == ["type", "textRun", "docsLink", "person"])
        #expect(element.children[named: "textRun"]?.children[named: "style"]?.children.map(\.name) == ["bold"])
        #expect(element.children[named: "docsLink"]?.children.map(\.name) == ["url"])
        #expect(endpoint.diagnostics.contains { $0.message.contains("'docsLink'") && $0.message.contains("beside the field whose values name it") })

        // A tag that lists the row, but no object of another of its values beside it, is no
        // tagged object: offer forms' `object_type_v2` lists `formula`, which sits in `config`.
        let untagged = Self.answer(
            rows: """
                objects | object\\[\\] | 字段
                object_type | string | 字段类型<br>**可选值有**：<br>- select：单选<br>- formula：公式
                config | config | 配置
                options | option\\[\\] | 选项
                id | string | 选项 ID
                formula | formula | 公式
                value | string | 计算公式
                """,
            example: #"{"objects": [{"object_type": "select", "config": {"options": [{"id": "o"}]}}]}"#)
        let untaggedEndpoint = try #require(Pages.parse(untagged).endpoints.first)
        let object = try #require(untaggedEndpoint.response[named: "objects"]?.items)
        #expect(object.children.map(\.name) == ["object_type", "config"])
    }

    /// corehr's pre-hire body: a person's `email | string`, which the example shows, and, rows
    /// later, a contact's `email | email_for_update` with its own rows. The example's `email`
    /// is the first row's: the second row is an object whose rows are its own, not the person's.
    @Test func anExamplesMemberShowsOnlyTheFirstRowOfItsName() throws {
        let page = Pages.converted(
            Pages.requestBody(
                rows: """
                    email | string | 否 | 个人邮箱
                    email | email_for_update | 否 | 邮箱
                    address | string | 是 | 邮箱地址
                    is_primary | boolean | 是 | 是否为主要邮箱
                    """,
                examples: [#"{"email": "a@example.com"}"#]))
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.requestBody.map(\.name) == ["email", "email"])
        #expect(endpoint.requestBody.last?.children.map(\.name) == ["address", "is_primary"])
        let check = try #require(ExampleConformance.checks(of: endpoint).first)
        #expect(check.roundTrips)
    }

    /// A historic task's answer: `collaborators | collaborator[]`, whose rows the example shows
    /// in full, then `collaborator_ids`, which no example shows. The IDs of the collaborators are
    /// the task's, beside the list, not one collaborator's.
    @Test func theIDsOfAListsObjectsSitBesideTheList() throws {
        let page = Self.answer(
            rows: """
                task | task | 任务
                summary | string | 标题
                collaborators | collaborator\\[\\] | 执行者
                id | string | 执行者 ID
                collaborator_ids | string\\[\\] | 执行者 ID 列表
                followerIds | string\\[\\] | 关注者 ID 列表
                """,
            example: #"{"task": {"summary": "s", "collaborators": [{"id": "u"}]}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let task = try #require(endpoint.response[named: "task"])
        #expect(task.children.map(\.name) == ["summary", "collaborators", "collaborator_ids", "followerIds"])
        #expect(task.children[named: "collaborators"]?.items?.children.map(\.name) == ["id"])
        #expect(endpoint.diagnostics.contains { $0.message.contains("'collaborator_ids'") && $0.message.contains("beside the objects whose IDs it lists") })
    }

    /// docx's blocks: `iframe | iframe`, then `component | iframe_component`. With no example to
    /// place them, the type name says the component is a part of the iframe; the next block type
    /// (`image | image`) leaves the part and the iframe both.
    @Test func aTypeNamedAsAPartOfTheObjectJustOpenedIsInIt() throws {
        let page = Self.answer(
            rows: """
                block | block | 块
                block_id | string | 块 ID
                iframe | iframe | 内嵌 Block
                component | iframe_component | iframe 的组成元素
                url | string | iframe 目标 url
                image | image | 图片 Block
                token | string | 图片 token
                """,
            example: #"{"block": {"block_id": "b1"}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let block = try #require(endpoint.response[named: "block"])
        #expect(block.children.map(\.name) == ["block_id", "iframe", "image"])
        #expect(block.children[named: "iframe"]?.children.map(\.name) == ["component"])
        #expect(block.children[named: "iframe"]?.children[named: "component"]?.children.map(\.name) == ["url"])
        #expect(block.children[named: "image"]?.children.map(\.name) == ["token"])
        #expect(endpoint.diagnostics.contains { $0.message.contains("field 'component'") && $0.message.contains("where its type name places it") })
    }

    /// A top-level object no example shows, its own rows, then a named object row: the row is
    /// the object's (in feishu-raw's exact tables, 485 times to 73), unless the two type names end
    /// in the same word, as a page's `*_for_update` types all do.
    @Test func aNamedObjectAfterAGuessedTopLevelObjectsRowsIsInIt() throws {
        let page = Self.answer(
            rows: """
                user | user | 用户
                name | string | 名字
                department | department | 部门
                id | string | 部门 ID
                """,
            example: #"{"total": 1}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["user"])
        #expect(endpoint.response[named: "user"]?.children.map(\.name) == ["name", "department"])
        #expect(endpoint.response[named: "user"]?.children[named: "department"]?.children.map(\.name) == ["id"])

        let alike = Self.answer(
            rows: """
                resident_tax_list | resident_tax_for_update\\[\\] | 纳税身份
                resident_status | string | 居民身份
                tax_address | address_for_update | 纳税地址
                postal_code | string | 邮政编码
                """,
            example: #"{"total": 1}"#)
        let alikeEndpoint = try #require(Pages.parse(alike).endpoints.first)
        #expect(alikeEndpoint.response.map(\.name) == ["resident_tax_list", "tax_address"])
    }

    /// A list of scalars after the rows of a top-level object no example shows is the object's
    /// too (an external contact's `label_ids` after its `title`): in feishu-raw, 96 distinct
    /// cases to 14.
    @Test func aScalarListAfterAGuessedTopLevelObjectsRowsIsInIt() throws {
        let page = Self.answer(
            rows: """
                contact | open_ext_contact | 外部联系人
                title | string | 职位
                label_ids | int\\[\\] | 标签
                name | string | 名字
                """,
            example: #"{"total": 1}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["contact"])
        #expect(endpoint.response[named: "contact"]?.children.map(\.name) == ["title", "label_ids", "name"])
    }

    /// docx's `column_width | int[]` after the rows of the table's `property | table_property`, a
    /// part the type name opened: a list of scalars is no part of anything, so it stays in the
    /// part rather than leaving the part and its whole both (as `isv | isv` after the table would).
    @Test func aScalarListAfterAPartsRowsStaysInThePart() throws {
        let page = Self.answer(
            rows: """
                block | block | 块
                block_id | string | 块 ID
                table | table | 表格
                property | table_property | 属性
                row_size | int | 行数
                column_width | int\\[\\] | 列宽
                header_row | boolean | 首行
                """,
            example: #"{"block": {"block_id": "b1"}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let block = try #require(endpoint.response[named: "block"])
        #expect(block.children.map(\.name) == ["block_id", "table"])
        #expect(block.children[named: "table"]?.children[named: "property"]?.children.map(\.name) == ["row_size", "column_width", "header_row"])
    }

    /// bitable's fields: `ui_property | app.table.field.property.type.ui_property` ends with a
    /// `rating` as `property` did, but its dotted type name places it in the open `type`.
    @Test func aDottedTypeNameOutweighsRowsThatEndLikeAnotherObjects() throws {
        let page = Self.answer(
            rows: """
                property | app.table.field.property | 字段属性
                rating | rating | 评分字段的相关设置
                symbol | string | 评分字段的符号展示
                type | app.table.field.property.type | 公式字段的数据类型
                data_type | int | 公式字段对应的数据类型
                ui_property | app.table.field.property.type.ui_property | 公式数据属性
                currency_code | string | 货币币种
                rating | rating | 评分字段的相关设置
                symbol | string | 评分字段的符号展示
                """,
            example: #"{"property": {"rating": {"symbol": "star"}}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["property"])
        let type = try #require(endpoint.response[named: "property"]?.children[named: "type"])
        #expect(type.children.map(\.name).prefix(2) == ["data_type", "ui_property"])
    }

    /// docx's `okr | okr` block: after its own rows, `visible_setting | okr_visible_setting` is a
    /// part of it too; `okr_objective | okr_objective`, named as its type, is a block of its own
    /// beside it, not in the part open.
    @Test func aPartAfterTheObjectsOwnRowsIsInItAndAKindNamedAsItsTypeIsBesideIt() throws {
        let page = Self.answer(
            rows: """
                block | block | 块
                block_id | string | 块 ID
                okr | okr | OKR Block
                okr_id | string | OKR ID
                visible_setting | okr_visible_setting | 可见性设置
                score_visible | boolean | 分数是否可见
                okr_objective | okr_objective | OKR Objective Block
                objective_id | string | Objective ID
                """,
            example: #"{"block": {"block_id": "b1"}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let block = try #require(endpoint.response[named: "block"])
        #expect(block.children.map(\.name) == ["block_id", "okr", "okr_objective"])
        #expect(block.children[named: "okr"]?.children.map(\.name) == ["okr_id", "visible_setting"])
        #expect(block.children[named: "okr"]?.children[named: "visible_setting"]?.children.map(\.name) == ["score_visible"])
        #expect(block.children[named: "okr_objective"]?.children.map(\.name) == ["objective_id"])
    }

    /// A row right after an object row the example does not show is that object's first field
    /// (docx's `table | table`, then `cells | string[]`; `update_text_style |
    /// update_text_style_request`, then `style | text_style`), not a sign that the object has no
    /// rows, unless it is named as its type (`undefined | undefined`, then `quote_container |
    /// quote_container`). After the object's own rows a list still leaves a guessed object.
    @Test func aRowRightAfterAnObjectRowIsItsFirstField() throws {
        let page = Self.answer(
            rows: """
                block | block | 块
                block_id | string | 块 ID
                undefined | undefined | 未支持 Block
                quote_container | quote_container | 引用容器 Block
                table | table | 表格 Block
                cells | string\\[\\] | 单元格
                property | table_property | 表格属性
                row_size | int | 行数
                task | task | 任务 Block
                task_id | string | 任务 ID
                comment_ids | string\\[\\] | 评论 ID 列表
                update_text_style | update_text_style_request | 更新文本样式
                style | text_style | 样式
                align | int | 对齐方式
                """,
            example: #"{"block": {"block_id": "b1"}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let block = try #require(endpoint.response[named: "block"])
        #expect(block.children.map(\.name) == ["block_id", "undefined", "quote_container", "table", "task", "comment_ids", "update_text_style"])
        #expect(block.children[named: "task"]?.children.map(\.name) == ["task_id"])
        #expect(block.children[named: "update_text_style"]?.children.map(\.name) == ["style"])
        #expect(block.children[named: "update_text_style"]?.children[named: "style"]?.children.map(\.name) == ["align"])
        #expect(block.children[named: "table"]?.children.map(\.name) == ["cells", "property"])
        #expect(block.children[named: "table"]?.children[named: "property"]?.children.map(\.name) == ["row_size"])
    }

    /// After the rows of an object the example shows, a named object it does not show, whose
    /// type name ends in the same word, is a kind alike beside it (docx's `update_text_style |
    /// update_text_style_request` after `update_text_elements`), unless its type name is the
    /// object's with words put in (`ios_context | audit_ios_context` in an `audit_context`).
    @Test func aKindAlikeAfterAShownObjectsRowsIsBesideIt() throws {
        let page = Self.answer(
            rows: """
                block | block | 块
                update_text_elements | update_text_elements_request | 更新文本元素
                elements | string\\[\\] | 元素
                update_text_style | update_text_style_request | 更新样式
                fields | int\\[\\] | 字段
                context | audit_context | 环境
                ip | string | IP
                ios_context | audit_ios_context | iOS 环境
                os | string | 系统
                """,
            example: #"{"block": {"update_text_elements": {"elements": ["a"]}, "context": {"ip": "1"}}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let block = try #require(endpoint.response[named: "block"])
        #expect(block.children.map(\.name) == ["update_text_elements", "update_text_style", "context"])
        #expect(block.children[named: "update_text_style"]?.children.map(\.name) == ["fields"])
        #expect(block.children[named: "context"]?.children.map(\.name) == ["ip", "ios_context"])
        #expect(endpoint.diagnostics.contains { $0.message.contains("'update_text_style'") && $0.message.contains("beside the object whose type name ends like its own") })
    }

    /// Parts of one whole, after another part's rows: a part that is a kind alike to the one open
    /// sits beside it (same type, names and type names that end alike, or both named as kinds
    /// of the whole, as the whiteboard's rich text elements are); any other part is in the one
    /// open (docx's `merge_info | table_merge_info[]` in the table's `property`).
    @Test func aPartAfterAnotherPartsRowsIsInItUnlessItIsAKindAlike() throws {
        let page = Self.answer(
            rows: """
                talent | talent | 人才
                talent_id | string | 人才 ID
                award_list | talent_award_info[] | 获奖
                award | string | 奖项
                language_list | talent_language_info[] | 语言
                language | string | 语言
                elements | rich_text_element[] | 元素
                element_type | int | 元素类别
                text_element | rich_text_element_text | 文本
                text | string | 文字
                link_element | rich_text_element_link | 链接
                href | string | 链接
                mention_user_element | rich_text_element_mention_user | @用户
                user_id | string | 用户
                table | table | 表格
                property | table_property | 属性
                row_size | int | 行数
                merge_info | table_merge_info[] | 合并信息
                row_span | int | 合并行数
                """,
            example: #"{"talent": {"talent_id": "t1"}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let talent = try #require(endpoint.response[named: "talent"])
        #expect(talent.children.map(\.name) == ["talent_id", "award_list", "language_list"])
        #expect(talent.children[named: "language_list"]?.items?.children.map(\.name) == ["language"])
        let elements = try #require(endpoint.response[named: "elements"]?.items)
        #expect(elements.children.map(\.name) == ["element_type", "text_element", "link_element", "mention_user_element"])
        #expect(elements.children[named: "link_element"]?.children.map(\.name) == ["href"])
        let property = try #require(endpoint.response[named: "table"]?.children[named: "property"])
        #expect(property.children.map(\.name) == ["row_size", "merge_info"])
    }

    /// The audit log's `web_context`: the example shows its members (`IP`, `user_agent`), no row
    /// names them (the page lists them elsewhere), so the object has no rows here and the next
    /// row, `android_context`, sits beside it rather than in it.
    @Test func anObjectWhoseShownMembersNoRowNamesHoldsNoRows() throws {
        let page = Self.answer(
            rows: """
                audit_context | audit_context | 环境信息
                terminal_type | int | 终端类型
                web_context | audit_web_context | web 的环境信息
                android_context | audit_android_context | android 的环境信息
                """,
            example: #"{"audit_context": {"terminal_type": 3, "web_context": {"IP": "::1", "user_agent": "Mozilla"}}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let context = try #require(endpoint.response[named: "audit_context"])
        #expect(context.children.map(\.name) == ["terminal_type", "web_context", "android_context"])
        #expect(context.children[named: "web_context"]?.children.map(\.name) == ["IP", "user_agent"])
    }

    /// The same, where the rows that follow do name the members in another house style
    /// (`corpId` for the example's `corp_id`): they are the object's rows.
    @Test func rowsNamingTheShownMembersInAnotherStyleStayTheObjects() throws {
        let page = Self.answer(
            rows: """
                union_dept_ext | object | 关联部门信息
                deptId | int | 关联部门 ID
                corpId | string | 关联部门的企业 corpId
                """,
            example: #"{"union_dept_ext": {"corp_id": "test", "dept_id": 1234567}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["union_dept_ext"])
        #expect(endpoint.response.first?.children.map(\.name) == ["deptId", "corpId"])
    }
    /// `i18n_content[]` repeats with `locale` and `value`; under `dimension_titles` it also has
    /// an `id`, which the example shows there: the span of the repeated type ends short of the
    /// field's rows, and `id` is the title's, not the dimension's.
    @Test func aRowTheExampleShowsInARepeatedTypeExtendsItsSpan() throws {
        let page = Self.answer(
            rows: """
                dimensions | dimension\\[\\] | 维度
                names | i18n_content\\[\\] | 名称
                locale | string | 语种
                value | string | 值
                titles | i18n_content\\[\\] | 表头
                locale | string | 语种
                value | string | 值
                id | string | 名称对应的实体 id
                report_names | i18n_content\\[\\] | 报表名称
                locale | string | 语种
                value | string | 值
                """,
            example: #"{"dimensions": [{"names": [{"locale": "zh_cn", "value": "v"}], "titles": [{"locale": "zh_cn", "value": "v", "id": "7231"}]}], "report_names": []}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let dimension = try #require(endpoint.response[named: "dimensions"]?.items)
        #expect(dimension.children.map(\.name) == ["names", "titles"])
        #expect(dimension.children[named: "titles"]?.items?.children.map(\.name) == ["locale", "value", "id"])
        #expect(endpoint.response.map(\.name) == ["dimensions", "report_names"])
    }
    /// Approval's ID lookup lists `code`, `msg`, then its fields marked one level down with no
    /// `data` row: a string holds no fields, so they are `data`'s.
    @Test func rowsMarkedBelowTheStatusFieldsWithoutADataRowAreDatas() throws {
        let page = Pages.converted(
            """
            ## 响应

            ### 响应体
            | 参数 | 类型 | 必须 | 说明 |
            | --- | --- | --- | --- |
            |code |int |是 |错误码，非0表示失败 |
            |msg | string |是| 返回码的描述|
            &emsp;  ∟user_id_map |map |是|&emsp;Employee ID数组
            &emsp;  ∟lark_id_map |map |是|&emsp;Lark User ID数组

            ### 响应体示例
            ```json
            {"code": 0, "msg": "success", "data": {"user_id_map": {"18gee666": "6636933555614666666"}, "lark_id_map": {}}}
            ```
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["user_id_map", "lark_id_map"])
        #expect(endpoint.response.allSatisfy { $0.type == .map })
        #expect(!endpoint.diagnostics.contains { $0.kind == .contradiction })
    }
    /// bitable names its types by path: `description | app.table.field.description` after the
    /// rows of `property | app.table.field.property` is the property's sibling, not inside it.
    /// A shared service name alone (`application.app_usage` beside
    /// `application.department_app_usage`) says nothing.
    @Test func aTypeNamedAsASiblingOfAnOpenObjectsTypeIsBesideIt() throws {
        let page = Pages.converted(
            Pages.requestBody(
                rows: """
                    field_name | string | 是 | 字段名
                    property | app.table.field.property | 否 | 字段属性
                    formatter | string | 否 | 显示格式
                    type | app.table.field.property.type | 否 | 公式字段的数据类型
                    data_type | int | 是 | 数据类型
                    description | app.table.field.description | 否 | 字段的描述
                    text | string | 否 | 字段描述内容
                    """,
                examples: [#"{"field_name": "n"}"#]))
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.requestBody.map(\.name) == ["field_name", "property", "description"])
        #expect(endpoint.requestBody[named: "property"]?.children.map(\.name) == ["formatter", "type"])
        #expect(endpoint.requestBody[named: "description"]?.children.map(\.name) == ["text"])
    }

    /// docx's batch update: `update_text_style | update_text_style_request` holds `style |
    /// text_style`; after the rows of `update_text | update_text_request`, whose type name ends
    /// alike, its own `style | text_style` is in it rather than beside it.
    @Test func aFieldOfAKindAnObjectAlikeHeldStaysInTheObjectOpen() throws {
        let page = Self.answer(
            rows: """
                block | block | 块
                block_id | string | 块 ID
                update_text_elements | update_text_elements_request | 更新元素
                elements | text_element\\[\\] | 元素
                content | string | 内容
                update_text_style | update_text_style_request | 更新样式
                style | text_style | 样式
                align | int | 对齐
                update_text | update_text_request | 更新文本
                elements | text_element\\[\\] | 元素
                content | string | 内容
                style | text_style | 样式
                align | int | 对齐
                """,
            example: #"{"block": {"block_id": "b", "update_text_elements": {"elements": [{"content": "a"}]}}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let block = try #require(endpoint.response[named: "block"])
        #expect(block.children.map(\.name) == ["block_id", "update_text_elements", "update_text_style", "update_text"])
        #expect(block.children[named: "update_text"]?.children.map(\.name) == ["elements", "style"])
        #expect(endpoint.diagnostics.contains { $0.message.contains("'style'") && $0.message.contains("holds a field of its kind") })
    }
}
