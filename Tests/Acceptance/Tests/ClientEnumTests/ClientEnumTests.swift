import AcceptanceSupport
import ClientEnum
import Foundation
import HTTPTypes
import SpecGenRuntime
import Testing

/// client-enum.json: `HEAD /clientEnum/head` with the client parameter `x-ms-enum`, a required
/// one-value enum (`single`): a constant the client sends without being asked for it.
@Suite struct ClientEnumTests {
    let client = ClientEnumClient(endpoint: TestServer.url, options: TestServer.options)

    @Test func headSendsTheOneValueEnumHeader() async throws {
        try await client.operations.head()
    }

    @Test func requestCarriesTheConstantHeader() throws {
        let (request, body) = try Operations.Head().makeRequest(endpoint: RequestEndpoint(TestServer.url))
        #expect(request.method == .head)
        #expect(request.headerFields[HTTPField.Name("x-ms-enum")!] == "single")
        #expect(body == nil)
    }
}
