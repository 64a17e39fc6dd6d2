/// What the pipeline asks a `TokenCredential` for: the scopes, and, when it answers an
/// authentication challenge, the claims the service demands and that a cached token will not do.
public struct TokenRequestContext: Sendable, Hashable {
    /// The scopes the token must cover (ARM: `https://management.azure.com/.default`).
    public var scopes: [String]
    /// Claims a `WWW-Authenticate: Bearer` challenge demanded (continuous access evaluation), as
    /// the JSON text the service sent base64url-encoded; nil when there are none.
    public var claims: String?
    /// True when the service has just refused a token: the credential should fetch a new one from
    /// its issuer instead of returning what it cached.
    public var bypassesCache: Bool

    public init(scopes: [String], claims: String? = nil, bypassesCache: Bool = false) {
        self.scopes = scopes
        self.claims = claims
        self.bypassesCache = bypassesCache
    }
}
