import Foundation

/// A documented rate limit, as generated requests carry it.
public struct DocumentedRateLimit: Sendable, Hashable {
    public var perMinute: Int?
    public var perSecond: Int?

    public init(perMinute: Int? = nil, perSecond: Int? = nil) {
        self.perMinute = perMinute
        self.perSecond = perSecond
    }
}

/// Keeps calls of each endpoint within its documented limit, by waiting before a call that would
/// exceed it. Opt in with `ClientOptions.honoursDocumentedRateLimits`.
public actor RateLimiter {
    private var recentCalls: [String: [ContinuousClock.Instant]] = [:]
    private let clock = ContinuousClock()

    public init() {}

    /// Waits until a call of `operationID` fits into `limit`, then counts it.
    public func acquire(_ operationID: String, limit: DocumentedRateLimit) async throws {
        while true {
            let now = clock.now
            var calls = (recentCalls[operationID] ?? []).filter { now - $0 < .seconds(60) }
            recentCalls[operationID] = calls
            let wait = [
                limit.perSecond.flatMap { waitTime(calls, window: .seconds(1), limit: $0, now: now) },
                limit.perMinute.flatMap { waitTime(calls, window: .seconds(60), limit: $0, now: now) },
            ].compactMap { $0 }.max()
            guard let wait else {
                calls.append(now)
                recentCalls[operationID] = calls
                return
            }
            try await Task.sleep(for: wait)
        }
    }

    /// How long until fewer than `limit` calls fall in the last `window`, or `nil` if they do now.
    private func waitTime(_ calls: [ContinuousClock.Instant], window: Duration, limit: Int, now: ContinuousClock.Instant) -> Duration? {
        let inWindow = calls.filter { now - $0 < window }
        guard limit > 0, inWindow.count >= limit else { return nil }
        return window - (now - inWindow[inWindow.count - limit])
    }
}
