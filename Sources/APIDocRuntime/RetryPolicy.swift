import HTTPTypes

/// When and how long to wait before sending a request again: bounded exponential backoff with
/// jitter, for rate-limit answers (always: the server did not process the request) and for server
/// failures of idempotent requests.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included; 1 turns retries off.
    public var maximumAttempts: Int
    public var initialDelay: Duration
    public var maximumDelay: Duration
    /// Random source in 0..<1, for the jitter; tests pass a fixed one.
    public var random: @Sendable () -> Double

    public init(
        maximumAttempts: Int = 3, initialDelay: Duration = .milliseconds(200), maximumDelay: Duration = .seconds(5),
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.maximumAttempts = maximumAttempts
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
        self.random = random
    }

    /// No retries.
    public static let never = RetryPolicy(maximumAttempts: 1)

    /// The wait before attempt `attempt + 1`, or `nil` to give up.
    public func delay(after kind: AnswerKind, attempt: Int, method: HTTPRequest.Method) -> Duration? {
        guard attempt < maximumAttempts else { return nil }
        switch kind {
        case .rateLimited: break
        case .serverFailure where Self.isIdempotent(method): break
        default: return nil
        }
        let exponential = initialDelay * (1 << min(attempt - 1, 20))
        let capped = min(exponential, maximumDelay)
        // Full jitter between half and all of the capped delay keeps clients from retrying in step.
        return capped / 2 + capped / 2 * random()
    }

    static func isIdempotent(_ method: HTTPRequest.Method) -> Bool {
        [.get, .head, .put, .delete, .options].contains(method)
    }
}
