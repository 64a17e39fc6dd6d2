import Foundation
import PostgreSQLFlexibleServers
import SpecGenMock
import SpecGenRuntime
import Testing

@Suite struct LongRunningOperationTests {
    @Test func startLongTermRetentionBackupCompletesThroughPollingTheMock() async throws {
        let lines = RequestLines()
        let sandbox = try ContractSandbox(copies: ["BackupsLongTermRetentionStart.json"])
        defer { sandbox.remove() }
        let mock = try sandbox.mock(.init(pollsBeforeDone: 2, retryAfter: 0, log: { line in lines.append(line) }))
        let server = try await mock.start()
        defer { Task { await server.stop() } }
        let client = makeClient(server)
        let operation = try await client.backupsLongTermRetention.start(resourceGroupName: "exampleresourcegroup", serverName: "exampleserver", body: ltrRequest)
        let result = try await operation.pollUntilDone()
        #expect(result.properties?.backupMetadata == "backupmetadata")
        #expect(result.properties?.status == .running)
        let log = lines.all
        #expect(log.first?.contains("startLtrBackup?api-version=2025-08-01 -> 202") == true)
        #expect(log.filter { $0.contains("/__mock/operations/") }.count == 3, "two InProgress polls, then Succeeded: \(log)")
        #expect(log.last?.contains("/__mock/results/") == true, "final-state-via location: the result comes from Location")
    }

    @Test func serverCreateOrUpdateCompletesAndReturnsTheResource() async throws {
        let lines = RequestLines()
        // No example of Servers_CreateOrUpdate: the final resource is made from the schema, with what was sent laid over it.
        let sandbox = try ContractSandbox()
        defer { sandbox.remove() }
        let mock = try sandbox.mock(.init(pollsBeforeDone: 1, retryAfter: 0, log: { line in lines.append(line) }))
        let server = try await mock.start()
        defer { Task { await server.stop() } }
        let client = makeClient(server)
        let body = Server(location: "westus", properties: ServerProperties(version: .v17))
        let created = try await client.servers.createOrUpdate(resourceGroupName: "rg", serverName: "newserver", body: body).pollUntilDone()
        #expect(created.location == "westus")
        #expect(created.properties?.version == .v17)
        #expect(created.name == "newserver", "a resource made from the schema is named after its path")
        #expect(created.id == "\(serversPath)/newserver")
        // A PUT's final result is a GET of the original URI.
        #expect(lines.all.last?.hasPrefix("GET \(serversPath)/newserver?api-version=2025-08-01 -> 200") == true, "\(lines.all)")
    }

