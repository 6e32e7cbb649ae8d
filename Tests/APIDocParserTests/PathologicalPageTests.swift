import APIDocModel
import APIDocParser
import CCMark
import Foundation
import Testing

/// Pages built to break the reader (found by fuzzing and by hand): each must give a diagnostic
/// with its line, never a crash, and a model no deeper than `NestingLimit` that dumps.
@Suite struct PathologicalPageTests {
    /// The deepest nesting of fields below `fields`.
    static func depth(of fields: [Field]) -> Int {
        var deepest = 0
        var pending = fields.map { ($0, 1) }
        while let (field, level) = pending.popLast() {
            deepest = max(deepest, level)
            pending += (field.children + (field.items?.children ?? [])).map { ($0, level + 1) }
        }
        return deepest
    }

    /// A feishu-markup body table of `rows` `<md-dt-tr>` rows (name, type and level of each).
    static func markupBody(_ rows: [(name: String, type: String, level: String)]) -> String {
        let body = rows.map {
            "<md-dt-tr level=\"\($0.level)\"><md-dt-td>\($0.name)</md-dt-td><md-dt-td>\($0.type)</md-dt-td><md-dt-td>否</md-dt-td><md-dt-td>d</md-dt-td></md-dt-tr>"
        }.joined(separator: "\n")
        return Pages.converted("""
            ### 请求体

            :::html
            <md-dt-table><md-dt-thead><md-dt-tr><md-dt-th>名称</md-dt-th><md-dt-th>类型</md-dt-th><md-dt-th>必填</md-dt-th><md-dt-th>描述</md-dt-th></md-dt-tr></md-dt-thead>
            <md-dt-tbody>
            \(body)
            </md-dt-tbody></md-dt-table>
            :::
            """)
    }

    @Test func markupRowWithoutCellsUnderTheRequestHeading() throws {
        // The 102-byte page libFuzzer found: a row of the basic table with no cells.
        let page = """
            :::html
            <table><md-thead><tr><md-th>基本</md-th><th></tr></md-thead
            <md-th>HTTP URL</md-th><tr>
            :::
            """
        let document = Pages.parse(page)
        #expect(document.endpoints.isEmpty)
        #expect(document.diagnostics.contains { $0.severity == .error })
        _ = try document.jsonData()
    }

