import AcceptanceSupport
import Foundation
import ParameterizedEndpoint
import SpecGenRuntime
import Testing

/// parameterized-endpoint.json: `x-ms-parameterized-host` `{endpoint}` (no scheme prefix), the
/// whole host a client parameter: `init(endpoint: String) throws`, the request sent to the filled
/// template.
@Suite struct ParameterizedEndpointTests {
    @Test func requestGoesToTheGivenEndpoint() async throws {
        let client = try ParameterizedEndpointClient(endpoint: TestServer.url.absoluteString, options: TestServer.options)
        #expect(client.endpoint == TestServer.url.absoluteString)
        try await client.operations.get()
    }

    /// A base path in the endpoint stays in front of the operation's path.
    @Test func endpointBasePathIsKept() throws {
        let (request, _) = try Operations.Get(endpoint: "http://127.0.0.1:3000/base/").makeRequest()
        #expect(request.scheme == "http")
        #expect(request.authority == "127.0.0.1:3000")
        #expect(request.path == "/base/parameterizedEndpoint/get")
    }

    /// An endpoint that is no URL is refused when the client is made.
    @Test func endpointThatIsNoURLIsRefused() {
        #expect(throws: InvalidEndpointError.self) { _ = try ParameterizedEndpointClient(endpoint: "not a url") }
    }
}
