import APIDocModel
import Foundation

/// Reads the text of an open.dingtalk.com reference page as a browser copies it: headings as bare
/// lines (`请求`, `查询参数`, `响应体`…), table cells run together, SDK samples to skip.
struct DingTalkTextReader {
    let page: PageText
    private var diagnostics: [Diagnostic] = []

    init(page: PageText) {
        self.page = page
    }

    private static let sectionTitles: Set<String> = [
        "请求", "基本信息", "请求头", "路径参数", "查询参数", "请求体", "请求示例", "响应", "响应体", "响应体示例", "错误码",
    ]
    private static let sampleLanguages: Set<String> = ["Java", "Python", "PHP", "Go", "Node.js", "C#", "C++", "TypeScript"]

    private struct Region {
        var title: String
        var line: Int
        var lines: [(text: String, line: Int)] = []
    }

    mutating func read() -> (Endpoint?, [Diagnostic]) {
        var summary: [String] = []
        var regions: [Region] = []
        for (index, raw) in page.lines.enumerated() {
            let text = raw.trimmingWhitespace()
            if Self.sectionTitles.contains(text) {
                regions.append(Region(title: text, line: index + 1))
            } else if regions.isEmpty {
                if !text.isEmpty, text != "跳转到主要内容" { summary.append(text) }
            } else {
                regions[regions.count - 1].lines.append((text, index + 1))
            }
        }
        let region = { (title: String) in regions.first { $0.title == title } }
        guard let basic = region("基本信息") else {
            diagnostics.append(Diagnostic(.error, .noEndpoint, file: page.file, line: 1, "no '基本信息' section with the HTTP URL and HTTP Method"))
            return (nil, diagnostics)
        }
        let basicValue = { (key: String) in
            basic.lines.first { $0.text.hasPrefix(key) }.map { (String($0.text.dropFirst(key.count)).trimmingWhitespace(), $0.line) }
        }
        guard let url = basicValue("HTTP URL"), let address = EndpointAddress(url: url.0) else {
            diagnostics.append(Diagnostic(.error, .noEndpoint, file: page.file, line: basic.line, "no 'HTTP URL' line with an absolute URL under 基本信息"))
            return (nil, diagnostics)
        }
        let method = basicValue("HTTP Method")?.0.uppercased() ?? ""
        guard ["GET", "POST", "PUT", "PATCH", "DELETE"].contains(method) else {
            diagnostics.append(
                Diagnostic(.error, .noEndpoint, file: page.file, line: basicValue("HTTP Method")?.1 ?? basic.line, "expected an HTTP method after 'HTTP Method', found '\(method)'"))
            return (nil, diagnostics)
        }
        let scopes = basicValue("权限要求").map { Self.scopes(in: $0.0) } ?? []
        let headers = fields(in: region("请求头"))
        let (query, queryWarning) = address.queryParameters(documented: fields(in: region("查询参数")).map(\.field))
        if let queryWarning { diagnostics.append(Diagnostic(.warning, .parameter, file: page.file, line: url.1, queryWarning)) }
        let pathRows = fields(in: region("路径参数"))
        let bodyRows = fields(in: region("请求体"))
        let responseRows = fields(in: region("响应体"))
        let responseExample = responseExample(in: region("响应体示例"))
        var bodyNesting = NestingReconstructor(file: page.file, section: "request body")
        let body = bodyNesting.nest(bodyRows, example: nil)
        var responseNesting = NestingReconstructor(file: page.file, section: "response")
        let response = responseNesting.nest(responseRows, example: responseExample)
        diagnostics += bodyNesting.diagnostics + responseNesting.diagnostics
        let pathParameters = address.pathParameterNames.map { name in
            pathRows.first { $0.field.name == name }?.field ?? Field(name: name, type: .string, required: true)
        }
        diagnostics.append(
            Diagnostic(
                .warning, .untitled, file: page.file, line: page.lines.count > 1 ? 2 : 1,
                "the page text states no title; its documentation names the endpoint by its id"))
        let endpoint = Endpoint(
            operation: OperationNaming(address: address, method: method).operation(
                explorerLink: nil, documentURL: nil, sdkMethod: CallSamples.sdkMethod(in: page.lines.joined(separator: "\n"))),
            platform: .dingtalk, title: "",
            summary: summary.joined(separator: "\n\n"),
            source: Source(file: page.file, dialect: .dingtalkText, line: url.1),
            method: method, baseURL: address.baseURL, path: address.path, server: address.server,
            pathParameters: pathParameters, queryParameters: query, headers: headers.map(\.field),
            requestBody: body, response: response, errors: errors(in: region("错误码")),
            accessTokens: AccessTokens.dingTalk(headers: headers.map(\.field), query: query),
            appTypes: basicValue("支持的应用类型").map { AppTypes.read($0.0) } ?? [],
            scopes: scopes,
            examples: Examples(response: responseExample, httpRequest: httpRequestSample(in: region("请求示例"))))
        return (endpoint, diagnostics)
    }

