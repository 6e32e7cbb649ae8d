import APIDocRuntime
import FeishuAPI
import Foundation
import Logging
import Synchronization
import Testing

/// No log line, error description or dump carries the app secret or a token.
@Suite struct SecretRedactionTests {
    static let secret = "app-secret-7Hq2"
    static let token = "t-token-Zx91"

    /// Keeps every log line with its metadata.
    final class LogLines: Sendable {
        let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }
    }

    struct CapturingHandler: LogHandler {
        let sink: LogLines
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let line = "\(event.level) \(event.message) \(event.metadata ?? [:]) \(metadata)"
            sink.lines.withLock { $0.append(line) }
        }
    }

    @Test func secretsStayOutOfLogsErrorsAndDumps() async throws {
        let sink = LogLines()
        let logger = Logger(label: "test") { _ in CapturingHandler(sink: sink) }
        var texts: [String] = try await LoopbackServer.run { request, count in
            if request.path == TokenEndpoints.feishuTenant { return TokenEndpoints.feishuAnswer(token: Self.token + "\(count)") }
            // Refuse the first token, rate-limit once, then fail with a documented error.
            switch count {
            case 2: return .init(status: .badRequest, body: #"{"code": 99991663, "msg": "Invalid access token"}"#)
            case 4: return .init(status: .tooManyRequests, body: #"{"code": 99991400, "msg": "limit"}"#)
            default: return .init(status: .badRequest, body: #"{"code": 1160202, "msg": "offboarding has been withdrawn"}"#)
            }
        } _: { url, _ in
            let store = InMemoryAccessTokenStore()
            let client = Feishu.Client(
                appID: "cli", appSecret: Self.secret, baseURL: url, tokenStore: store,
                options: ClientOptions(retry: ClientOptions.fastRetries.retry, logger: logger))
            var texts = [String(describing: client), String(reflecting: client)]
            do {
                _ = try await client.corehr.v2.offboarding.revoke(.init(offboardingID: "1"))
            } catch {
                texts += [String(describing: error), String(reflecting: error), "\(error.localizedDescription)"]
                // Code, message and log id, not Foundation's "The operation could not be completed".
                #expect(error.localizedDescription.hasPrefix("HTTP 400, code 1160202: offboarding has been withdrawn"))
            }
            // The cached token, as a dump of the store would show it.
            let stored = try #require(await store.token(forKey: "feishu:cli:tenant"))
            var dumped = ""
            dump(stored, to: &dumped)
            texts += [dumped, String(describing: stored)]
            return texts
        }
        texts += sink.all
        #expect(sink.all.contains { $0.contains("POST /open-apis/corehr/v2/offboardings/revoke -> 400") })
        // A line per attempt, numbered (the refused token's call is sent again as the same attempt,
        // the rate-limited one as the next), and one per token fetch.
        let attempts = sink.all.filter { $0.contains("-> 4") }.compactMap { $0.firstMatch(of: #/"attempt": (\d)/#).map { String($0.output.1) } }
        #expect(attempts == ["1", "1", "2"])
        #expect(sink.all.filter { $0.contains("fetched tenant access token") }.count == 2)
        for text in texts {
            #expect(!text.contains(Self.secret), "secret in: \(text)")
            #expect(!text.contains(Self.token), "token in: \(text)")
        }
    }

    @Test func staticTokensDoNotShowThemselves() {
        let provider = StaticAccessToken(Self.token)
        var dumped = ""
        dump(provider, to: &dumped)
        #expect(!String(describing: provider).contains(Self.token))
        #expect(!dumped.contains(Self.token))
        #expect(String(describing: Secret(Self.secret)) == "<redacted>")
    }
}
