import Foundation

/// Microsoft Entra client-credentials flow with a client secret: posts the client id and secret to
/// `{authorityHost}/{tenant}/oauth2/v2.0/token` and keeps the token in a ``TokenCache`` (one per
/// scope set, refreshed 5 minutes before expiry, one refresh for all concurrent callers; a context
/// that bypasses the cache or carries claims always gets a token fetched for it).
public final class ClientSecretCredential: TokenCredential {
    public let tenantID: String
    public let clientID: String
    private let clientSecret: String
    public let authorityHost: URL
    private let endpoint: EntraTokenEndpoint
    private let cache: TokenCache

    /// `refreshMargin`: how long before its expiry a cached token is replaced.
    public init(
        tenantID: String, clientID: String, clientSecret: String,
        authorityHost: URL = AuthorityHost.publicCloud,
        transport: any HTTPTransport = URLSessionTransport(), refreshMargin: TimeInterval = 300
    ) {
        self.tenantID = tenantID
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.authorityHost = authorityHost
        endpoint = EntraTokenEndpoint(authorityHost: authorityHost, tenantID: tenantID, transport: transport, credential: "ClientSecretCredential")
        cache = TokenCache(refreshMargin: refreshMargin)
    }

    public func token(for scopes: [String]) async throws -> AccessToken {
        try await token(for: TokenRequestContext(scopes: scopes))
    }

    public func token(for context: TokenRequestContext) async throws -> AccessToken {
        let (endpoint, clientID, secret) = (endpoint, clientID, clientSecret)
        return try await cache.token(for: context) { context in
            try await endpoint.requestToken(clientID: clientID, scopes: context.scopes, claims: context.claims,
                                            proof: [("client_secret", secret)])
        }
    }
}
