import APIDocEmitter
import APIDocModel
import APIDocParser
import Foundation
import Testing

/// A map whose values the page types (`Map<String, Integer>`, or `Map<String, Array>` and a
/// nameless row stating the values, then their rows) is generated as a dictionary of those
/// values, not of any JSON value; where the example's values do not fit, they stay any JSON value.
@Suite struct MapValueTests {
    static let page = """
        ---
        title: "获取文件夹"
        source_url: "https://open.dingtalk.com/document/development/example"
        ---

        # 获取文件夹

        ## **请求**

        | **基本信息** | |
        | --- | --- |
        | HTTP URL | https://api.dingtalk.com/v1.0/storage/folders/{folderId} |
        | HTTP Method | GET |

        ## **响应**

        ### **响应体**

        | 名称 | 类型 | 描述 |
        | --- | --- | --- |
        | dentry | Object | 文件夹信息。 |
        | name | String | 文件夹的名称。 |
        | appProperties | Map<String, Array> | 在特定应用上的属性。key是空间的ownerId，value是属性列表。 |
        |  | Array | 属性列表。 |
        | name | String | 属性名。 |
        | value | String | 属性值。 |
        | counts | Map<String, Integer> | 各类计数。 |
        | detail | Map<String, String> | 数据详情。 |

        ### **响应体示例**

        ```json
        {
          "dentry": {
            "name": "测试文件夹",
            "appProperties": {"ownerId": [{"name": "property_name", "value": "property_value"}]},
            "counts": {"files": 3},
            "detail": {"kh_id": "252", "kh_pkhid": {"id": "0"}}
          }
        }
        ```
        """

    static func endpoint() throws -> Endpoint {
        try #require(DocumentParser().parse(bytes: Array(page.utf8), file: "folder.md").endpoints.first)
    }

    static func files() throws -> [GeneratedFile] {
        let document = DocumentParser().parse(bytes: Array(page.utf8), file: "folder.md")
        return SwiftClientEmitter(templates: try .bundled()).files(for: document, pages: ["folder.md"])
    }

    @Test func theNamelessRowStatesTheValuesAndTheRowsAfterItAreTheirs() throws {
        let endpoint = try Self.endpoint()
        let dentry = try #require(endpoint.response.named("dentry"))
        #expect(dentry.children.map(\.name) == ["name", "appProperties", "counts", "detail"])
        let properties = try #require(dentry.children.named("appProperties"))
        #expect(properties.type == .map)
        #expect(properties.items?.type == .array)
        #expect(properties.items?.items?.children.map(\.name) == ["name", "value"])
        #expect(dentry.children.named("counts")?.items?.type == .integer)
    }

    @Test func valuesTheExampleShowsOtherwiseAreAnyJSONValueWithAWarning() throws {
        let endpoint = try Self.endpoint()
        #expect(endpoint.response.named("dentry")?.children.named("detail")?.items == nil)
        #expect(endpoint.diagnostics.contains { $0.message.contains("'detail' is a map of string values in the table") })
        #expect(ExampleConformance.checks(of: endpoint).allSatisfy { $0.roundTrips })
    }

    @Test func mapsAreDictionariesOfTheirValuesAndCompile() throws {
        let files = try Self.files()
        let code = try #require(files.first { $0.name == "folder.swift" }).contents
        #expect(code.contains("public var appProperties: [String: [AppProperty]]?"))
        #expect(code.contains("public var counts: [String: Int]?"))
        #expect(code.contains("public var detail: [String: JSONValue]?"))
        let usage = """
            import APIDocRuntime
            func names(_ response: DingTalk.Storage.V1.GetFolders.Response) -> [String] {
                (response.dentry?.appProperties?["ownerId"] ?? []).compactMap(\\.name) + (response.dentry?.counts ?? [:]).keys.sorted()
            }
            """
        let result = try Repository.typeCheck(files, usage: usage, module: "MapClients")
        #expect(result.succeeded, "generated code does not compile:\n\(result.output)")
    }
}

extension [Field] {
    fileprivate func named(_ name: String) -> Field? { first { $0.name == name } }
}
