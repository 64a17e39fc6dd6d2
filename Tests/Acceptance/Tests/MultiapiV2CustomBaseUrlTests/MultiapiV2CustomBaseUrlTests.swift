import AcceptanceSupport
import Foundation
import MultiapiV2CustomBaseUrl
import SpecGenRuntime
import Testing

/// multiapi-v2-custom-base-url.json: `PUT {Endpoint}/multiapiCustomBaseUrl/v2/test?id=2&api-version=2.0.0`,
/// the host given by `x-ms-parameterized-host` (`{Endpoint}/multiapiCustomBaseUrl/v2`).
@Suite struct MultiapiV2CustomBaseUrlTests {
    /// The client is given `Endpoint` only; the template adds `/multiapiCustomBaseUrl/v2`.
    @Test func hostTemplateAddsItsPath() async throws {
        let client = try MultiapiV2CustomBaseUrlClient(endpoint: TestServer.url.absoluteString, options: TestServer.options)
        #expect(client.apiVersion == "2.0.0")
        try await client.operations.test(id: 2)
    }

    @Test func requestShape() throws {
        let (request, _) = try Operations.Test(endpoint: "http://127.0.0.1:3000", id: 2).makeRequest()
        #expect(request.method == .put)
        #expect(request.authority == "127.0.0.1:3000")
        #expect(request.path == "/multiapiCustomBaseUrl/v2/test?id=2&api-version=2.0.0")
    }
}
