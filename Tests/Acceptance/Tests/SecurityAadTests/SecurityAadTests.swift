import AcceptanceSupport
import Foundation
import SecurityAad
import SpecGenRuntime
import Testing

/// security-aad.json: `HEAD /securityaad` under an OAuth2 requirement with the scope
/// `https://security.microsoft.com/.default`. The server checks `Authorization: Bearer <scope>`,
/// so the credential here hands out the scopes it is asked for as its token (as AutoRest's own
/// tests do).
@Suite struct SecurityAadTests {
    /// A token that is the scopes asked for, space-separated.
    struct ScopeEchoCredential: TokenCredential {
        func token(for scopes: [String]) async throws -> AccessToken {
            AccessToken(token: scopes.joined(separator: " "), expiresOn: .distantFuture)
        }
    }

    /// The scope comes from the contract's `security` requirement, not from the host.
    @Test func scopesComeFromTheSecurityRequirement() {
        #expect(SecurityAadService.scopes == ["https://security.microsoft.com/.default"])
    }

    /// The credential is required (the contract's only scheme is OAuth2) and asked for that scope.
    @Test func bearerTokenForTheRequiredScope() async throws {
        let client = SecurityAadClient(credential: ScopeEchoCredential(), endpoint: TestServer.url, options: TestServer.options)
        try await client.operations.head()
    }

    /// A token for another scope is refused by the server (400).
    @Test func tokenForAnotherScopeIsRefused() async throws {
        let client = SecurityAadClient(credential: StaticTokenCredential(token: "https://management.azure.com/.default"),
                                       endpoint: TestServer.url, options: TestServer.options)
        let error = try await #require(throws: ServiceError.self) { try await client.operations.head() }
        #expect(error.status == 400)
    }
}
