import Foundation

/// Where a managed identity's token comes from on this host, told by the environment the way Azure
/// Identity tells it: App Service and Functions set `IDENTITY_ENDPOINT` and `IDENTITY_HEADER`;
/// hosts with neither ask the Instance Metadata Service (IMDS), at `AZURE_POD_IDENTITY_AUTHORITY_HOST`
/// when that is set. Service Fabric, Azure Arc, Cloud Shell and Azure ML are recognised but not
/// supported.
enum ManagedIdentitySource: Sendable, Equatable {
    case appService(endpoint: URL, secret: String)
    case imds(authority: URL)
    case unsupported(String)

    /// The IMDS address of every Azure VM: link-local, plain http by design.
    static let imdsAuthority = URL(string: "http://169.254.169.254")!

    static func detect(_ environment: [String: String]) -> ManagedIdentitySource {
        if let endpoint = environment.nonEmpty("IDENTITY_ENDPOINT") {
            if environment.nonEmpty("IDENTITY_SERVER_THUMBPRINT") != nil {
                return .unsupported("Service Fabric managed identity (IDENTITY_SERVER_THUMBPRINT is set) is not supported")
            }
            if let secret = environment.nonEmpty("IDENTITY_HEADER"), let url = URL(string: endpoint) {
                return .appService(endpoint: url, secret: secret)
            }
            if environment.nonEmpty("IMDS_ENDPOINT") != nil {
                return .unsupported("Azure Arc managed identity (IMDS_ENDPOINT is set) is not supported")
            }
            return .unsupported("IDENTITY_ENDPOINT is set without IDENTITY_HEADER")
        }
        if environment.nonEmpty("MSI_ENDPOINT") != nil {
            return .unsupported("Cloud Shell and Azure ML managed identity (MSI_ENDPOINT is set) are not supported")
        }
        guard let override = environment.nonEmpty("AZURE_POD_IDENTITY_AUTHORITY_HOST") else { return .imds(authority: imdsAuthority) }
        let text = override.contains("://") ? override : "http://" + override
        return URL(string: text).map { .imds(authority: $0) } ?? .unsupported("AZURE_POD_IDENTITY_AUTHORITY_HOST is not a URL: \(override)")
    }

    /// The resource a managed identity endpoint takes for one scope (`…/.default` without the suffix).
    static func resource(for scopes: [String]) throws -> String {
        guard scopes.count == 1, let scope = scopes.first, !scope.isEmpty else {
            throw AuthenticationError(status: nil, code: nil, message: "ManagedIdentityCredential takes exactly one scope, got \(scopes.count)")
        }
        return scope.hasSuffix("/.default") ? String(scope.dropLast("/.default".count)) : scope
    }
}
