import APIDocModel
import Testing

@testable import APIDocParser

@Suite struct OperationNamingTests {
    private func operation(
        _ method: String, _ url: String, explorer: String? = nil, document: String? = nil, sdk: String? = nil
    ) throws -> OperationName {
        let address = try #require(EndpointAddress(url: url))
        return OperationNaming(address: address, method: method).operation(explorerLink: explorer, documentURL: document, sdkMethod: sdk)
    }

    @Test(arguments: [
        ("POST", "https://open.feishu.cn/open-apis/corehr/v2/offboardings/revoke", "corehr.v2.offboarding.revoke"),
        ("PUT", "https://open.feishu.cn/open-apis/corehr/v2/process_withdraw/:process_id", "corehr.v2.process_withdraw.update"),
        ("GET", "https://open.feishu.cn/open-apis/hire/v1/offers/:offer_id", "hire.v1.offer.get"),
        ("GET", "https://open.feishu.cn/open-apis/hire/v1/offers", "hire.v1.offer.list"),
        ("POST", "https://open.feishu.cn/open-apis/hire/v1/offers/:offer_id/intern_offer_status", "hire.v1.offer.intern_offer_status"),
        ("POST", "https://open.feishu.cn/open-apis/im/v1/messages/:message_id/reactions", "im.v1.message.reaction.create"),
        ("GET", "https://open.feishu.cn/open-apis/mail/v1/user_mailboxes/:id/aliases", "mail.v1.user_mailbox.alias.list"),
        ("GET", "https://api.dingtalk.com/v1.0/contact/empLeaveRecords", "contact.v1.listEmpLeaveRecords"),
        ("POST", "https://api.dingtalk.com/v1.0/agoal/bizData/query", "agoal.v1.queryBizData"),
        ("GET", "https://oapi.dingtalk.com/chat/get", "chat.get"),
        ("POST", "https://oapi.dingtalk.com/topapi/v2/user/getbymobile", "topapi.v2.user.getbymobile"),
    ])
    func pathRulesWhereThePageStatesNoName(method: String, url: String, id: String) throws {
        let named = try operation(method, url)
        #expect(named.id == id)
        #expect(named.source == .path)
    }

    @Test func theDocumentPathNamesTheMethodAndTheVendorsSingular() throws {
        let named = try operation(
            "DELETE", "https://open.feishu.cn/open-apis/mail/v1/user_mailboxes/:user_mailbox_id/aliases/:alias_id",
            document: "https://open.feishu.cn/document/server-docs/mail-v1/user_mailbox-alias/delete")
        #expect(named == OperationName(service: "mail", version: "v1", resource: "user_mailbox.alias", method: "delete", source: .documentPath))
        // The site numbers repeated page names; the call is still `list`.
        let numbered = try operation(
            "GET", "https://open.feishu.cn/open-apis/hire/v1/interview_round_types",
            document: "https://open.feishu.cn/document/server-docs/hire-v1/recruitment-related-configuration/interview-settings/list-2")
        #expect(numbered.id == "hire.v1.interview_round_type.list")
        // A slug that does not match the path's resources leaves the resource to the path.
        let slug = try operation(
            "POST", "https://open.feishu.cn/open-apis/im/v1/chats/:chat_id/managers/add_managers",
            document: "https://open.feishu.cn/document/server-docs/group/chat-member/add_managers")
        #expect(slug.id == "im.v1.chat.manager.add_managers")
    }

    @Test func opaqueDocumentIDsAreNotMethods() throws {
        let named = try operation(
            "GET", "https://open.feishu.cn/open-apis/contact/v3/users/:user_id",
            document: "https://open.feishu.cn/document/ukTMukTMukTM/uUzN04SN3QjL1cDN")
        #expect(named.source == .path)
        #expect(named.id == "contact.v3.user.get")
    }

    @Test func theExplorerLinkIsTheVendorsOwnName() throws {
        let named = try operation(
            "GET", "https://open.feishu.cn/open-apis/acs/v1/access_records/:access_record_id/access_photo",
            explorer: "/api/tools/api_explore/api_explore_config?project=acs&version=v1&resource=access_record.access_photo&method=get",
            document: "https://open.feishu.cn/document/server-docs/acs-v1/access_record/get")
        #expect(named == OperationName(service: "acs", version: "v1", resource: "access_record.access_photo", method: "get", source: .apiExplorer))
    }

    @Test func dingTalkSDKSamplesNameTheCallOnTheService() throws {
        let named = try operation("POST", "https://api.dingtalk.com/v1.0/agoal/bizData/query", sdk: "agoalBizDataQuery")
        #expect(named == OperationName(service: "agoal", version: "v1", resource: "", method: "agoalBizDataQuery", source: .sdkSample))
    }

    @Test func samplesAreReadFromTheirText() throws {
        let java = "client.agoalBizDataQueryWithOptions(agoalBizDataQueryRequest, headers, new RuntimeOptions());"
        #expect(CallSamples.sdkMethod(in: java) == "agoalBizDataQuery")
        #expect(CallSamples.sdkMethod(in: "_, _err = client.AgoalBizDataQueryWithOptions(request, headers, &util.RuntimeOptions{})") == "agoalBizDataQuery")
        #expect(CallSamples.sdkMethod(in: "Client client = Sample.createClient();") == nil)
        let paragraph = "该接口用于获取全部客服技能。{尝试一下}(url=/api/tools/api_explore/api_explore_config?project=helpdesk&version=v1&resource=agent_skill_rule&method=list)"
        let explorer = try #require(CallSamples.explorerLink(in: paragraph))
        #expect(explorer.link.hasSuffix("resource=agent_skill_rule&method=list"))
        #expect(explorer.remainder == "该接口用于获取全部客服技能。")
    }
}
