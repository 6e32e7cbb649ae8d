import APIDocModel
import APIDocParser
import Testing

/// What a reader of each seed page checks first, asserted one fact at a time.
@Suite struct SeedFactsTests {
    @Test func seed000RevokesAnOffboarding() throws {
        let endpoint = try Pages.seed("000")
        #expect(endpoint.source.dialect == .feishuTTDoc)
        #expect(endpoint.id == "corehr.v2.offboarding.revoke")
        #expect(endpoint.platform == .feishu)
        #expect(endpoint.title == "撤销离职")
        #expect(endpoint.method == "POST")
        #expect(endpoint.baseURL == "https://open.feishu.cn")
        #expect(endpoint.path == "/open-apis/corehr/v2/offboardings/revoke")
        #expect(endpoint.accessTokens == [.tenant])
        #expect(endpoint.scopes == ["corehr:offboarding.revoke:write"])
        #expect(endpoint.appTypes == ["custom"])
        #expect(endpoint.pathParameters.isEmpty)
        let query = try #require(endpoint.queryParameters[named: "user_id_type"])
        #expect(query.type == .string && !query.required && query.description == "用户 ID 类型")
        #expect(endpoint.requestBody.map(\.name) == ["offboarding_id", "operator_id"])
        let offboarding = try #require(endpoint.requestBody[named: "offboarding_id"])
        #expect(offboarding.type == .string && offboarding.required)
        #expect(offboarding.example == .string("7095671727698478604"))
        #expect(offboarding.description.hasPrefix("离职记录ID，不允许为空。"))
        let operatorID = try #require(endpoint.requestBody[named: "operator_id"])
        #expect(operatorID.type == .string && !operatorID.required)
        #expect(operatorID.description.hasSuffix("注意：为空时，默认系统操作人"))
        #expect(endpoint.response.isEmpty)
        #expect(endpoint.errors.map(\.code) == [1160103, 1160102, 1160101, 1160201, 1160202, 1160203, 1160204].map(ErrorCode.number))
        #expect(endpoint.errors.allSatisfy { $0.httpStatus == 400 })
        #expect(endpoint.errors[4].message == "offboarding has been withdrawn")
        #expect(endpoint.errors[1].advice == "入参不合法，请检查offboarding_id后重新提交")
        #expect(endpoint.examples.requestBody?.objectValue?["operator_id"] == .string("6982509313466189341"))
        #expect(endpoint.examples.curl?.hasPrefix("curl -i -X POST") == true)
    }

