import Foundation
import HTTPTypes
import PostgreSQLFlexibleServers
@testable import SpecGenRuntime
import Testing

/// Rule 5: a 401 with a `WWW-Authenticate: Bearer` challenge is answered once, with a token fetched
/// afresh and the challenge's claims; a second 401 is the caller's `ServiceError`.
@Suite struct AuthenticationChallengeTests {
    /// `{"access_token":{"nbf":{"essential":true,"value":"1726077595"}}}`, base64url without padding,
    /// as ARM sends it for continuous access evaluation.
    static let claimsJSON = #"{"access_token":{"nbf":{"essential":true,"value":"1726077595"}}}"#
    static let encodedClaims = Data(claimsJSON.utf8).base64EncodedString()
        .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    static let caeChallenge = #"Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="\#(encodedClaims)""#

    func get(_ client: PostgreSQLFlexibleServersClient) async throws -> FirewallRule {
        try await client.firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
    }

    @Test func bearerChallengeIsAnsweredOnceWithAFreshTokenAndItsClaims() async throws {
        let credential = CountingCredential()
        let transport = RecordingTransport { _, index in
            index == 0 ? response(401, headers: [("WWW-Authenticate", Self.caeChallenge)]) : response(200, firewallRuleJSON)
        }
        #expect(try await get(recordingClient(transport, credential: credential)).name == "rule")
        #expect(transport.authorizations == ["Bearer token-1", "Bearer token-2"])
        let contexts = credential.contexts
        #expect(contexts.count == 2)
        #expect(!contexts[0].bypassesCache && contexts[0].claims == nil)
        #expect(contexts[1].bypassesCache, "the refused token is not taken from the cache again")
        #expect(contexts[1].claims == Self.claimsJSON, "the credential gets the claims, decoded")
        #expect(contexts[1].scopes == contexts[0].scopes)
    }