    /// `permission-Contact.Common.Read-通讯录基本数据读权限` → `Contact.Common.Read`.
    private static func scopes(in text: String) -> [String] {
        PermissionScopes.dingTalk(in: text, allowingColons: true)
    }

    private mutating func fields(in region: Region?) -> [FlatRow] {
        guard let region, let header = region.lines.first(where: { !$0.text.isEmpty }) else { return [] }
        guard header.text.hasPrefix("名称类型") else {
            diagnostics.append(
                Diagnostic(.warning, .unreadableTable, file: page.file, line: header.line, "expected a 名称类型…描述 table header under '\(region.title)'"))
            return []
        }
        let documentsRequired = header.text.contains("必填")
        var rows: [FlatRow] = []
        for line in region.lines where line.line > header.line && !line.text.isEmpty {
            guard let row = RunTogetherRow(line.text) else {
                diagnostics.append(
                    Diagnostic(
                        .warning, .unreadableTable, file: page.file, line: line.line,
                        "cannot split '\(line.text.prefix(40))' into name, type and description; expected a name followed by a type such as String"
                    ))
                continue
            }
            let flat = FlatRow(name: row.name, typeText: row.type, required: false, descriptionCell: Self.listBreaks(row.rest), line: line.line)
            diagnostics += flat.typeWarnings(file: page.file)
            rows.append(flat)
        }
        if documentsRequired, !rows.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, .unreadableTable, file: page.file, line: header.line,
                    "the 是否必填 column carries no values in this text; '\(region.title)' parameters are taken as optional"))
        }
        return rows
    }

    /// `…取值: - oapi:调用接口删除 - cancel:注销` → one line per ` - ` item.
    private static func listBreaks(_ text: String) -> String {
        text.replacingOccurrences(of: " - ", with: "\n- ")
    }

    private mutating func responseExample(in region: Region?) -> JSONValue? {
        guard let region, let start = region.lines.firstIndex(where: { $0.text.hasPrefix("{") || $0.text.hasPrefix("[") }) else {
            return nil
        }
        let json = region.lines[start...].map(\.text).joined(separator: "\n")
        let (value, diagnostic) = ExampleJSON.example(json, what: "response example", file: page.file, line: region.lines[start].line)
        if let diagnostic { diagnostics.append(diagnostic) }
        return value
    }

    private func httpRequestSample(in region: Region?) -> String? {
        guard let region, let start = region.lines.firstIndex(where: { $0.text == "HTTP" }) else { return nil }
        let sample = region.lines[(start + 1)...].prefix { !Self.sampleLanguages.contains($0.text) }.map(\.text)
        return sample.joined(separator: "\n").trimmingWhitespace()
    }

    private mutating func errors(in region: Region?) -> [DocumentedError] {
        guard let region, let header = region.lines.firstIndex(where: { $0.text.hasPrefix("HttpCode") }) else { return [] }
        var errors: [DocumentedError] = []
        for line in region.lines[(header + 1)...] where !line.text.isEmpty {
            let status = line.text.prefix { $0.isNumber }
            let afterStatus = line.text.dropFirst(status.count)
            let code = afterStatus.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
            guard status.count == 3, !code.isEmpty else {
                diagnostics.append(
                    Diagnostic(.warning, .unreadableTable, file: page.file, line: line.line, "expected an HTTP status and an error code at the start of '\(line.text.prefix(40))'"))
                continue
            }
            let text = String(afterStatus.dropFirst(code.count))
            let (message, advice) = Self.splitMessageAndAdvice(text)
            if advice == nil {
                diagnostics.append(
                    Diagnostic(
                        .warning, .unreadableTable, file: page.file, line: line.line,
                        "cannot tell where the message of error \(code) ends and its explanation begins; all of '\(text)' is kept as the message"))
            }
            errors.append(DocumentedError(httpStatus: Int(status), code: .text(String(code)), message: message, advice: advice ?? ""))
        }
        return errors
    }

    /// `系统错误系统错误` or `入参错误:%s入参错误`: the explanation repeats how the message begins,
    /// so the longest such repetition at the end marks the boundary.
    static func splitMessageAndAdvice(_ text: String) -> (String, String?) {
        let characters = Array(text)
        guard characters.count >= 2 else { return (text, nil) }
        for adviceLength in stride(from: characters.count / 2, through: 2, by: -1) {
            let advice = characters.suffix(adviceLength)
            let message = characters.prefix(characters.count - adviceLength)
            if message.starts(with: advice) {
                return (String(message), String(advice))
            }
        }
        return (text, nil)
    }
}
