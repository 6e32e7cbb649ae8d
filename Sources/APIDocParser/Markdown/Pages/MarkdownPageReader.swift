import APIDocModel
import Foundation

/// Reads a reference page written in Markdown, in any of the dialects that share its shape:
/// sections under headings, parameter tables (pipe or markup), examples in code blocks.
struct MarkdownPageReader {
    let page: PageText
    let dialect: Dialect
    private var diagnostics: [Diagnostic] = []

    init(page: PageText, dialect: Dialect) {
        self.page = page
        self.dialect = dialect
    }

    private enum Section {
        /// `parameters`: historic pages' `请求参数`, the query of a GET and the body otherwise.
        /// `bodyVariant`: one of several request bodies, each under a heading of its own
        /// (`通用模板请求体`, `自定义模板请求体`).
        case none, request, headers, path, query, parameters, body, bodyVariant, response, responseHeaders, errors, samples
    }

    private enum ExampleSlot { case requestBody, response, curl }

    private struct Collected {
        var title: String?
        var titleLine = 0
        var summary: [String] = []
        /// The summary is the prose between the title and the next heading; later prose under
        /// headings the reader does not know (a sub-error section) is not part of it.
        var summaryEnded = false
        var basic: [(key: String, value: String, line: Int)] = []
        var headers: [FlatRow] = []
        var path: [FlatRow] = []
        var query: [FlatRow] = []
        var parameters: [FlatRow] = []
        var body: [FlatRow] = []
        var bodyVariants: [(title: String, line: Int, rows: [FlatRow])] = []
        var response: [FlatRow] = []
        var errors: [DocumentedError] = []
        /// The app types DingTalk's permission table marks as able to call the API.
        var callingAppTypes: [String] = []
        /// The first JSON block of the request body's examples, and those after it.
        var requestExample: JSONValue?
        var requestExampleLine = 0
        var laterRequestExamples: [JSONValue] = []
        var responseExample: JSONValue?
        var responseExampleLine = 0
        var laterResponseExamples: [JSONValue] = []
        var curl: String?
        var httpRequest: String?
        /// Where the `curl` or raw HTTP sample starts.
        var sampleLine: Int?
        var requestLine = 0
        /// Where the response section says the answer is a file (`返回文件二进制流`).
        var binaryAnswerLine: Int?
        /// Feishu's API Explorer link for the page's call.
        var explorerLink: String?
        /// The method the page's SDK samples call.
        var sdkMethod: String?
        /// The request object the page's Java SDK sample builds (`JavaSDKSample`).
        var sdkRequest: JSONValue?

        /// Keeps an example block of a part: the first is the page's example, the rest only
        /// place rows.
        mutating func add(
            _ value: JSONValue, line: Int, first: WritableKeyPath<Collected, JSONValue?>, firstLine: WritableKeyPath<Collected, Int>,
            later: WritableKeyPath<Collected, [JSONValue]>
        ) {
            if self[keyPath: first] == nil {
                self[keyPath: first] = value
                self[keyPath: firstLine] = line
            } else {
                self[keyPath: later].append(value)
            }
        }
    }

    mutating func read() -> (Endpoint?, [Diagnostic]) {
        let frontMatter = FrontMatter(lines: page.lines)
        var markdownLines = page.lines
        for index in 0..<frontMatter.endLine { markdownLines[index] = "" }
        // Markup blocks are read with libxml2; blanked out, they cannot run into the Markdown
        // around them (an HTML block would swallow the headings and fences that follow it).
        let markupRegions = Self.markupRegions(in: page.lines)
        for region in markupRegions {
            for line in region { markdownLines[line - 1] = "" }
        }
        // A `<br>` line alone spaces the page out; to cmark it opens an HTML block, which would
        // swallow the heading and table after it, up to the next blank line.
        for index in markdownLines.indices where Self.isSpacer(markdownLines[index]) { markdownLines[index] = "" }
        var outline = MarkdownOutline(text: markdownLines.joined(separator: "\n"), sourceLines: markdownLines)
        let overIndentedFences = OverIndentedFence.all(in: outline, lines: markdownLines)
        if !overIndentedFences.isEmpty {
            for fence in overIndentedFences {
                markdownLines[fence.closingLine - 1] = fence.repaired(markdownLines)
                diagnostics.append(
                    Diagnostic(
                        .warning, .encoding, file: page.file, line: fence.closingLine,
                        "this fence is indented four spaces more than the one that opens its code block (line \(fence.openingLine)), so Markdown reads it as code and the block runs on over the headings after it; it is read as the block's end"
                    ))
            }
            outline = MarkdownOutline(text: markdownLines.joined(separator: "\n"), sourceLines: markdownLines)
        }
        if outline.neutralisedImageOpeners > 0 {
            let line = (markdownLines.firstIndex { $0.contains("![") } ?? 0) + 1
            diagnostics.append(
                Diagnostic(
                    .warning, .encoding, file: page.file, line: line,
                    "the page has \(outline.neutralisedImageOpeners) image openers ('![') and this libcmark takes quadratic time on them (CVE-2023-22486, fixed in 0.30.3); they are read as links"
                ))
        }
        let collected = collect(outline: outline, lines: markdownLines, markupRegions: markupRegions, frontMatter: frontMatter)
        let endpoint = build(from: collected, frontMatter: frontMatter)
        return (endpoint, diagnostics)
    }