    @Test func negativeLevelIsReadAsTopLevel() throws {
        let page = Self.markupBody([("outer", "object", "0"), ("inner", "string", "1"), ("stray", "string", "-1")])
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.requestBody.map(\.name) == ["outer", "stray"])
        #expect(endpoint.requestBody[named: "outer"]?.children.map(\.name) == ["inner"])
        let warning = try #require(endpoint.diagnostics.first { $0.message.contains("level -1 is not a depth") })
        #expect(warning.line == 20)
    }

    @Test func markupNestedTenThousandLevelsIsCutAtTheLimit() throws {
        let rows = (0..<10_000).map { (name: "f\($0)", type: "object", level: String($0)) } + [("after", "string", "0")]
        let document = Pages.parse(Self.markupBody(rows))
        let endpoint = try #require(document.endpoints.first)
        #expect(Self.depth(of: endpoint.requestBody) == NestingLimit.maximumDepth)
        // The row after the cut-off ones is read where the page puts it.
        #expect(endpoint.requestBody.map(\.name) == ["f0", "after"])
        let cutOff = endpoint.diagnostics.filter { $0.message.contains("nest deeper than \(NestingLimit.maximumDepth) levels") }
        #expect(cutOff.count == 1)
        #expect(cutOff.first?.line == 18 + NestingLimit.maximumDepth - 1)
        _ = try document.jsonData()
    }

    @Test func depthMarkersFiveHundredLevelsDeepAreCutAtTheLimit() throws {
        let rows = (1...500).map { level in
            "| " + String(repeating: "&nbsp;&nbsp;", count: level) + "└ `f\(level)` | `object` | 第 \(level) 层 |"
        }
        let page = Pages.converted("""
            ## 响应

            ### 响应体

            | 名称 | 类型 | 描述 |
            | --- | --- | --- |
            | `data` | `\\-` | \\- |
            \(rows.joined(separator: "\n"))
            """)
        let document = Pages.parse(page)
        let endpoint = try #require(document.endpoints.first)
        // `data` is the envelope: its fields are the response, one level less.
        #expect(Self.depth(of: endpoint.response) == NestingLimit.maximumDepth - 1)
        #expect(endpoint.diagnostics.filter { $0.message.contains("nest deeper than") }.count == 1)
        _ = try document.jsonData()
    }

    /// Levels of arrays in `field`'s type: 1 for a list of strings.
    static func arrayLevels(of field: Field) -> Int {
        var levels = 0
        var element = field.items
        while let current = element {
            levels += 1
            element = current.items
        }
        return levels
    }

    /// Generics nested `levels` deep, in a pipe table and in the markup, whose type cells write
    /// them bare: each level is read once, and the type is cut at the limit, with a warning.
    @Test(arguments: [1_000, 100_000])
    func genericsNestedDeepAreCutAtTheLimit(levels: Int) throws {
        let type = String(repeating: "array<", count: levels) + "string" + String(repeating: ">", count: levels)
        let pipeTable = Pages.converted("### 请求体\n\n名称 | 类型 | 必填 | 描述\n--- | --- | --- | ---\nvalues | \(type) | 是 | 数据\n")
        let markup = Self.markupBody([(name: "values", type: type, level: "0")])
        for page in [pipeTable, markup] {
            let document = Pages.parse(page)
            let values = try #require(document.endpoints.first?.requestBody.first)
            #expect(Self.arrayLevels(of: values) == NestingLimit.maximumDepth)
            var innermost = values
            while let element = innermost.items { innermost = element }
            #expect(innermost.type == .any)
            let warnings = document.endpoints.first?.diagnostics.filter { $0.message.contains("the type of 'values' nests deeper than") } ?? []
            #expect(warnings.count == 1)
            _ = try document.jsonData()
        }
    }

    @Test func emphasisNestedSeventyThousandDeepIsPlainText() throws {
        let nested = String(repeating: "*", count: 70_000) + "摘要" + String(repeating: "*", count: 70_000)
        let page = Pages.converted("").replacingOccurrences(of: "## 请求", with: nested + "\n\n## 请求")
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.summary.contains("摘要"))
    }

    @Test(arguments: [1_000, 100_000])
    func deepValidJSONIsReportedAsTooDeep(levels: Int) throws {
        let value = String(repeating: "[", count: levels) + "1" + String(repeating: "]", count: levels)
        let page = Pages.converted("### 响应体示例\n\n```json\n{\"code\": 0, \"data\": {\"items\": \(value)}}\n```\n")
        let document = Pages.parse(page)
        let endpoint = try #require(document.endpoints.first)
        #expect(endpoint.examples.response == nil)
        let warning = try #require(endpoint.diagnostics.first)
        #expect(warning.line == 16)
        #expect(warning.message == "the response example nests \(levels + 2) levels deep, more than the 32 this tool reads; it is not used")
        _ = try document.jsonData()
    }

    @Test func jsonAtTheLimitIsRead() throws {
        let levels = NestingLimit.maximumDepth - 2
        let value = String(repeating: "[", count: levels) + "1" + String(repeating: "]", count: levels)
        let page = Pages.converted("### 响应体示例\n\n```json\n{\"code\": 0, \"data\": {\"items\": \(value)}}\n```\n")
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.examples.response != nil)
        #expect(endpoint.diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("UTF-16LE", [0xFF, 0xFE] as [UInt8], String.Encoding.utf16LittleEndian),
        ("UTF-16BE", [0xFE, 0xFF], .utf16BigEndian),
        ("UTF-32LE", [0xFF, 0xFE, 0x00, 0x00], .utf32LittleEndian),
        ("UTF-32BE", [0x00, 0x00, 0xFE, 0xFF], .utf32BigEndian),
    ])
    func pagesWithAByteOrderMarkAreDecoded(name: String, mark: [UInt8], encoding: String.Encoding) throws {
        let (bytes, file) = try Pages.seedBytes("003")
        let text = String(decoding: bytes, as: UTF8.self)
        let encoded = mark + Array(try #require(text.data(using: encoding)))
        let expected = DocumentParser().parse(bytes: bytes, file: file)
        #expect(DocumentParser().parse(bytes: encoded, file: file) == expected, "\(name)")
    }

    @Test func pageOverTheSizeLimitIsRefused() throws {
        let row = "field | string | 否 | 字段\n"
        let rows = String(repeating: row, count: DocumentParser.maximumPageSize / row.utf8.count + 1)
        let document = Pages.parse(Pages.converted("### 请求体\n\n名称 | 类型 | 必填 | 描述\n--- | --- | --- | ---\n" + rows))
        #expect(document.endpoints.isEmpty)
        #expect(document.diagnostics.map(\.description) == [
            "page.md:1: error: the page is larger than 4 MB, the most this tool reads (the largest real reference page is 0.6 MB); it is not read [no-endpoint]"
        ])
    }

    @Test func manyImageOpenersAreReadAsLinksOnAnAffectedLibcmark() throws {
        let page = Pages.converted("").replacingOccurrences(
            of: "## 请求", with: "摘要 " + String(repeating: "![[]()", count: 5_000) + "\n\n## 请求")
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let warned = endpoint.diagnostics.contains { $0.message.contains("5000 image openers") && $0.line == 6 }
        // libcmark 0.30.3 fixed it (CVE-2023-22486); older ones must be guarded.
        #expect(warned == (cmark_version() < 0x00_1E_03))
        #expect(endpoint.summary.hasPrefix("摘要"))
    }
}
