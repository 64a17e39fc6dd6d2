import AcceptanceSupport
import Foundation
import SecurityKey
import SpecGenRuntime
import Testing

/// security-key.json: `HEAD /securitykey` under an `apiKey` requirement (header `security-key`);
/// the server wants `security-key: 123456789`. The client takes a `KeyCredential`, sent by the
/// pipeline in the header the scheme names.
@Suite struct SecurityKeyTests {
    @Test func apiKeyIsSentInItsHeader() async throws {
        let client = SecurityKeyClient(keyCredential: KeyCredential("123456789"), endpoint: TestServer.url, options: TestServer.options)
        try await client.operations.head()
    }

    /// Another key is refused (400); after `update`, the same client sends the new key.
    @Test func rotatedKeyIsSentOnLaterRequests() async throws {
        let key = KeyCredential("wrong")
        let client = SecurityKeyClient(keyCredential: key, endpoint: TestServer.url, options: TestServer.options)
        let error = try await #require(throws: ServiceError.self) { try await client.operations.head() }
        #expect(error.status == 400)
        key.update("123456789")
        try await client.operations.head()
    }
}
