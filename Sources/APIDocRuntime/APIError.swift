import Foundation

/// An error the server answered with: a non-zero Feishu `code`, or a DingTalk error body.
///
/// ```swift
/// do { try await feishu.corehr.v2.offboarding.revoke(body) }
/// catch let error as Feishu.CoreHR.V2.Offboarding.Revoke.Error where error.code == .offboardingHasBeenWithdrawn { … }
/// ```
public struct APIError<Code: DocumentedErrorCode>: Error, ServerAnswer, CustomStringConvertible {
    /// The documented case, when the page lists the code.
    public var code: Code?
    /// The code as the server sent it (`1160202`, `invalidParameter.param.invalid`).
    public var rawCode: String
    /// The server's message.
    public var message: String
    public var httpStatus: Int
    /// Feishu's `X-Tt-Logid`, or DingTalk's `requestid`, for support requests.
    public var requestID: String?
    /// Feishu's `error` details: which fields and permissions the request fell foul of.
    public var details: ErrorDetails?

    public init(code: Code?, rawCode: String, message: String, httpStatus: Int, requestID: String?, details: ErrorDetails? = nil) {
        self.code = code
        self.rawCode = rawCode
        self.message = message
        self.httpStatus = httpStatus
        self.requestID = requestID
        self.details = details
    }

    public var description: String {
        var text = "HTTP \(httpStatus), code \(rawCode): \(message)"
        if let code, !code.advice.isEmpty { text += " (\(code.advice))" }
        for violation in details?.fieldViolations ?? [] { text += "; field \(violation.field ?? "?"): \(violation.description ?? "")" }
        if let requestID { text += " [request id \(requestID)]" }
        return text
    }
}

/// `localizedDescription` says what `description` says, rather than Foundation's generic text.
extension APIError: LocalizedError {
    public var errorDescription: String? { description }
}

/// Feishu's `error` object: `field_violations`, `permission_violations`, `troubleshooter`.
public struct ErrorDetails: Sendable, Hashable, Decodable {
    public struct FieldViolation: Sendable, Hashable, Decodable {
        public var field: String?
        public var value: String?
        public var description: String?
    }

    public struct PermissionViolation: Sendable, Hashable, Decodable {
        public var type: String?
        public var subject: String?
        public var description: String?
    }

    public var fieldViolations: [FieldViolation]
    public var permissionViolations: [PermissionViolation]
    public var troubleshooter: String?
    public var logID: String?

    enum CodingKeys: String, CodingKey {
        case fieldViolations = "field_violations"
        case permissionViolations = "permission_violations"
        case troubleshooter
        case logID = "log_id"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fieldViolations = try container.decodeIfPresent([FieldViolation].self, forKey: .fieldViolations) ?? []
        permissionViolations = try container.decodeIfPresent([PermissionViolation].self, forKey: .permissionViolations) ?? []
        troubleshooter = try container.decodeIfPresent(String.self, forKey: .troubleshooter)
        logID = try container.decodeIfPresent(String.self, forKey: .logID)
    }
}

/// An error that stands for an answer of the server: what retries and token refreshes look at.
public protocol ServerAnswer: Error {
    var httpStatus: Int { get }
    /// The platform's error code, when the answer has one.
    var rawCode: String { get }
}

/// What can go wrong on the client's side of a call.
public enum ClientError: Error, CustomStringConvertible {
    /// The answer was not what the platform's conventions promise; the body is kept.
    case unexpectedResponse(httpStatus: Int, body: String, reason: String)
    /// The transport could not deliver the request or its answer.
    case transport(any Error)
    /// No answer within the client's timeout.
    case timedOut(after: Duration)
    /// No token of the kind the endpoint needs could be had.
    case noAccessToken(AccessTokenKind)
    /// The platform refused to issue a token; the answer's body is not kept, as it may hold secrets.
    case tokenRequestFailed(httpStatus: Int, code: String?, message: String)
    /// A path parameter the request needs was not given.
    case missingPathParameter(String)
    /// A paged listing answered the same page token twice.
    case pagingDidNotAdvance(token: String)
    /// The endpoint is on a server this client was not given (a legacy API the platform lacks).
    case noServer(APIServer)

    public var description: String {
        switch self {
        case .unexpectedResponse(let status, let body, let reason):
            "unexpected response (HTTP \(status)): \(reason); body: \(body.prefix(500))"
        case .transport(let error):
            // A transport's error may quote the URL, which carries the legacy DingTalk token.
            "transport failed: \(error)".replacing(#/access_token=[^&\s"']+/#, with: "access_token=<redacted>")
        case .timedOut(let duration):
            "no answer within \(duration)"
        case .noAccessToken(let kind):
            kind == .user
                ? "this call needs a user access token: pass userAccessToken"
                : "no \(kind.rawValue) access token available"
        case .tokenRequestFailed(let status, let code, let message):
            "token request failed (HTTP \(status)\(code.map { ", code \($0)" } ?? "")): \(message)"
        case .missingPathParameter(let name):
            "path parameter '\(name)' has no value"
        case .pagingDidNotAdvance(let token):
            "the server answered page token '\(token)' again; stopped instead of looping"
        case .noServer(let server):
            "this client has no \(server) server for the endpoint"
        }
    }
}

extension ClientError: LocalizedError {
    public var errorDescription: String? { description }
}

extension ClientError: ServerAnswer {
    public var httpStatus: Int {
        switch self {
        case .unexpectedResponse(let status, _, _), .tokenRequestFailed(let status, _, _): status
        default: 0
        }
    }

    public var rawCode: String {
        if case .tokenRequestFailed(_, let code, _) = self { return code ?? "" }
        return ""
    }
}
