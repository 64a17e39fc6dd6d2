import Foundation
import HTTPTypes
import Logging

/// What the pipeline logs of each HTTP attempt, and what it keeps out: query values and headers are
/// shown only when allow-listed (Azure SDKs' lists), so tokens, keys, SAS signatures and secrets in
/// URLs never reach a log. Other headers appear with the value `REDACTED`, so a reader still sees
/// that they were sent.
///
/// Lines are logged at `debug`, as swift-log's guidelines ask of libraries: give the client a
/// logger whose `logLevel` is `.debug` to see them.
struct RequestLogging: Sendable {
    let logger: Logger
    /// The generated method the requests belong to (`CallContext.operation`).
    let operation: String
    /// Lowercased header names whose values may be logged.
    let headers: Set<String>
    /// Lowercased query parameter names whose values may be logged.
    let queryParameters: Set<String>

    static let redacted = "REDACTED"

    /// The headers Azure.Core logs the values of.
    static let defaultHeaders: Set<String> = [
        "x-ms-request-id", "x-ms-client-request-id", "x-ms-return-client-request-id", "x-ms-error-code",
        "traceparent", "ms-cv", "accept", "cache-control", "connection", "content-length", "content-type",
        "date", "etag", "expires", "if-match", "if-modified-since", "if-none-match", "if-unmodified-since",
        "last-modified", "pragma", "request-id", "retry-after", "retry-after-ms", "x-ms-retry-after-ms",
        "server", "transfer-encoding", "user-agent", "www-authenticate",
    ]

    static let defaultQueryParameters: Set<String> = ["api-version"]

    init(logger: Logger, operation: String, additionalHeaders: Set<String>, additionalQueryParameters: Set<String>) {
        self.logger = logger
        self.operation = operation
        headers = Self.defaultHeaders.union(additionalHeaders.map { $0.lowercased() })
        queryParameters = Self.defaultQueryParameters.union(additionalQueryParameters.map { $0.lowercased() })
    }

    func request(_ request: HTTPRequest, attempt: Int) {
        logger.debug("HTTP request", metadata: common(request, attempt: attempt).merging([
            "headers": fields(request.headerFields),
        ]) { first, _ in first })
    }

    func response(_ response: HTTPResponse, to request: HTTPRequest, attempt: Int, duration: Duration) {
        logger.debug("HTTP response", metadata: common(request, attempt: attempt).merging([
            "status": "\(response.status.code)",
            "duration_ms": "\(Self.milliseconds(duration))",
            "headers": fields(response.headerFields),
        ]) { first, _ in first })
    }

    func failure(_ error: Error, of request: HTTPRequest, attempt: Int, duration: Duration) {
        logger.debug("HTTP request failed", metadata: common(request, attempt: attempt).merging([
            "error": "\(error)",
            "duration_ms": "\(Self.milliseconds(duration))",
        ]) { first, _ in first })
    }

    private func common(_ request: HTTPRequest, attempt: Int) -> Logger.Metadata {
        [
            "operation": "\(operation)",
            "method": "\(request.method.rawValue)",
            "url": "\(Self.redactedURL(request, allowedQuery: queryParameters))",
            "attempt": "\(attempt)",
            "client_request_id": "\(request.headerFields[HTTPField.Name("x-ms-client-request-id")!] ?? "")",
        ]
    }

    /// `scheme://host[:port]/path?name=value`, each value not allow-listed replaced by `REDACTED`;
    /// user info before `@` dropped.
    static func redactedURL(_ request: HTTPRequest, allowedQuery: Set<String>) -> String {
        let authority = request.authority.map { $0.split(separator: "@").last.map(String.init) ?? $0 } ?? ""
        let target = request.path ?? "/"
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var text = "\(request.scheme ?? "https")://\(authority)\(parts[0])"
        guard parts.count == 2 else { return text }
        let items = parts[1].split(separator: "&", omittingEmptySubsequences: false).map { item -> String in
            let pair = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0])
            let decoded = (name.removingPercentEncoding ?? name).lowercased()
            guard pair.count == 2 else { return name }
            return name + "=" + (allowedQuery.contains(decoded) ? String(pair[1]) : redacted)
        }
        text += "?" + items.joined(separator: "&")
        return text
    }

    private func fields(_ fields: HTTPFields) -> Logger.MetadataValue {
        var shown: [String: Logger.MetadataValue] = [:]
        for field in fields {
            let name = field.name.canonicalName
            let value = headers.contains(name) ? field.value : Self.redacted
            // A repeated header shows its values joined, as HTTP folds them.
            if case .string(let earlier)? = shown[name] { shown[name] = .string(earlier + ", " + value) } else { shown[name] = .string(value) }
        }
        return .dictionary(shown)
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
