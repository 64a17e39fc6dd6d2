import Foundation
import HTTPTypes
import Synchronization

/// The managed identity of the Azure host this process runs on: App Service and Functions
/// (`IDENTITY_ENDPOINT` and `IDENTITY_HEADER`, sent back in `X-IDENTITY-HEADER`), or the Instance
/// Metadata Service of VMs, scale sets, AKS nodes and Container Apps-like hosts. The system-assigned
/// identity unless `id` names a user-assigned one.
///
/// The IMDS address (`http://169.254.169.254`) is overridden by `AZURE_POD_IDENTITY_AUTHORITY_HOST`,
/// as in Azure Identity; an override and `IDENTITY_ENDPOINT` must be https or loopback. IMDS answers
/// 404, 410, 429 and 5xx (it is updating, or throttling) are retried with backoff; a 400 means no
/// identity matches and makes the credential unavailable.
public final class ManagedIdentityCredential: TokenCredential {
    /// What a ``DefaultAzureCredential`` and a test tune.
    public struct Options: Sendable {
        /// Before its first IMDS token request, send one request with a short time limit and no retry,
        /// and be unavailable when nothing answers: off Azure, the IMDS address usually goes nowhere
        /// and a token request would hang for the transport's whole timeout. ``DefaultAzureCredential``
        /// turns this on.
        public var probesIMDS: Bool
        public var imdsProbeTimeout: Duration
        /// Retries of transient IMDS answers.
        public var retry: RetryOptions

        public init(probesIMDS: Bool = false, imdsProbeTimeout: Duration = .seconds(1),
                    retry: RetryOptions = RetryOptions(maxRetries: 5, baseDelay: .milliseconds(800))) {
            self.probesIMDS = probesIMDS
            self.imdsProbeTimeout = imdsProbeTimeout
            self.retry = retry
        }
    }

    static let name = "ManagedIdentityCredential"
    public let id: ManagedIdentityID?
    let source: ManagedIdentitySource
    private let transport: any HTTPTransport
    private let options: Options
    private let cache = TokenCache()
    /// True once something answered at the IMDS address; no probe is sent after that.
    private let imdsAnswered = Mutex(false)

    public init(id: ManagedIdentityID? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
                transport: any HTTPTransport = URLSessionTransport(), options: Options = Options()) {
        self.id = id
        source = ManagedIdentitySource.detect(environment)
        self.transport = transport
        self.options = options
    }

    public func token(for scopes: [String]) async throws -> AccessToken {
        try await token(for: TokenRequestContext(scopes: scopes))
    }

    /// Claims cannot be passed to a managed identity endpoint; a context with claims or bypassing
    /// the cache still gets a token fetched afresh.
    public func token(for context: TokenRequestContext) async throws -> AccessToken {
        try await cache.token(for: context) { [self] context in
            let resource = try ManagedIdentitySource.resource(for: context.scopes)
            switch source {
            case .appService(let endpoint, let secret):
                return try await appServiceToken(endpoint: endpoint, secret: secret, resource: resource)
            case .imds(let authority):
                return try await imdsToken(authority: authority, resource: resource)
            case .unsupported(let reason):
                throw CredentialUnavailableError(credential: Self.name, message: reason)
            }
        }
    }

    // MARK: App Service and Functions (api-version 2019-08-01)

    private func appServiceToken(endpoint: URL, secret: String, resource: String) async throws -> AccessToken {
        try AuthorityHost.requireSecure(endpoint, credential: Self.name, role: "IDENTITY_ENDPOINT")
        var query = [("api-version", "2019-08-01"), ("resource", resource)]
        switch id {
        case .clientID(let value)?: query.append(("client_id", value))
        case .objectID(let value)?: query.append(("principal_id", value))
        case .resourceID(let value)?: query.append(("mi_res_id", value))
        case nil: break
        }
        var request = try Self.request(endpoint, query: query)
        request.headerFields[HTTPField.Name("X-IDENTITY-HEADER")!] = secret
        let sentAt = Date()
        let (response, data) = try await transport.send(request, body: nil)
        return try Self.readToken(response, data, sentAt: sentAt, from: "the App Service identity endpoint")
    }

    // MARK: Instance Metadata Service (api-version 2018-02-01)

