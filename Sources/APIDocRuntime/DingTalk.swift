import Foundation
import OpenAPIURLSession

/// The DingTalk platform.
public enum DingTalk {
    /// DingTalk's API host.
    public static let baseURL = URL(string: "https://api.dingtalk.com")!
    /// The host of DingTalk's older API (`topapi` and other `oapi` endpoints).
    public static let legacyBaseURL = URL(string: "https://oapi.dingtalk.com")!

    /// Calls DingTalk endpoints; generated code adds a property per service (`client.contact`).
    public struct Client: Sendable {
        /// What generated methods send through.
        public let api: APIClient

        /// A client for an app: its `accessToken` is fetched on first use, cached, and renewed
        /// before it expires or when the server refuses it. The same token serves the older API,
        /// as its `access_token`: one cache per app.
        ///
        /// - Parameters:
        ///   - appKey: The app's AppKey.
        ///   - appSecret: The app's AppSecret.
        ///   - baseURL: `DingTalk.baseURL`, a test server or a proxy.
        ///   - legacyBaseURL: Where the older API's calls go: `DingTalk.legacyBaseURL`, a test
        ///     server or a proxy.
        ///   - transport: Any swift-openapi-runtime transport; URLSession by default.
        ///   - middlewares: Run in order around every call, token requests included.
        ///   - tokenStore: Where tokens are cached; share one between processes to share tokens.
        ///   - options: Timeouts, retries, rate limits and logging.
        public init(
            appKey: String, appSecret: String, baseURL: URL = DingTalk.baseURL, legacyBaseURL: URL = DingTalk.legacyBaseURL,
            transport: any ClientTransportType = URLSessionTransport(), middlewares: [any ClientMiddlewareType] = [],
            tokenStore: any AccessTokenStore = InMemoryAccessTokenStore(), options: ClientOptions = ClientOptions()
        ) {
            api = APIClient(
                baseURL: baseURL, transport: transport, middlewares: middlewares, tokenStore: tokenStore,
                conventions: DingTalkConventions(), legacy: (legacyBaseURL, DingTalkLegacyConventions()), options: options
            ) { DingTalkTokenFetcher(appKey: appKey, appSecret: Secret(appSecret), exchange: $0) }
        }

        /// A client whose tokens come from `tokens`.
        public init(
            baseURL: URL = DingTalk.baseURL, legacyBaseURL: URL = DingTalk.legacyBaseURL, transport: any ClientTransportType = URLSessionTransport(),
            middlewares: [any ClientMiddlewareType] = [], tokens: any AccessTokenProvider, options: ClientOptions = ClientOptions()
        ) {
            api = APIClient(
                baseURL: baseURL, transport: transport, middlewares: middlewares, tokens: tokens, conventions: DingTalkConventions(),
                legacy: (legacyBaseURL, DingTalkLegacyConventions()), options: options)
        }
    }
}
