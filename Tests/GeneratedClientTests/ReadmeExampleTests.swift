import APIDocRuntime
import FeishuAPI
import HTTPTypes
import Testing

/// The README's "Calling an API" snippet, kept compiling and true.
@Suite struct ReadmeExampleTests {
    @Test func callingAnAPI() async throws {
        let myTransport = RecordingTransport(
            status: .badRequest, headers: [HTTPField.Name("X-Tt-Logid")!: "log-1"],
            answer: #"{"code": 1160202, "msg": "offboarding has been withdrawn"}"#)
        let tenantToken = "t-example"
        let id = "7095671727698478604"
        var advice = ""

        let feishu = Feishu.Client(transport: myTransport, tokens: StaticAccessToken(tenantToken))
        typealias Status = Feishu.Hire.V1.Offers.InternOfferStatus

        await #expect(throws: Status.Error.self) {
            _ = try await feishu.hire.v1.offers.internOfferStatus(
                offerID: "7016605170635213100",
                Status.Body(operation: .confirmOnboarding, onboardingInfo: .init(actualOnboardingDate: "2022-01-01")))
        }

        do {
            _ = try await feishu.corehr.v2.offboardings.revoke(.init(offboardingID: id))
        } catch let error as Feishu.CoreHR.V2.Offboardings.Revoke.Error where error.code == .offboardingHasBeenWithdrawn {
            advice = (error.code?.advice ?? "") + " " + (error.requestID ?? "")
        }
        #expect(advice == "离职已被撤销，请检查离职信息最新的状态 log-1")
    }
}
