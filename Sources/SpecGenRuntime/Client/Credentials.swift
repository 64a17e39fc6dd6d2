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
