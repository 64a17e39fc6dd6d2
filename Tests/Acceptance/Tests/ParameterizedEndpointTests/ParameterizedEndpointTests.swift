import AcceptanceSupport
import Foundation
import ParameterizedEndpoint
import SpecGenRuntime
import Testing

/// parameterized-endpoint.json: `x-ms-parameterized-host` `{endpoint}`, the whole host as a
/// client parameter, which is what the generated client's `endpoint` is.
@Suite struct ParameterizedEndpointTests {
    @Test func requestGoesToTheGivenEndpoint() async throws {
        let client = ParameterizedEndpointClient(endpoint: TestServer.url, options: TestServer.options)
        try await client.operations.get()
    }

    /// A base path in the endpoint stays in front of the operation's path.
    @Test func endpointBasePathIsKept() throws {
        let endpoint = try #require(URL(string: "http://127.0.0.1:3000/base/"))
        let (request, _) = try Operations.Get().makeRequest(endpoint: RequestEndpoint(endpoint))
        #expect(request.authority == "127.0.0.1:3000")
        #expect(request.path == "/base/parameterizedEndpoint/get")
    }
}
