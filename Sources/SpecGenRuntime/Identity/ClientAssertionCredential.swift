import Foundation

/// Microsoft Entra client-credentials flow with a client assertion (a signed JWT) instead of a
/// secret: a federated token (``WorkloadIdentityCredential``), or a certificate-signed JWT made by
/// the caller's own crypto. `assertion` is called for every token fetched, never for a cached one,
/// so it can hand out a file's current content or sign anew.
public final class ClientAssertionCredential: TokenCredential {
    public let tenantID: String
    public let clientID: String
    public let authorityHost: URL
    private let assertion: @Sendable () async throws -> String
    private let endpoint: EntraTokenEndpoint
    private let cache: TokenCache

    public convenience init(
        tenantID: String, clientID: String, authorityHost: URL = AuthorityHost.publicCloud,
        transport: any HTTPTransport = URLSessionTransport(), refreshMargin: TimeInterval = 300,
        assertion: @escaping @Sendable () async throws -> String
    ) {
        self.init(tenantID: tenantID, clientID: clientID, authorityHost: authorityHost, transport: transport,
                  refreshMargin: refreshMargin, credentialName: "ClientAssertionCredential", assertion: assertion)
    }

    init(tenantID: String, clientID: String, authorityHost: URL, transport: any HTTPTransport, refreshMargin: TimeInterval,
         credentialName: String, assertion: @escaping @Sendable () async throws -> String) {
        self.tenantID = tenantID
        self.clientID = clientID
        self.authorityHost = authorityHost
        self.assertion = assertion
        endpoint = EntraTokenEndpoint(authorityHost: authorityHost, tenantID: tenantID, transport: transport, credential: credentialName)
        cache = TokenCache(refreshMargin: refreshMargin)
    }

    public func token(for scopes: [String]) async throws -> AccessToken {
        try await token(for: TokenRequestContext(scopes: scopes))
    }

    public func token(for context: TokenRequestContext) async throws -> AccessToken {
        let (endpoint, clientID, assertion) = (endpoint, clientID, assertion)
        return try await cache.token(for: context) { context in
            let jwt = try await assertion()
            return try await endpoint.requestToken(
                clientID: clientID, scopes: context.scopes, claims: context.claims,
                proof: [("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), ("client_assertion", jwt)])
        }
    }
}
