import APIDocEmitter
import APIDocModel
import APIDocParser
import Foundation
import Testing

/// Page text is data: comment closers, string delimiters, interpolations, backslashes, `#` and
/// Swift keywords as names must all come out as code that compiles and means what the page says.
@Suite struct HostilePageTests {
    static let page = #"""
        ## 恶意页面 */ """ \(title) \ #if

        摘要 */ /* """ \(summary) \\ #warning("x") \u{0}

        ## 请求

        | 基本 | |
        | --- | --- |
        | HTTP URL | `https://open.feishu.cn/open-apis/evil/v1/things/:class` |
        | HTTP Method | POST |
        | 支持的访问令牌 | tenant_access_token <br> user_access_token |

        ### 请求头

        | 参数名 | 类型 | 必填 | 描述 |
        | ------ | ---- | ---- | ---- |
        | X-Tags | string[] | 否 | a list header |

        ### 路径参数

        | 参数名 | 类型 | 描述 |
        | ------ | ---- | ---- |
        | class | string | 关键字 */ |

        ### 查询参数

        | 参数名 | 类型 | 必填 | 描述 |
        | ------ | ---- | ---- | ---- |
        | default | string | 否 | 默认 """ |
        | self | integer | 是 | \(self) |
        | filter | object | 否 | not a scalar |

        ### 请求体

        | 参数名 | 类型 | 必填 | 描述 |
        | ------ | ---- | ---- | ---- |
        | init | string | 是 | \(injection) "quote" \ |
        | Type | string | 否 | type |
        | 1st | boolean | 否 | digit first |
        | user-name | string | 否 | hyphen |
        | user_name | string | 否 | same Swift name |
        | 名字 | string | 否 | CJK |
        | enum | string | 否 | **可选值有**：<br>- `a"b\`：quote<br>- default：keyword<br>- 1：digit |
        | struct | object | 否 | nested */ |
        | protocol | string | 否 | child of struct |
        | String | string | 否 | shadows a type |

        **请求体示例**:

        ```json
        {"init": "x", "struct": {"protocol": "p"}, "String": "s"}
        ```

        ### 错误码

        | HTTP状态码 | 错误码 | 描述 | 排查建议 |
        | ---------- | ------ | ---- | -------- |
        | 400 | 1 | */ """ \(x) | advice \ # |
        | 400 | 2 | class | default |
        | 500 | 2 | duplicate | second row |
        """#

    static func generate() throws -> (files: [GeneratedFile], warnings: [Diagnostic], document: APIDocument) {
        let document = DocumentParser().parse(bytes: Array(page.utf8), file: "evil/hostile.md")
        var warnings: [Diagnostic] = []
        let files = SwiftClientEmitter(templates: try .bundled()).files(for: document, pages: ["evil/hostile.md"]) {
            warnings.append($0)
        }
        return (files, warnings, document)
    }

    @Test func parsesTheHostilePage() throws {
        let (_, warnings, document) = try Self.generate()
        let endpoint = try #require(document.endpoints.first)
        #expect(endpoint.pathParameters.map(\.name) == ["class"])
        #expect(endpoint.requestBody.map(\.name) == ["init", "Type", "1st", "user-name", "user_name", "名字", "enum", "struct", "String"])
        #expect(endpoint.requestBody.first { $0.name == "struct" }?.children.map(\.name) == ["protocol"])
        #expect(endpoint.requestBody.first { $0.name == "enum" }?.enum.map(\.value) == [#"a"b\"#, "default", "1"])
        #expect(warnings.contains { $0.message.contains("documented twice") })
        #expect(warnings.contains { $0.message.contains("'filter'") })
    }

    @Test func hostileTextStaysInsideCommentsAndLiterals() throws {
        let (files, _, _) = try Self.generate()
        let code = try #require(files.first { $0.name == "hostile.swift" }).contents
        for line in code.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            // Page text appears only in doc comments or string literals.
            if trimmed.contains("恶意") || trimmed.contains("摘要") { #expect(trimmed.hasPrefix("///")) }
        }
        #expect(code.contains(#"case .code1: .init(httpStatus: 400, message: "*/ \"\"\" \\(x)", advice: "advice \\ #")"#))
        #expect(code.contains(#"public static let aB = Self(rawValue: "a\"b\\")"#))
        #expect(code.contains("public var initValue: String"))
        #expect(code.contains("case `default` = \"default\"") == false)
    }

    /// The generated code type-checks against the runtime, keywords and all.
    @Test func hostileCodeCompiles() throws {
        let (files, _, _) = try Self.generate()
        // A file that uses the names, so wrong escaping or shadowing fails here.
        let usage = """
            import APIDocRuntime
            func use(_ client: Feishu.Client) async throws {
                typealias Things = Feishu.Evil.V1.Thing
                var body = Things.Create.Body(initValue: "x", _1st: true, userName: "a", userName2: "b")
                body.type = "t"
                body.enum = .default
                body.struct = .init(protocol: "p")
                body.string = "s"
                body.名字 = "名"
                _ = try await client.evil.v1.thing.create(class: "c", query: .init(default: "d", selfValue: 1), headers: .init(xTags: ["a", "b"]), body)
                let code: Things.Create.ErrorCode = .code1
                _ = code.message + code.advice
            }
            """
        let result = try Repository.typeCheck(files, usage: usage, module: "HostileClients")
        #expect(result.succeeded, "generated code does not compile:\n\(result.output)")
    }
}
