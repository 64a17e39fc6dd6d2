import Foundation
import HTTPTypes

/// A bearer token and when it stops being valid.
public struct AccessToken: Sendable, Hashable {
    public var token: String
    public var expiresOn: Date

    public init(token: String, expiresOn: Date) {
        self.token = token
        self.expiresOn = expiresOn
    }
}

/// Gives bearer tokens for scopes (ARM: `https://management.azure.com/.default`).
///
/// The pipeline asks on every attempt (a retry may come minutes later, past a token's expiry), so a
/// credential that talks to a token issuer should cache.
public protocol TokenCredential: Sendable {
    func token(for scopes: [String]) async throws -> AccessToken
    /// What the pipeline calls. The default passes the scopes to `token(for:)` and ignores claims
    /// and `bypassesCache`: right for a fixed token; a caching credential should implement it.
    func token(for context: TokenRequestContext) async throws -> AccessToken
}

extension TokenCredential {
    public func token(for context: TokenRequestContext) async throws -> AccessToken {
        try await token(for: context.scopes)
    }
}

/// A token obtained elsewhere (the Azure CLI, a test).
public struct StaticTokenCredential: TokenCredential {
    private let accessToken: AccessToken

    public init(token: String, expiresOn: Date = .distantFuture) {
        accessToken = AccessToken(token: token, expiresOn: expiresOn)
    }

    public func token(for scopes: [String]) async throws -> AccessToken { accessToken }
}

/// The token endpoint refused or could not be read. Never contains the client secret.
public struct AuthenticationError: Error, Sendable, CustomStringConvertible {
    public let status: Int?
    public let code: String?
    public let message: String

    public var description: String {
        "authentication failed" + (status.map { " (\($0))" } ?? "") + (code.map { " \($0)" } ?? "") + ": " + message
    }
}

/// Microsoft Entra client-credentials flow: posts the client id and secret to
/// `{authorityHost}/{tenant}/oauth2/v2.0/token`, caches the token per scope set, and fetches a new
/// one shortly before it expires. Concurrent callers share one refresh. A context that bypasses
/// the cache or carries claims (an answered challenge) always gets a token fetched for it.
public actor ClientSecretCredential: TokenCredential {
    public nonisolated let tenantID: String
    public nonisolated let clientID: String
    private let clientSecret: String
    public nonisolated let authorityHost: URL
    private let transport: any HTTPTransport
    /// A cached token is replaced this long before it expires (Azure SDKs: 5 minutes).
    private let refreshMargin: TimeInterval
    private var cache: [String: AccessToken] = [:]
    private var inFlight: [String: Task<AccessToken, Error>] = [:]

    public init(
        tenantID: String, clientID: String, clientSecret: String,
        authorityHost: URL = URL(string: "https://login.microsoftonline.com")!,
        transport: any HTTPTransport = URLSessionTransport(), refreshMargin: TimeInterval = 300
    ) {
        self.tenantID = tenantID
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.authorityHost = authorityHost
        self.transport = transport
        self.refreshMargin = refreshMargin
    }

    public func token(for scopes: [String]) async throws -> AccessToken {
        try await token(for: TokenRequestContext(scopes: scopes))
    }

    public func token(for context: TokenRequestContext) async throws -> AccessToken {
        let key = context.scopes.joined(separator: " ")
        if let claims = context.claims {
            // Tokens with claims are fetched for the caller alone; they serve later calls as well.
            let token = try await requestToken(scopes: key, claims: claims)
            cache[key] = token
            return token
        }
        if !context.bypassesCache, let cached = cache[key], cached.expiresOn.timeIntervalSinceNow > refreshMargin {
            return cached
        }
        // A refresh already running was started after the cached token was judged: it will do.
        if let running = inFlight[key] { return try await running.value }
        let task = Task { try await self.requestToken(scopes: key, claims: nil) }
        inFlight[key] = task
        defer { inFlight[key] = nil }
        let token = try await task.value
        cache[key] = token
        return token
    }

    private func requestToken(scopes: String, claims: String?) async throws -> AccessToken {
        // The secret travels only over TLS (or to a loopback test server), and to the tenant named.
        let scheme = authorityHost.scheme?.lowercased()
        guard scheme == "https" || (scheme == "http" && TokenConfinement.isLoopback(host: authorityHost.host ?? "")) else {
            throw AuthenticationError(status: nil, code: nil, message: "the authority host \(authorityHost.absoluteString) is not https")
        }
        try Validate.pathSegment(tenantID, parameter: "tenantID", operation: "ClientSecretCredential")
        var fields = [("client_id", clientID), ("scope", scopes), ("client_secret", clientSecret), ("grant_type", "client_credentials")]
        if let claims { fields.append(("claims", claims)) }
        let form = fields.map { $0.0 + "=" + PercentEncoding.encode($0.1) }.joined(separator: "&")
        var builder = RequestBuilder(method: .post, endpoint: authorityHost)
        builder.appendPath("/")
        builder.appendPathParameter(tenantID)
        builder.appendPath("/oauth2/v2.0/token")
        builder.setHeader("Content-Type", "application/x-www-form-urlencoded")
        builder.setHeader("Accept", "application/json")
        let request = builder.build().request
        let sentAt = Date()
        let (response, data) = try await transport.send(request, body: Data(form.utf8))
        let json = try? JSONValue.parse(data)
        guard response.status.code == 200 else {
            throw AuthenticationError(status: response.status.code, code: json?["error"]?.stringValue,
                                      message: json?["error_description"]?.stringValue ?? "token endpoint answered \(response.status.code)")
        }
        guard let token = json?["access_token"]?.stringValue else {
            throw AuthenticationError(status: 200, code: nil, message: "token response has no access_token")
        }
        let lifetime: Double
        switch json?["expires_in"] {
        case .integer(let seconds)?: lifetime = Double(seconds)
        case .number(let seconds)?: lifetime = seconds
        case .string(let text)?: lifetime = Double(text) ?? 0
        default: lifetime = 0
        }
        // Expiry counts from when the request was sent, not when the answer arrived.
        return AccessToken(token: token, expiresOn: sentAt.addingTimeInterval(lifetime))
    }
}
