/// An error the server answered with: a non-zero Feishu `code`, or a DingTalk error body.
///
/// ```swift
/// do { try await feishu.corehr.v2.offboardings.revoke(body) }
/// catch let error as Feishu.Corehr.V2.Offboardings.Revoke.Error where error.code == .offboardingHasBeenWithdrawn { … }
/// ```
public struct APIError<Code: DocumentedErrorCode>: Error, CustomStringConvertible {
    /// The documented case, when the page lists the code.
    public var code: Code?
    /// The code as the server sent it (`1160202`, `invalidParameter.param.invalid`).
    public var rawCode: String
    /// The server's message.
    public var message: String
    public var httpStatus: Int
    /// Feishu's `X-Tt-Logid`, or DingTalk's `requestid`, for support requests.
    public var requestID: String?

    public init(code: Code?, rawCode: String, message: String, httpStatus: Int, requestID: String?) {
        self.code = code
        self.rawCode = rawCode
        self.message = message
        self.httpStatus = httpStatus
        self.requestID = requestID
    }

    public var description: String {
        var text = "HTTP \(httpStatus), code \(rawCode): \(message)"
        if let code, !code.advice.isEmpty { text += " (\(code.advice))" }
        if let requestID { text += " [request id \(requestID)]" }
        return text
    }
}

/// What can go wrong on the client's side of a call.
public enum ClientError: Error, CustomStringConvertible {
    /// The answer was not what the platform's conventions promise; the body is kept.
    case unexpectedResponse(httpStatus: Int, body: String, reason: String)
    /// No token of the kind the endpoint needs could be had.
    case noAccessToken(AccessTokenKind)
    /// A path parameter the request needs was not given.
    case missingPathParameter(String)

    public var description: String {
        switch self {
        case .unexpectedResponse(let status, let body, let reason):
            "unexpected response (HTTP \(status)): \(reason); body: \(body.prefix(500))"
        case .noAccessToken(let kind):
            "no \(kind.rawValue) access token available"
        case .missingPathParameter(let name):
            "path parameter '\(name)' has no value"
        }
    }
}
