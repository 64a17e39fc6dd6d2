import Foundation
import SpecGenMock
import SpecGenRuntime
import Testing

/// The chain's order, its stopping rules and its error, with every source played on loopback or by
/// a fake `az`. Every environment points IMDS at loopback (IsolatedEnvironment).
@Suite struct DefaultAzureCredentialTests {
    @Test func withNothingConfiguredTheErrorListsEverySourceInOrder() async throws {
        let environment = try IsolatedEnvironment()
        defer { environment.remove() }
        let transport = LoopbackOnlyTransport()
        let credential = try DefaultAzureCredential(environment: environment.variables, transport: transport)
        #expect(credential.sources == [.environment, .workloadIdentity, .managedIdentity, .azureCLI])
        let started = ContinuousClock.now
        let error = try await #require(throws: CredentialChainError.self) { try await credential.token(for: [armScope]) }
        // Nothing waits for a transport timeout (URLSession: 60 s); loose for a loaded machine.
        #expect(ContinuousClock.now - started < .seconds(30))
        #expect(error.attempts.map(\.credential) == ["EnvironmentCredential", "WorkloadIdentityCredential", "ManagedIdentityCredential", "AzureCLICredential"])
        #expect(error.attempts.allSatisfy { $0.wasUnavailable })
        #expect(error.description.contains("AZURE_CLIENT_SECRET not set"))
        #expect(error.description.contains("no IMDS endpoint"))
        #expect(error.description.contains("az) was not found"))
        #expect(transport.refusedAuthorities.isEmpty)
    }

    @Test func theFirstConfiguredSourceAnswersAndLaterOnesAreNotAsked() async throws {
        let log = RequestLog()
        let server = try await startServer(log) { request in
            request.path.hasSuffix("/oauth2/v2.0/token") ? entraToken("from-environment") : managedIdentityToken("from-imds")
        }
        defer { Task { await server.stop() } }
        let environment = try IsolatedEnvironment([
            "AZURE_TENANT_ID": "t", "AZURE_CLIENT_ID": "c", "AZURE_CLIENT_SECRET": "s",
            "AZURE_AUTHORITY_HOST": server.baseURL.absoluteString,
            "AZURE_POD_IDENTITY_AUTHORITY_HOST": server.baseURL.absoluteString,
        ])
        defer { environment.remove() }
        let cliRan = environment.file("cli-ran")
        try environment.installScript("az", ": > '\(cliRan.path)'\nexit 1")
        let credential = try DefaultAzureCredential(environment: environment.variables, transport: LoopbackOnlyTransport())
        #expect(try await credential.token(for: [armScope]).token == "from-environment")
        #expect(await log.requests.map(\.path) == ["/t/oauth2/v2.0/token"])
        #expect(!FileManager.default.fileExists(atPath: cliRan.path))
    }

    @Test func managedIdentityAnswersWhenNothingBeforeItIsConfiguredAndIsKept() async throws {
        let log = RequestLog()
        let server = try await startServer(log, ManagedIdentityCredentialTests.imds { _ in managedIdentityToken("from-imds") })
        defer { Task { await server.stop() } }
        // AZURE_CLIENT_ID alone configures neither of the first two; it names the user-assigned identity.
        let environment = try IsolatedEnvironment([
            "AZURE_POD_IDENTITY_AUTHORITY_HOST": server.baseURL.absoluteString, "AZURE_CLIENT_ID": "user-assigned-9",
        ])
        defer { environment.remove() }
        let credential = try DefaultAzureCredential(environment: environment.variables, transport: LoopbackOnlyTransport())
        #expect(try await credential.token(for: [armScope]).token == "from-imds")
        #expect(try await credential.token(for: TokenRequestContext(scopes: [armScope], bypassesCache: true)).token == "from-imds")
        let requests = await log.requests
        #expect(requests.map { $0.header("Metadata") } == [nil, "true", "true"], "one probe, then the kept source only")
        #expect(requests.last?.query["client_id"] == "user-assigned-9")
    }

    @Test func aConfiguredSourceThatFailsStopsTheChain() async throws {
        let log = RequestLog()
        let server = try await startServer(log) { _ in
            .json(401, #"{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}"#)
        }
        defer { Task { await server.stop() } }
        let environment = try IsolatedEnvironment([
            "AZURE_TENANT_ID": "t", "AZURE_CLIENT_ID": "c", "AZURE_CLIENT_SECRET": "wrong",
            "AZURE_AUTHORITY_HOST": server.baseURL.absoluteString,
        ])
        defer { environment.remove() }
        let cliRan = environment.file("cli-ran")
        try environment.installScript("az", ": > '\(cliRan.path)'\nprintf '{\"accessToken\":\"cli\",\"expires_on\":9999999999}'")
        let credential = try DefaultAzureCredential(environment: environment.variables, transport: LoopbackOnlyTransport())
        let error = try await #require(throws: CredentialChainError.self) { try await credential.token(for: [armScope]) }
        #expect(error.attempts.map(\.credential) == ["EnvironmentCredential"])
        #expect(error.attempts.first?.wasUnavailable == false)
        #expect(error.description.contains("AADSTS7000215"))
        #expect(!error.description.contains("wrong"), "the secret never appears")
        #expect(!FileManager.default.fileExists(atPath: cliRan.path), "a developer's CLI login does not stand in for a broken service principal")
    }

    @Test func theCLIIsTheLastResort() async throws {
        let environment = try IsolatedEnvironment()
        defer { environment.remove() }
        try environment.installScript("az", #"printf '{"accessToken":"from-cli","expires_on":9999999999}'"#)
        let credential = try DefaultAzureCredential(environment: environment.variables, transport: LoopbackOnlyTransport())
        #expect(try await credential.token(for: [armScope]).token == "from-cli")
    }

    @Test func azureTokenCredentialsNarrowsTheChain() async throws {
        let environment = try IsolatedEnvironment()
        defer { environment.remove() }
        var variables = environment.variables
        variables["AZURE_TOKEN_CREDENTIALS"] = "dev"
        #expect(try DefaultAzureCredential(environment: variables).sources == [.azureCLI])
        variables["AZURE_TOKEN_CREDENTIALS"] = "prod"
        #expect(try DefaultAzureCredential(environment: variables).sources == [.environment, .workloadIdentity, .managedIdentity])
        variables["AZURE_TOKEN_CREDENTIALS"] = "ManagedIdentityCredential"
        #expect(try DefaultAzureCredential(environment: variables, excluded: [.azureCLI]).sources == [.managedIdentity])
        variables["AZURE_TOKEN_CREDENTIALS"] = "prodd"
        #expect(throws: AuthenticationError.self) { try DefaultAzureCredential(environment: variables) }
        #expect(try DefaultAzureCredential(environment: environment.variables, excluded: [.managedIdentity, .azureCLI]).sources
            == [.environment, .workloadIdentity])
    }
}
