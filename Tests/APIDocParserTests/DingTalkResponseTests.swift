import APIDocModel
import APIDocParser
import Testing

/// A DingTalk answer has no envelope: the response table is the whole body. Only the older
/// API's `errcode` and `errmsg` are an envelope, which the runtime reads.
@Suite struct DingTalkResponseTests {
    static let table = """
        ## **响应**

        ### **响应体**

        | 名称 | 类型 | 示例值 | 描述 |
        | --- | --- | --- | --- |
        | errcode | Number | 0 | 返回码。 |
        | success | Boolean | true | 是否成功。 |
        | code | String | ok | 业务码。 |
        | data | Object |  | 数据。 |
        """

    @Test func currentAPIResponseTableIsTheWholeBody() throws {
        let page = CallClassTests.dingTalkPage(url: "https://api.dingtalk.com/v1.0/example/items", tokenTable: Self.table)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["errcode", "success", "code", "data"])
    }

    @Test func legacyAPIEnvelopeIsLeftToTheRuntime() throws {
        let page = CallClassTests.dingTalkPage(url: "https://oapi.dingtalk.com/topapi/example", tokenTable: Self.table)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["success", "code", "data"])
    }

    @Test func exampleWithoutATableGivesTheWholeBody() throws {
        let page = CallClassTests.dingTalkPage(url: "https://api.dingtalk.com/v1.0/example/items", tokenTable: """
            ### **响应体示例**

            ```
            HTTP/1.1 200 OK
            Content-Type:application/json

            {"result": {"id": 1}, "success": true}
            ```
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["result", "success"])
        #expect(endpoint.response.first?.children.map(\.name) == ["id"])
    }

    /// An older page draws its tree in ASCII: `|-apiSecret` and `|_callbackUrl` are fields of
    /// the row above, `result`, not rows without a name.
    @Test func fieldsMarkedByAnASCIITreeAreTheFieldsOfTheRowAbove() throws {
        let page = CallClassTests.dingTalkPage(url: "https://oapi.dingtalk.com/topapi/example", tokenTable: """
            ## 返回参数

            | 名称 | 类型 | 示例值 | 描述 |
            | --- | --- | --- | --- |
            | result | Json |  | 业务返回结果。 |
            | |-apiSecret | String | xxxxxx | api签名密钥 |
            | |\\_callbackUrl | String | https://xxx.xxx.xxx | 回调URL地址。 |
            | success | Boolean | true | 操作是否成功。 |
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["result", "success"])
        #expect(endpoint.response.first?.children.map(\.name) == ["apiSecret", "callbackUrl"])
    }

    /// The storage space's answer: its example shows the space without `partitions`. An `Array`
    /// the example does not show holds the rows after it that nothing places elsewhere; the
    /// `quota | Object` after them stays in a partition, as the space has a `quota` of its own.
    @Test func rowsAfterAListTheExampleDoesNotShowAreItsElementsFields() throws {
        let page = CallClassTests.dingTalkPage(url: "https://api.dingtalk.com/v1.0/storage/spaces", tokenTable: """
            ### 响应体

            | 名称 | 类型 | 描述 |
            | --- | --- | --- |
            | space | Object | 空间信息。 |
            | id | String | 空间id。 |
            | quota | Long | 总容量，单位Byte。 |
            | partitions | Array | 分区容量信息。 |
            | partitionType | String | 分区类型。 |
            | quota | Object | 容量信息。 |
            | used | Long | 实际已使用容量。 |
            | max | Long | 最大容量。 |

            ### 响应体示例

            ```
            HTTP/1.1 200 OK
            Content-Type:application/json

            {
              "space" : {
                "id" : "833xxxxx",
                "quota" : 1048576
              }
            }
            ```
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let space = try #require(endpoint.response[named: "space"])
        #expect(space.children.map(\.name) == ["id", "quota", "partitions"])
        let partition = try #require(space.children[named: "partitions"]?.items)
        #expect(partition.children.map(\.name) == ["partitionType", "quota"])
        #expect(partition.children[named: "quota"]?.children.map(\.name) == ["used", "max"])
        #expect(endpoint.diagnostics.allSatisfy { $0.kind != .duplicate }, "\(endpoint.diagnostics)")
    }

    /// A sheet range's answer: `backgroundColors | Array`, a nameless `Array` row for its rows of
    /// cells, then the cells' fields, which the example shows as `[[{…}]]`. The rows are the
    /// fields of the objects in the list of lists; a list of lists of strings stays any value
    /// below the outer list, as a sheet's cells may be numbers too.
    @Test func rowsAfterAListOfListsAreItsObjectsFields() throws {
        let page = CallClassTests.dingTalkPage(url: "https://api.dingtalk.com/v1.0/doc/workbooks/ranges", tokenTable: """
            ### 响应体

            | 名称 | 类型 | 描述 |
            | --- | --- | --- |
            | formulas | Array | 单元格的公式。 |
            |  | Array | 一行的公式。 |
            | backgroundColors | Array | 单元格的背景色。 |
            |  | Array | 一行的背景色。 |
            | red | Integer | 红色值。 |
            | hexString | String | 16进制表示的颜色。 |

            ### 响应体示例

            ```
            HTTP/1.1 200 OK
            Content-Type:application/json

            {
              "formulas" : [ [ "=B1+C2" ] ],
              "backgroundColors" : [ [ { "red" : 0, "hexString" : "#000000" } ] ]
            }
            ```
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["formulas", "backgroundColors"])
        let colors = try #require(endpoint.response[named: "backgroundColors"]?.items?.items)
        #expect(colors.type == .object)
        #expect(colors.children.map(\.name) == ["red", "hexString"])
        #expect(endpoint.response[named: "formulas"]?.items?.type == .array)
        #expect(endpoint.response[named: "formulas"]?.items?.items == nil)
    }

    /// The older pages list their answer examples by app type, each in a list item.
    @Test func exampleInsideAListItemIsRead() throws {
        let page = CallClassTests.dingTalkPage(url: "https://oapi.dingtalk.com/user/get", tokenTable: """
            ## 返回参数

            | 名称 | 类型 | 示例值 | 描述 |
            | --- | --- | --- | --- |
            | roles | Array |  | 角色列表。 |
            | id | Number | 149 | 角色ID。 |
            | remark | String | 测试用户 | 备注。 |

            **返回示例**

            - 企业内部应用

              ```
              {"errcode": 0, "roles": [{"id": 149}], "remark": "测试用户"}
              ```
            """)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.examples.response != nil)
        #expect(endpoint.response.map(\.name) == ["roles", "remark"])
        #expect(endpoint.response.first?.items?.children.map(\.name) == ["id"])
    }

    private static func answer(table rows: String, example: String) -> String {
        CallClassTests.dingTalkPage(url: "https://api.dingtalk.com/v1.0/example/items", tokenTable: """
            ## **响应**

            ### **响应体**

            | 名称 | 类型 | 描述 |
            | --- | --- | --- |
            \(rows)

            ### **响应体示例**

            ```
            HTTP/1.1 200 OK
            Content-Type:application/json

            \(example)
            ```
            """)
    }

    /// `content | OpenAgoalObjectiveDTO` with no rows of its own: the example states its fields.
    @Test func namedTypeWithoutRowsTakesItsFieldsFromTheExample() throws {
        let page = Self.answer(
            table: """
                | content | OpenAgoalObjectiveDTO | 目标。 |
                | requestId | String | 请求ID。 |
                """,
            example: #"{"content": {"title": "Q3", "weight": 0.5, "keyResults": [{"id": "k1"}]}, "requestId": "r1"}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        let content = try #require(endpoint.response.first)
        #expect(content.typeName == "OpenAgoalObjectiveDTO")
        #expect(content.children.map(\.name) == ["keyResults", "title", "weight"])
        #expect(content.children.first?.items?.children.map(\.name) == ["id"])
        #expect(content.children.last?.type == .number)
        let note = try #require(endpoint.diagnostics.first { $0.kind == .nesting })
        #expect(note.severity == .note)
        #expect(note.line == 21)
    }

    /// A nameless `DentryVO` row is the whole answer, an object the example spells out.
    @Test func namelessNamedTypeIsTheWholeAnswer() throws {
        let page = Self.answer(table: "|  | DentryVO | 节点信息。 |", example: #"{"dentryId": "d1", "creator": {"name": "n"}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.map(\.name) == ["creator", "dentryId"])
        #expect(endpoint.response.first?.children.map(\.name) == ["name"])
    }

    /// `Object` says nothing of its own: an open map stays one, whatever keys its example shows.
    @Test func plainObjectWithoutRowsKeepsItsType() throws {
        let page = Self.answer(table: "| extension | Object | 扩展信息。 |", example: #"{"extension": {"k": "v"}}"#)
        let endpoint = try #require(Pages.parse(page).endpoints.first)
        #expect(endpoint.response.first?.children.isEmpty == true)
    }

    /// `leave_certificate.unit` among the rows of `leave_certificate` (holiday types): the name
    /// is a path; the field is `unit`, in the object the path names, whatever the example shows.
    @Test func dottedRowNameIsAPathToItsField() throws {
        let table = """
            ### **响应体**

            | 名称 | 类型 | 示例值 | 描述 |
            | --- | --- | --- | --- |
            | result | Array of Result |  | 假期类型。 |
            | leave_code | String | 1 | 编码。 |
            | leave_certificate | LeaveCertificateVo |  | 请假证明。 |
            | leave_certificate.unit | String | day | 单位。 |
            | leave_certificate.enable | Boolean | true | 是否开启。 |
            | biz_type | String | 1 | 类型。 |
            """
        let example = #"{"result": [{"leave_code": "1", "leave_certificate": {"unit": "day"}, "biz_type": "1"}]}"#
        let shown = CallClassTests.dingTalkPage(
            url: "https://api.dingtalk.com/v1.0/example/items", tokenTable: table + "\n\n### **响应体示例**\n\n```json\n\(example)\n```\n")
        let endpoint = try #require(Pages.parse(shown).endpoints.first)
        let result = try #require(endpoint.response[named: "result"]?.items)
        #expect(result.children.map(\.name) == ["leave_code", "leave_certificate", "biz_type"])
        #expect(result.children[named: "leave_certificate"]?.children.map(\.name) == ["unit", "enable"])
        // Without an example, table order alone says where `leave_certificate` goes; its path
        // still says what it holds.
        let unshown = try #require(
            Pages.parse(CallClassTests.dingTalkPage(url: "https://api.dingtalk.com/v1.0/example/items", tokenTable: table)).endpoints.first)
        let certificate = try #require(
            (unshown.response + (unshown.response[named: "result"]?.items?.children ?? []))[named: "leave_certificate"])
        #expect(certificate.children.map(\.name) == ["unit", "enable"])
    }
}
