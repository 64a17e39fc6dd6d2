import Foundation
import Logging
import Tracing

/// How requests are retried: exponential backoff with jitter, bounded in attempts and total time.
public struct RetryOptions: Sendable {
    /// Retries after the first attempt (Azure SDKs: 3). 0 turns retrying off.
    public var maxRetries: Int
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// No retry starts once this much time has passed since the first attempt.
    public var maxTotalDuration: Duration
    /// Each computed delay is multiplied by a random factor in this range.
    public var jitter: ClosedRange<Double>

    public init(maxRetries: Int = 3, baseDelay: Duration = .milliseconds(800), maxDelay: Duration = .seconds(60),
                maxTotalDuration: Duration = .seconds(300), jitter: ClosedRange<Double> = 0.8...1.2) {
        self.maxRetries = maxRetries
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxTotalDuration = maxTotalDuration
        self.jitter = jitter
    }
}

/// What a generated client can be tuned with.
public struct ClientOptions: Sendable {
    public var retry: RetryOptions
    /// Wait between long-running-operation polls when the service sends no `Retry-After`.
    public var pollInterval: Duration
    /// Upper bound of any wait the service asks for (`Retry-After`).
    public var maxPollInterval: Duration
    /// Prefix of the User-Agent (at most 24 characters, no spaces), naming the calling application.
    public var applicationID: String?
    /// Hosts besides the endpoint's that may receive the bearer token, as `host` or `host:port`
    /// (without a port: the scheme's default), over https (http only for loopback hosts). Next links,
    /// polling URLs and continuation tokens naming any other host fail with `TokenConfinementError`.
    public var additionalTokenHosts: [String]
    /// How many redirects (301, 302, 303, 307, 308) a GET or HEAD follows; 0 hands every redirect
    /// to the caller.
    public var maxRedirects: Int
    /// Where each HTTP attempt and its answer are logged, at `debug` (nil: nowhere). Query values
    /// and header values are redacted unless allow-listed; see <doc:LoggingAndTracing>.
    public var logger: Logger?
    /// Headers whose values are logged besides Azure SDKs' allow-list (`x-ms-request-id`,
    /// `Content-Type`, `Retry-After`, …). Never add `Authorization` or a key's header.
    public var loggedHeaders: Set<String>
    /// Query parameters whose values are logged besides `api-version`.
    public var loggedQueryParameters: Set<String>
    /// The tracer of the client's spans; nil: the one bootstrapped in `InstrumentationSystem`
    /// (a no-op tracer unless the application bootstrapped one).
    public var tracer: (any Tracer)?

    public init(retry: RetryOptions = RetryOptions(), pollInterval: Duration = .seconds(30),
                maxPollInterval: Duration = .seconds(600), applicationID: String? = nil,
                additionalTokenHosts: [String] = [], maxRedirects: Int = 10, logger: Logger? = nil,
                loggedHeaders: Set<String> = [], loggedQueryParameters: Set<String> = [], tracer: (any Tracer)? = nil) {
        self.retry = retry
        self.pollInterval = pollInterval
        self.maxPollInterval = maxPollInterval
        self.applicationID = applicationID
        self.additionalTokenHosts = additionalTokenHosts
        self.maxRedirects = maxRedirects
        self.logger = logger
        self.loggedHeaders = loggedHeaders
        self.loggedQueryParameters = loggedQueryParameters
        self.tracer = tracer
    }
}

/// The version of specgen (the generator and this runtime, released together), reported in `User-Agent`.
public enum SpecGenVersion {
    public static let current = "0.1.0"
}
