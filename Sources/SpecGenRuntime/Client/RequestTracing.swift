import Foundation
import HTTPTypes
import Tracing

/// Spans of the pipeline, after OpenTelemetry's HTTP client conventions and the Azure SDKs' own:
/// one span per client method (`<Module>.<group>.<operation>`, kind internal) and, inside it, one per
/// HTTP attempt (named by the method, kind client) whose context the tracer injects into the
/// request's headers (a W3C tracer writes `traceparent`). Failures set the span's status to error
/// and record the error; an answer of 400 or more does too, with `error.type` set to its status.
enum RequestTracing {
    /// Runs `body` in a span named `name` (`CallContext.operation`).
    static func withOperationSpan<T: Sendable>(_ name: String, tracer: any Tracer, _ body: () async throws -> T) async throws -> T {
        try await withOperationSpan(name, openTracer: tracer, body)
    }

    private static func withOperationSpan<Chosen: Tracer, T: Sendable>(_ name: String, openTracer tracer: Chosen,
                                                                        _ body: () async throws -> T) async throws -> T {
        try await tracer.withSpan(name, ofKind: .internal) { span in
            let result = try await body()
            if let (response, _) = result as? (HTTPResponse, Data), response.status.code >= 400 {
                span.attributes["error.type"] = "\(response.status.code)"
                span.setStatus(SpanStatus(code: .error))
            }
            return result
        }
    }

    /// Sends `request` in a client span, the span's context injected into its headers.
    /// `Body`: the answer's body, whole (`Data`) or as it arrives (`ResponseBodyStream`).
    static func withAttemptSpan<Body>(_ request: HTTPRequest, attempt: Int, tracer: any Tracer,
                                      send: (HTTPRequest) async throws -> (HTTPResponse, Body)) async throws -> (HTTPResponse, Body) {
        try await withAttemptSpan(request, attempt: attempt, openTracer: tracer, send: send)
    }

    private static func withAttemptSpan<Chosen: Tracer, Body>(_ request: HTTPRequest, attempt: Int, openTracer tracer: Chosen,
                                                               send: (HTTPRequest) async throws -> (HTTPResponse, Body)) async throws -> (HTTPResponse, Body) {
        try await tracer.withSpan(request.method.rawValue, ofKind: .client) { span in
            var request = request
            tracer.inject(span.context, into: &request.headerFields, using: HTTPFieldsInjector())
            span.attributes["http.request.method"] = request.method.rawValue
            span.attributes["url.full"] = RequestLogging.redactedURL(request, allowedQuery: RequestLogging.defaultQueryParameters)
            if let authority = TokenConfinement.Authority(parsing: request.authority ?? "") {
                span.attributes["server.address"] = authority.host
                if let port = authority.port ?? TokenConfinement.Authority.defaultPort(request.scheme ?? "") {
                    span.attributes["server.port"] = port
                }
            }
            if attempt > 1 { span.attributes["http.request.resend_count"] = attempt - 1 }
            if let clientRequestID = request.headerFields[HTTPField.Name("x-ms-client-request-id")!] {
                span.attributes["az.client_request_id"] = clientRequestID
            }
            let (response, data) = try await send(request)
            span.attributes["http.response.status_code"] = response.status.code
            if let serviceRequestID = response.headerFields[HTTPField.Name("x-ms-request-id")!] {
                span.attributes["az.service_request_id"] = serviceRequestID
            }
            if response.status.code >= 400 {
                span.attributes["error.type"] = "\(response.status.code)"
                span.setStatus(SpanStatus(code: .error))
            }
            return (response, data)
        }
    }
}

extension ClientOptions {
    /// The tracer spans go to: the client's own, else the one the application bootstrapped.
    var resolvedTracer: any Tracer { tracer ?? InstrumentationSystem.tracer }
}