    @Test func challengeWithoutClaimsStillGetsAFreshToken() async throws {
        let credential = CountingCredential()
        let transport = RecordingTransport { _, index in
            index == 0 ? response(401, headers: [("WWW-Authenticate", #"Bearer error="invalid_token""#)]) : response(200, firewallRuleJSON)
        }
        _ = try await get(recordingClient(transport, credential: credential))
        #expect(credential.contexts.map(\.bypassesCache) == [false, true])
        #expect(credential.contexts[1].claims == nil)
    }

    @Test func secondUnauthorizedSurfacesAsServiceError() async throws {
        let transport = RecordingTransport { _, _ in
            response(401, #"{"error":{"code":"InvalidAuthenticationToken","message":"expired"}}"#,
                     headers: [("WWW-Authenticate", Self.caeChallenge)])
        }
        let error = try await #require(throws: ServiceError.self) { try await get(recordingClient(transport)) }
        #expect(error.status == 401)
        #expect(error.code == "InvalidAuthenticationToken")
        #expect(transport.requests.count == 2, "one answer to the challenge, no more")
    }

    @Test func unauthorizedWithoutABearerChallengeIsNotRetried() async throws {
        for header in [nil, #"Basic realm="x""#] {
            let credential = CountingCredential()
            let transport = RecordingTransport { _, _ in response(401, headers: header.map { [("WWW-Authenticate", $0)] } ?? []) }
            await #expect(throws: ServiceError.self) { try await get(recordingClient(transport, credential: credential)) }
            #expect(transport.requests.count == 1)
            #expect(credential.contexts.count == 1)
        }
    }

    @Test func challengeFromAHostTheTokenDoesNotGoToIsNotAnswered() async throws {
        let credential = CountingCredential()
        let transport = RecordingTransport { request, _ in
            request.authority == "mirror.example" ? response(401, headers: [("WWW-Authenticate", Self.caeChallenge)])
                : response(302, headers: [("Location", "https://mirror.example/rule")])
        }
        let error = try await #require(throws: ServiceError.self) { try await get(recordingClient(transport, credential: credential)) }
        #expect(error.status == 401)
        #expect(transport.authorizations == ["Bearer token-1", nil])
        #expect(credential.contexts.count == 1)
    }

    @Test func clientSecretCredentialFetchesAfreshAndSendsTheClaims() async throws {
        let issued = TokenEndpoint(lifetime: 3600)
        let credential = ClientSecretCredential(tenantID: "tenant", clientID: "app", clientSecret: "secret", transport: issued.transport)
        let scopes = ["https://management.azure.com/.default"]
        #expect(try await credential.token(for: scopes).token == "issued-1")
        #expect(try await credential.token(for: TokenRequestContext(scopes: scopes)).token == "issued-1", "cached")
        #expect(try await credential.token(for: TokenRequestContext(scopes: scopes, bypassesCache: true)).token == "issued-2")
        #expect(try await credential.token(for: TokenRequestContext(scopes: scopes, claims: Self.claimsJSON)).token == "issued-3")
        #expect(try await credential.token(for: scopes).token == "issued-3", "the newest token serves later calls")
        let forms = issued.forms
        #expect(forms.count == 3)
        #expect(!forms[1].contains("claims="))
        #expect(forms[2].contains("claims=" + PercentEncoding.encode(Self.claimsJSON)))
    }

    @Test func clientSecretCredentialSendsItsSecretOnlyOverTLS() async throws {
        let issued = TokenEndpoint(lifetime: 3600)
        let credential = ClientSecretCredential(tenantID: "tenant", clientID: "app", clientSecret: "secret",
                                                authorityHost: URL(string: "http://login.example")!, transport: issued.transport)
        await #expect(throws: AuthenticationError.self) { try await credential.token(for: ["scope/.default"]) }
        #expect(issued.forms.isEmpty)
        let dotted = ClientSecretCredential(tenantID: "..", clientID: "app", clientSecret: "secret", transport: issued.transport)
        await #expect(throws: ValidationError.self) { try await dotted.token(for: ["scope/.default"]) }
        #expect(issued.forms.isEmpty)
    }

    // The WWW-Authenticate reader.

    @Test func readsSeveralChallengesAndQuotedParameters() throws {
        let challenges = AuthenticationChallenge.parse(#"Basic realm="a, b", Bearer realm="", error="insufficient_claims", claims="e30=" , Negotiate"#)
        #expect(challenges.map(\.scheme) == ["Basic", "Bearer", "Negotiate"])
        #expect(challenges[0].parameters == ["realm": "a, b"])
        #expect(challenges[1].parameters == ["realm": "", "error": "insufficient_claims", "claims": "e30="])
        #expect(challenges[1].claims == "{}")
    }

    @Test func findsBearerInAnyFieldAndCase() throws {
        var fields = HTTPFields()
        fields.append(HTTPField(name: .wwwAuthenticate, value: #"PoP nonce="1""#))
        fields.append(HTTPField(name: .wwwAuthenticate, value: #"bearer authorization_uri="https://login.example", claims="not base64!""#))
        let challenge = try #require(AuthenticationChallenge.bearer(in: fields))
        #expect(challenge.parameters["authorization_uri"] == "https://login.example")
        #expect(challenge.claims == "not base64!", "claims that are not base64 are passed on as sent")
        #expect(AuthenticationChallenge.bearer(in: [.wwwAuthenticate: #"Basic realm="x""#]) == nil)
    }

    @Test func readsEscapesAndToken68() {
        let challenges = AuthenticationChallenge.parse(#"Bearer realm="say \"hi\"", Basic dXNlcjpwYXNz=="#)
        #expect(challenges.first?.parameters["realm"] == #"say "hi""#)
        #expect(challenges.last?.scheme == "Basic")
        #expect(challenges.last?.parameters[""] == "dXNlcjpwYXNz")
    }
}
