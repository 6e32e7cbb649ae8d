import APIDocModel

/// The token kinds a page asks for.
enum AccessTokens {
    /// Feishu: the kinds its token row and `Authorization` header name (`tenant_access_token`…).
    static func feishu(in text: String) -> [AccessTokenType] {
        AccessTokenType.allCases.filter { text.contains("\($0.rawValue)_access_token") }
    }

    /// DingTalk: the app's token, where the page documents the `x-acs-dingtalk-access-token`
    /// header or the older API's `access_token` query parameter. Both carry the same token.
    static func dingTalk(headers: [Field], query: [Field]) -> [AccessTokenType] {
        let documented = headers.contains { $0.name.lowercased() == "x-acs-dingtalk-access-token" }
            || query.contains { $0.name == "access_token" }
        return documented ? [.app] : []
    }
}
