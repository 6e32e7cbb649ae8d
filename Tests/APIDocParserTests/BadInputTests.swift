import APIDocModel
import APIDocParser
import Testing

/// Bad pages get diagnostics with file and line, never a crash and never a silent guess.
@Suite struct BadInputTests {
    /// A file beside the pages that is not one (empty, a README) is skipped with a note.
    @Test func emptyFileIsSkipped() {
        let document = Pages.parse("  \n\n")
        #expect(document.endpoints.isEmpty)
        #expect(document.diagnostics.map(\.description) == ["page.md:1: note: the file is empty; skipped [skipped-file]"])
    }

    @Test func fileThatIsNoReferencePageIsSkipped() {
        let document = Pages.parse("# 撤销离职\n\n这一页没有表格。\n", file: "README.md")
        #expect(document.endpoints.isEmpty)
        #expect(document.diagnostics.map(\.severity) == [.note])
        #expect(document.diagnostics.first?.message.contains("not a reference page, skipped") == true)
    }

    @Test func pageWithoutAnHTTPURL() {
        let document = Pages.parse("## 标题\n\n## 请求\n\n| 基本 | |\n| --- | --- |\n| HTTP Method | POST |\n")
        #expect(document.endpoints.isEmpty)
        #expect(document.diagnostics.map(\.line) == [3])
        #expect(document.diagnostics.first?.message.contains("no 'HTTP URL' row") == true)
    }

    @Test func unknownMethod() {
        let document = Pages.parse(
            "## t\n\n## 请求\n\n| 基本 | |\n| --- | --- |\n| HTTP URL | `https://open.feishu.cn/open-apis/a/v1/b` |\n| HTTP Method | FETCH |\n")
        #expect(document.diagnostics.map(\.line) == [8])
        #expect(document.diagnostics.first?.message.contains("'FETCH'") == true)
    }

    @Test(arguments: [0.2, 0.4, 0.6, 0.8])
    func truncatedPagesNeverCrash(fraction: Double) throws {
        let (bytes, file) = try Pages.seedBytes("004")
        let document = DocumentParser().parse(bytes: Array(bytes.prefix(Int(Double(bytes.count) * fraction))), file: file)
        // Either an endpoint, or an error that names the file.
        #expect(!document.endpoints.isEmpty || document.diagnostics.contains { $0.severity == .error && $0.file == file })
    }

    /// A block cut off before its closing brackets is read as closed, and the warning says so.
    @Test func truncatedExampleIsReadClosedWithAWarning() {
        let page = """
            ## t

            ## 请求

            | 基本 | |
            | --- | --- |
            | HTTP URL | `https://open.feishu.cn/open-apis/a/v1/b` |
            | HTTP Method | POST |

            ### 请求体

            | 参数名 | 类型 | 必填 | 描述 |
            | ------ | ---- | ---- | ---- |
            | name | string | 是 | 名字 |

            **请求体示例**:

            ```json
            {"name": "x",
            ```
            """
        let endpoint = Pages.parse(page).endpoints.first
        #expect(endpoint?.requestBody.map(\.name) == ["name"])
        #expect(endpoint?.examples.requestBody == .object(["name": .string("x")]))
        #expect(endpoint?.diagnostics.map(\.line) == [19])
        #expect(endpoint?.diagnostics.first?.message.contains("closing brackets added") == true)
    }

    @Test func invalidUTF8IsReported() throws {
        var (bytes, file) = try Pages.seedBytes("003")
        bytes.insert(contentsOf: [0xFF, 0xFE], at: 40)
        let document = DocumentParser().parse(bytes: bytes, file: file)
        #expect(document.endpoints.first?.id == "apaas.v1.approval_instance.cancel")
        #expect(document.endpoints.first?.diagnostics.contains { $0.message.contains("not valid UTF-8") && $0.line == 3 } == true)
    }

    @Test func rowsTheExampleDoesNotPlaceAreReported() {
        let page = Pages.converted("""
            ### 请求体

            名称 | 类型 | 必填 | 描述
            --- | --- | --- | ---
            info | info_type | 否 | 信息
            lang | string | 否 | 语言
            stray | string | 否 | 例子里没有

            ### 请求体示例
            ```json
            {"info": {"lang": "zh"}}
            ```
            """)
        let endpoint = Pages.parse(page).endpoints.first
        #expect(endpoint?.requestBody[named: "info"]?.children.map(\.name) == ["lang", "stray"])
        #expect(endpoint?.diagnostics.map(\.line) == [19])
        #expect(endpoint?.diagnostics.first?.message.contains("'stray' is not in the page's example") == true)
    }
}
