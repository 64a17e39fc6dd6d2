import Foundation
import HTTPTypes
import PostgreSQLFlexibleServers
import SpecGenRuntime
import Testing

/// Rule 4: the credential is asked on every attempt, so a retry that comes after a long
/// `Retry-After` never carries a token that expired meanwhile.
@Suite struct TokenPerAttemptTests {
    @Test func everyRetryCarriesATokenAskedForThen() async throws {
        let credential = CountingCredential()
        let transport = RecordingTransport { _, index in
            index < 2 ? response(503, headers: [("Retry-After", "0")]) : response(200, firewallRuleJSON)
        }
        _ = try await recordingClient(transport, credential: credential).firewallRules
            .get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        #expect(transport.authorizations == ["Bearer token-1", "Bearer token-2", "Bearer token-3"])
        #expect(credential.contexts.allSatisfy { !$0.bypassesCache && $0.claims == nil }, "an ordinary attempt may use the cache")
        #expect(credential.contexts.allSatisfy { $0.scopes == ["https://management.azure.com/.default"] })
    }

    @Test func aCachingCredentialServesTheAttemptsFromItsCacheUntilTheTokenExpires() async throws {
        let issued = TokenEndpoint(lifetime: 3600)
        let credential = ClientSecretCredential(tenantID: "tenant", clientID: "app", clientSecret: "secret",
                                                transport: issued.transport)
        let transport = RecordingTransport { _, index in
            index < 2 ? response(503, headers: [("Retry-After", "0")]) : response(200, firewallRuleJSON)
        }
        _ = try await recordingClient(transport, credential: credential).firewallRules
            .get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        #expect(issued.forms.count == 1, "three attempts, one token request")
        #expect(transport.authorizations == ["Bearer issued-1", "Bearer issued-1", "Bearer issued-1"])
    }

    @Test func anExpiredTokenIsReplacedBetweenAttempts() async throws {
        // Tokens that are stale as soon as issued: each attempt must fetch its own.
        let issued = TokenEndpoint(lifetime: 0)
        let credential = ClientSecretCredential(tenantID: "tenant", clientID: "app", clientSecret: "secret",
                                                transport: issued.transport)
        let transport = RecordingTransport { _, index in
            index < 1 ? response(503, headers: [("Retry-After", "0")]) : response(200, firewallRuleJSON)
        }
        _ = try await recordingClient(transport, credential: credential).firewallRules
            .get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        #expect(transport.authorizations == ["Bearer issued-1", "Bearer issued-2"])
    }
}

/// A Microsoft Entra token endpoint double: issues `issued-1`, `issued-2`, … valid for `lifetime` seconds.
struct TokenEndpoint {
    let transport: RecordingTransport

    init(lifetime: Int) {
        transport = RecordingTransport { _, index in
            response(200, #"{"token_type":"Bearer","expires_in":\#(lifetime),"access_token":"issued-\#(index + 1)"}"#)
        }
    }

    /// The form of each token request, as sent.
    var forms: [String] { transport.bodies.map { String(decoding: $0 ?? Data(), as: UTF8.self) } }
}
