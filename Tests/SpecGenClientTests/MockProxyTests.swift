import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PostgreSQLFlexibleServers
import SpecGenMock
import SpecGenRuntime
import Testing

/// Proxy mode: every request goes on to a "real service" (a second loopback server here, never
/// anything else), its answer comes back unchanged, and each way request or response breaks the
/// contract is logged as one line naming the operation, the JSON pointer and the rule.
@Suite struct MockProxyTests {
    /// A service that drifted from its contract: a server's state is a number, its location gone.
    static let drifted = #"{"name":"server1","properties":{"state":7,"version":"17"},"tags":{"a":"b"}}"#

    func realService(_ log: RequestLog) async throws -> LoopbackServer {
        try await startServer(log) { request in
            if request.path.hasSuffix("/startLtrBackup") { return MockResponse(status: 418, headers: [("X-Teapot", "yes")]) }
            return .json(200, Self.drifted, headers: [("X-Served-By", "real")])
        }
    }

    @Test func forwardsUnchangedAndLogsEachViolation() async throws {
        let seen = RequestLog()
        let real = try await realService(seen)
        defer { Task { await real.stop() } }
        let lines = RequestLines()
        let sandbox = try ContractSandbox()
        defer { sandbox.remove() }
        let proxy = try await sandbox.mock(.init(proxy: real.baseURL, log: { lines.append($0) })).start()
        defer { Task { await proxy.stop() } }

        let url = URL(string: proxy.baseURL.absoluteString + serversPath + "/server1?api-version=2025-08-01")!
        let answer = try await send("GET", url, headers: ["Authorization": "Bearer t", "x-ms-client-request-id": "abc"])
        #expect(answer.status == 200)
        #expect(answer.body == Data(Self.drifted.utf8), "the body as the service sent it")
        #expect(answer.headers["x-served-by"] == "real")
        let forwarded = try #require(await seen.requests.first)
        #expect(forwarded.target == serversPath + "/server1?api-version=2025-08-01")
        #expect(forwarded.header("Authorization") == "Bearer t")
        #expect(forwarded.header("x-ms-client-request-id") == "abc")

        // A request that breaks the contract still goes through; so does an undocumented answer.
        let start = URL(string: proxy.baseURL.absoluteString + serversPath + "/server1/startLtrBackup?api-version=2025-08-01")!
        let teapot = try await send("POST", start, body: #"{"backupSettings":{}}"#)
        #expect(teapot.status == 418)
        #expect(teapot.headers["x-teapot"] == "yes")
        #expect(await seen.requests.last?.body == Data(#"{"backupSettings":{}}"#.utf8))

        let log = lines.all
        #expect(log.contains { $0.hasPrefix("GET \(serversPath)/server1?api-version=2025-08-01 -> 200 (Servers_Get) via http://127.0.0.1:") }, "\(log)")
        let violations = log.filter { $0.hasPrefix("violation: ") }
        #expect(violations.contains("violation: Servers_Get response 200 /location is required"), "\(violations)")
        #expect(violations.contains("violation: Servers_Get response 200 /properties/state must be string, found integer"), "\(violations)")
        #expect(violations.contains("violation: BackupsLongTermRetention_Start request /backupSettings/backupName is required"), "\(violations)")
        #expect(violations.contains("violation: BackupsLongTermRetention_Start request /targetDetails is required"), "\(violations)")
        // `default` documents every other status, with an ErrorResponse body.
        #expect(violations.contains("violation: BackupsLongTermRetention_Start response 418 / is missing; the contract documents a body for 418"))
        #expect(violations.count == 5, "\(violations)")
    }

    /// The mock answering from the schema, checked through a second mock in proxy mode: it keeps
    /// its own contract, so nothing is logged but the requests.
    @Test func theMockKeepsItsOwnContract() async throws {
        let sandbox = try ContractSandbox()
        defer { sandbox.remove() }
        let real = try await sandbox.mock().start()
        defer { Task { await real.stop() } }
        let lines = RequestLines()
        let proxy = try await sandbox.mock(.init(proxy: real.baseURL, log: { lines.append($0) })).start()
        defer { Task { await proxy.stop() } }
        let client = makeClient(proxy)
        _ = try await client.servers.get(resourceGroupName: "rg", serverName: "server1")
        for try await _ in client.firewallRules.listByServer(resourceGroupName: "rg", serverName: "server1") {}
        _ = try await client.backupsLongTermRetention.checkPrerequisites(
            resourceGroupName: "rg", serverName: "server1", body: LtrPreBackupRequest(backupSettings: BackupSettings(backupName: "b")))
        #expect(lines.all.count == 3, "\(lines.all)")
        #expect(!lines.all.contains { $0.hasPrefix("violation:") }, "\(lines.all)")
    }

    /// The same checks without a server: a request and an answer against the contract.
    @Test func violationsOfARequestAndItsAnswer() async throws {
        let sandbox = try ContractSandbox()
        defer { sandbox.remove() }
        let mock = try sandbox.mock()
        let request = MockRequest(method: "POST", target: serversPath + "/server1/startLtrBackup?api-version=2025-08-01",
                                  headers: [("Content-Type", "application/json")], body: Data(#"{"targetDetails":{"sasUriList":[]}}"#.utf8))
        let answer = MockResponse.json(200, #"{"properties":{"percentComplete":"half","status":"Running","startTime":"2025-06-01T18:30:22Z"}}"#)
        let found = try #require(await mock.violations(of: request, answer: answer))
        #expect(found.operationId == "BackupsLongTermRetention_Start")
        #expect(found.request.map(\.description) == ["/backupSettings is required"])
        #expect(found.request.first?.pointer == "/backupSettings")
        #expect(found.response.map(\.description) == ["/properties/percentComplete must be number, found string"])
        #expect(await mock.violations(of: MockRequest(method: "GET", target: "/nowhere")) == nil)
    }

    @Test func anUnreachableServiceIsA502() async throws {
        let sandbox = try ContractSandbox()
        defer { sandbox.remove() }
        // Nothing listens on port 1 of the loopback interface.
        let proxy = try await sandbox.mock(.init(proxy: URL(string: "http://127.0.0.1:1")!, log: { _ in })).start()
        defer { Task { await proxy.stop() } }
        let answer = try await send("GET", URL(string: proxy.baseURL.absoluteString + serversPath + "/server1?api-version=2025-08-01")!)
        #expect(answer.status == 502)
    }
}
