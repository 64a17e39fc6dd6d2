import AcceptanceSupport
import Foundation
import MultiapiV1CustomBaseUrl
import SpecGenRuntime
import Testing

/// multiapi-v1-custom-base-url.json: `PUT {Endpoint}/multiapiCustomBaseUrl/v1/test?id=1&api-version=1.0.0`,
/// the host given by `x-ms-parameterized-host` (`{Endpoint}/multiapiCustomBaseUrl/v1`).
@Suite struct MultiapiV1CustomBaseUrlTests {
    /// The client is given `Endpoint` only; the template adds `/multiapiCustomBaseUrl/v1`.
    @Test func hostTemplateAddsItsPath() async throws {
        let client = try MultiapiV1CustomBaseUrlClient(endpoint: TestServer.url.absoluteString, options: TestServer.options)
        #expect(client.apiVersion == "1.0.0")
        try await client.operations.test(id: 1)
    }

    @Test func requestShape() throws {
        let (request, _) = try Operations.Test(endpoint: "http://127.0.0.1:3000", id: 1).makeRequest()
        #expect(request.method == .put)
        #expect(request.authority == "127.0.0.1:3000")
        #expect(request.path == "/multiapiCustomBaseUrl/v1/test?id=1&api-version=1.0.0")
    }
}
