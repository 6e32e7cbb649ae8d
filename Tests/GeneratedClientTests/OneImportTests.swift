import DingTalkAPI
import FeishuAPI
import Testing

// No `import APIDocRuntime` in this file: importing a generated module must be enough to name
// the clients, the runtime's types and the errors its calls throw.
@Suite struct OneImportTests {
    @Test func generatedModulesReexportTheRuntime() {
        let feishu = Feishu.Client(tokens: StaticAccessToken("t"))
        let dingtalk = DingTalk.Client(tokens: StaticAccessToken("t"))
        let error = Feishu.CoreHR.V2.Offboarding.Revoke.Error(
            code: .init(code: "1160202"), rawCode: "1160202", message: "withdrawn", httpStatus: 400, requestID: "log-1")
        #expect(error.description == "HTTP 400, code 1160202: withdrawn (\(error.code?.advice ?? "")) [request id log-1]")
        _ = (feishu.corehr.v2.offboarding, dingtalk.contact.v1)
    }
}
