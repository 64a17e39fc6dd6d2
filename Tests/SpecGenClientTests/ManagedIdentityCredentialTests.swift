import Foundation
import SpecGenMock
import SpecGenRuntime
import Testing

/// ManagedIdentityCredential against loopback stand-ins for App Service's identity endpoint and for
/// IMDS (reached through `AZURE_POD_IDENTITY_AUTHORITY_HOST`; never the real 169.254.169.254).
@Suite struct ManagedIdentityCredentialTests {
    /// Real IMDS answers a request without `Metadata: true` with 400 at once; the stand-in does too.
    static func imds(_ token: @escaping @Sendable (MockRequest) -> MockResponse) -> @Sendable (MockRequest) async -> MockResponse {
        { request in
            guard request.path == "/metadata/identity/oauth2/token" else { return .json(404, "{}") }
            guard request.header("Metadata") == "true" else {
                return .json(400, #"{"error":"invalid_request","error_description":"Required metadata header not specified"}"#)
            }
            return token(request)
        }
    }

    @Test func appServiceSendsItsHeaderAndResourceAndReadsExpiresOn() async throws {
        let log = RequestLog()
        let expiry = Date().addingTimeInterval(7200)
        let server = try await startServer(log) { request in
            request.header("X-IDENTITY-HEADER") == "header-secret" ? managedIdentityToken("app-service-token", expiresOn: expiry) : .json(401, "{}")
        }
        defer { Task { await server.stop() } }
        let environment = try IsolatedEnvironment([
            "IDENTITY_ENDPOINT": server.baseURL.absoluteString + "/msi/token", "IDENTITY_HEADER": "header-secret",
        ])
        defer { environment.remove() }
        let transport = LoopbackOnlyTransport()
        let credential = ManagedIdentityCredential(id: .clientID("user-assigned-1"), environment: environment.variables, transport: transport)
        let token = try await credential.token(for: [armScope])
        #expect(token.token == "app-service-token")
        #expect(abs(token.expiresOn.timeIntervalSince(expiry)) < 1)
        let request = try #require(await log.requests.first)
        #expect(request.method == "GET")
        #expect(request.path == "/msi/token")
        #expect(request.query == ["api-version": "2019-08-01", "resource": "https://management.azure.com", "client_id": "user-assigned-1"])
        #expect(transport.refusedAuthorities.isEmpty)
    }

    @Test func anIdentityEndpointOverPlainHTTPOffLoopbackIsRefusedUnsent() async throws {
        let transport = LoopbackOnlyTransport()
        let credential = ManagedIdentityCredential(
            environment: ["IDENTITY_ENDPOINT": "http://identity.example/msi/token", "IDENTITY_HEADER": "h"], transport: transport)
        let error = try await #require(throws: AuthenticationError.self) { try await credential.token(for: [armScope]) }
        #expect(error.message.contains("IDENTITY_ENDPOINT"))
        #expect(transport.refusedAuthorities.isEmpty)
    }

    @Test(arguments: [
        (ManagedIdentityID.objectID("object-1"), "object_id", "object-1"),
        (ManagedIdentityID.resourceID("/subscriptions/s/rg/identities/x"), "msi_res_id", "/subscriptions/s/rg/identities/x"),
        (ManagedIdentityID.clientID("client-1"), "client_id", "client-1"),
    ])
    func imdsAtTheOverriddenAddressNamesTheUserAssignedIdentity(id: ManagedIdentityID, parameter: String, value: String) async throws {
        let log = RequestLog()
        let server = try await startServer(log, Self.imds { _ in managedIdentityToken("imds-token") })
        defer { Task { await server.stop() } }
        let environment = try IsolatedEnvironment(["AZURE_POD_IDENTITY_AUTHORITY_HOST": server.baseURL.absoluteString])
        defer { environment.remove() }
        let credential = ManagedIdentityCredential(id: id, environment: environment.variables, transport: LoopbackOnlyTransport())
        #expect(try await credential.token(for: [armScope]).token == "imds-token")
        let requests = await log.requests
        #expect(requests.count == 1, "no probe unless asked for")
        #expect(requests[0].header("Metadata") == "true")
        #expect(requests[0].query == ["api-version": "2018-02-01", "resource": "https://management.azure.com", parameter: value])
    }

    @Test func theProbeGoesFirstOnceAndAnyAnswerCountsAsPresent() async throws {
        let log = RequestLog()
        let server = try await startServer(log, Self.imds { _ in managedIdentityToken("imds-token", expiresOn: Date().addingTimeInterval(60)) })
        defer { Task { await server.stop() } }
        let environment = try IsolatedEnvironment(["AZURE_POD_IDENTITY_AUTHORITY_HOST": server.baseURL.absoluteString])
        defer { environment.remove() }
        let credential = ManagedIdentityCredential(environment: environment.variables, transport: LoopbackOnlyTransport(),
                                                   options: .init(probesIMDS: true, imdsProbeTimeout: .seconds(2)))
        _ = try await credential.token(for: [armScope])
        // A minute's token is inside the refresh margin: the second call fetches again, without a probe.
        _ = try await credential.token(for: [armScope])
        #expect(await log.requests.map { $0.header("Metadata") } == [nil, "true", "true"])
    }

    @Test func aProbeThatNobodyAnswersInTimeMakesTheCredentialUnavailableQuickly() async throws {
        let log = RequestLog()
        // Accepts the connection and says nothing for a minute: what a filtered IMDS address looks like.
        let silent = try await startServer(log) { _ in
            try? await Task.sleep(for: .seconds(60))
            return .json(500, "{}")
        }
        defer { Task { await silent.stop() } }
        let environment = try IsolatedEnvironment(["AZURE_POD_IDENTITY_AUTHORITY_HOST": silent.baseURL.absoluteString])
        defer { environment.remove() }
        let credential = ManagedIdentityCredential(environment: environment.variables, transport: LoopbackOnlyTransport(),
                                                   options: .init(probesIMDS: true, imdsProbeTimeout: .milliseconds(300)))
        let started = ContinuousClock.now
        let error = try await #require(throws: CredentialUnavailableError.self) { try await credential.token(for: [armScope]) }
        // Loose for a loaded machine, far below the minute the server would take.
        #expect(ContinuousClock.now - started < .seconds(30))
        #expect(error.message.contains("within"))
        #expect(await log.count == 1)
    }

    @Test func aProbeRefusedByAClosedPortIsUnavailableToo() async throws {
        let environment = try IsolatedEnvironment()
        defer { environment.remove() }
        let credential = ManagedIdentityCredential(environment: environment.variables, transport: LoopbackOnlyTransport(),
                                                   options: .init(probesIMDS: true))
        let error = try await #require(throws: CredentialUnavailableError.self) { try await credential.token(for: [armScope]) }
        #expect(error.message.contains("127.0.0.1:1"))
    }

    @Test func transientIMDSAnswersAreRetriedAndA400MeansNoIdentity() async throws {
        let log = RequestLog()
        let answers = Counter()
        let server = try await startServer(log, Self.imds { request in
            if request.query["client_id"] == "unknown" {
                return .json(400, #"{"error":"invalid_request","error_description":"Identity not found"}"#)
            }
            switch answers.next() {
            case 1: return .json(503, "{}")
            case 2: return .json(410, "{}")
            default: return managedIdentityToken("after-retries")
            }
        })
        defer { Task { await server.stop() } }
        let environment = try IsolatedEnvironment(["AZURE_POD_IDENTITY_AUTHORITY_HOST": server.baseURL.absoluteString])
        defer { environment.remove() }
        let fast = ManagedIdentityCredential.Options(retry: RetryOptions(maxRetries: 3, baseDelay: .milliseconds(5)))
        let credential = ManagedIdentityCredential(environment: environment.variables, transport: LoopbackOnlyTransport(), options: fast)
        #expect(try await credential.token(for: [armScope]).token == "after-retries")
        #expect(await log.count == 3)

        let unknown = ManagedIdentityCredential(id: .clientID("unknown"), environment: environment.variables,
                                                transport: LoopbackOnlyTransport(), options: fast)
        let error = try await #require(throws: CredentialUnavailableError.self) { try await unknown.token(for: [armScope]) }
        #expect(error.message.contains("Identity not found"))
        #expect(await log.count == 4, "a 400 is not retried")
    }

    @Test func unsupportedHostsAndScopesSaySo() async throws {
        let fabric = ManagedIdentityCredential(environment: ["IDENTITY_ENDPOINT": "https://x", "IDENTITY_HEADER": "h", "IDENTITY_SERVER_THUMBPRINT": "t"], transport: LoopbackOnlyTransport())
        let error = try await #require(throws: CredentialUnavailableError.self) { try await fabric.token(for: [armScope]) }
        #expect(error.message.contains("Service Fabric"))

        let environment = try IsolatedEnvironment()
        defer { environment.remove() }
        let imds = ManagedIdentityCredential(environment: environment.variables, transport: LoopbackOnlyTransport())
        await #expect(throws: AuthenticationError.self) { try await imds.token(for: ["a/.default", "b/.default"]) }
    }

    @Test func anOverrideOffLoopbackOverPlainHTTPIsRefusedUnsent() async throws {
        let transport = LoopbackOnlyTransport()
        let credential = ManagedIdentityCredential(environment: ["AZURE_POD_IDENTITY_AUTHORITY_HOST": "http://10.1.2.3:2579"], transport: transport)
        let error = try await #require(throws: AuthenticationError.self) { try await credential.token(for: [armScope]) }
        #expect(error.message.contains("AZURE_POD_IDENTITY_AUTHORITY_HOST"))
        #expect(transport.refusedAuthorities.isEmpty)
    }
}