    private func imdsToken(authority: URL, resource: String) async throws -> AccessToken {
        if authority != ManagedIdentitySource.imdsAuthority {
            try AuthorityHost.requireSecure(authority, credential: Self.name, role: "AZURE_POD_IDENTITY_AUTHORITY_HOST")
        }
        var query = [("api-version", "2018-02-01"), ("resource", resource)]
        switch id {
        case .clientID(let value)?: query.append(("client_id", value))
        case .objectID(let value)?: query.append(("object_id", value))
        case .resourceID(let value)?: query.append(("msi_res_id", value))
        case nil: break
        }
        let endpoint = authority.appending(path: "metadata/identity/oauth2/token")
        let unprobed = try Self.request(endpoint, query: query)
        if options.probesIMDS, !imdsAnswered.withLock({ $0 }) {
            try await probe(unprobed, at: authority)
        }
        var request = unprobed
        request.headerFields[HTTPField.Name("Metadata")!] = "true"
        let policy = RetryPolicy(options: options.retry)
        var retries = 0
        while true {
            let sentAt = Date()
            let (response, data) = try await transport.send(request, body: nil)
            let status = response.status.code
            if status == 400 {
                throw CredentialUnavailableError(
                    credential: Self.name,
                    message: "IMDS has no identity for this request (400: \(Self.errorText(data) ?? "no description")); is an identity assigned to this host?")
            }
            let transient = status == 404 || status == 410 || status == 429 || (500...599).contains(status)
            guard transient, retries < options.retry.maxRetries else {
                return try Self.readToken(response, data, sentAt: sentAt, from: "IMDS")
            }
            try await Task.sleep(for: RetryPolicy.retryAfter(response.headerFields).map { min($0, options.retry.maxDelay) } ?? policy.backoff(retries))
            retries += 1
        }
    }

    /// The request without its `Metadata` header (real IMDS answers 400 at once), under a short
    /// time limit: any HTTP answer shows an IMDS is there.
    private func probe(_ request: HTTPRequest, at authority: URL) async throws {
        let transport = transport
        let answered: Bool
        do {
            answered = try await withTimeLimit(options.imdsProbeTimeout) { _ = try await transport.send(request, body: nil) } != nil
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw CredentialUnavailableError(credential: Self.name, message: "no IMDS endpoint at \(authority.absoluteString): \(error)")
        }
        guard answered else {
            throw CredentialUnavailableError(
                credential: Self.name, message: "no IMDS endpoint answered at \(authority.absoluteString) within \(options.imdsProbeTimeout)")
        }
        imdsAnswered.withLock { $0 = true }
    }

    // MARK: Shared

    private static func request(_ endpoint: URL, query: [(String, String)]) throws -> HTTPRequest {
        let separator = endpoint.query == nil ? "?" : "&"
        let queryText = query.map { $0.0 + "=" + PercentEncoding.encode($0.1) }.joined(separator: "&")
        guard let url = URL(string: endpoint.absoluteString + separator + queryText), let request = HTTPRequest(getting: url) else {
            throw AuthenticationError(status: nil, code: nil, message: "\(name): cannot make a request to \(endpoint.absoluteString)")
        }
        return request
    }

    private static func readToken(_ response: HTTPResponse, _ data: Data, sentAt: Date, from issuer: String) throws -> AccessToken {
        let json = try? JSONValue.parse(data)
        guard response.status.code == 200 else {
            throw AuthenticationError(status: response.status.code, code: json?["error"]?.stringValue,
                                      message: "\(name): \(issuer) answered \(response.status.code)" + (errorText(data).map { ": " + $0 } ?? ""))
        }
        guard let json, let token = json["access_token"]?.stringValue, let expiresOn = TokenExpiry.read(json, sentAt: sentAt) else {
            throw AuthenticationError(status: 200, code: nil, message: "\(name): \(issuer) answered without access_token or expiry")
        }
        return AccessToken(token: token, expiresOn: expiresOn)
    }

    /// The error description of an identity endpoint's answer (`error_description`, or `message`).
    private static func errorText(_ data: Data) -> String? {
        guard let json = try? JSONValue.parse(data) else { return nil }
        return json["error_description"]?.stringValue ?? json["message"]?.stringValue ?? json["error"]?["message"]?.stringValue
    }
}
