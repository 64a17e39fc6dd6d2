import Foundation
import HTTPTypes
import Logging
import Synchronization
import Tracing

/// The transport as one call of the pipeline sees it: every request it hands over (first attempt,
/// retry, answer to a challenge, redirect) is numbered, logged and sent in its own client span.
/// One instance per call, so that attempts count from 1 for each.
final class InstrumentedTransport: Sendable {
    private let transport: any HTTPTransport
    private let logging: RequestLogging?
    private let tracer: any Tracer
    private let attempts = Mutex(0)

    init(_ transport: any HTTPTransport, options: ClientOptions, operation: String) {
        self.transport = transport
        logging = options.logger.map {
            RequestLogging(logger: $0, operation: operation, additionalHeaders: options.loggedHeaders,
                           additionalQueryParameters: options.loggedQueryParameters)
        }
        tracer = options.resolvedTracer
    }

    func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        try await instrumented(request) { transport, request in try await transport.send(request, body: body) }
    }

    /// `send` for a body that may stream: the same numbering, log lines and span (the span ends when
    /// the answer's head has come; its body is read after).
    func stream(_ request: HTTPRequest, body: RequestBody?) async throws -> (HTTPResponse, ResponseBodyStream) {
        try await instrumented(request) { transport, request in try await transport.stream(request, body: body) }
    }

    private func instrumented<Body>(_ request: HTTPRequest,
                                    _ exchange: @Sendable (any HTTPTransport, HTTPRequest) async throws -> (HTTPResponse, Body)) async throws -> (HTTPResponse, Body) {
        let attempt = attempts.withLock { count -> Int in
            count += 1
            return count
        }
        let (transport, logging) = (transport, logging)
        return try await RequestTracing.withAttemptSpan(request, attempt: attempt, tracer: tracer) { request in
            // Logged as sent: with the trace context the span just added.
            logging?.request(request, attempt: attempt)
            let clock = ContinuousClock()
            let started = clock.now
            do {
                let (response, answer) = try await exchange(transport, request)
                logging?.response(response, to: request, attempt: attempt, duration: clock.now - started)
                return (response, answer)
            } catch {
                logging?.failure(error, of: request, attempt: attempt, duration: clock.now - started)
                throw error
            }
        }
    }
}
