import APIDocModel
import APIDocParser
import Testing

/// Real pages of the formats beyond the seeds, with what a reader checks first.
@Suite struct CorpusFixtureTests {
    /// riba2534's converted Markdown marks depth with `&nbsp;&nbsp;└`: the tree is exact.
    @Test func convertedMarkdownNestsByItsDepthMarkers() throws {
        let endpoint = try Pages.fixtureEndpoint("feishu-converted-referral-account-deactivate.md")
        #expect(endpoint.source.dialect == .feishuConverted)
        #expect(endpoint.source.updated == "2024-09-26")
        #expect(endpoint.source.url == "https://open.feishu.cn/document/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/referral_account/deactivate")
        #expect(endpoint.id == "hire.v1.referral_account.deactivate")
        #expect(endpoint.method == "POST")
        #expect(endpoint.path == "/open-apis/hire/v1/referral_account/:referral_account_id/deactivate")
        #expect(endpoint.pathParameters.map(\.name) == ["referral_account_id"])
        #expect(endpoint.appTypes == ["custom", "isv"])
        #expect(endpoint.scopes == ["hire:referral_account"])
        #expect(endpoint.rateLimit == RateLimit(perMinute: 100))
        let account = try #require(endpoint.response[named: "account"])
        #expect(account.typeName == "account")
        #expect(account.children.map(\.name) == ["account_id", "assets", "status"])
        #expect(account.children[named: "status"]?.enum.map(\.value) == ["1", "2"])
        let bonus = try #require(account.children[named: "assets"]?.children[named: "confirmed_bonus"])
        #expect(bonus.children.map(\.name) == ["point_bonus", "cash_bonus"])
        let cash = try #require(bonus.children[named: "cash_bonus"])
        #expect(cash.type == .array && cash.items?.typeName == "cash")
        #expect(cash.items?.children.map(\.name) == ["currency_type", "amount"])
        #expect(cash.items?.children.map(\.type) == [.string, .number])
        #expect(endpoint.diagnostics.isEmpty)
    }

    /// The doc site's copy-page output: `> Source:`, `&emsp;∟` depth, no `data` envelope.
    @Test func copyPageOutputReadsSourceDepthAndTopLevelFields() throws {
        let endpoint = try Pages.fixtureEndpoint("feishu-copy-page-bot-info.md")
        #expect(endpoint.source.dialect == .feishuCopyPage)
        #expect(endpoint.source.url == "https://open.feishu.cn/document/client-docs/bot-v3/obtain-bot-info")
        #expect(endpoint.title == "获取机器人信息")
        #expect(endpoint.method == "GET")
        #expect(endpoint.path == "/open-apis/bot/v3/info")
        #expect(endpoint.accessTokens == [.tenant])
        let bot = try #require(endpoint.response[named: "bot"])
        #expect(endpoint.response.map(\.name) == ["bot"])
        #expect(bot.children.map(\.name) == ["activate_status", "app_name", "avatar_url", "ip_white_list", "open_id"])
        #expect(bot.children[named: "ip_white_list"]?.items?.type == .string)
        #expect(bot.children[named: "activate_status"]?.example == .integer(2))
    }

    /// Feishu's upstream markup, read with libxml2: `<md-dt-tr level>`, `<md-enum>`, `<md-perm>`,
    /// `<md-code-json>`; and the same endpoint as seed 000 agrees with it field by field.
    @Test func markupPagesAgreeWithTheSeedOfTheSameEndpoint() throws {
        let markup = try Pages.fixtureEndpoint("feishu-markup-offboarding-revoke.md")
        #expect(markup.source.dialect == .feishuMarkup)
        #expect(markup.title == "撤销离职")
        #expect(markup.accessTokens == [.tenant])
        #expect(markup.rateLimit == RateLimit(perSecond: 20))
        #expect(markup.headers.map(\.name) == ["Authorization", "Content-Type"])
        let userIDType = try #require(markup.queryParameters[named: "user_id_type"])
        #expect(userIDType.enum.map(\.value) == ["open_id", "union_id", "user_id", "people_corehr_id"])
        #expect(userIDType.default == .string("people_corehr_id"))
        #expect(markup.examples.requestBody?.objectValue?["offboarding_id"] == .string("7095671727698478604"))
        #expect(markup.diagnostics.isEmpty)

        let seed = try Pages.seed("000")
        #expect(markup.id == seed.id && markup.method == seed.method && markup.path == seed.path)
        let shape = { (fields: [Field]) in fields.map { "\($0.name):\($0.type):\($0.required)" } }
        #expect(shape(markup.requestBody) == shape(seed.requestBody))
        #expect(shape(markup.queryParameters) == shape(seed.queryParameters))
        #expect(markup.requestBody.map(\.description) == seed.requestBody.map(\.description))
        // The newer page documents two more error codes than the seed.
        #expect(Array(markup.errors.prefix(seed.errors.count)) == seed.errors)
    }
}
