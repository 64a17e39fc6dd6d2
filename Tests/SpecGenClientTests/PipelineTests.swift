import Foundation
import PostgreSQLFlexibleServers
import SpecGenMock
import SpecGenRuntime
import Testing

@Suite struct PagingTests {
    @Test func listOverThreePagesYieldsEveryItemOnceInOrder() async throws {
        let log = RequestLog()
        let box = PortBox()
        let server = try await startServer(log) { request in
            func rule(_ name: String) -> String { #"{"name":"\#(name)","properties":{"startIpAddress":"0.0.0.0","endIpAddress":"0.0.0.1"}}"# }
            let base = "http://127.0.0.1:\(box.port)/pages"
            switch request.path {
            case "/pages/2":
                // A page may be empty and still link on (ARM).
                return .json(200, #"{"value":[],"nextLink":"\#(base)/3?$skipToken=x&api-version=2000-01-01"}"#)
            case "/pages/3":
                return .json(200, #"{"value":[\#(rule("c"))]}"#)
            default:
                return .json(200, #"{"value":[\#(rule("a")),\#(rule("b"))],"nextLink":"\#(base)/2?api-version=2000-01-01"}"#)
            }
        }
        box.port = server.port
        defer { Task { await server.stop() } }
        let client = makeClient(server)
        let sequence = client.firewallRules.listByServer(resourceGroupName: "rg", serverName: "server")
        #expect(await log.count == 0, "nothing is fetched before iteration")
        var names: [String] = []
        for try await rule in sequence { names.append(rule.name ?? "") }
        #expect(names == ["a", "b", "c"])
        let requests = await log.requests
        #expect(requests.map(\.path) == ["\(serversPath)/server/firewallRules", "/pages/2", "/pages/3"])
        #expect(requests.dropFirst().allSatisfy { $0.query["api-version"] == "2025-08-01" }, "next links carry the client's api-version")
        #expect(requests[2].query["$skipToken"] == "x")
    }

    @Test func mockSplitsExampleListsIntoLinkedPages() async throws {
        let sandbox = try ContractSandbox(copies: ["FirewallRulesListByServer.json"])
        defer { sandbox.remove() }
        let mock = try sandbox.mock(.init(pageSize: 1, log: { _ in }))
        let server = try await mock.start()
        defer { Task { await server.stop() } }
        var names: [String] = []
        for try await rule in makeClient(server).firewallRules.listByServer(resourceGroupName: "exampleresourcegroup", serverName: "exampleserver") {
            names.append(rule.name ?? "")
        }
        #expect(names == ["examplefirewallrule1", "examplefirewallrule2"])
    }
}

@Suite struct RetryTests {
    func flakyServer(_ log: RequestLog, failures: Int, status: Int, retryAfter: String?) async throws -> LoopbackServer {
        try await startServer(log) { _ in
            if await log.count <= failures {
                return MockResponse(status: status, headers: retryAfter.map { [("Retry-After", $0)] } ?? [])
            }
            return .json(200, #"{"name":"rule","properties":{"startIpAddress":"0.0.0.0","endIpAddress":"0.0.0.1"}}"#)
        }
    }

    @Test func serviceUnavailableTwiceThenOKSucceedsOnTheThirdAttempt() async throws {
        let log = RequestLog()
        let server = try await flakyServer(log, failures: 2, status: 503, retryAfter: "1")
        defer { Task { await server.stop() } }
        let clock = ContinuousClock()
        let start = clock.now
        let rule = try await makeClient(server).firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        #expect(rule.name == "rule")
        let requests = await log.requests
        #expect(requests.count == 3)
        #expect(clock.now - start >= .seconds(2), "Retry-After: 1 is honoured before each retry")
        #expect(Set(requests.map { $0.header("x-ms-client-request-id") ?? "" }).count == 1, "one client request id across attempts")
    }

    @Test func badRequestIsNotRetried() async throws {
        let log = RequestLog()
        let server = try await flakyServer(log, failures: 5, status: 400, retryAfter: nil)
        defer { Task { await server.stop() } }
        let error = try await #require(throws: ServiceError.self) {
            try await makeClient(server).firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        }
        #expect(error.status == 400)
        #expect(await log.count == 1)
    }

    @Test func attemptLimitIsHonoured() async throws {
        let log = RequestLog()
        let server = try await flakyServer(log, failures: 100, status: 503, retryAfter: "0")
        defer { Task { await server.stop() } }
        let error = try await #require(throws: ServiceError.self) {
            try await makeClient(server, options: fastOptions(maxRetries: 2)).firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        }
        #expect(error.status == 503)
        #expect(await log.count == 3, "one attempt and two retries")
    }

    @Test func connectionErrorsAreRetriedThenReported() async throws {
        // Nothing listens on port 1 of the loopback interface: every attempt is refused.
        let client = PostgreSQLFlexibleServersClient(
            subscriptionId: subscription, credential: StaticTokenCredential(token: "t"),
            endpoint: URL(string: "http://127.0.0.1:1")!, options: fastOptions(maxRetries: 1))
        await #expect(throws: TransportError.self) {
            try await client.firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        }
    }
}

@Suite struct AuthenticationTests {
    @Test func clientCredentialsTokenIsFetchedOnceReusedAndRefreshedWhenExpired() async throws {
        let log = RequestLog()
        let issued = Counter()
        let server = try await startServer(log) { request in
            if request.path == "/tenant-1/oauth2/v2.0/token" {
                let number = issued.next()
                // Three seconds: the first two calls (one of them fetching the token) fit well inside it on a busy machine.
                return .json(200, #"{"token_type":"Bearer","expires_in":3,"access_token":"token-\#(number)"}"#)
            }
            return .json(200, #"{"name":"rule","properties":{"startIpAddress":"0.0.0.0","endIpAddress":"0.0.0.1"}}"#)
        }
        defer { Task { await server.stop() } }
        let credential = ClientSecretCredential(tenantID: "tenant-1", clientID: "app-1", clientSecret: "s3cr3t&=",
                                                authorityHost: server.baseURL, transport: URLSessionTransport(), refreshMargin: 0)
        let client = makeClient(server, credential: credential)
        _ = try await client.firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        _ = try await client.firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        try await Task.sleep(for: .milliseconds(3100))
        _ = try await client.firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")

        let requests = await log.requests
        let tokenRequests = requests.filter { $0.path.hasSuffix("/token") }
        let apiRequests = requests.filter { !$0.path.hasSuffix("/token") }
        #expect(tokenRequests.count == 2, "one token, reused, then one refresh after expiry")
        #expect(apiRequests.map { $0.header("Authorization") ?? "" } == ["Bearer token-1", "Bearer token-1", "Bearer token-2"])
        let form = String(decoding: tokenRequests[0].body, as: UTF8.self)
        #expect(form.contains("grant_type=client_credentials"))
        #expect(form.contains("client_id=app-1"))
        #expect(form.contains("client_secret=s3cr3t%26%3D"))
        #expect(form.contains("scope=https%3A%2F%2Fmanagement.azure.com%2F.default"))
        #expect(tokenRequests[0].header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(apiRequests[0].header("User-Agent")?.hasPrefix("azsdk-swift-PostgreSQLFlexibleServers/") == true)
    }

    @Test func refusedTokenRequestNeverShowsTheSecret() async throws {
        let log = RequestLog()
        let server = try await startServer(log) { _ in
            .json(401, #"{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}"#)
        }
        defer { Task { await server.stop() } }
        let credential = ClientSecretCredential(tenantID: "t", clientID: "c", clientSecret: "super-secret-value",
                                                authorityHost: server.baseURL, transport: URLSessionTransport())
        let error = try await #require(throws: AuthenticationError.self) { try await credential.token(for: ["scope/.default"]) }
        #expect(error.code == "invalid_client")
        #expect(!error.description.contains("super-secret-value"))
        #expect(!"\(error)".contains("super-secret-value"))
    }
}

@Suite struct ServiceErrorTests {
    @Test func defaultResponseSurfacesEveryFieldThroughTheClient() async throws {
        let log = RequestLog()
        let server = try await startServer(log) { _ in
            .json(409, #"{"error":{"code":"Conflict","message":"Busy.","target":"serverName","details":[{"code":"Inner","message":"x"}],"additionalInfo":[{"type":"T","info":{}}]}}"#,
                  headers: [("x-ms-error-code", "ServerBusy"), ("x-ms-request-id", "rid-1")])
        }
        defer { Task { await server.stop() } }
        let error = try await #require(throws: ServiceError.self) {
            try await makeClient(server).backupsLongTermRetention.checkPrerequisites(
                resourceGroupName: "rg", serverName: "server", body: LtrPreBackupRequest(backupSettings: BackupSettings(backupName: "b")))
        }
        #expect(error.status == 409)
        #expect(error.code == "ServerBusy")
        #expect(error.message == "Busy.")
        #expect(error.target == "serverName")
        #expect(error.details.map(\.code) == ["Inner"])
        #expect(error.additionalInfo.count == 1)
        #expect(error.requestID == "rid-1")
        #expect(try error.decodeBody(as: ErrorResponse.self).error?.code == "Conflict")
    }

    @Test func validationFailsBeforeAnythingIsSent() async throws {
        let log = RequestLog()
        let server = try await startServer(log) { _ in MockResponse(status: 200) }
        defer { Task { await server.stop() } }
        await #expect(throws: ValidationError.self) {
            try await makeClient(server).firewallRules.get(resourceGroupName: "rg", serverName: "ab", firewallRuleName: "rule")
        }
        #expect(await log.count == 0)
    }
}

/// Numbers handed out across threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int { lock.withLock { value += 1; return value } }
}
