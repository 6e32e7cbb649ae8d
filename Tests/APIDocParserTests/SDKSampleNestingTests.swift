import APIDocModel
import APIDocParser
import Testing

/// DingTalk's Java SDK sample builds the request from nested classes and setter chains: it states
/// the body's nesting where the flat table and the JSON example do not.
@Suite struct SDKSampleNestingTests {
    private static func page(body: String, samples: String) -> String {
        CallClassTests.dingTalkPage(url: "https://api.dingtalk.com/v1.0/calendar/users/u1/events/e1/attendees", tokenTable: """
            ### **请求体**

            | 名称 | 类型 | 是否必填 | 描述 |
            | --- | --- | --- | --- |
            \(body)

            ### **请求示例**

            \(samples)
            """).replacingOccurrences(of: "HTTP Method | GET", with: "HTTP Method | POST")
    }

    private static let java = """
        Java

        ```
        package com.aliyun.sample;

        public class Sample {
            public static void main(String[] args_) throws Exception {
                com.aliyun.dingtalkcalendar_1_0.Client client = Sample.createClient();
                AddAttendeeHeaders addAttendeeHeaders = new AddAttendeeHeaders();
                addAttendeeHeaders.xAcsDingtalkAccessToken = "<your access token>";
                com.aliyun.dingtalkcalendar_1_0.models.AddAttendeeRequest.AddAttendeeRequestAttendeesToAdd attendeesToAdd0 = new com.aliyun.dingtalkcalendar_1_0.models.AddAttendeeRequest.AddAttendeeRequestAttendeesToAdd()
                        .setId("0123456")
                        .setIsOptional(true); // a comment with "quotes"
                com.aliyun.dingtalkcalendar_1_0.models.AddAttendeeRequest addAttendeeRequest = new com.aliyun.dingtalkcalendar_1_0.models.AddAttendeeRequest()
                        .setAttendeesToAdd(java.util.Arrays.asList(
                            attendeesToAdd0
                        ))
                        .setChatNotification(false)
                        .setDeptId(1L);
                try {
                    client.addAttendeeWithOptions("u1", "e1", addAttendeeRequest, addAttendeeHeaders, new com.aliyun.teautil.models.RuntimeOptions());
                } catch (TeaException err) {
                }
            }
        }
        ```
        """

    private static let flatBody = """
        | attendeesToAdd | Array | 是 | 要添加的参与人。 |
        | id | String | 是 | 参与人的unionId。 |
        | isOptional | Boolean | 否 | 是否为可选参与人。 |
        | chatNotification | Boolean | 否 | 是否发群消息。 |
        | dept_id | Long | 否 | 部门ID。 |
        """

    @Test func javaSampleNestsAFlatTableThatHasNoExample() throws {
        let endpoint = try #require(Pages.parse(Self.page(body: Self.flatBody, samples: Self.java)).endpoints.first)
        #expect(endpoint.requestBody.map(\.name) == ["attendeesToAdd", "chatNotification", "dept_id"])
        #expect(endpoint.requestBody.first?.items?.children.map(\.name) == ["id", "isOptional"])
        #expect(endpoint.diagnostics.filter { $0.kind == .tableOrder }.isEmpty)
        // The sample shapes the body; it is not the page's JSON example.
        #expect(endpoint.examples.requestBody == nil)
    }

    @Test func javaSampleCompletesAnExampleThatShowsOnlySomeFields() throws {
        let http = """
            HTTP

            ```
            POST /v1.0/calendar/users/u1/events/e1/attendees HTTP/1.1
            Host:api.dingtalk.com
            Content-Type:application/json

            {
              "chatNotification" : false
            }
            ```
            """
        let endpoint = try #require(Pages.parse(Self.page(body: Self.flatBody, samples: http + "\n\n" + Self.java)).endpoints.first)
        #expect(endpoint.requestBody.first?.items?.children.map(\.name) == ["id", "isOptional"])
        #expect(endpoint.requestBody.first { $0.name == "chatNotification" }?.example == .bool(false))
        #expect(endpoint.examples.requestBody == .object(["chatNotification": .bool(false)]))
    }

    /// Without a sample or an example, nothing says where the list's elements end: the rows
    /// after it are taken as its elements' fields, each with a warning. In DingTalk's answers,
    /// which have examples, the row after an `Array` or `Object` row is its field in 95% of
    /// cases, and taking every later row as the last such row's field places 77% of rows right,
    /// a flat reading 20%.
    @Test func withoutASampleTheRowsAfterAListAreItsElementsWithAWarning() throws {
        let endpoint = try #require(Pages.parse(Self.page(body: Self.flatBody, samples: "")).endpoints.first)
        #expect(endpoint.requestBody.map(\.name) == ["attendeesToAdd"])
        #expect(endpoint.requestBody.first?.items?.children.map(\.name) == ["id", "isOptional", "chatNotification", "dept_id"])
        #expect(
            endpoint.diagnostics.filter { $0.kind == .tableOrder }.map(\.message) == ["id", "isOptional", "chatNotification", "dept_id"].map {
                "request body field '\($0)' is not in the page's example; kept under attendeesToAdd by table order"
            })
    }

    @Test func aSampleThatBuildsNoRequestIsIgnored() throws {
        let broken = """
            Java

            ```
            AddAttendeeRequest addAttendeeRequest = new AddAttendeeRequest().setAttendeesToAdd(java.util.Arrays.asList(addAttendeeRequest
            client.addAttendeeWithOptions(addAttendeeRequest.setX(addAttendeeRequest.setX(
            a.b.c = = new ( ) . set ( "unterminated
            ```
            """
        let endpoint = try #require(Pages.parse(Self.page(body: Self.flatBody, samples: broken)).endpoints.first)
        let withoutSample = try #require(Pages.parse(Self.page(body: Self.flatBody, samples: "")).endpoints.first)
        #expect(endpoint.requestBody == withoutSample.requestBody)
    }

    /// The body `flatBody` reads with a Java sample of `statements` that builds `request`.
    private static func body(withJava statements: [String], request: String) throws -> [Field] {
        let call = "client.addAttendeeWithOptions(\(request), headers, new RuntimeOptions());"
        let sample = "Java\n\n```\n" + (statements + [call]).joined(separator: "\n") + "\n```"
        return try #require(Pages.parse(page(body: flatBody, samples: sample)).endpoints.first).requestBody
    }

    /// A sample whose value doubles line after line (2^40 leaves) is read in bounded time and
    /// memory, and, naming no row of the table, leaves the table read as without it.
    @Test func aSampleThatDoublesAValueLineAfterLineStaysBounded() throws {
        let statements = ["AddAttendeeRequest v0 = new AddAttendeeRequest().setId(\"x\");"]
            + (1...40).map { "AddAttendeeRequest v\($0) = new AddAttendeeRequest().setA(v\($0 - 1)).setB(v\($0 - 1));" }
        let withoutSample = try #require(Pages.parse(Self.page(body: Self.flatBody, samples: "")).endpoints.first)
        #expect(try Self.body(withJava: statements, request: "v40") == withoutSample.requestBody)
    }

    @Test func aSampleThatNestsAValueLineAfterLineStaysWithinTheNestingLimit() throws {
        let statements = ["AddAttendeeRequest v0 = new AddAttendeeRequest().setId(\"x\");"]
            + (1...5_000).map { "AddAttendeeRequest v\($0) = new AddAttendeeRequest().setAttendeesToAdd(java.util.Arrays.asList(v\($0 - 1)));" }
        #expect(try Self.body(withJava: statements, request: "v5000").first?.name == "attendeesToAdd")
    }
}
