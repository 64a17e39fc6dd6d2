import Foundation
import HTTPTypes

/// The request pipeline generated clients share: adds the client request id, User-Agent and
/// bearer token, sends through the transport, and retries transient failures.
public struct ServiceClient: Sendable {
    public let endpoint: URL
    /// `endpoint`, split once for the request builders.
    public let requestEndpoint: RequestEndpoint
    public let credential: (any TokenCredential)?
    public let scopes: [String]
    public let transport: any HTTPTransport
    public let options: ClientOptions

    public init(endpoint: URL, credential: (any TokenCredential)?, scopes: [String],
                transport: any HTTPTransport = URLSessionTransport(), options: ClientOptions = ClientOptions()) {
        self.endpoint = endpoint
        requestEndpoint = RequestEndpoint(endpoint)
        self.credential = credential
        self.scopes = scopes
        self.transport = transport
        self.options = options
    }

    var userAgent: String {
        let platform: String
        #if os(Linux)
        platform = "Linux"
        #elseif os(macOS)
        platform = "macOS"
        #else
        platform = "unknown"
        #endif
        let base = "specgen/\(SpecGenVersion.current) (\(platform))"
        guard let application = options.applicationID, !application.isEmpty else { return base }
        return String(application.filter { $0 != " " }.prefix(24)) + " " + base
    }

    /// Sends a request (retrying as configured) and returns whatever status came back.
    /// `clientRequestID` is kept across retries and polls so the service can tie them together.
    public func send(_ request: HTTPRequest, body: Data?, clientRequestID: String = UUID().uuidString.lowercased()) async throws -> (HTTPResponse, Data) {
        var prepared = request
        prepared.headerFields[HTTPField.Name("x-ms-client-request-id")!] = clientRequestID
        prepared.headerFields[.userAgent] = userAgent
        if let credential {
            let token = try await credential.token(for: scopes)
            prepared.headerFields[.authorization] = "Bearer " + token.token
        }
        return try await RetryPolicy(options: options.retry).run(method: prepared.method) {
            try await transport.send(prepared, body: body)
        }
    }

    /// Sends a generated operation's request and decodes its typed response.
    public func perform<Response: OperationResponse>(_ built: (request: HTTPRequest, body: Data?), as type: Response.Type) async throws -> Response {
        let (response, data) = try await send(built.request, body: built.body)
        return try Response(response: response, body: data)
    }

    /// A GET of an absolute URL the service handed out (next links, polling URLs).
    func get(_ url: URL, clientRequestID: String) async throws -> (HTTPResponse, Data) {
        guard let request = HTTPRequest(getting: url) else {
            throw TransportError("cannot request \(url.absoluteString)")
        }
        return try await send(request, body: nil, clientRequestID: clientRequestID)
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
