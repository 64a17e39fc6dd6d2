import AcceptanceSupport
import Foundation
import MultiapiV0
import SpecGenRuntime
import Testing

/// multiapi-v0.json: `GET /multiapi/one/testTwoEndpoint` of a contract at api-version 0.0.0,
/// which the server does not serve (it knows 1.0.0, 2.0.0 and 3.0.0).
@Suite struct MultiapiV0Tests {
    /// The client sends the contract's api-version; the server refuses it.
    @Test func contractApiVersionIsSent() async throws {
        let client = MultiapiV0Client(endpoint: TestServer.url, options: TestServer.options)
        #expect(client.apiVersion == "0.0.0")
        let error = try await #require(throws: ServiceError.self) { try await client.operationGroupOne.testTwo() }
        #expect(error.status == 400)
        #expect(error.message == "The api version of testTwo is not supported: 0.0.0")
    }

    /// The client's `apiVersion` replaces the contract's on every request.
    @Test func clientApiVersionOverridesTheContract() async throws {
        let client = MultiapiV0Client(endpoint: TestServer.url, apiVersion: "1.0.0", options: TestServer.options)
        try await client.operationGroupOne.testTwo()
    }
}
