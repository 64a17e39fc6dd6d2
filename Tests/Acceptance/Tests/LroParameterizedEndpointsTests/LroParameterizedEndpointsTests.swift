import AcceptanceSupport
import Foundation
import LroParameterizedEndpoints
import SpecGenRuntime
import Testing

/// lro-parameterized-endpoints.json: long-running POSTs on the `x-ms-parameterized-host`
/// `{accountName}{host}`; the server answers 202 with a relative `Location`
/// (`/lroParameterizedEndpoints/results/1`), to be polled on that same host, whose GET answers 200
/// with the JSON string "success". The second operation has a constant path parameter
/// (`/lroConstantParameterizedEndpoints/iAmConstant`).
///
/// The host is built as `127.0.0.1` + `:<port>` (AutoRest's own tests use `local` + `host:3000`).
@Suite struct LroParameterizedEndpointsTests {
    let client = LroParameterizedEndpointsClient(host: ":\(TestServer.url.port ?? 80)", options: TestServer.options)
    let accountName = TestServer.url.host ?? "127.0.0.1"

    @Test func pollOnParameterizedHost() async throws {
        let operation = try await client.operations.pollWithParameterizedEndpoints(accountName: accountName)
        let result = try await deadline { try await operation.pollUntilDone() }
        #expect(result == "success")
    }

    @Test func pollOnParameterizedHostWithConstantPathParameter() async throws {
        let operation = try await client.operations.pollWithConstantParameterizedEndpoints(accountName: accountName)
        let result = try await deadline { try await operation.pollUntilDone() }
        #expect(result == "success")
    }
}
