/// The kinds of access token a platform issues; a page says which ones an endpoint accepts.
public enum AccessTokenKind: String, Sendable, Hashable, CaseIterable {
    /// Feishu `tenant_access_token`: the app acting for the tenant that installed it.
    case tenant
    /// Feishu `user_access_token`: the app acting for a signed-in user.
    case user
    /// Feishu `app_access_token`, or DingTalk's app `accessToken`.
    case app
}

/// Supplies access tokens to a client.
public protocol AccessTokenProvider: Sendable {
    /// A valid token of `kind`.
    ///
    /// - Throws: when no token of that kind can be had.
    func accessToken(for kind: AccessTokenKind) async throws -> String

    /// The server said `token` is no longer valid: the next `accessToken(for:)` must not return it.
    func invalidate(_ token: String, kind: AccessTokenKind) async
}

extension AccessTokenProvider {
    public func invalidate(_ token: String, kind: AccessTokenKind) async {}
}

/// A fixed token, for tests and for tokens managed outside the client.
public struct StaticAccessToken: AccessTokenProvider, CustomStringConvertible {
    private let token: Secret
    private let kinds: Set<AccessTokenKind>

    /// A provider that answers `token` for every kind in `kinds`.
    public init(_ token: String, kinds: Set<AccessTokenKind> = Set(AccessTokenKind.allCases)) {
        self.token = Secret(token)
        self.kinds = kinds
    }

    public func accessToken(for kind: AccessTokenKind) async throws -> String {
        guard kinds.contains(kind) else { throw ClientError.noAccessToken(kind) }
        return token.value
    }

    /// Never shows the token.
    public var description: String { "StaticAccessToken(kinds: \(kinds.map(\.rawValue).sorted()))" }
}
