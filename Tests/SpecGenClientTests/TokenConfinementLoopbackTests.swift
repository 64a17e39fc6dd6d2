import Foundation
import HTTPTypes
import PostgreSQLFlexibleServers
import SpecGenMock
import SpecGenRuntime
import Testing

/// The token rules over real sockets and the default `URLSessionTransport`: the endpoint listens on
/// 127.0.0.1, "another host" on 127.0.0.2 (both loopback, so nothing leaves the machine).
@Suite struct TokenConfinementLoopbackTests {
    static let rule = #"{"name":"rule","properties":{"startIpAddress":"0.0.0.0","endIpAddress":"0.0.0.1"}}"#

    /// A second listener on 127.0.0.2 that records what reaches it.
    func otherHost(_ log: RequestLog, _ handler: @escaping @Sendable (MockRequest) async -> MockResponse = { _ in .json(200, rule) })
        async throws -> (server: LoopbackServer, url: String) {
        let server = try await LoopbackServer.start(host: "127.0.0.2") { request in
            await log.record(request)
            return await handler(request)
        }
        return (server, "http://127.0.0.2:\(server.port)")
    }

    @Test func redirectToAnotherHostArrivesWithoutTheToken() async throws {
        let (endpointLog, otherLog) = (RequestLog(), RequestLog())
        let other = try await otherHost(otherLog)
        defer { Task { await other.server.stop() } }
        let endpoint = try await startServer(endpointLog) { _ in MockResponse(status: 307, headers: [("Location", other.url + "/rule")]) }
        defer { Task { await endpoint.stop() } }

        let rule = try await makeClient(endpoint).firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        #expect(rule.name == "rule")
        #expect(await endpointLog.requests.map { $0.header("Authorization") } == ["Bearer test-token"])
        let arrived = await otherLog.requests
        #expect(arrived.map(\.path) == ["/rule"])
        #expect(arrived.first?.header("Authorization") == nil, "the other host never sees the token")
        #expect(arrived.first?.header("x-ms-client-request-id") != nil)
    }

    @Test func urlSessionTransportHandsTheRedirectBack() async throws {
        let (endpointLog, otherLog) = (RequestLog(), RequestLog())
        let other = try await otherHost(otherLog)
        defer { Task { await other.server.stop() } }
        let endpoint = try await startServer(endpointLog) { _ in MockResponse(status: 307, headers: [("Location", other.url + "/rule")]) }
        defer { Task { await endpoint.stop() } }

        var request = HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1:\(endpoint.port)", path: "/start")
        request.headerFields[.authorization] = "Bearer secret"
        let (response, _) = try await URLSessionTransport().send(request, body: nil)
        #expect(response.status.code == 307)
        #expect(response.headerFields[.location] == other.url + "/rule")
        #expect(await otherLog.count == 0, "FoundationNetworking did not follow it on its own")
    }

    @Test func redirectOnTheSameHostKeepsTheToken() async throws {
        let log = RequestLog()
        let server = try await startServer(log) { request in
            request.path == "/moved" ? .json(200, Self.rule) : MockResponse(status: 302, headers: [("Location", "/moved")])
        }
        defer { Task { await server.stop() } }
        _ = try await makeClient(server).firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        let requests = await log.requests
        #expect(requests.map(\.path).last == "/moved")
        #expect(requests.map { $0.header("Authorization") } == ["Bearer test-token", "Bearer test-token"])
    }

