import Foundation
import Logging

/// A token as a platform's token endpoint hands it out.
public struct FetchedToken: Sendable, CustomStringConvertible, CustomReflectable {
    public var value: String
    /// How long the platform says the token lives.
    public var lifetime: Duration

    public init(value: String, lifetime: Duration) {
        self.value = value
        self.lifetime = lifetime
    }

    public var description: String { "FetchedToken(lifetime: \(lifetime))" }
    public var customMirror: Mirror { Mirror(self, children: ["lifetime": lifetime]) }
}

/// Fetches tokens from a platform's token endpoint.
public protocol TokenFetcher: Sendable {
    /// A new token of `kind`.
    func fetch(_ kind: AccessTokenKind) async throws -> FetchedToken
    /// Distinguishes this app's tokens in a shared store, e.g. `feishu:cli_a1b2`.
    var storeKey: String { get }
}

/// A token in a store, with the time it must no longer be used.
public struct StoredToken: Sendable, Hashable, CustomStringConvertible, CustomReflectable {
    public var value: String
    public var usableUntil: Date

    public init(value: String, usableUntil: Date) {
        self.value = value
        self.usableUntil = usableUntil
    }

    public var description: String { "StoredToken(usableUntil: \(usableUntil))" }
    public var customMirror: Mirror { Mirror(self, children: ["usableUntil": usableUntil]) }
}

/// Where cached tokens live; share one store (Redis, a database…) between processes so they share
/// tokens instead of each fetching its own.
public protocol AccessTokenStore: Sendable {
    func token(forKey key: String) async throws -> StoredToken?
    func store(_ token: StoredToken, forKey key: String) async throws
    func removeToken(forKey key: String) async throws
}

/// The default store: this process's memory.
public actor InMemoryAccessTokenStore: AccessTokenStore {
    private var tokens: [String: StoredToken] = [:]

    public init() {}

    public func token(forKey key: String) -> StoredToken? { tokens[key] }
    public func store(_ token: StoredToken, forKey key: String) { tokens[key] = token }
    public func removeToken(forKey key: String) { tokens[key] = nil }
}

/// Fetches tokens on first use, keeps them until a safety margin before they expire, and lets
/// all callers that need a token at the same time share one fetch.
public actor TokenCache: AccessTokenProvider {
    private let fetcher: any TokenFetcher
    private let store: any AccessTokenStore
    private let now: @Sendable () -> Date
    private let logger: Logger?
    private var inFlight: [AccessTokenKind: Task<String, any Error>] = [:]

    /// How long before expiry a token is renewed: five minutes, or half its life if it is shorter.
    public static func safetyMargin(for lifetime: Duration) -> Duration {
        min(.seconds(300), lifetime / 2)
    }

    /// - Parameters:
    ///   - fetcher: How a token is fetched when the store has none that is fresh.
    ///   - store: Where tokens are kept between fetches.
    ///   - now: The clock; tests pass their own.
    ///   - logger: Told at debug level of each fetch: the kind and how long it took, never the token.
    public init(
        fetcher: any TokenFetcher, store: any AccessTokenStore = InMemoryAccessTokenStore(), now: @escaping @Sendable () -> Date = Date.init,
        logger: Logger? = nil
    ) {
        self.fetcher = fetcher
        self.store = store
        self.now = now
        self.logger = logger
    }

    public func accessToken(for kind: AccessTokenKind) async throws -> String {
        if let running = inFlight[kind] { return try await running.value }
        if let stored = try await store.token(forKey: key(kind)), stored.usableUntil > now() {
            return stored.value
        }
        if let running = inFlight[kind] { return try await running.value }
        let task = Task { [fetcher, store, now, logger, key = key(kind)] in
            let started = ContinuousClock.now
            let fetched = try await fetcher.fetch(kind)
            logger?.debug(
                "fetched \(kind.rawValue) access token",
                metadata: ["duration_ms": "\((ContinuousClock.now - started).wholeMilliseconds)"])
            let usable = fetched.lifetime - Self.safetyMargin(for: fetched.lifetime)
            let seconds = Double(usable.components.seconds) + Double(usable.components.attoseconds) / 1e18
            try await store.store(StoredToken(value: fetched.value, usableUntil: now().addingTimeInterval(seconds)), forKey: key)
            return fetched.value
        }
        inFlight[kind] = task
        defer { inFlight[kind] = nil }
        return try await task.value
    }

    public func invalidate(_ token: String, kind: AccessTokenKind) async {
        // Only the token the server refused: another caller may already have stored a newer one.
        if let stored = try? await store.token(forKey: key(kind)), stored.value == token {
            try? await store.removeToken(forKey: key(kind))
        }
    }

    private func key(_ kind: AccessTokenKind) -> String { fetcher.storeKey + ":" + kind.rawValue }
}
