import Testing

@testable import APIDocParser

@Suite struct TableReaderTests {
    private func table(_ text: String) throws -> Table {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(TableReader(lines: lines).table(at: 1))
    }

    @Test func keepsPipesInsideCodeSpansAndEscapes() throws {
        let table = try table("""
            | 名称 | 类型 | 描述 |
            | --- | --- | --- |
            | code | string | 正则校验：`^0|[^od]` 或 a\\|b |
            """)
        #expect(table.rows.count == 1)
        #expect(table.rows[0].cells == ["code", "string", "正则校验：`^0|[^od]` 或 a|b"])
    }

    /// A stray backtick opens a code span that never closes before the row's end: the pipes
    /// still split the row, as the table's columns say.
    @Test func strayBacktickDoesNotSwallowTheNextCells() throws {
        let table = try table("""
            | 名称 | 类型 | 描述 |
            | --- | --- | --- |
            | `user_id``` | `string` | 审批发起人 |
            | `pattern` | `string` | 正则：`a|b` |
            """)
        #expect(table.rows.map(\.cells) == [["`user_id```", "`string`", "审批发起人"], ["`pattern`", "`string`", "正则：`a|b`"]])
    }

    /// GFM makes the outer pipes optional on every line of a table: a piped table's row may come
    /// without them, where it fills every column; a line that does not is still its cell's.
    @Test func aRowWithoutOuterPipesInAPipedTableIsARow() throws {
        let table = try table("""
            | 参数 | 类型 | 必须 | 说明 |
            | --- | --- | --- | --- |
            |msg | string |是| 返回码的描述|
            见 a|b 说明
            &emsp;∟user_id_map |map |是|&emsp;Employee ID数组
            """)
        #expect(table.rows.map(\.cells) == [["msg", "string", "是", "返回码的描述\n见 a|b 说明"], ["&emsp;∟user_id_map", "map", "是", "&emsp;Employee ID数组"]])
    }

    /// A tree drawn in ASCII (`|-apiSecret`) puts a pipe at the start of a name cell: the cell
    /// before it is not a cell of its own, and a pipe in the last cell still is the last cell's.
    @Test func aTreeMarkOpeningTheNameCellStaysInIt() throws {
        let table = try table("""
            | 名称 | 类型 | 示例值 | 描述 |
            | --- | --- | --- | --- |
            | |-apiSecret | String | xxxxxx | api签名密钥 |
            | |\\_callbackUrl | String | https://xxx | 回调URL地址。 |
            |  | Object |  | a|b |
            """)
        #expect(
            table.rows.map(\.cells) == [
                ["|-apiSecret", "String", "xxxxxx", "api签名密钥"], ["|\\_callbackUrl", "String", "https://xxx", "回调URL地址。"],
                ["", "Object", "", "a | b"],
            ])
    }

    @Test func readsCellsOverSeveralLinesWithoutOuterPipes() throws {
        let table = try table("""
            名称 | 类型 | 必填 | 描述
            --- | --- | --- | ---
            operation | string | 是 | 更新入/离职状态的操作  
            **可选值有**：  
            - confirm_onboarding：确认入职  
            notes | string | 否 | 备注
            """)
        #expect(table.rows.map { $0.cells[0] } == ["operation", "notes"])
        #expect(table.rows[0].cells[3] == "更新入/离职状态的操作\n**可选值有**：\n- confirm_onboarding：确认入职")
        #expect(table.rows.map(\.line) == [3, 6])
    }

    /// A JSON sample inside a description cell, rows after it: the table goes on past it.
    @Test func codeBlockInsideACellDoesNotEndTheTable() throws {
        let table = try table("""
            名称 | 类型 | 必填 | 描述
            --- | --- | --- | ---
            text_field_as_array | boolean | 否 | 控制字段描述的返回格式，如：
            ```json
            {"description": [{"text": "字段的描述"}]}
            ```
            **示例值**：true
            page_token | string | 否 | 分页标记
            """)
        #expect(table.rows.map { $0.cells[0] } == ["text_field_as_array", "page_token"])
        #expect(table.rows[0].cells[3].contains(#"{"description": [{"text": "字段的描述"}]}"#))
        #expect(table.rows[0].cells[3].hasSuffix("**示例值**：true"))
        #expect(table.rows.map(\.line) == [3, 8])
    }

    /// A code block after the last row ends the table.
    @Test func codeBlockAfterTheLastRowEndsTheTable() throws {
        let table = try table("""
            名称 | 类型 | 必填 | 描述
            --- | --- | --- | ---
            name | string | 是 | 名称
            ```json
            {"name": "n"}
            ```
            """)
        #expect(table.rows.map { $0.cells[3] } == ["名称"])
        #expect(table.endLine == 3)
    }

    @Test func joinsAFirstColumnThatStartsOnTheLineBefore() throws {
        let table = try table("""
            名称 | 值
            ---|---
            HTTP Method | POST
            权限要求  
                        **调用该 API 所需的权限** | 更新 offer 信息(hire:offer)
            """)
        #expect(table.rows.count == 2)
        #expect(table.rows[1].cells[0] == "权限要求\n**调用该 API 所需的权限**")
        #expect(table.rows[1].cells[1] == "更新 offer 信息(hire:offer)")
        #expect(table.rows[1].line == 4)
    }

    @Test func readsLabelsValueListsAndRules() {
        let cell = DescriptionCell("原因 <br> **示例**: 原因自定义字符串 <br> **数据校验规则**:<br>最大长度: 500<br>**可选值有**：<br>- a：甲<br>- b：乙")
        #expect(cell.description == "原因")
        #expect(cell.example == "原因自定义字符串")
        #expect(cell.constraints.maxLength == 500)
        #expect(cell.enumValues.map(\.value) == ["a", "b"])
        #expect(cell.enumValues.map(\.description) == ["甲", "乙"])
    }

    /// A rule's number past what an Int holds (an ID in the text) is no length, and one past what
    /// a Double holds is no bound: neither traps, neither is kept.
    @Test func rulesWithNumbersPastTheirTypeAreLeftOut() {
        let cell = DescriptionCell("用户<br>**数据校验规则**：<br>最大长度: serId(\"ou_91791271921729102012\")<br>最大值：1" + String(repeating: "0", count: 400) + "<br>最小长度：2")
        #expect(cell.constraints.maxLength == nil)
        #expect(cell.constraints.maximum == nil)
        #expect(cell.constraints.minLength == 2)
    }

    @Test func splitsRunTogetherRows() throws {
        let row = try #require(RunTogetherRow("startTimeString开始时间。"))
        #expect([row.name, row.type, row.rest] == ["startTime", "String", "开始时间。"])
        #expect(RunTogetherRow("recordsArray离职记录列表。")?.type == "Array")
        #expect(RunTogetherRow("isArrayBoolean是否")?.name == "isArray")
        #expect(RunTogetherRow("userIdStringUser ID")?.name == "userId")
        #expect(RunTogetherRow("userIdsArray of String员工")?.type == "Array of String")
        #expect(RunTogetherRow("开始时间") == nil)
    }

    @Test func splitsDingTalkErrorMessagesFromTheirExplanation() {
        #expect(DingTalkTextReader.splitMessageAndAdvice("系统错误系统错误") == ("系统错误", "系统错误"))
        #expect(DingTalkTextReader.splitMessageAndAdvice("入参错误:%s入参错误") == ("入参错误:%s", "入参错误"))
        #expect(DingTalkTextReader.splitMessageAndAdvice("未知错误请重试") == ("未知错误请重试", nil))
    }
}
