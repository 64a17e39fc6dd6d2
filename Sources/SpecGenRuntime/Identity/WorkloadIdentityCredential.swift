import Foundation

/// Workload identity federation (Kubernetes with Microsoft Entra Workload ID, and any platform
/// that mounts a federated token): the token file's content is sent as the client assertion of the
/// client-credentials flow. The file is read afresh for every token fetched, because the platform
/// rotates it (AKS: hourly) while the process runs.
///
/// From the environment: `AZURE_TENANT_ID`, `AZURE_CLIENT_ID`, `AZURE_FEDERATED_TOKEN_FILE`, and
/// `AZURE_AUTHORITY_HOST` (default: the public cloud), as AKS's webhook sets them.
public final class WorkloadIdentityCredential: TokenCredential {
    static let name = "WorkloadIdentityCredential"
    private let configured: Result<ClientAssertionCredential, CredentialUnavailableError>

    public init(tenantID: String, clientID: String, tokenFilePath: String, authorityHost: URL = AuthorityHost.publicCloud,
                transport: any HTTPTransport = URLSessionTransport(), refreshMargin: TimeInterval = 300) {
        configured = .success(ClientAssertionCredential(
            tenantID: tenantID, clientID: clientID, authorityHost: authorityHost, transport: transport,
            refreshMargin: refreshMargin, credentialName: Self.name) { try Self.readToken(at: tokenFilePath) })
    }

    /// Configured from the environment; unavailable (``CredentialUnavailableError`` on every token
    /// request, naming what is missing) when a variable is not set.
    /// `clientID` overrides `AZURE_CLIENT_ID`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment, clientID: String? = nil,
                transport: any HTTPTransport = URLSessionTransport()) {
        let tenant = environment.nonEmpty("AZURE_TENANT_ID")
        let client = clientID ?? environment.nonEmpty("AZURE_CLIENT_ID")
        let file = environment.nonEmpty("AZURE_FEDERATED_TOKEN_FILE")
        guard let tenant, let client, let file else {
            let missing = [("AZURE_TENANT_ID", tenant), ("AZURE_CLIENT_ID", client), ("AZURE_FEDERATED_TOKEN_FILE", file)]
                .filter { $0.1 == nil }.map(\.0)
            configured = .failure(CredentialUnavailableError(
                credential: Self.name, message: "not configured: \(missing.joined(separator: ", ")) not set"))
            return
        }
        configured = .success(ClientAssertionCredential(
            tenantID: tenant, clientID: client, authorityHost: AuthorityHost.from(environment: environment), transport: transport,
            refreshMargin: 300, credentialName: Self.name) { try Self.readToken(at: file) })
    }

    public func token(for scopes: [String]) async throws -> AccessToken {
        try await token(for: TokenRequestContext(scopes: scopes))
    }

    public func token(for context: TokenRequestContext) async throws -> AccessToken {
        try await configured.get().token(for: context)
    }

    private static func readToken(at path: String) throws -> String {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw AuthenticationError(status: nil, code: nil, message: "\(name): cannot read the federated token file \(path)")
        }
        let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else {
            throw AuthenticationError(status: nil, code: nil, message: "\(name): the federated token file \(path) is empty")
        }
        return token
    }
}
