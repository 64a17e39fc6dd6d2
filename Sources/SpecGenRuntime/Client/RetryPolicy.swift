import Foundation
import HTTPTypes

/// Retries transient failures the way the Azure SDKs do: 408, 429, 500, 502, 503, 504 and
/// connection errors, with exponential backoff and jitter, waiting what `Retry-After` asks for.
/// POST and PATCH are not idempotent: retried only on 500/503/504 or when the service sent `Retry-After`.
struct RetryPolicy {
    let options: RetryOptions

    static let retriedStatuses: Set<Int> = [408, 429, 500, 502, 503, 504]
    static let retriedStatusesForUnsafeMethods: Set<Int> = [500, 503, 504]

    /// `Body`: the answer's body, whole (`Data`) or as it arrives (`ResponseBodyStream`).
    func run<Body>(method: HTTPRequest.Method, _ attempt: () async throws -> (HTTPResponse, Body)) async throws -> (HTTPResponse, Body) {
        let clock = ContinuousClock()
        let start = clock.now
        var retries = 0
        while true {
            try Task.checkCancellation()
            let outcome: Result<(HTTPResponse, Body), Error>
            do {
                outcome = .success(try await attempt())
            } catch let error as TransportError {
                outcome = .failure(error)
            }
            var delay = backoff(retries)
            switch outcome {
            case .success(let (response, data)):
                let serverDelay = Self.retryAfter(response.headerFields)
                guard shouldRetry(status: response.status.code, method: method, hasRetryAfter: serverDelay != nil) else {
                    return (response, data)
                }
                if let serverDelay { delay = min(serverDelay, options.maxDelay) }
                if retries >= options.maxRetries || clock.now - start + delay > options.maxTotalDuration {
                    return (response, data)
                }
            case .failure(let error):
                if retries >= options.maxRetries || clock.now - start + delay > options.maxTotalDuration {
                    throw error
                }
            }
            retries += 1
            try await Task.sleep(for: delay)
        }
    }

    func shouldRetry(status: Int, method: HTTPRequest.Method, hasRetryAfter: Bool) -> Bool {
        guard status != 202 else { return false }
        let unsafe = method == .post || method == .patch
        if unsafe {
            return Self.retriedStatusesForUnsafeMethods.contains(status) || (status >= 400 && hasRetryAfter)
        }
        return Self.retriedStatuses.contains(status) || (status >= 400 && hasRetryAfter)
    }

    /// 0.8 s × 2^n with jitter, capped.
    func backoff(_ retries: Int) -> Duration {
        let factor = Double(1 << min(retries, 20)) * Double.random(in: options.jitter)
        let delay = options.baseDelay * factor
        return min(delay, options.maxDelay)
    }

    /// `Retry-After` (seconds or an HTTP date), then `retry-after-ms` / `x-ms-retry-after-ms`.
    static func retryAfter(_ fields: HTTPFields) -> Duration? {
        if let text = ResponseDecoding.header("Retry-After", in: fields)?.trimmingCharacters(in: .whitespaces) {
            if let seconds = Double(text) { return .milliseconds(Int64(max(0, seconds) * 1000)) }
            if let date = HTTPDate.parse(text) { return .milliseconds(Int64(max(0, date.timeIntervalSinceNow) * 1000)) }
        }
        for name in ["retry-after-ms", "x-ms-retry-after-ms"] {
            if let text = ResponseDecoding.header(name, in: fields), let milliseconds = Double(text) {
                return .milliseconds(Int64(max(0, milliseconds)))
            }
        }
        return nil
    }
}

/// IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the HTTP date form of `Retry-After`.
enum HTTPDate {
    static func parse(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }
}
