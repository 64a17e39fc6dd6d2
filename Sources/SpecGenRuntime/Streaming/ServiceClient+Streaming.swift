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
            try await streamFollowingRedirects(request, body: body, call: call)
        }
    }

    /// The steps of `send`'s own loop (ServiceClient.swift), with a body that may stream.
    private func streamFollowingRedirects(_ request: HTTPRequest, body: RequestBody?, call: CallContext) async throws -> (HTTPResponse, ResponseBodyStream) {
        var hop = request
        try call.options.apply(to: &hop)
        let requestIDField = HTTPField.Name("x-ms-client-request-id")!
        if hop.headerFields[requestIDField] == nil, let id = call.clientRequestID { hop.headerFields[requestIDField] = id }
        if hop.headerFields[.userAgent] == nil { hop.headerFields[.userAgent] = userAgent }
        if let path = hop.path, DotSegments.contains(path) {
            throw ValidationError(parameter: "path", rule: .dotSegment, value: String(path.prefix { $0 != "?" }),
                                  operation: "\(hop.method) \(hop.authority ?? "")")
        }
        var authorizes = credential != nil || keyAuthorization != nil
        if authorizes { try tokenConfinement.check(hop) }
        var hopBody = call.options.body.map(RequestBody.data) ?? body
        let wire = InstrumentedTransport(transport, options: options, operation: call.operation)
        var redirects = 0
        var challengeAnswered = false
        while true {
            let (response, answer) = try await RetryPolicy(options: options.retry).run(method: hop.method) {
                try await streamAttempt(hop, body: hopBody, authorizes: authorizes, challengeAnswered: &challengeAnswered, wire: wire)
            }
            guard redirects < options.maxRedirects, let next = RedirectPolicy.next(after: response, to: hop) else {
                return (response, answer)
            }
            redirects += 1
            if next.leavesOrigin { authorizes = false }
            hop = next.request
            hopBody = nil
        }
    }

    private func streamAttempt(_ request: HTTPRequest, body: RequestBody?, authorizes: Bool, challengeAnswered: inout Bool,
                               wire: InstrumentedTransport) async throws -> (HTTPResponse, ResponseBodyStream) {
        var request = request
        if authorizes, let keyAuthorization, let name = HTTPField.Name(keyAuthorization.headerName) {
            request.headerFields[name] = keyAuthorization.credential.key
        }
        guard authorizes, let credential else { return try await wire.stream(request, body: body) }
        let token = try await credential.token(for: TokenRequestContext(scopes: scopes))
        request.headerFields[.authorization] = "Bearer " + token.token
        let (response, answer) = try await wire.stream(request, body: body)
        guard response.status.code == 401, !challengeAnswered,
              let challenge = AuthenticationChallenge.bearer(in: response.headerFields) else {
            return (response, answer)
        }
        challengeAnswered = true
        let fresh = try await credential.token(for: TokenRequestContext(scopes: scopes, claims: challenge.claims, bypassesCache: true))
        request.headerFields[.authorization] = "Bearer " + fresh.token
        return try await wire.stream(request, body: body)
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
