import Foundation
import HTTPTypes

extension ServiceClient {
    /// What every request of a call goes through, whether its bodies are bytes (`send`) or may
    /// stream (`stream`): the call's options, client request id and User-Agent, the dot-segment and
    /// token-confinement checks, then retries (as configured), one answered bearer challenge and the
    /// redirects a GET or HEAD may follow. `transfer` moves one request and its answer.
    func exchange<Body: Sendable, Answer>(
        _ request: HTTPRequest, body: Body?, call: CallContext,
        transfer: @escaping (InstrumentedTransport, HTTPRequest, Body?) async throws -> (HTTPResponse, Answer)
    ) async throws -> (HTTPResponse, Answer) {
        var hop = request
        try call.options.apply(to: &hop)
        let requestIDField = HTTPField.Name("x-ms-client-request-id")!
        if hop.headerFields[requestIDField] == nil, let id = call.clientRequestID { hop.headerFields[requestIDField] = id }
        if hop.headerFields[.userAgent] == nil { hop.headerFields[.userAgent] = userAgent }
        // Builders cannot throw without `try` in generated code: the pipeline is where a path value
        // of any type (an extensible enum, a verbatim scope) is stopped.
        if let path = hop.path, DotSegments.contains(path) {
            throw ValidationError(parameter: "path", rule: .dotSegment, value: String(path.prefix { $0 != "?" }),
                                  operation: "\(hop.method) \(hop.authority ?? "")")
        }
        var authorizes = credential != nil || keyAuthorization != nil
        if authorizes { try tokenConfinement.check(hop) }
        var hopBody = body
        // Numbers, logs and traces every request this call sends.
        let wire = InstrumentedTransport(transport, options: options, operation: call.operation)
        var redirects = 0
        var challengeAnswered = false
        while true {
            let (response, answer) = try await RetryPolicy(options: options.retry).run(method: hop.method) {
                try await attempt(hop, body: hopBody, authorizes: authorizes, challengeAnswered: &challengeAnswered) { request, body in
                    try await transfer(wire, request, body)
                }
            }
            guard redirects < options.maxRedirects, let next = RedirectPolicy.next(after: response, to: hop) else {
                return (response, answer)
            }
            redirects += 1
            // Once off the origin, the token stays behind for the rest of the chain.
            if next.leavesOrigin { authorizes = false }
            hop = next.request
            hopBody = nil
        }
    }

    /// One try: a token asked for now (a retry may come after the last one expired), and, when
    /// the service answers 401 with a Bearer challenge, once per call a token fetched afresh with
    /// the claims the challenge names.
    private func attempt<Body, Answer>(
        _ request: HTTPRequest, body: Body?, authorizes: Bool, challengeAnswered: inout Bool,
        transfer: (HTTPRequest, Body?) async throws -> (HTTPResponse, Answer)
    ) async throws -> (HTTPResponse, Answer) {
        var request = request
        if authorizes, let keyAuthorization, let name = HTTPField.Name(keyAuthorization.headerName) {
            request.headerFields[name] = keyAuthorization.credential.key
        }
        guard authorizes, let credential else { return try await transfer(request, body) }
        let token = try await credential.token(for: TokenRequestContext(scopes: scopes))
        request.headerFields[.authorization] = "Bearer " + token.token
        let (response, answer) = try await transfer(request, body)
        guard response.status.code == 401, !challengeAnswered,
              let challenge = AuthenticationChallenge.bearer(in: response.headerFields) else {
            return (response, answer)
        }
        challengeAnswered = true
        // The scopes stay the client's: a challenge may ask for claims, not for another audience.
        let fresh = try await credential.token(for: TokenRequestContext(scopes: scopes, claims: challenge.claims, bypassesCache: true))
        request.headerFields[.authorization] = "Bearer " + fresh.token
        return try await transfer(request, body)
    }
}
