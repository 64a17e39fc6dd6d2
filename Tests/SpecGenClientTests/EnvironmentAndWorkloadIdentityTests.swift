import Foundation
import SpecGenMock
import SpecGenRuntime
import Testing

/// EnvironmentCredential and WorkloadIdentityCredential against a loopback stand-in for Entra.
@Suite struct EnvironmentAndWorkloadIdentityTests {
    @Test func environmentCredentialPostsTheSecretToTheAuthorityHostItNames() async throws {
        let log = RequestLog()
        let server = try await startServer(log) { _ in entraToken("env-token") }
        defer { Task { await server.stop() } }
        let environment = try IsolatedEnvironment([
            "AZURE_TENANT_ID": "tenant-7", "AZURE_CLIENT_ID": "app-7", "AZURE_CLIENT_SECRET": "s3cret",
            "AZURE_AUTHORITY_HOST": server.baseURL.absoluteString,
        ])
        defer { environment.remove() }
        let credential = EnvironmentCredential(environment: environment.variables, transport: LoopbackOnlyTransport())
        let token = try await credential.token(for: [armScope])
        #expect(token.token == "env-token")
        #expect(token.expiresOn.timeIntervalSinceNow > 3500)
        let requests = await log.requests
        #expect(requests.map(\.path) == ["/tenant-7/oauth2/v2.0/token"])
        let form = formFields(requests[0])
        #expect(form["client_id"] == "app-7")
        #expect(form["client_secret"] == "s3cret")
        #expect(form["scope"] == armScope)
        #expect(form["grant_type"] == "client_credentials")
        // Cached: a second call asks nobody.
        _ = try await credential.token(for: [armScope])
        #expect(await log.count == 1)
    }

    @Test func environmentCredentialNamesWhatIsMissing() async throws {
        let none = EnvironmentCredential(environment: ["AZURE_TENANT_ID": "t"])
        let error = try await #require(throws: CredentialUnavailableError.self) { try await none.token(for: [armScope]) }
        #expect(error.message.contains("AZURE_CLIENT_ID"))
        #expect(error.message.contains("AZURE_CLIENT_SECRET"))
        #expect(!error.message.contains("AZURE_TENANT_ID"))

        let certificate = EnvironmentCredential(environment: ["AZURE_TENANT_ID": "t", "AZURE_CLIENT_ID": "c", "AZURE_CLIENT_CERTIFICATE_PATH": "/x.pem"])
        let refusal = try await #require(throws: CredentialUnavailableError.self) { try await certificate.token(for: [armScope]) }
        #expect(refusal.message.contains("ClientAssertionCredential"))
    }

    @Test(arguments: ["http://login.example.com", "http://10.0.0.1"])
    func plainHTTPAuthorityHostsOffLoopbackAreRefusedUnsent(host: String) async throws {
        let transport = LoopbackOnlyTransport()
        let credential = EnvironmentCredential(
            environment: ["AZURE_TENANT_ID": "t", "AZURE_CLIENT_ID": "c", "AZURE_CLIENT_SECRET": "s", "AZURE_AUTHORITY_HOST": host],
            transport: transport)
        let error = try await #require(throws: AuthenticationError.self) { try await credential.token(for: [armScope]) }
        #expect(error.message.contains("neither https nor a loopback address"))
        #expect(transport.refusedAuthorities.isEmpty, "refused before any request was made")
    }

    @Test func anAuthorityHostWithoutSchemeMeansHTTPS() {
        #expect(AuthorityHost.from(environment: ["AZURE_AUTHORITY_HOST": "login.microsoftonline.us"]).absoluteString == "https://login.microsoftonline.us")
        #expect(AuthorityHost.from(environment: [:]) == AuthorityHost.publicCloud)
    }

    @Test func workloadIdentityReadsTheTokenFileAfreshForEachTokenItFetches() async throws {
        let log = RequestLog()
        let issued = Counter()
        let server = try await startServer(log) { _ in entraToken("wi-token-\(issued.next())") }
        defer { Task { await server.stop() } }
        let environment = try IsolatedEnvironment()
        defer { environment.remove() }
        let file = environment.file("federated-token")
        try Data("assertion-one\n".utf8).write(to: file)
        var variables = environment.variables
        variables["AZURE_TENANT_ID"] = "tenant-w"
        variables["AZURE_CLIENT_ID"] = "client-w"
        variables["AZURE_FEDERATED_TOKEN_FILE"] = file.path
        variables["AZURE_AUTHORITY_HOST"] = server.baseURL.absoluteString
        let credential = WorkloadIdentityCredential(environment: variables, transport: LoopbackOnlyTransport())

        #expect(try await credential.token(for: [armScope]).token == "wi-token-1")
        // The platform rotates the file; the cached token is still used until a fetch is needed.
        try Data("assertion-two".utf8).write(to: file)
        #expect(try await credential.token(for: [armScope]).token == "wi-token-1")
        #expect(try await credential.token(for: TokenRequestContext(scopes: [armScope], bypassesCache: true)).token == "wi-token-2")

        let forms = await log.requests.map(formFields)
        #expect(forms.map { $0["client_assertion"] } == ["assertion-one", "assertion-two"])
        #expect(forms.allSatisfy { $0["client_assertion_type"] == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" })
        #expect(forms.allSatisfy { $0["client_id"] == "client-w" && $0["client_secret"] == nil })
        #expect(await log.requests.allSatisfy { $0.path == "/tenant-w/oauth2/v2.0/token" })
    }

    @Test func workloadIdentityWithoutItsVariablesIsUnavailableAndAMissingFileFails() async throws {
        let unconfigured = WorkloadIdentityCredential(environment: ["AZURE_TENANT_ID": "t", "AZURE_CLIENT_ID": "c"])
        let error = try await #require(throws: CredentialUnavailableError.self) { try await unconfigured.token(for: [armScope]) }
        #expect(error.message.contains("AZURE_FEDERATED_TOKEN_FILE"))

        let transport = LoopbackOnlyTransport()
        let missingFile = WorkloadIdentityCredential(tenantID: "t", clientID: "c", tokenFilePath: "/nonexistent/specgen-token",
                                                     authorityHost: URL(string: "http://127.0.0.1:1")!, transport: transport)
        let failure = try await #require(throws: AuthenticationError.self) { try await missingFile.token(for: [armScope]) }
        #expect(failure.message.contains("/nonexistent/specgen-token"))
    }

    @Test func aFailedRefreshServesTheStillValidTokenAndPausesRefreshing() async throws {
        let cache = TokenCache(refreshMargin: 300, failedRefreshPause: 30)
        let calls = Counter()
        let context = TokenRequestContext(scopes: [armScope])
        // Valid for 100 s: inside the refresh margin, so every call wants a refresh.
        let first = try await cache.token(for: context) { _ in
            _ = calls.next()
            return AccessToken(token: "old", expiresOn: Date().addingTimeInterval(100))
        }
        #expect(first.token == "old")
        let failing: @Sendable (TokenRequestContext) async throws -> AccessToken = { _ in
            _ = calls.next()
            throw AuthenticationError(status: 503, code: nil, message: "issuer down")
        }
        #expect(try await cache.token(for: context, fetch: failing).token == "old")
        #expect(try await cache.token(for: context, fetch: failing).token == "old")
        #expect(calls.next() == 3, "one fetch, one failed refresh, then a pause: the third call asked nobody")
        // Bypassing the cache (an answered challenge) still asks, and the failure surfaces.
        await #expect(throws: AuthenticationError.self) {
            try await cache.token(for: TokenRequestContext(scopes: [armScope], bypassesCache: true), fetch: failing)
        }
    }
}