    private mutating func collect(
        outline: MarkdownOutline, lines: [Substring], markupRegions: [ClosedRange<Int>], frontMatter: FrontMatter
    ) -> Collected {
        var collected = Collected()
        collected.title = frontMatter["title"]
        let tables = TableReader(lines: lines)
        var pendingRegions = markupRegions[...]
        var section = Section.none
        var pendingExample: ExampleSlot?
        // The level of the heading that opened `pendingExample`: deeper headings name variants
        // of the example (`#### 文本消息` under `### 请求体示例`).
        var exampleHeadingLevel = Int.max
        var consumedUpTo = 0
        func heading(_ text: String, level: Int, line: Int) {
            if collected.title == nil, level <= 2 {
                collected.title = text
                collected.titleLine = line
            } else if level == 1, text == collected.title || !collected.summaryEnded {
                // The page's own heading (front matter may title it otherwise), repeated after a
                // copied page's `> Source:` line.
                if collected.titleLine == 0 { collected.titleLine = line }
            } else if let slot = Self.exampleSlot(forLabel: text) {
                collected.summaryEnded = true
                pendingExample = slot
                exampleHeadingLevel = level
            } else if pendingExample != nil, level > exampleHeadingLevel {
                // A variant of the example: every block under it is one more.
            } else if section == .samples, text.lowercased() == "curl" {
                pendingExample = .curl
            } else {
                collected.summaryEnded = true
                section = Self.section(forHeading: text, current: section)
                if section == .request, collected.requestLine == 0 { collected.requestLine = line }
                if section == .bodyVariant { collected.bodyVariants.append((text, line, [])) }
                pendingExample = nil
            }
        }
        func example(_ code: String, line: Int) {
            let trimmed = code.trimmingWhitespace()
            if collected.sdkMethod == nil { collected.sdkMethod = CallSamples.sdkMethod(in: code) }
            if collected.sdkRequest == nil { collected.sdkRequest = JavaSDKSample(code).request }
            if section == .request, collected.basic.isEmpty, let sample = RequestSample(http: trimmed) {
                // DingTalk's `请求方法` block: the request line and Host give method and URL.
                collected.basic += [
                    ("HTTP URL", String(sample.url.prefix { $0 != "?" }), line), ("HTTP Method", sample.method, line),
                ]
                return
            }
            if pendingExample == .requestBody, RequestSample(http: trimmed) != nil || trimmed.hasPrefix("GET http") {
                collected.httpRequest = trimmed
                collected.sampleLine = collected.sampleLine ?? line + 1
                // DingTalk's `POST … HTTP/1.1` sample: its JSON body is the request example,
                // and states the nesting its flat tables leave out.
                if collected.requestExample == nil, let body = RequestSample(http: trimmed)?.body {
                    collected.requestExample = json(body, line: line, what: "request sample's body")
                    collected.requestExampleLine = line
                }
                pendingExample = nil
                return
            }
            if pendingExample == .requestBody, trimmed.hasPrefix("curl ") {
                collected.curl = trimmed
                collected.sampleLine = line + 1
                pendingExample = nil
                return
            }
            switch pendingExample {
            case .requestBody:
                if let value = json(code, line: line, what: "request body example") {
                    collected.add(value, line: line, first: \.requestExample, firstLine: \.requestExampleLine, later: \.laterRequestExamples)
                }
            case .response:
                if let value = json(code, line: line, what: "response example") {
                    collected.add(value, line: line, first: \.responseExample, firstLine: \.responseExampleLine, later: \.laterResponseExamples)
                }
            case .curl:
                collected.curl = code.trimmingWhitespace()
                collected.sampleLine = line + 1
            case nil: break
            }
            // Every JSON block up to the next heading or label is an example of the same part.
            if pendingExample == .curl { pendingExample = nil }
        }
        func readMarkup(before line: Int) {
            while let region = pendingRegions.first, region.lowerBound < line {
                pendingRegions.removeFirst()
                let html = page.lines[region.lowerBound..<(region.upperBound - 1)].joined(separator: "\n")
                let content = MarkupBlockReader.content(of: html, firstLine: region.lowerBound + 1)
                for table in content.tables {
                    read(table, in: section, into: &collected)
                }
                for code in content.code {
                    example(code.text, line: code.line)
                }
            }
        }
        for block in outline.blocks where block.startLine > consumedUpTo {
            readMarkup(before: block.startLine)
            switch block.kind {
            case .heading(let level):
                heading(block.text, level: level, line: block.startLine)
            case .codeBlock(_, let literal, let fenced):
                // An indented block is a cell's continuation line, not an example.
                guard fenced else { continue }
                example(literal, line: block.startLine)
            case .paragraph, .other:
                var line = block.startLine
                while line <= block.endLine {
                    if tables.startsTable(at: line), let table = tables.table(at: line) {
                        read(table, in: section, into: &collected)
                        line = table.endLine + 1
                        consumedUpTo = table.endLine
                        continue
                    }
                    line += 1
                }
                if block.endLine > consumedUpTo, block.kind == .paragraph {
                    // DingTalk's legacy `**请求方式**：GET` and `**请求地址**：` lines. One left
                    // empty says nothing: the basic table after it gives the address.
                    for number in block.startLine...block.endLine {
                        let labelled = LabelledLine(String(lines[number - 1]))
                        guard !labelled.value.isEmpty else { continue }
                        switch labelled.label {
                        case "请求方式": collected.basic.append(("HTTP Method", labelled.value, number))
                        case "请求地址": collected.basic.append(("HTTP URL", labelled.value, number))
                        default: break
                        }
                    }
                    if section == .response || section == .responseHeaders, Self.describesBinaryAnswer(block.text) {
                        collected.binaryAnswerLine = collected.binaryAnswerLine ?? block.startLine
                    }
                    var paragraph = lines[(block.startLine - 1)..<block.endLine].map { $0.trimmingWhitespace() }
                        .joined(separator: "\n")
                    if let explorer = CallSamples.explorerLink(in: paragraph) {
                        collected.explorerLink = collected.explorerLink ?? explorer.link
                        paragraph = explorer.remainder
                    }
                    if let slot = Self.exampleSlot(forLabel: block.text.trimmingCharacters(in: CharacterSet(charactersIn: ":："))) {
                        pendingExample = slot
                        exampleHeadingLevel = Int.max
                    } else if section == .none, !collected.summaryEnded, collected.title != nil, !block.text.hasPrefix("最后更新于"),
                        !paragraph.isEmpty
                    {
                        collected.summary.append(paragraph)
                    }
                } else if block.endLine > consumedUpTo, section == .none, !collected.summaryEnded, !collected.summary.isEmpty,
                    Self.isList(lines[block.startLine - 1])
                {
                    // A list the summary introduces (`…例如：` and its items) belongs to it, whole.
                    collected.summary.append(lines[(block.startLine - 1)..<block.endLine].joined(separator: "\n").trimmingWhitespace())
                }
            }
        }
        readMarkup(before: Int.max)
        return collected
    }

