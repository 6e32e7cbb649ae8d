import Logging

/// How a client behaves beyond where it sends: timeouts, retries, rate limits, logging.
public struct ClientOptions: Sendable {
    /// How long one request may take, answer included.
    public var timeout: Duration
    public var retry: RetryPolicy
    /// Wait before calls that would exceed an endpoint's documented rate limit (per client).
    public var honoursDocumentedRateLimits: Bool
    /// Gets one debug line per call: method, path, status, log id, duration. Never tokens or secrets.
    public var logger: Logger

    public init(
        timeout: Duration = .seconds(30), retry: RetryPolicy = RetryPolicy(), honoursDocumentedRateLimits: Bool = false,
        logger: Logger = Logger(label: "APIDocGen")
    ) {
        self.timeout = timeout
        self.retry = retry
        self.honoursDocumentedRateLimits = honoursDocumentedRateLimits
        self.logger = logger
    }
}