    @Test func postIsNotRedirected() async throws {
        let (endpointLog, otherLog) = (RequestLog(), RequestLog())
        let other = try await otherHost(otherLog)
        defer { Task { await other.server.stop() } }
        let endpoint = try await startServer(endpointLog) { _ in MockResponse(status: 307, headers: [("Location", other.url + "/elsewhere")]) }
        defer { Task { await endpoint.stop() } }
        let error = try await #require(throws: ServiceError.self) {
            try await makeClient(endpoint).backupsLongTermRetention.checkPrerequisites(
                resourceGroupName: "rg", serverName: "server", body: LtrPreBackupRequest(backupSettings: BackupSettings(backupName: "b")))
        }
        #expect(error.status == 307)
        #expect(await otherLog.count == 0)
    }

    @Test func nextLinkOnAnotherHostIsRefusedUnsent() async throws {
        let (endpointLog, otherLog) = (RequestLog(), RequestLog())
        let other = try await otherHost(otherLog)
        defer { Task { await other.server.stop() } }
        let endpoint = try await startServer(endpointLog) { _ in
            .json(200, #"{"value":[\#(Self.rule)],"nextLink":"\#(other.url)/page/2"}"#)
        }
        defer { Task { await endpoint.stop() } }
        let error = try await #require(throws: TokenConfinementError.self) {
            for try await _ in makeClient(endpoint).firewallRules.listByServer(resourceGroupName: "rg", serverName: "server") {}
        }
        #expect(error.host == "127.0.0.2:\(other.server.port)")
        #expect(error.description.contains("127.0.0.2"))
        #expect(await otherLog.count == 0)
    }

    @Test func pollingURLOnAnotherHostIsRefusedUnsent() async throws {
        let (endpointLog, otherLog) = (RequestLog(), RequestLog())
        let other = try await otherHost(otherLog) { _ in .json(200, #"{"status":"Succeeded"}"#) }
        defer { Task { await other.server.stop() } }
        let endpoint = try await startServer(endpointLog) { _ in
            MockResponse(status: 202, headers: [("Azure-AsyncOperation", other.url + "/operations/1"), ("Retry-After", "0")])
        }
        defer { Task { await endpoint.stop() } }
        let operation = try await makeClient(endpoint).backupsLongTermRetention.start(resourceGroupName: "rg", serverName: "server", body: ltrRequest)
        await #expect(throws: TokenConfinementError.self) { try await operation.pollUntilDone() }
        #expect(await otherLog.count == 0)
    }

    @Test func anotherHostAllowedInOptionsGetsTheToken() async throws {
        let (endpointLog, otherLog) = (RequestLog(), RequestLog())
        let other = try await otherHost(otherLog) { _ in .json(200, #"{"value":[]}"#) }
        defer { Task { await other.server.stop() } }
        let endpoint = try await startServer(endpointLog) { _ in
            .json(200, #"{"value":[\#(Self.rule)],"nextLink":"\#(other.url)/page/2"}"#)
        }
        defer { Task { await endpoint.stop() } }
        var options = fastOptions()
        options.additionalTokenHosts = ["127.0.0.2:\(other.server.port)"]
        var count = 0
        for try await _ in makeClient(endpoint, options: options).firewallRules.listByServer(resourceGroupName: "rg", serverName: "server") { count += 1 }
        #expect(count == 1)
        #expect(await otherLog.requests.map { $0.header("Authorization") } == ["Bearer test-token"])
    }

    @Test func bearerChallengeIsAnsweredThroughURLSession() async throws {
        let log = RequestLog()
        let server = try await startServer(log) { _ in
            if await log.count == 1 {
                return MockResponse(status: 401, headers: [("WWW-Authenticate", #"Bearer realm="", error="insufficient_claims", claims="eyJhIjoxfQ==""#)])
            }
            return .json(200, Self.rule)
        }
        defer { Task { await server.stop() } }
        let credential = ChallengeCredential()
        _ = try await makeClient(server, credential: credential).firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        #expect(await log.requests.map { $0.header("Authorization") } == ["Bearer cached", "Bearer fresh"])
        #expect(credential.claims == [#"{"a":1}"#])
    }

    @Test func dotSegmentsNeverReachTheServer() async throws {
        let log = RequestLog()
        let server = try await startServer(log) { _ in .json(200, Self.rule) }
        defer { Task { await server.stop() } }
        let client = makeClient(server)
        await #expect(throws: ValidationError.self) {
            try await client.firewallRules.get(resourceGroupName: "..", serverName: "server", firewallRuleName: "rule")
        }
        await #expect(throws: ValidationError.self) {
            try await client.advancedThreatProtectionSettings.get(resourceGroupName: "rg", serverName: "server", threatProtectionName: .init(rawValue: "."))
        }
        #expect(await log.count == 0)
    }
}

/// Returns `cached` unless asked to bypass its cache, then `fresh`; keeps the claims it was given.
final class ChallengeCredential: TokenCredential, @unchecked Sendable {
    private let lock = NSLock()
    private var received: [String] = []

    var claims: [String] { lock.withLock { received } }

    func token(for scopes: [String]) async throws -> AccessToken { AccessToken(token: "cached", expiresOn: .distantFuture) }

    func token(for context: TokenRequestContext) async throws -> AccessToken {
        guard context.bypassesCache else { return try await token(for: context.scopes) }
        lock.withLock { received.append(context.claims ?? "") }
        return AccessToken(token: "fresh", expiresOn: .distantFuture)
    }
}
