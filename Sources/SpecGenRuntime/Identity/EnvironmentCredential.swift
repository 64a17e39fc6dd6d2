import Foundation

/// A service principal named by environment variables, as Azure Identity reads them:
/// `AZURE_TENANT_ID`, `AZURE_CLIENT_ID` and `AZURE_CLIENT_SECRET`, with `AZURE_AUTHORITY_HOST` for
/// another cloud. A ``ClientSecretCredential`` does the work.
///
/// A client certificate (`AZURE_CLIENT_CERTIFICATE_PATH`) would need an RSA signer, and the runtime
/// links no crypto library (Foundation on Linux has none): with only a certificate configured this
/// credential is unavailable and says so. Sign the assertion with a crypto library of your choice
/// and use ``ClientAssertionCredential`` instead.
public final class EnvironmentCredential: TokenCredential {
    static let name = "EnvironmentCredential"
    private let configured: Result<ClientSecretCredential, CredentialUnavailableError>

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                transport: any HTTPTransport = URLSessionTransport()) {
        let tenant = environment.nonEmpty("AZURE_TENANT_ID")
        let client = environment.nonEmpty("AZURE_CLIENT_ID")
        let secret = environment.nonEmpty("AZURE_CLIENT_SECRET")
        if let tenant, let client, let secret {
            configured = .success(ClientSecretCredential(
                tenantID: tenant, clientID: client, clientSecret: secret,
                authorityHost: AuthorityHost.from(environment: environment), transport: transport))
        } else if tenant != nil, client != nil, environment.nonEmpty("AZURE_CLIENT_CERTIFICATE_PATH") != nil {
            configured = .failure(CredentialUnavailableError(
                credential: Self.name,
                message: "AZURE_CLIENT_CERTIFICATE_PATH is set, but client certificates are not supported; use ClientAssertionCredential with a JWT signed by the certificate"))
        } else {
            let missing = [("AZURE_TENANT_ID", tenant), ("AZURE_CLIENT_ID", client), ("AZURE_CLIENT_SECRET", secret)]
                .filter { $0.1 == nil }.map(\.0)
            configured = .failure(CredentialUnavailableError(
                credential: Self.name, message: "not configured: \(missing.joined(separator: ", ")) not set"))
        }
    }

    public func token(for scopes: [String]) async throws -> AccessToken {
        try await token(for: TokenRequestContext(scopes: scopes))
    }

    public func token(for context: TokenRequestContext) async throws -> AccessToken {
        try await configured.get().token(for: context)
    }
}
