import Foundation
import HTTPTypes

extension ServiceClient {
    /// `send` for bodies that may stream both ways: the same pipeline (the call's options, client
    /// request id, User-Agent, credential, retries, one bearer challenge, redirects, logs and spans),
    /// through the transport's `stream`. A retry or redirect sends a replayable body (bytes, a file)
    /// again; a one-shot sequence is never sent twice: the call fails with `RequestBodyNotReplayable`.
    public func stream(_ request: HTTPRequest, body: RequestBody?,
                       call: CallContext = CallContext(operation: "ServiceClient.stream")) async throws -> (HTTPResponse, ResponseBodyStream) {
        try await RequestTracing.withOperationSpan(call.operation, tracer: options.resolvedTracer) {
            try await exchange(request, body: call.options.body.map(RequestBody.data) ?? body, call: call) { wire, request, body in
                try await wire.stream(request, body: body)
            }
        }
    }

    /// Sends an operation whose body may stream and decodes its typed response (read whole).
    public func perform<Response: OperationResponse>(_ built: (request: HTTPRequest, body: RequestBody?), as type: Response.Type,
                                                     call: CallContext = CallContext(operation: "ServiceClient.perform")) async throws -> Response {
        let (response, answer) = try await stream(built.request, body: built.body, call: call)
        return try Response(response: response, body: try await answer.collect())
    }

    /// Sends an operation whose answer is bytes and hands back its body as it arrives when the
    /// status is one of `streaming`; any other answer is read whole and decoded as the operation's
    /// `Response` (an error status throws `ServiceError`; a documented answer without a body is
    /// an empty stream).
    public func download<Response: OperationResponse>(_ built: (request: HTTPRequest, body: RequestBody?), as type: Response.Type,
                                                      streaming statuses: Set<Int>,
                                                      call: CallContext = CallContext(operation: "ServiceClient.download")) async throws -> ResponseBodyStream {
        let (response, answer) = try await stream(built.request, body: built.body, call: call)
        if statuses.contains(response.status.code) { return answer }
        _ = try Response(response: response, body: try await answer.collect(upTo: 64 << 20))
        return ResponseBodyStream(data: Data())
    }

    public func download<Response: OperationResponse>(_ built: (request: HTTPRequest, body: Data?), as type: Response.Type,
                                                      streaming statuses: Set<Int>,
                                                      call: CallContext = CallContext(operation: "ServiceClient.download")) async throws -> ResponseBodyStream {
        try await download((built.request, built.body.map(RequestBody.data)), as: type, streaming: statuses, call: call)
    }
}
