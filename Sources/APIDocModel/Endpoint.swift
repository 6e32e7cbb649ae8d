import Foundation

/// Everything one reference page states about one HTTP endpoint.
public struct Endpoint: Codable, Sendable, Hashable {
    /// `service.version.resource.method`, e.g. `corehr.v2.offboarding.revoke`: `operation.id`.
    public var id: String
    /// The vendor's name of the call, from which the generated names come.
    public var operation: OperationName
    public var platform: Platform
    public var title: String
    public var summary: String
    public var source: Source
    /// The HTTP method in upper case.
    public var method: String
    /// Scheme and host, e.g. `https://open.feishu.cn`.
    public var baseURL: String
    /// The path with `:name` placeholders for path parameters.
    public var path: String
    /// Which of the platform's servers the page documents the endpoint on.
    public var server: Server
    /// How the request and the answer are carried.
    public var callClass: CallClass
    public var pathParameters: [Field]
    public var queryParameters: [Field]
    public var headers: [Field]
    public var requestBody: [Field]
    /// Feishu: the fields of `data`; DingTalk: the fields of the body.
    public var response: [Field]
    public var errors: [DocumentedError]
    public var accessTokens: [AccessTokenType]
    /// The kinds of app that may call: `custom` (self-built), `isv` (store apps), or the page's words.
    public var appTypes: [String]
    public var scopes: [String]
    public var rateLimit: RateLimit?
    public var examples: Examples
    public var diagnostics: [Diagnostic]

    public init(
        operation: OperationName, platform: Platform, title: String, summary: String = "", source: Source,
        method: String, baseURL: String, path: String, server: Server = .current, callClass: CallClass = .json,
        pathParameters: [Field] = [], queryParameters: [Field] = [], headers: [Field] = [],
        requestBody: [Field] = [], response: [Field] = [], errors: [DocumentedError] = [],
        accessTokens: [AccessTokenType] = [], appTypes: [String] = [], scopes: [String] = [], rateLimit: RateLimit? = nil,
        examples: Examples = Examples(), diagnostics: [Diagnostic] = []
    ) {
        self.id = operation.id
        self.operation = operation
        self.platform = platform
        self.title = title
        self.summary = summary
        self.source = source
        self.method = method
        self.baseURL = baseURL
        self.path = path
        self.server = server
        self.callClass = callClass
        self.pathParameters = pathParameters
        self.queryParameters = queryParameters
        self.headers = headers
        self.requestBody = requestBody
        self.response = response
        self.errors = errors
        self.accessTokens = accessTokens
        self.appTypes = appTypes
        self.scopes = scopes
        self.rateLimit = rateLimit
        self.examples = examples
        self.diagnostics = diagnostics
    }
}

/// The vendor whose conventions (envelope, auth, paging) an endpoint follows.
public enum Platform: String, Codable, Sendable, Hashable, CaseIterable {
    case feishu, dingtalk
}

/// Which of a platform's servers an endpoint is on; each has its own host and conventions.
public enum Server: String, Codable, Sendable, Hashable, CaseIterable {
    /// The platform's current API: the token where the platform puts it (Feishu's
    /// `Authorization`, DingTalk's `x-acs-dingtalk-access-token`), errors as the platform's
    /// error bodies.
    case current
    /// DingTalk's older API on `oapi.dingtalk.com`: the token as the `access_token` query
    /// parameter, and answers of HTTP 200 whose `errcode` says whether the call failed.
    case legacy
}

/// How an endpoint's request and answer are carried.
public enum CallClass: String, Codable, Sendable, Hashable, CaseIterable {
    /// A JSON body (or none) and a JSON answer.
    case json
    /// A `multipart/form-data` request: a file field, or a documented multipart content type.
    case upload
    /// An answer that is a file, not JSON: the page says so in its response section.
    case download
}

/// Where an endpoint was read from.
public struct Source: Codable, Sendable, Hashable {
    public var file: String
    /// The page's own URL, when it states one.
    public var url: String?
    public var dialect: Dialect
    /// The page's last update, `YYYY-MM-DD`, when it states one.
    public var updated: String?
    /// The 1-based line that states the endpoint's URL.
    public var line: Int?

    public init(file: String, url: String? = nil, dialect: Dialect, updated: String? = nil, line: Int? = nil) {
        self.file = file
        self.url = url
        self.dialect = dialect
        self.updated = updated
        self.line = line
    }
}

