import Foundation
import OpenAPIURLSession

/// The Feishu/Lark platform.
public enum Feishu {
    /// The Feishu open platform in mainland China.
    public static let feishuBaseURL = URL(string: "https://open.feishu.cn")!
    /// The Lark open platform outside China.
    public static let larkBaseURL = URL(string: "https://open.larksuite.com")!

    /// Calls Feishu endpoints; generated code adds a property per service (`client.corehr`).
    public struct Client: Sendable {
        /// What generated methods send through.
        public let api: APIClient

        /// A client for a self-built app: its tenant and app tokens are fetched on first use,
        /// cached, and renewed before they expire or when the server refuses them.
        ///
        /// - Parameters:
        ///   - appID: The app's App ID (`cli_…`).
        ///   - appSecret: The app's App Secret.
        ///   - baseURL: `Feishu.feishuBaseURL`, `Feishu.larkBaseURL`, a test server or a proxy.
        ///   - transport: Any swift-openapi-runtime transport; URLSession by default.
        ///   - middlewares: Run in order around every call, token requests included.
        ///   - tokenStore: Where tokens are cached; share one between processes to share tokens.
        ///   - options: Timeouts, retries, rate limits and logging.
        public init(
            appID: String, appSecret: String, baseURL: URL = Feishu.feishuBaseURL,
            transport: any ClientTransportType = URLSessionTransport(), middlewares: [any ClientMiddlewareType] = [],
            tokenStore: any AccessTokenStore = InMemoryAccessTokenStore(), options: ClientOptions = ClientOptions()
        ) {
            api = APIClient(
                baseURL: baseURL, transport: transport, middlewares: middlewares, tokenStore: tokenStore,
                conventions: FeishuConventions(), options: options
            ) { FeishuTokenFetcher(appID: appID, appSecret: Secret(appSecret), exchange: $0) }
        }

        /// A client whose tokens come from `tokens`.
        public init(
            baseURL: URL = Feishu.feishuBaseURL, transport: any ClientTransportType = URLSessionTransport(),
            middlewares: [any ClientMiddlewareType] = [], tokens: any AccessTokenProvider, options: ClientOptions = ClientOptions()
        ) {
            api = APIClient(
                baseURL: baseURL, transport: transport, middlewares: middlewares, tokens: tokens, conventions: FeishuConventions(),
                options: options)
        }
    }
}
