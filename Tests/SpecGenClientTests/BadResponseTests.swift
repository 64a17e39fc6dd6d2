import Foundation
import PostgreSQLFlexibleServers
import SpecGenMock
import SpecGenRuntime
import Testing

/// A service that answers wrongly gets typed errors with the status, request id and where
/// decoding failed: never a crash.
@Suite struct BadResponseTests {
    func client(answering response: MockResponse) async throws -> (PostgreSQLFlexibleServersClient, LoopbackServer) {
        let server = try await LoopbackServer.start { _ in response }
        return (makeClient(server), server)
    }

    @Test func bodyThatDoesNotMatchTheSchemaNamesThePath() async throws {
        let (client, server) = try await client(answering: .json(200, #"{"properties":{"startIpAddress":42}}"#, headers: [("x-ms-request-id", "r1")]))
        defer { Task { await server.stop() } }
        let error = try await #require(throws: ResponseDecodingError.self) {
            try await client.firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        }
        #expect(error.status == 200)
        #expect(error.requestID == "r1")
        #expect(error.codingPath == "properties.startIpAddress")
    }

    @Test func truncatedBodyIsADecodingError() async throws {
        let (client, server) = try await client(answering: .json(200, #"{"properties":{"startIpAddr"#, headers: [("x-ms-request-id", "r2")]))
        defer { Task { await server.stop() } }
        let error = try await #require(throws: ResponseDecodingError.self) {
            try await client.firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        }
        #expect(error.requestID == "r2")
        #expect(error.status == 200)
    }

    @Test func undocumentedStatusIsAServiceError() async throws {
        let (client, server) = try await client(answering: .json(418, #"{"error":{"code":"Teapot","message":"no"}}"#, headers: [("x-ms-request-id", "r3")]))
        defer { Task { await server.stop() } }
        let error = try await #require(throws: ServiceError.self) {
            try await client.firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        }
        #expect(error.status == 418)
        #expect(error.code == "Teapot")
        #expect(error.requestID == "r3")
    }

    @Test func nonJSONErrorBodyIsKeptRaw() async throws {
        let server = try await LoopbackServer.start { _ in
            MockResponse(status: 500, headers: [("x-ms-request-id", "r4")], body: Data("<html>oops</html>".utf8))
        }
        defer { Task { await server.stop() } }
        // No retries: a 500 is retried by default.
        let error = try await #require(throws: ServiceError.self) {
            try await makeClient(server, options: fastOptions(maxRetries: 0)).firewallRules.get(resourceGroupName: "rg", serverName: "server", firewallRuleName: "rule")
        }
        #expect(error.status == 500)
        #expect(error.code == nil)
        #expect(String(decoding: error.rawBody, as: UTF8.self) == "<html>oops</html>")
        #expect(error.requestID == "r4")
    }

    @Test func acceptedWithoutPollingHeadersIsATypedError() async throws {
        let (client, server) = try await client(answering: MockResponse(status: 202, headers: [("x-ms-request-id", "r5")]))
        defer { Task { await server.stop() } }
        let error = try await #require(throws: ResponseDecodingError.self) {
            try await client.backupsLongTermRetention.start(resourceGroupName: "rg", serverName: "server", body: ltrRequest)
        }
        #expect(error.status == 202)
        #expect(error.requestID == "r5")
        #expect(error.codingPath == "Azure-AsyncOperation")
    }
}