    @Test func failedStatusSurfacesTheOperationError() async throws {
        let log = RequestLog()
        let box = PortBox()
        let server = try await startServer(log) { request in
            if request.path.hasSuffix("/startLtrBackup") {
                return MockResponse(status: 202, headers: [("Azure-AsyncOperation", "http://127.0.0.1:\(box.port)/status/1"), ("Retry-After", "0")])
            }
            return .json(200, #"{"status":"Failed","error":{"code":"BackupFailed","message":"The disk is full."}}"#)
        }
        box.port = server.port
        defer { Task { await server.stop() } }
        let operation = try await makeClient(server).backupsLongTermRetention.start(resourceGroupName: "rg", serverName: "server", body: ltrRequest)
        let error = try await #require(throws: LongRunningOperationError.self) { try await operation.pollUntilDone() }
        #expect(error.status == "Failed")
        #expect(error.code == "BackupFailed")
        #expect(error.message == "The disk is full.")
        let requests = await log.requests
        #expect(requests.count == 2)
        #expect(requests[1].header("x-ms-client-request-id") == requests[0].header("x-ms-client-request-id"), "polls reuse the request id")
    }

    @Test func cancellationStopsPolling() async throws {
        let log = RequestLog()
        let box = PortBox()
        let server = try await startServer(log) { request in
            if request.path.hasSuffix("/startLtrBackup") {
                return MockResponse(status: 202, headers: [("Azure-AsyncOperation", "http://127.0.0.1:\(box.port)/status/1"), ("Retry-After", "0")])
            }
            return .json(200, #"{"status":"InProgress"}"#)
        }
        box.port = server.port
        defer { Task { await server.stop() } }
        let operation = try await makeClient(server).backupsLongTermRetention.start(resourceGroupName: "rg", serverName: "server", body: ltrRequest)
        let polling = Task { try await operation.pollUntilDone() }
        while await log.count < 4 { try await Task.sleep(for: .milliseconds(5)) }
        polling.cancel()
        let outcome = await polling.result
        #expect(throws: CancellationError.self) { try outcome.get() }
        let afterCancel = await log.count
        try await Task.sleep(for: .milliseconds(100))
        #expect(await log.count == afterCancel, "no poll after cancellation")
    }

    @Test func resumesFromAContinuationToken() async throws {
        let sandbox = try ContractSandbox(copies: ["BackupsLongTermRetentionStart.json"])
        defer { sandbox.remove() }
        let mock = try sandbox.mock(.init(pollsBeforeDone: 1, retryAfter: 0, log: { _ in }))
        let server = try await mock.start()
        defer { Task { await server.stop() } }
        let client = makeClient(server)
        let started = try await client.backupsLongTermRetention.start(resourceGroupName: "exampleresourcegroup", serverName: "exampleserver", body: ltrRequest)
        let token = started.continuationToken
        let resumed = try LongRunningOperation<BackupsLongTermRetentionResponse>(resumingFrom: token, client: client.service)
        let result = try await resumed.pollUntilDone()
        #expect(result.properties?.backupMetadata == "backupmetadata")
        #expect(throws: TransportError.self) { try LongRunningOperation<BackupsLongTermRetentionResponse>(resumingFrom: "garbage", client: client.service) }
    }
}

/// Log lines from the mock, collected across threads.
final class RequestLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }

    var all: [String] { lock.withLock { lines } }
}

/// A port known only after the server starts, read by its handler.
final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    var port: Int {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}

@Suite struct BodyPollingTests {
    @Test func putWithoutPollingHeadersPollsTheResourceUntilItsStateIsTerminal() async throws {
        let log = RequestLog()
        let server = try await startServer(log) { request in
            if request.method == "PUT" {
                return .json(201, #"{"name":"rule","properties":{"startIpAddress":"0.0.0.0","endIpAddress":"0.0.0.1","provisioningState":"Creating"}}"#)
            }
            let polls = await log.requests.filter { $0.method == "GET" }.count
            let state = polls < 2 ? "Updating" : "Succeeded"
            return .json(200, #"{"name":"rule","properties":{"startIpAddress":"0.0.0.0","endIpAddress":"0.0.0.1","provisioningState":"\#(state)"}}"#,
                         headers: [("Retry-After", "0")])
        }
        defer { Task { await server.stop() } }
        let body = FirewallRule(properties: FirewallRuleProperties(startIpAddress: "0.0.0.0", endIpAddress: "0.0.0.1"))
        let rule = try await makeClient(server).firewallRules
            .createOrUpdate(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule", body: body).pollUntilDone()
        #expect(rule.name == "rule")
        let requests = await log.requests
        #expect(requests.map(\.method) == ["PUT", "GET", "GET"])
        #expect(requests[1].path == requests[0].path, "body polling GETs the resource itself")
    }

    @Test func failedProvisioningStateSurfacesTheError() async throws {
        let log = RequestLog()
        let server = try await startServer(log) { request in
            if request.method == "PUT" { return .json(200, #"{"properties":{"provisioningState":"Accepted"}}"#) }
            return .json(200, #"{"properties":{"provisioningState":"Failed","error":{"code":"QuotaExceeded","message":"no"}}}"#)
        }
        defer { Task { await server.stop() } }
        let body = FirewallRule(properties: FirewallRuleProperties(startIpAddress: "0.0.0.0", endIpAddress: "0.0.0.1"))
        let operation = try await makeClient(server).firewallRules
            .createOrUpdate(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule", body: body)
        let error = try await #require(throws: LongRunningOperationError.self) { try await operation.pollUntilDone() }
        #expect(error.status == "Failed")
        #expect(error.code == "QuotaExceeded")
    }
}