    private static func isList(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " }
        return trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed.hasPrefix("+ ")
            || trimmed.prefix { $0.isASCII && $0.isNumber }.count > 0 && trimmed.drop { $0.isASCII && $0.isNumber }.hasPrefix(". ")
    }

    /// The 1-based line ranges of `:::html` … `:::` blocks, fences included.
    private static func markupRegions(in lines: [Substring]) -> [ClosedRange<Int>] {
        var regions: [ClosedRange<Int>] = []
        var start: Int?
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingWhitespace()
            if start == nil, trimmed == ":::html" {
                start = index + 1
            } else if let open = start, trimmed == ":::" {
                regions.append(open...(index + 1))
                start = nil
            }
        }
        return regions
    }

    private static func isSpacer(_ line: Substring) -> Bool {
        ["<br>", "<br/>", "<br />"].contains(line.trimmingWhitespace().lowercased())
    }

    /// Prose of the response section that says the answer is a file: `返回文件二进制流`,
    /// `返回二进制文件流`.
    private static func describesBinaryAnswer(_ text: String) -> Bool {
        text.contains("二进制") && (text.contains("流") || text.contains("文件"))
    }

    private static func exampleSlot(forLabel label: String) -> ExampleSlot? {
        // `请求示例（HTTP）`: what the brackets say, the code itself tells. DingTalk's older pages
        // show the request line in one block and, after `请求正文`, the JSON body in the next.
        let name = label.trimmingWhitespace().prefix { $0 != "（" && $0 != "(" }
        switch name {
        case "请求体示例", "请求示例", "请求正文": return .requestBody
        case "响应体示例", "响应示例", "返回示例": return .response
        // `通用模板请求体示例`: the example of one of several bodies.
        default: return name.hasSuffix("请求体示例") ? .requestBody : nil
        }
    }

    private static func section(forHeading text: String, current: Section) -> Section {
        switch text.trimmingWhitespace() {
        case "请求", "基本信息", "请求方法": .request
        // `部分下载`: the drive's `Range` header, in a table of its own.
        // `扩展请求头`: calendar event creation's `Locale`, in a table of its own.
        case "请求头", "Header参数", "请求头参数", "部分下载", "扩展请求头": .headers
        case "路径参数", "Path参数": .path
        case "查询参数", "Query参数": .query
        case "请求体", "Body参数": .body
        case "请求参数": .parameters
        case "响应", "响应体", "响应参数", "返回参数", "返回结果": .response
        // What a download's answer carries besides the file (`content-type`, `content-disposition`).
        case "响应头": .responseHeaders
        case "错误码": .errors
        case "调用示例", "示例代码", "示例": .samples
        default: text.hasSuffix("请求体") ? .bodyVariant : current == .samples ? .samples : .none
        }
    }

    private mutating func json(_ literal: String, line: Int, what: String) -> JSONValue? {
        // DingTalk shows the whole answer: `HTTP/1.1 200 OK`, headers, a blank line, the JSON.
        var body = Substring(literal.trimmingWhitespace())
        if body.hasPrefix("HTTP/"), let start = body.firstIndex(where: { $0 == "{" || $0 == "[" }) {
            body = body[start...]
        }
        // Upload endpoints show a multipart body here: an example, but not of JSON.
        guard body.hasPrefix("{") || body.hasPrefix("[") else { return nil }
        let (value, diagnostic) = ExampleJSON.example(body, what: what, file: page.file, line: line + 1)
        if let diagnostic { diagnostics.append(diagnostic) }
        return value
    }

    private mutating func read(_ table: Table, in section: Section, into collected: inout Collected) {
        // DingTalk's `应用类型 | 是否支持 | 权限 | API Explorer调试`: which app types may call.
        if table.header.first == "应用类型", let supported = table.column("是否支持") {
            for row in table.rows where Self.isYes(row[supported]) || row[supported].trimmingWhitespace() == "支持" {
                collected.callingAppTypes += AppTypes.read(row[0]).filter { !collected.callingAppTypes.contains($0) }
            }
            return
        }
        let isKeyValue = table.header.count == 2 && (["基本", "项目", "基本信息"].contains(table.header[0]) || table.header == ["名称", "值"])
        if isKeyValue || section == .request && table.typeColumn == nil {
            for row in table.rows {
                collected.basic.append((row[0].trimmingWhitespace(), row[1], row.line))
            }
            return
        }
        if section == .errors {
            collected.errors += errors(in: table)
            return
        }
        // Wiki search heads its answer table in English: `Name | Type | Description`.
        let name = table.column("参数名", "名称", "参数", "字段", "Name")
        let type = table.typeColumn
        // `必填` (required to fill) and `必须` (required) head the same column.
        let required = table.column("必填", "必须", "Required")
        let description = table.column("描述", "说明", "Description")
        let example = table.column("示例值")
        // Historic answers list their fields by name and description alone (`|参数|说明|`): the
        // example states each type, as it does for a row whose type is `-`.
        guard let name, type != nil || section == .response else {
            diagnostics.append(
                Diagnostic(
                    .warning, .unreadableTable, file: page.file, line: table.line,
                    "table without 名称/类型 columns under this heading is not read (header: \(table.header.joined(separator: " | ")))"
                ))
            return
        }
        // `================ | **以下字段适用于在用户操作时：**`: a rule across the table, a note
        // on the rows after it, and no field.
        let fieldRows = table.rows.filter { row in
            let name = NameCell(row[name]).name
            return name.isEmpty || name.contains { $0.isLetter || $0.isNumber }
        }
        let flatRows = fieldRows.flatMap { row in
            // A 示例值 column says what a `**示例值**` line says in other dialects.
            let exampleLine = example.map { row[$0] }.flatMap { $0.isEmpty ? nil : "\n**示例值**：" + $0 } ?? ""
            let required = section == .path || Self.isYes(row[required])
            let names = alternativeNames(in: row[name], required: required, line: row.line)
            return names.map { nameCell in
                var flat = FlatRow(
                    name: nameCell, typeText: type.map { row[$0] } ?? "", required: required && names.count == 1, descriptionCell: row[description] + exampleLine,
                    line: row.line)
                diagnostics += flat.typeWarnings(file: page.file)
                if let depth = row.depth {
                    if depth < 0 {
                        diagnostics.append(
                            Diagnostic(.warning, .nesting, file: page.file, line: row.line, "level \(depth) is not a depth; the row is read as a top-level field"))
                    }
                    flat.depth = max(0, depth)
                }
                return flat
            }
        }
        let rows = Self.droppingDepthMarksThatSayNothing(from: Self.deepeningLevelsBelowAnUnindentedFirst(flatRows))
        switch section {
        case .headers: collected.headers += rows
        case .path: collected.path += rows
        case .query: collected.query += rows
        case .parameters: collected.parameters += rows
        case .body: collected.body += rows
        case .bodyVariant: collected.bodyVariants[collected.bodyVariants.count - 1].rows += rows
        case .response: collected.response += rows
        case .responseHeaders: break
        default:
            diagnostics.append(
                Diagnostic(.warning, .unreadableTable, file: page.file, line: table.line, "field table outside a request or response section is not read"))
        }
    }

    private static func isYes(_ text: String) -> Bool {
        ["是", "必填", "true", "yes", "required", "y"].contains(text.trimmingWhitespace().lowercased())
    }

    private mutating func errors(in table: Table) -> [DocumentedError] {
        let status = table.column("HTTP", "Http", "状态码")
        let code = table.column("错误码", "code")
        let message = table.column("描述", "错误信息", "message")
        let advice = table.column("排查建议", "解决", "建议")
        guard let code else {
            diagnostics.append(Diagnostic(.warning, .unreadableTable, file: page.file, line: table.line, "error table without an 错误码 column is not read"))
            return []
        }
        return table.rows.compactMap { row in
            let codeText = row[code].trimmingWhitespace()
            guard !codeText.isEmpty else { return nil }
            let statusText = row[status].trimmingWhitespace()
            if !statusText.isEmpty, Int(statusText) == nil {
                diagnostics.append(
                    Diagnostic(.warning, .unreadableTable, file: page.file, line: row.line, "HTTP status '\(statusText)' of error \(codeText) is not a number"))
            }
            return DocumentedError(
                httpStatus: Int(statusText), code: Int(codeText).map(ErrorCode.number) ?? .text(codeText),
                message: LinkResolver.absolutize(row[message].trimmingWhitespace()),
                advice: LinkResolver.absolutize(DescriptionCell.lines(of: row[advice]).joined(separator: "\n")))
        }
    }

    private mutating func build(from collected: Collected, frontMatter: FrontMatter) -> Endpoint? {
        var collected = collected
        let value = { (key: String) in collected.basic.first { $0.key.hasPrefix(key) } }
        let headingLine = collected.requestLine > 0 ? collected.requestLine : max(1, collected.titleLine)
        guard let urlRow = value("HTTP URL") else {
            diagnostics.append(
                Diagnostic(.error, .noEndpoint, file: page.file, line: headingLine, "no 'HTTP URL' row found; expected a 基本/名称|值 table under '## 请求'"))
            return nil
        }
        guard var address = EndpointAddress(url: urlRow.value) else {
            diagnostics.append(
                Diagnostic(.error, .noEndpoint, file: page.file, line: urlRow.line, "'\(urlRow.value)' is not an absolute HTTP URL"))
            return nil
        }
        // `https://api.dingtalk.com/contact/users/sort`, and the page's own request `POST
        // /v1.0/contact/users/sort HTTP/1.1`: the gateway serves every call under a version.
        if let samplePath = collected.httpRequest.flatMap(RequestSample.init(http:))?.path, let version = address.addingVersion(from: samplePath) {
            diagnostics.append(
                Diagnostic(
                    .warning, .contradiction, file: page.file, line: urlRow.line,
                    "the URL leaves out the version the page's request (line \(collected.sampleLine ?? urlRow.line)) calls it under; the client calls \(address.path), as the request does (\(version) added)"
                ))
        }
        let methodText = value("HTTP Method")?.value.trimmingWhitespace().uppercased() ?? ""
        guard ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"].contains(methodText) else {
            diagnostics.append(
                Diagnostic(
                    .error, .noEndpoint, file: page.file, line: value("HTTP Method")?.line ?? urlRow.line,
                    "expected an HTTP method (GET, POST, PUT, PATCH, DELETE) in the 'HTTP Method' row, found '\(methodText)'"))
            return nil
        }
        // A GET sends no body: historic pages list its query under `请求参数`, unless the page
        // shows that section's JSON as a request body example.
        if ["GET", "HEAD"].contains(methodText), collected.requestExample == nil {
            collected.query += collected.parameters
        } else {
            collected.body += collected.parameters
        }
        movePathParameterRowsOutOfTheBody(&collected, address: address)
        let file = page.file
        let documentURL = sourceURL(frontMatter)
        // Bodies the page documents one by one (`通用模板请求体`, `自定义模板请求体`) are read as one
        // where it documents no other.
        let bodyTables = collected.body.isEmpty ? collected.bodyVariants.map(\.rows) : [collected.body]
        let requestShape = ExampleShape.combining(
            examples: [collected.requestExample].compactMap { $0 } + collected.laterRequestExamples, sample: collected.sdkRequest,
            rows: bodyTables.flatMap { $0 })
        let responseShape = ExampleShape.combining(
            examples: [collected.responseExample].compactMap { $0 } + collected.laterResponseExamples, rows: collected.response)
        let pageExamples = [requestShape, responseShape].compactMap { $0 }
        let callClass = Self.callClass(
            headers: collected.headers.map(\.field), samples: [collected.curl, collected.httpRequest].compactMap { $0 },
            binaryAnswer: collected.binaryAnswerLine != nil)
        // Feishu's own name for an object type is `file`; DingTalk's `File` rows are either.
        let isFeishu = address.platform == .feishu
        var requestNesting = NestingReconstructor(
            file: file, section: "request body", pageExamples: pageExamples, filesNameObjects: isFeishu && callClass != .upload)
        let body = BodyVariants.union(of: bodyTables.map { requestNesting.nest($0, example: requestShape) })
        if bodyTables.count > 1, let first = collected.bodyVariants.first {
            let titles = collected.bodyVariants.map { "'\($0.title)'" }.joined(separator: ", ")
            diagnostics.append(
                Diagnostic(
                    .warning, .loosened, file: file, line: first.line,
                    "the page documents \(bodyTables.count) request bodies (\(titles)); the client's body holds the fields of each, required only where every one requires them"
                ))
        }
        if ["GET", "HEAD"].contains(methodText), let first = bodyTables.first?.first {
            diagnostics.append(
                Diagnostic(
                    .warning, .parameter, file: file, line: first.line,
                    "the page documents a request body for a \(methodText); the client sends it, but URLSession on Apple platforms refuses a \(methodText) with a body (NSURLErrorDataLengthExceedsMaximum), so call it through a transport that sends one"
                ))
        }
        var responseNesting = NestingReconstructor(
            file: file, section: "response", pageExamples: pageExamples, filesNameObjects: isFeishu && callClass != .download)
        let response = address.platform == .dingtalk
            ? Self.dingTalkResponseFields(
                collected.response, example: responseShape, server: address.server, nesting: &responseNesting)
            : responseFields(collected.response, example: responseShape, nesting: &responseNesting)
        diagnostics += requestNesting.diagnostics + responseNesting.diagnostics
        let pathParameters = pathParameters(collected.path.map(\.field), address: address, line: urlRow.line)
        let (query, queryWarning) = address.queryParameters(documented: collected.query.map(\.field))
        if let queryWarning { diagnostics.append(Diagnostic(.warning, .parameter, file: file, line: urlRow.line, queryWarning)) }
        let permissionText = collected.basic.filter { $0.key.hasPrefix("权限要求") }.map(\.value).joined(separator: "\n")
        let tokenText = (collected.basic.filter { $0.key.contains("访问令牌") }.map(\.value)
            + collected.headers.filter { $0.field.name.lowercased() == "authorization" }.map(\.field.description))
            .joined(separator: " ")
        var endpoint = Endpoint(
            operation: OperationNaming(address: address, method: methodText).operation(
                explorerLink: collected.explorerLink, documentURL: documentURL, sdkMethod: collected.sdkMethod),
            platform: address.platform,
            title: collected.title ?? "", summary: LinkResolver.absolutize(collected.summary.joined(separator: "\n\n")),
            source: Source(
                file: page.file, url: documentURL, dialect: dialect, updated: updated(frontMatter), line: urlRow.line),
            method: methodText, baseURL: address.baseURL, path: address.path, server: address.server,
            callClass: callClass,
            pathParameters: pathParameters,
            queryParameters: query,
            headers: collected.headers.map(\.field),
            requestBody: body, response: response, errors: collected.errors,
            accessTokens: address.platform == .dingtalk
                ? AccessTokens.dingTalk(headers: collected.headers.map(\.field), query: query)
                : AccessTokens.feishu(in: tokenText),
            appTypes: value("支持的应用类型").map { AppTypes.read(DescriptionCell.lines(of: $0.value).joined(separator: " ")) }
                ?? collected.callingAppTypes,
            scopes: Self.scopes(in: permissionText),
            rateLimit: value("接口频率限制").flatMap { Self.rateLimit(in: $0.value) },
            examples: Examples(
                requestBody: collected.requestExample, response: collected.responseExample, curl: collected.curl,
                httpRequest: collected.httpRequest))
        for check in ExampleConformance.checks(of: endpoint) {
            if check.part == "request" {
                endpoint.requestBody = ExampleOnlyMembers(line: collected.requestExampleLine, namesPlacedByGuess: requestNesting.namesPlacedByGuess)
                    .adding(from: check.example, to: endpoint.requestBody)
            } else {
                endpoint.response = ExampleOnlyMembers(line: collected.responseExampleLine, namesPlacedByGuess: responseNesting.namesPlacedByGuess)
                    .adding(from: check.example, to: endpoint.response)
            }
        }
        diagnostics += ExampleContradictions(file: file).diagnostics(
            for: endpoint, sampleLine: collected.sampleLine ?? urlRow.line, requestExampleLine: collected.requestExampleLine,
            responseExampleLine: collected.responseExampleLine)
        return endpoint
    }

    /// The name cells of the fields a row stands for: the row's, or each of the alternatives it
    /// names together (`employee_id、open_id`), which the call may send one of, so none is
    /// required on its own.
    private mutating func alternativeNames(in cell: String, required: Bool, line: Int) -> [String] {
        guard let alternatives = NameCell.alternatives(in: cell) else { return [cell] }
        let names = alternatives.map { "'" + NameCell($0).name + "'" }.joined(separator: ", ")
        diagnostics.append(
            Diagnostic(
                .warning, .loosened, file: page.file, line: line,
                "the row names \(alternatives.count) fields, \(names), each typed on its own and optional"
                    + (required ? ", though the page requires one of them" : "")))
        return alternatives
    }

    /// `source_url`, a `fullPath` under the doc site, or a `> Source: url` line.
    private func sourceURL(_ frontMatter: FrontMatter) -> String? {
        if let url = frontMatter["source_url"] { return url }
        if let path = frontMatter["fullPath"] { return LinkResolver.feishuDocumentBase + path }
        return page.lines.prefix(12).lazy.map { $0.trimmingWhitespace() }.first { $0.hasPrefix("> Source:") }
            .map { $0.dropFirst("> Source:".count).trimmingWhitespace() }
    }

    /// `last_remote_update: 2024-07-11`, or `updateTime` in milliseconds since 1970.
    private func updated(_ frontMatter: FrontMatter) -> String? {
        if let date = frontMatter["last_remote_update"] { return date }
        guard let milliseconds = frontMatter["updateTime"].flatMap(Double.init) else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date(timeIntervalSince1970: milliseconds / 1000))
    }

    /// DingTalk's answer has no envelope: the response table is the whole body, so its `data`,
    /// `code` and `message` rows are fields. Only the older API's `errcode` and `errmsg` are the
    /// envelope, which the runtime reads.
    private static func dingTalkResponseFields(
        _ rows: [FlatRow], example: JSONValue?, server: Server, nesting: inout NestingReconstructor
    ) -> [Field] {
        let envelope: Set = server == .legacy ? ["errcode", "errmsg"] : []
        guard !rows.isEmpty else {
            return ExampleFields.fields(of: example?.objectValue ?? [:]).filter { !envelope.contains($0.name) }
        }
        return nesting.nest(rows, example: example).filter { !envelope.contains($0.name) }
    }

    /// Feishu wraps every answer in `{code, msg, data}`; the endpoint's response is `data`.
    private func responseFields(_ rows: [FlatRow], example: JSONValue?, nesting: inout NestingReconstructor) -> [Field] {
        guard !rows.isEmpty else {
            guard case .object(let data)? = example?.objectValue?["data"] else { return [] }
            return ExampleFields.fields(of: data)
        }
        if let dataRows = Self.rowsInsideData(rows, example: example) {
            return nesting.nest(dataRows, example: example?.objectValue?["data"])
        }
        let fields = nesting.nest(rows, example: example)
        if let index = fields.firstIndex(where: { $0.name == "data" }), fields.count <= 3 {
            return fields[index].children
        }
        // Older endpoints (Feishu bot/v3/info, DingTalk oapi) answer their fields beside the
        // status fields, with no `data`.
        return fields.filter { !Self.statusNames.contains($0.name) }
    }

    private static let statusNames: Set = ["code", "msg", "errcode", "errmsg"]

    /// The rows a level deeper where a table marks its first level with no indent and the level
    /// below with an em space (`∟tasks | list`, then `&emsp;∟task_id`), where most tables mark
    /// their first level with that em space. An em-spaced row after an unindented one that holds
    /// no rows says nothing: approval's definition marks one object's fields `∟`, another's
    /// `&emsp;∟`.
    private static func deepeningLevelsBelowAnUnindentedFirst(_ rows: [FlatRow]) -> [FlatRow] {
        let marksFirstLevelUnindented = zip(rows, rows.dropFirst()).contains { row, next in
            [.object, .array, .map].contains(row.field.type) && row.depth == 1 && row.depthMarkIndent == 0 && next.depth == 1
                && next.depthMarkIndent >= 2
        }
        guard marksFirstLevelUnindented else { return rows }
        return rows.map { row in
            var row = row
            if row.depthMarkIndent >= 2, let depth = row.depth { row.depth = depth + 1 }
            return row
        }
    }

    /// A Feishu answer table's rows without their depth marks where the marks say nothing of
    /// nesting: every row after the envelope (`code`, `msg`, `data`) marked at one depth, though
    /// one of them names an object type that later rows would fill. A scraper that writes `∟`
    /// before every field of `data` (helpdesk's `categories | category[]`, then its fields)
    /// flattened the table; read as flattened, the example places the rows.
    private static func droppingDepthMarksThatSayNothing(from rows: [FlatRow]) -> [FlatRow] {
        guard let firstMarked = rows.firstIndex(where: { ($0.depth ?? 0) > 0 }), let depth = rows[firstMarked].depth,
            rows[..<firstMarked].last?.field.name == "data",
            rows[..<firstMarked].allSatisfy({ ["code", "msg", "data"].contains($0.field.name) }),
            rows[firstMarked...].allSatisfy({ $0.depth == depth }),
            rows[firstMarked..<(rows.endIndex - 1)].contains(where: { $0.mayOpenScope && $0.field.objectTypeName != nil })
        else { return rows }
        return rows.map { row in
            var row = row
            row.depth = nil
            return row
        }
    }

    /// The rows that describe what is inside `data`, where the table says so for sure: every row
    /// after a flattened table's opening `code`, `msg`, `data` (whatever the guesses for nesting
    /// below it say), every row marked deeper than an opening `code`, `msg` that lack their
    /// `data` row (approval's ID lookup: `∟user_id_map` right after `msg`, which as a string
    /// holds nothing), or every row of a table that lists no envelope (the sheets pages) where
    /// the example has one.
    private static func rowsInsideData(_ rows: [FlatRow], example: JSONValue?) -> [FlatRow]? {
        if !rows.contains(where: { $0.depth != nil }), let dataIndex = rows.firstIndex(where: { $0.field.name == "data" }),
            dataIndex > 0, rows[..<dataIndex].allSatisfy({ statusNames.contains($0.field.name) })
        {
            return Array(rows[(dataIndex + 1)...])
        }
        if let firstMarked = rows.firstIndex(where: { ($0.depth ?? 0) > 0 }), firstMarked > 0, let base = rows[firstMarked].depth,
            rows[..<firstMarked].allSatisfy({ statusNames.contains($0.field.name) }),
            rows[firstMarked...].allSatisfy({ ($0.depth ?? 0) >= base && $0.field.name != "data" })
        {
            return rows[firstMarked...].map { row in
                var row = row
                row.depth = row.depth.map { $0 - base }
                return row
            }
        }
        let listsEnvelope = rows.contains { $0.field.name == "data" || statusNames.contains($0.field.name) }
        guard !listsEnvelope, case .object? = example?.objectValue?["data"],
            example?.objectValue?.keys.contains(where: statusNames.contains) == true
        else { return nil }
        return rows
    }

    /// Historic pages document a path parameter in the body's table (`docToken` of
    /// `/doc/v2/:docToken/batch_update`): a top-level body row named as a path parameter that no
    /// 路径参数 row documents, and that the request example leaves out, is that parameter's row.
    private mutating func movePathParameterRowsOutOfTheBody(_ collected: inout Collected, address: EndpointAddress) {
        let undocumented = Set(address.pathParameterNames).subtracting(collected.path.map(\.field.name))
        guard !undocumented.isEmpty else { return }
        let shownInExample = collected.requestExample?.objectValue.map { Set($0.keys) } ?? []
        let namesPathParameter = { (row: FlatRow) in
            (row.depth ?? 0) == 0 && undocumented.contains(row.field.name) && !shownInExample.contains(row.field.name)
        }
        for var row in collected.body.filter(namesPathParameter) {
            row.field.required = true
            collected.path.append(row)
            diagnostics.append(
                Diagnostic(
                    .warning, .parameter, file: page.file, line: row.line,
                    "the request body's table lists '\(row.field.name)', a path parameter no 路径参数 table lists, and the request example leaves it out: it is read as the path parameter's row"
                ))
        }
        collected.body.removeAll(where: namesPathParameter)
    }

    private mutating func pathParameters(_ documented: [Field], address: EndpointAddress, line: Int) -> [Field] {
        address.pathParameterNames.map { name in
            if let field = documented.first(where: { $0.name == name }) { return field }
            diagnostics.append(
                Diagnostic(.warning, .parameter, file: page.file, line: line, "path parameter ':\(name)' has no row in a 路径参数 table; typed as a required string"))
            return Field(name: name, type: .string, required: true)
        }
    }

    /// A download when the response section says the answer is a file; an upload when the
    /// documented content type or the request sample is `multipart/form-data`, or the curl sample
    /// sends a form (`--form`). A `file` field alone says nothing: pages also name object types
    /// `file` (docx blocks, corehr persons).
    static func callClass(headers: [Field], samples: [String], binaryAnswer: Bool) -> CallClass {
        if binaryAnswer { return .download }
        let contentType = headers.first { $0.name.lowercased() == "content-type" }
        var documented = contentType?.description ?? ""
        // The value may be stated as the example or as the fixed value (`**固定值**："multipart/form-data"`).
        for case .string(let value)? in [contentType?.example, contentType?.default] { documented += value }
        let statesMultipart = ([documented] + samples).contains { $0.contains("multipart/form-data") }
        return statesMultipart || samples.contains { $0.contains("--form ") } ? .upload : .json
    }

    static func scopes(in text: String) -> [String] {
        // DingTalk: `permission-qyapi\_related\_org\_read-钉钉通讯录关联组织读权限`.
        let dingtalk = PermissionScopes.dingTalk(in: text.replacingOccurrences(of: "\\_", with: "_"), allowingColons: false)
        return dingtalk.isEmpty ? PermissionScopes.feishu(in: text) : dingtalk
    }

    /// `1000 次/分钟、50 次/秒` → per minute and per second.
    static func rateLimit(in text: String) -> RateLimit? {
        var limit = RateLimit()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "次" {
            var start = index
            while start > 0, scalars[start - 1].properties.isWhitespace { start -= 1 }
            let digitsEnd = start
            while start > 0, ("0"..."9").contains(scalars[start - 1]) { start -= 1 }
            guard start < digitsEnd, let count = Int(String(String.UnicodeScalarView(scalars[start..<digitsEnd]))) else { continue }
            let unit = scalars[(index + 1)...].drop { $0.properties.isWhitespace }
            guard unit.first == "/" else { continue }
            let name = unit.dropFirst().drop { $0.properties.isWhitespace }
            if name.starts(with: "秒".unicodeScalars) {
                limit.perSecond = count
            } else if name.starts(with: "分钟".unicodeScalars) {
                limit.perMinute = count
            }
        }
        return limit == RateLimit() ? nil : limit
    }
}
