import APIDocModel
import Foundation

/// Whether a page's call sample (its `curl` command or raw HTTP request) is a call the generated
/// client makes: the same method, a host the client sends to, a path the template gives for the
/// sample's values, and only query parameters and headers the page documents (or the runtime
/// sets: tokens, `Content-Type`).
public enum SampleConformance {
    /// Where the sample and the endpoint disagree.
    public enum Problem: Hashable, Sendable, CustomStringConvertible {
        case method(String)
        case host(String)
        case path(String)
        case undocumentedQuery(String)
        case undocumentedHeader(String)

        public var description: String {
            switch self {
            case .method(let method): "sends \(method)"
            case .host(let host): "sends to \(host)"
            case .path(let path): "calls \(path), which the path template does not give"
            case .undocumentedQuery(let name): "sends the query parameter '\(name)', which no table documents"
            case .undocumentedHeader(let name): "sends the header '\(name)', which no table documents"
            }
        }
    }

    /// The endpoint's call sample, and where it disagrees with the call the client makes; `nil`
    /// for an endpoint whose page shows no sample that reads as a request.
    public static func problems(of endpoint: Endpoint) -> [Problem]? {
        guard let sample = endpoint.examples.curl.flatMap(RequestSample.init(curl:))
            ?? endpoint.examples.httpRequest.flatMap(RequestSample.init(http:))
        else { return nil }
        var problems: [Problem] = []
        if sample.method.uppercased() != endpoint.method { problems.append(.method(sample.method.uppercased())) }
        if let host = URLComponents(string: sample.url)?.host, !hosts(of: endpoint).contains(host.lowercased()) {
            problems.append(.host(host))
        }
        if !matches(sample.path, template: endpoint.path) { problems.append(.path(sample.path)) }
        let query = Set(endpoint.queryParameters.map(\.name) + ["access_token"])
        for item in sample.queryItems where !query.contains(item.name) && !problems.contains(.undocumentedQuery(item.name)) {
            problems.append(.undocumentedQuery(item.name))
        }
        let headers = Set((endpoint.headers.map(\.name) + runtimeHeaders).map { $0.lowercased() })
        for header in sample.headers where !headers.contains(header.name.lowercased()) {
            problems.append(.undocumentedHeader(header.name))
        }
        return problems
    }

    /// What the runtime sets on every call, or the HTTP client does.
    private static let runtimeHeaders = [
        "Authorization", "Content-Type", "Host", "Content-Length", "Accept", "User-Agent", "x-acs-dingtalk-access-token",
    ]

    /// The hosts the client sends the endpoint's calls to: the page's, and for Feishu, Lark's.
    private static func hosts(of endpoint: Endpoint) -> Set<String> {
        let host = URLComponents(string: endpoint.baseURL)?.host?.lowercased() ?? ""
        return endpoint.platform == .feishu ? [host, "open.feishu.cn", "open.larksuite.com"] : [host]
    }

    /// Whether `path` is what `template` (`/open-apis/im/v1/chats/:chat_id`) gives for some values.
    public static func matches(_ path: String, template: String) -> Bool {
        let sent = path.split(separator: "/", omittingEmptySubsequences: false)
        let documented = template.split(separator: "/", omittingEmptySubsequences: false)
        guard sent.count == documented.count else { return false }
        return zip(sent, documented).allSatisfy { sent, documented in
            documented.hasPrefix(":") || documented.hasPrefix("{") ? !sent.isEmpty : sent == documented
        }
    }
}
