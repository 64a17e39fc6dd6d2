import Foundation

/// Azure Identity's default chain for code that runs both on a developer's machine and deployed:
/// ``EnvironmentCredential``, ``WorkloadIdentityCredential``, ``ManagedIdentityCredential`` (with a
/// short IMDS probe, so that off Azure it gives way in about a second) and ``AzureCLICredential``,
/// in that order, with ``ChainedTokenCredential``'s rules: the first that gives a token is kept.
///
/// As in Azure Identity, `AZURE_CLIENT_ID` also names the user-assigned managed identity and the
/// workload identity's client, and `AZURE_TOKEN_CREDENTIALS` narrows the chain: `prod` (environment,
/// workload identity, managed identity), `dev` (the Azure CLI), or one credential's type name.
public final class DefaultAzureCredential: TokenCredential {
    /// A link of the chain.
    public enum Source: String, Sendable, CaseIterable {
        case environment = "EnvironmentCredential"
        case workloadIdentity = "WorkloadIdentityCredential"
        case managedIdentity = "ManagedIdentityCredential"
        case azureCLI = "AzureCLICredential"
    }

    private let chain: ChainedTokenCredential
    /// The sources in the chain, in order.
    public let sources: [Source]

    /// - Parameters:
    ///   - environment: where configuration is read (and, for the CLI, its `PATH`); tests pass their own.
    ///   - transport: what the environment, workload and managed identity credentials send with.
    ///   - managedIdentityID: a user-assigned identity; default: `AZURE_CLIENT_ID` as a client id, if set.
    ///   - excluded: sources to leave out.
    ///   - tenantID: the tenant the Azure CLI asks for a token in (default: the CLI's own).
    ///   - imdsProbeTimeout: how long the managed identity step waits for IMDS to answer at all.
    ///   - cliTimeout: how long `az` may run.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                transport: any HTTPTransport = URLSessionTransport(),
                managedIdentityID: ManagedIdentityID? = nil, excluded: Set<Source> = [], tenantID: String? = nil,
                imdsProbeTimeout: Duration = .seconds(1), cliTimeout: Duration = .seconds(10)) throws {
        let selected = try Self.selected(environment["AZURE_TOKEN_CREDENTIALS"]).filter { !excluded.contains($0) }
        sources = selected
        let identity = managedIdentityID ?? environment.nonEmpty("AZURE_CLIENT_ID").map(ManagedIdentityID.clientID)
        chain = ChainedTokenCredential(sources: selected.map { source -> any TokenCredential in
            switch source {
            case .environment:
                return EnvironmentCredential(environment: environment, transport: transport)
            case .workloadIdentity:
                return WorkloadIdentityCredential(environment: environment, transport: transport)
            case .managedIdentity:
                return ManagedIdentityCredential(id: identity, environment: environment, transport: transport,
                                                 options: .init(probesIMDS: true, imdsProbeTimeout: imdsProbeTimeout))
            case .azureCLI:
                return AzureCLICredential(tenantID: tenantID, timeout: cliTimeout, environment: environment)
            }
        }, name: "DefaultAzureCredential")
    }

    public func token(for scopes: [String]) async throws -> AccessToken {
        try await token(for: TokenRequestContext(scopes: scopes))
    }

    public func token(for context: TokenRequestContext) async throws -> AccessToken {
        try await chain.token(for: context)
    }

    /// The sources `AZURE_TOKEN_CREDENTIALS` allows (all when unset).
    /// - Throws: `AuthenticationError` for a value that names no source: a typo must not widen the chain.
    static func selected(_ setting: String?) throws -> [Source] {
        guard let setting = setting?.trimmingCharacters(in: .whitespaces), !setting.isEmpty else { return Source.allCases }
        switch setting.lowercased() {
        case "prod": return [.environment, .workloadIdentity, .managedIdentity]
        case "dev": return [.azureCLI]
        default:
            if let one = Source.allCases.first(where: { $0.rawValue.lowercased() == setting.lowercased() }) { return [one] }
            throw AuthenticationError(status: nil, code: nil, message: "AZURE_TOKEN_CREDENTIALS=\(setting) names no credential of DefaultAzureCredential (prod, dev, or one of \(Source.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }
}
