import AcceptanceSupport
import CustomBaseUrlMoreOptions
import Foundation
import SpecGenRuntime
import Testing

/// custom-baseUrl-more-options.json: `GET /customuri/{subscriptionId}/{keyName}?keyVersion=v1` on
/// the host `x-ms-parameterized-host` builds from `{vault}{secret}{dnsSuffix}` (no scheme prefix:
/// `vault` carries it; `dnsSuffix` a client parameter defaulting to "host", `subscriptionId` a
/// client parameter, `vault` and `secret` operation parameters).
@Suite struct CustomBaseUrlMoreOptionsTests {
    static var port: Int { TestServer.url.port ?? 80 }

    /// "http://127.0.0" + ".1" + ":PORT" is the test server.
    @Test func requestGoesToTheFilledHostTemplate() async throws {
        let client = CustomBaseUrlMoreOptionsClient(subscriptionId: "test12", dnsSuffix: ":\(Self.port)", options: TestServer.options)
        try await client.paths.getEmpty(vault: "http://127.0.0", secret: ".1", keyName: "key1", keyVersion: "v1")
    }

    @Test func pathAndQuery() throws {
        let (request, _) = try Paths.GetEmpty(vault: "https://myvault", secret: "", keyName: "key1", subscriptionId: "test12", keyVersion: "v1").makeRequest()
        #expect(request.scheme == "https")
        #expect(request.authority == "myvaulthost")
        #expect(request.path == "/customuri/test12/key1?keyVersion=v1")
    }
}