/// The page formats the parser reads, detected from content.
public enum Dialect: String, Codable, Sendable, Hashable, CaseIterable {
    /// `| 基本 | |` tables, bold `**请求体示例**:` labels, no response table (seeds 000, 001, 003).
    case feishuTTDoc = "feishu-ttdoc"
    /// Front matter, tables without outer pipes, cells over several lines (seed 004).
    case feishuServerDocs = "feishu-server-docs"
    /// Converted Markdown: `title/fullPath/updateTime` front matter, outer pipes, `<br>`, and
    /// nesting as `&nbsp;&nbsp;└` (corpus feishu-md-alt, riba2534).
    case feishuConverted = "feishu-converted"
    /// The doc site's copy-page output: `# title`, `> Source: url`, tables without outer pipes,
    /// `<br>`, nesting as `&emsp;∟` (corpus feishu-md-alt, Eric-0921).
    case feishuCopyPage = "feishu-copy-page"
    /// Feishu's upstream markup: `:::html` blocks with `<md-table>`, `<md-dt-tr level="N">`
    /// (exact depth), `<md-enum>`, `<md-perm>`, `<md-tag>` (corpus feishu-raw).
    case feishuMarkup = "feishu-markup"
    /// The text of an open.dingtalk.com page with its table cells run together (seed 002).
    case dingtalkText = "dingtalk-text"
    /// DingTalk Markdown with a `基本信息` table holding HTTP URL and HTTP Method (layout A).
    case dingtalkBasicTable = "dingtalk-basic-table"
    /// DingTalk Markdown with a `请求方法` block holding the raw request line (layout B).
    case dingtalkRequestLine = "dingtalk-request-line"
    /// DingTalk's legacy Markdown: `**请求方式**` and `**请求地址**` lines (layout C).
    case dingtalkLegacy = "dingtalk-legacy"
}

/// A documented error code with the HTTP status it comes with.
public struct DocumentedError: Codable, Sendable, Hashable {
    public var httpStatus: Int?
    public var code: ErrorCode
    public var message: String
    public var advice: String

    public init(httpStatus: Int?, code: ErrorCode, message: String, advice: String) {
        self.httpStatus = httpStatus
        self.code = code
        self.message = message
        self.advice = advice
    }
}

/// Feishu error codes are numbers, DingTalk's are strings such as `invalidParameter.param.invalid`.
public enum ErrorCode: Sendable, Hashable, Codable, CustomStringConvertible {
    case number(Int)
    case text(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .text(let text): try container.encode(text)
        }
    }

    public var description: String {
        switch self {
        case .number(let number): String(number)
        case .text(let text): text
        }
    }
}

/// The kinds of access token a page says an endpoint accepts.
public enum AccessTokenType: String, Codable, Sendable, Hashable, CaseIterable {
    case tenant, user, app
}

/// A documented call rate limit.
public struct RateLimit: Codable, Sendable, Hashable {
    public var perMinute: Int?
    public var perSecond: Int?

    public init(perMinute: Int? = nil, perSecond: Int? = nil) {
        self.perMinute = perMinute
        self.perSecond = perSecond
    }
}

/// The examples a page gives, kept as data for conformance tests and doc comments.
public struct Examples: Codable, Sendable, Hashable {
    public var requestBody: JSONValue?
    public var response: JSONValue?
    /// The curl command of the page's call sample, or the raw HTTP request it shows.
    public var curl: String?
    public var httpRequest: String?

    public init(requestBody: JSONValue? = nil, response: JSONValue? = nil, curl: String? = nil, httpRequest: String? = nil) {
        self.requestBody = requestBody
        self.response = response
        self.curl = curl
        self.httpRequest = httpRequest
    }
}

/// What one or more pages yield: the endpoints, and the diagnostics of pages that yielded none.
public struct APIDocument: Codable, Sendable, Hashable {
    public var endpoints: [Endpoint]
    /// Diagnostics about pages, in addition to the ones each endpoint carries.
    public var diagnostics: [Diagnostic]

    public init(endpoints: [Endpoint] = [], diagnostics: [Diagnostic] = []) {
        self.endpoints = endpoints
        self.diagnostics = diagnostics
    }

    /// Every diagnostic, of the pages and of their endpoints, in page and line order.
    public var allDiagnostics: [Diagnostic] {
        (diagnostics + endpoints.flatMap(\.diagnostics)).sorted { ($0.file, $0.line) < ($1.file, $1.line) }
    }
}

extension APIDocument {
    /// The document as `apidocgen dump --format json` prints it: pretty, keys sorted, so that
    /// the same pages always give the same bytes.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
