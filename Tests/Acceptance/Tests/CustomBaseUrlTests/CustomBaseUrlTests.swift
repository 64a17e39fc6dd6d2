import AcceptanceSupport
import CustomBaseUrl
import Foundation
import SpecGenRuntime
import Testing

/// custom-baseUrl.json: `GET /customuri` on the host `x-ms-parameterized-host` builds from
/// `{accountName}{host}` (`accountName` an operation parameter, `host` a client parameter
/// defaulting to "host"; the contract has no `schemes`, so http); the contract's own `host` is the
/// placeholder `badhost`. For the test server on 127.0.0.1:PORT, accountName "127.0.0.1" and
/// host ":PORT" fill the template.
@Suite struct CustomBaseUrlTests {
    static var port: Int { TestServer.url.port ?? 80 }

    @Test func requestGoesToTheFilledHostTemplate() async throws {
        let client = CustomBaseUrlClient(host: ":\(Self.port)", options: TestServer.options)
        #expect(client.host == ":\(Self.port)")
        try await client.paths.getEmpty(accountName: "127.0.0.1")
    }

    /// The client parameter's default ("host") and the account name make the host; not `badhost`.
    @Test func hostComesFromTheTemplateNotThePlaceholder() throws {
        let (request, _) = try Paths.GetEmpty(accountName: "local").makeRequest()
        #expect(request.scheme == "http")
        #expect(request.authority == "localhost")
        #expect(request.path == "/customuri")
    }
}
