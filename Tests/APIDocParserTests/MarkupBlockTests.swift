import APIDocModel
import Testing

@testable import APIDocParser

/// Feishu's upstream markup (`:::html` blocks) writes text that looks like tags: generics,
/// placeholders and card mentions. They stay text; the markup's own tags and HTML's stay tags.
struct MarkupBlockTests {
    private func row(name: String, type: String, description: String) -> String {
        """
        <md-dt-tr level="0"><md-dt-td><md-text type="field-name" >\(name)</md-text></md-dt-td>
        <md-dt-td><md-text type="field-type" >\(type)</md-text></md-dt-td><md-dt-td>是</md-dt-td><md-dt-td>\(description)</md-dt-td></md-dt-tr>
        """
    }

    private func bodyPage(rows: [String]) -> String {
        Pages.converted(
            """
            ### 请求体

            :::html
            <md-dt-table><md-dt-thead><md-dt-tr><md-dt-th>名称</md-dt-th><md-dt-th>类型</md-dt-th><md-dt-th>必填</md-dt-th><md-dt-th>描述</md-dt-th></md-dt-tr></md-dt-thead>
            <md-dt-tbody>
            \(rows.joined(separator: "\n"))
            </md-dt-tbody></md-dt-table>
            :::
            """)
    }

    /// Sheets' write pages type their values `array<array<interface>>` bare in the type cell.
    @Test func genericsWrittenBareInATypeCellAreTheType() throws {
        let page = bodyPage(rows: [
            row(name: "values", type: "array<array<interface>>", description: "写入的数据"),
            row(name: "ranges", type: "array<string>", description: "范围"),
        ])
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.requestBody.map(\.name) == ["values", "ranges"])
        let values = try #require(endpoint.requestBody[named: "values"])
        #expect(values.type == .array && values.items?.type == .array && values.items?.items?.type == .any)
        #expect(endpoint.requestBody[named: "ranges"]?.items?.type == .string)
    }

    /// The sheets pages give a range's form as `<sheetId>!<开始位置>:<结束位置>`; the apaas pages
    /// a record's as `Map<string, ANY>`. Line breaks and bold stay markup.
    @Test func placeholdersInADescriptionStayText() throws {
        let page = bodyPage(rows: [
            row(name: "range", type: "string", description: "格式为 `<sheetId>!<开始位置>:<结束位置>`。<br>**注意**：格式为 Map<string, ANY>"),
        ])
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let description = try #require(endpoint.requestBody[named: "range"]?.description)
        #expect(description.contains("`<sheetId>!<开始位置>:<结束位置>`"))
        #expect(description.contains("Map<string, ANY>"))
        #expect(description.contains("\n") && !description.contains("<br>"))
    }

    /// Search's answer example highlights hits with `<h>…</h>` inside its strings.
    @Test func tagLikeTextInACodeBlockStaysInTheString() {
        let content = MarkupBlockReader.content(of: #"<md-code-json>{"title": "<h>飞书</h>文档", "guid": "<option_guid of A>"}</md-code-json>"#, firstLine: 1)
        #expect(content.code.map(\.text) == [#"{"title": "<h>飞书</h>文档", "guid": "<option_guid of A>"}"#])
    }
}
