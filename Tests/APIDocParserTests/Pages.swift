import APIDocModel
import APIDocParser
import Foundation

/// The repository's own pages: `specs/` and this target's fixtures.
enum Pages {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func seedBytes(_ prefix: String) throws -> (bytes: [UInt8], file: String) {
        let specs = repositoryRoot.appendingPathComponent("specs")
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: specs.path).first { $0.hasPrefix(prefix) })
        return (Array(try Data(contentsOf: specs.appendingPathComponent(name))), "specs/" + name)
    }

    /// The single endpoint seed `prefix` (`"000"`…) yields.
    static func seed(_ prefix: String) throws -> Endpoint {
        let (bytes, file) = try seedBytes(prefix)
        return try endpoint(bytes: bytes, file: file)
    }

    /// The single endpoint fixture `name` yields.
    static func fixtureEndpoint(_ name: String) throws -> Endpoint {
        try endpoint(bytes: try fixture(name), file: name)
    }

    private static func endpoint(bytes: [UInt8], file: String) throws -> Endpoint {
        let document = DocumentParser().parse(bytes: bytes, file: file)
        return try #require(document.endpoints.first, "\(file) yielded no endpoint: \(document.allDiagnostics)")
    }

    static func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil))
        return Array(try Data(contentsOf: url))
    }

    /// A feishu-md page for `POST /open-apis/example/v1/items`: front matter, the basic table,
    /// then `body` from line 13.
    static func converted(_ body: String) -> String {
        """
        ---
        title: "示例"
        source_url: https://open.feishu.cn/document/example
        ---

        ## 请求

        名称 | 值
        ---|---
        HTTP URL | https://open.feishu.cn/open-apis/example/v1/items
        HTTP Method | POST

        \(body)
        """
    }

    /// A `converted` page whose answer table lists the envelope (`code`, `msg`, `data`), then
    /// `rows`, and whose answer example, if any, is `example`; `request` comes before the answer.
    static func convertedAnswer(rows: String, example: String? = nil, request: String = "") -> String {
        converted((request.isEmpty ? "" : request + "\n\n") + """
            ## 响应

            ### 响应体

            名称 | 类型 | 描述
            --- | --- | ---
            code | int | 错误码
            msg | string | 错误描述
            data | \\- | \\-
            \(rows)
            """ + (example.map { "\n\n### 响应体示例\n```json\n\($0)\n```" } ?? ""))
    }

    /// A request body section: a table of `rows`, then an example block for each of `examples`.
    static func requestBody(rows: String, examples: [String]) -> String {
        """
        ### 请求体

        名称 | 类型 | 必填 | 描述
        --- | --- | --- | ---
        \(rows)

        ### 请求体示例
        """ + examples.map { "\n```json\n\($0)\n```\n" }.joined()
    }

    static func parse(_ text: String, file: String = "page.md") -> APIDocument {
        DocumentParser().parse(bytes: Array(text.utf8), file: file)
    }
}

import Testing

extension [Field] {
    subscript(named name: String) -> Field? { first { $0.name == name } }
}
