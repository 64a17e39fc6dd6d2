import Foundation
import HTTPTypes

/// The request pipeline generated clients share: adds the client request id, User-Agent and
/// bearer token, sends through the transport, retries transient failures, answers bearer
/// challenges and follows redirects.
///
/// The token goes only where `tokenConfinement` allows (https to the endpoint's host, or a host in
/// `ClientOptions.additionalTokenHosts`; http only on loopback): a request anywhere else, such as a
/// next link or polling URL naming another host, fails with `TokenConfinementError` unsent.
///
/// A class of constants: every call, poll and page hands it on, and a reference costs one count
/// where the struct it was cost one for each of its members and copy code in every generated file.
public final class ServiceClient: Sendable {
    public let endpoint: URL
    /// `endpoint`, split once for the request builders.
    public let requestEndpoint: RequestEndpoint
    public let credential: (any TokenCredential)?
    /// An API key and the header it goes in, for contracts secured by `apiKey`.
    public let keyAuthorization: KeyAuthorization?
    public let scopes: [String]
    public let transport: any HTTPTransport
    public let options: ClientOptions
    /// Where requests may carry the credential's token.
    public let tokenConfinement: TokenConfinement

    /// The `User-Agent` requests carry unless they set their own.
    public let userAgent: String

    /// `module` is the generated module's name, for `User-Agent` (`azsdk-swift-<module>/…`).
    public init(endpoint: URL, credential: (any TokenCredential)?, scopes: [String], keyAuthorization: KeyAuthorization? = nil,
                transport: any HTTPTransport = URLSessionTransport(), options: ClientOptions = ClientOptions(),
                module: String = "SpecGenRuntime") {
        self.endpoint = endpoint
        requestEndpoint = RequestEndpoint(endpoint)
        self.credential = credential
        self.keyAuthorization = keyAuthorization
        self.scopes = scopes
        self.transport = transport
        self.options = options
        tokenConfinement = TokenConfinement(endpoint: endpoint, additionalHosts: options.additionalTokenHosts)
        userAgent = UserAgent.value(applicationID: options.applicationID, module: module)
    }

    /// Sends a request and returns whatever status came back, after retries (as configured), one
    /// answered bearer challenge and the redirects a GET or HEAD may follow.
    /// The call's client request id is kept across retries, polls and pages so the service can tie
    /// them together; an `x-ms-client-request-id` or `User-Agent` the request already carries (a
    /// contract's own header parameter) is sent as it is. The call's `RequestOptions.headers` replace
    /// any the request builder set; its `queryItems` and `body`, if any, go on this request.
    ///
    /// - Throws: `TokenConfinementError` when the client has a credential and the request's scheme or
    ///   host may not carry its token; `ValidationError` when the path has a `.` or `..` segment or
    ///   the call's headers try to set `Authorization`.
    public func send(_ request: HTTPRequest, body: Data?, call: CallContext = CallContext(operation: "ServiceClient.send")) async throws -> (HTTPResponse, Data) {
        // The method's span; each HTTP attempt gets a child span in InstrumentedTransport.
        try await RequestTracing.withOperationSpan(call.operation, tracer: options.resolvedTracer) {
            try await sendInSpan(request, body: body, call: call)
        }
    }

    /// `send` inside a span its caller opened.
    private func sendInSpan(_ request: HTTPRequest, body: Data?, call: CallContext) async throws -> (HTTPResponse, Data) {
        try await exchange(request, body: call.options.body ?? body, call: call) { wire, request, body in
            try await wire.send(request, body: body)
        }
    }

    /// Sends a generated operation's request and decodes its typed response.
    public func perform<Response: OperationResponse>(_ built: (request: HTTPRequest, body: Data?), as type: Response.Type,
                                                     call: CallContext = CallContext(operation: "ServiceClient.perform")) async throws -> Response {
        // One span for sending and decoding, so that a body that does not decode is on it too.
        try await RequestTracing.withOperationSpan(call.operation, tracer: options.resolvedTracer) {
            let (response, data) = try await sendInSpan(built.request, body: built.body, call: call)
            return try Response(response: response, body: data)
        }
    }

    /// A GET of an absolute URL the service handed out (next links, polling URLs): `send` refuses
    /// it with `TokenConfinementError` when it names a host or scheme the token may not go to.
    func get(_ url: URL, call: CallContext) async throws -> (HTTPResponse, Data) {
        guard let request = HTTPRequest(getting: url) else {
            throw TransportError("cannot request \(url.absoluteString)")
        }
        return try await send(request, body: nil, call: call)
    }
}

extension HTTPRequest {
    init?(getting url: URL) {
        guard url.scheme != nil, url.host != nil else { return nil }
        let endpoint = RequestEndpoint(url)
        // As the service wrote it: `URL.path` would decode `%2F` and friends.
        let written = url.path(percentEncoded: true)
        var path = written.isEmpty ? "/" : written
        if let query = url.query(percentEncoded: true) { path += "?" + query }
        self.init(method: .get, scheme: endpoint.scheme, authority: endpoint.authority, path: path)
    }
}