    @Test func seed000IsRepairedAndSaysSo() throws {
        let endpoint = try Pages.seed("000")
        let messages = endpoint.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("decoded as Windows-1252/1254") })
        #expect(endpoint.diagnostics.allSatisfy { $0.severity == .warning })
        let uncertain = endpoint.diagnostics.filter { $0.message.hasPrefix("uncertain repair") }
        #expect(!uncertain.isEmpty)
        #expect(uncertain.allSatisfy { $0.line > 1 && $0.file == "specs/000_b8b81b9f0a7ef74b.txt" })
    }

    /// Every fact of the mis-encoded page equals the fact of a clean copy, text included.
    @Test func seed000EqualsItsCleanCopy() throws {
        var repaired = try Pages.seed("000")
        let clean = DocumentParser().parse(bytes: try Pages.fixture("000-clean-copy.txt"), file: repaired.source.file)
        var expected = try #require(clean.endpoints.first)
        #expect(expected.diagnostics.isEmpty)
        repaired.diagnostics = []
        expected.diagnostics = []
        // The clean copy stops after the curl sample; the SDK samples are no fact of the model.
        #expect(repaired == expected)
    }

    @Test func seed001WithdrawsAProcess() throws {
        let endpoint = try Pages.seed("001")
        #expect(endpoint.id == "corehr.v2.process_withdraw.update")
        #expect(endpoint.method == "PUT")
        #expect(endpoint.path == "/open-apis/corehr/v2/process_withdraw/:process_id")
        #expect(endpoint.scopes == ["corehr:process.instance:write"])
        #expect(endpoint.appTypes == ["custom", "isv"])
        let process = try #require(endpoint.pathParameters[named: "process_id"])
        #expect(process.type == .string && process.required)
        #expect(endpoint.queryParameters.map(\.name) == ["user_id_type"])
        #expect(endpoint.requestBody.map(\.name) == ["user_id", "reason", "system_user"])
        let reason = try #require(endpoint.requestBody[named: "reason"])
        #expect(reason.type == .string && !reason.required)
        #expect(reason.constraints?.maxLength == 500)
        #expect(reason.example == .string("原因自定义字符串"))
        #expect(reason.description == "原因")
        let systemUser = try #require(endpoint.requestBody[named: "system_user"])
        #expect(systemUser.type == .boolean && systemUser.example == .bool(true))
        #expect(endpoint.errors.map(\.code) == [1160101, 1161003, 1161005, 1161006].map(ErrorCode.number))
        #expect(endpoint.errors.map(\.httpStatus) == [400, 403, 400, 400])
    }

    @Test func seed002ListsLeaveRecords() throws {
        let endpoint = try Pages.seed("002")
        #expect(endpoint.source.dialect == .dingtalkText)
        #expect(endpoint.platform == .dingtalk)
        #expect(endpoint.id == "contact.v1.listEmpLeaveRecords")
        #expect(endpoint.method == "GET")
        #expect(endpoint.baseURL == "https://api.dingtalk.io")
        #expect(endpoint.path == "/v1.0/contact/empLeaveRecords")
        #expect(endpoint.scopes == ["Contact.Common.Read"])
        #expect(endpoint.appTypes == ["custom"])
        #expect(endpoint.headers.map(\.name) == ["x-acs-dingtalk-access-token"])
        #expect(endpoint.queryParameters.map(\.name) == ["startTime", "endTime", "nextToken", "maxResults"])
        #expect(endpoint.queryParameters.map(\.type) == [.string, .string, .string, .integer])
        #expect(endpoint.queryParameters[0].description == "开始时间。 格式:YYYY-MM-DDTHH:mm:ssZ(ISO 8601/RFC 3339)。")
        #expect(endpoint.response.map(\.name) == ["nextToken", "records"])
        let records = try #require(endpoint.response[named: "records"])
        #expect(records.type == .array)
        let record = try #require(records.items)
        #expect(record.type == .object)
        #expect(record.children.map(\.name) == ["userId", "name", "stateCode", "mobile", "leaveTime", "leaveReason"])
        #expect(record.children.allSatisfy { $0.type == .string })
        let reason = try #require(record.children[named: "leaveReason"])
        #expect(reason.enum.map(\.value) == ["oapi", "cancel", "leave", "unknown", "delete"])
        #expect(reason.enum.first?.description == "调用接口删除")
        #expect(endpoint.errors.map(\.code) == [.text("invalidParameter.param.invalid"), .text("system.error")])
        #expect(endpoint.errors.map(\.httpStatus) == [400, 500])
        #expect(endpoint.errors[0].message == "入参错误:%s" && endpoint.errors[0].advice == "入参错误")
        #expect(endpoint.examples.httpRequest?.hasPrefix("GET /v1.0/contact/empLeaveRecords?startTime=") == true)
        // The copied text lost the 是否必填 column; the parser says so rather than guessing.
        #expect(endpoint.diagnostics.contains { $0.message.contains("是否必填") && $0.line == 25 })
    }

    @Test func seed003CancelsAnApprovalInstance() throws {
        let endpoint = try Pages.seed("003")
        #expect(endpoint.id == "apaas.v1.approval_instance.cancel")
        #expect(endpoint.method == "POST")
        #expect(endpoint.path == "/open-apis/apaas/v1/approval_instances/:approval_instance_id/cancel")
        #expect(endpoint.pathParameters.map(\.name) == ["approval_instance_id"])
        #expect(endpoint.requestBody.map(\.name) == ["user_id", "opinion"])
        #expect(endpoint.requestBody.allSatisfy { $0.required && $0.type == .string })
        #expect(endpoint.scopes == ["app_engine:approval:write"])
        #expect(endpoint.errors == [DocumentedError(httpStatus: 400, code: .number(2320001), message: "param is invalid", advice: "请检查输入参数")])
    }

    @Test func seed004UpdatesAnInternOfferStatus() throws {
        let endpoint = try Pages.seed("004")
        #expect(endpoint.source.dialect == .feishuServerDocs)
        #expect(endpoint.source.updated == "2024-07-11")
        #expect(endpoint.source.url == "https://open.feishu.cn/document/server-docs/hire-v1/candidate-management/delivery-process-management/offer/intern_offer_status")
        #expect(endpoint.title == "更新实习 Offer 入/离职状态")
        #expect(endpoint.id == "hire.v1.offer.intern_offer_status")
        #expect(endpoint.method == "POST")
        #expect(endpoint.path == "/open-apis/hire/v1/offers/:offer_id/intern_offer_status")
        #expect(endpoint.rateLimit == RateLimit(perMinute: 1000, perSecond: 50))
        #expect(endpoint.scopes == ["hire:offer"])
        #expect(endpoint.appTypes == ["custom"])
        #expect(endpoint.accessTokens == [.tenant])
        #expect(endpoint.headers.map(\.name) == ["Authorization", "Content-Type"])
        #expect(endpoint.headers[1].default == .string("application/json; charset=utf-8"))
        #expect(endpoint.pathParameters[named: "offer_id"]?.example == .string("7016605170635213100"))
        #expect(endpoint.requestBody.map(\.name) == ["operation", "onboarding_info", "offboarding_info"])
        let operation = try #require(endpoint.requestBody[named: "operation"])
        #expect(operation.required && operation.enum.map(\.value) == ["confirm_onboarding", "cancel_onboarding", "offboard"])
        let onboarding = try #require(endpoint.requestBody[named: "onboarding_info"])
        #expect(onboarding.type == .object && onboarding.typeName == "intern_offer_onboarding_info" && !onboarding.required)
        #expect(onboarding.children.map(\.name) == ["actual_onboarding_date"])
        #expect(onboarding.children[0].required && onboarding.children[0].constraints?.format == "YYYY-MM-DD")
        let offboarding = try #require(endpoint.requestBody[named: "offboarding_info"])
        #expect(offboarding.children.map(\.name) == ["actual_offboarding_date", "notes"])
        #expect(offboarding.children.map(\.required) == [true, false])
        #expect(endpoint.response.map(\.name) == ["offer_id", "operation", "onboarding_info", "offboarding_info"])
        #expect(endpoint.response[named: "offboarding_info"]?.children.map(\.name) == ["actual_offboarding_date", "notes"])
        #expect(endpoint.errors.map(\.code) == [1002001, 1002002, 1002067, 1002068].map(ErrorCode.number))
        #expect(endpoint.errors.map(\.httpStatus) == [500, 400, 500, 500])
        #expect(endpoint.diagnostics.isEmpty)
    }
}
