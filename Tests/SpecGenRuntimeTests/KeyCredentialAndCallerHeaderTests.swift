import Foundation
import HTTPTypes
import Testing
@testable import SpecGenRuntime

/// API keys follow the token's rules; headers a contract declares itself are sent as given.
@Suite struct KeyCredentialAndCallerHeaderTests {
    static let ok: RecordingTransport.Script = { _, _ in (HTTPResponse(status: .ok), Data()) }

    func client(_ transport: RecordingTransport, endpoint: String = "https://example.com", key: KeyCredential) -> ServiceClient {
        ServiceClient(endpoint: URL(string: endpoint)!, credential: nil, scopes: [],
                      keyAuthorization: KeyAuthorization(credential: key, headerName: "security-key"), transport: transport)
    }

    @Test func theKeyGoesInTheContractsHeaderAndRotates() async throws {
        let transport = RecordingTransport(Self.ok)
        let key = KeyCredential("123456789")
        let service = client(transport, key: key)
        let request = HTTPRequest(method: .get, scheme: "https", authority: "example.com", path: "/a")
        _ = try await service.send(request, body: nil)
        key.update("987654321")
        _ = try await service.send(request, body: nil)
        #expect(transport.requests.map { $0.headerFields[HTTPField.Name("security-key")!] } == ["123456789", "987654321"])
        #expect(transport.authorizations == [nil, nil])
    }

    @Test func theKeyStaysOffOtherHostsAndPlainHTTP() async throws {
        let transport = RecordingTransport(Self.ok)
        let service = client(transport, key: KeyCredential("secret"))
        await #expect(throws: TokenConfinementError.self) {
            _ = try await service.send(HTTPRequest(method: .get, scheme: "https", authority: "evil.example", path: "/"), body: nil)
        }
        let plain = client(transport, endpoint: "http://example.com", key: KeyCredential("secret"))
        await #expect(throws: TokenConfinementError.self) {
            _ = try await plain.send(HTTPRequest(method: .get, scheme: "http", authority: "example.com", path: "/"), body: nil)
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func aClientRequestIDOrUserAgentTheRequestCarriesIsKept() async throws {
        let transport = RecordingTransport(Self.ok)
        let service = ServiceClient(endpoint: URL(string: "https://example.com")!, credential: nil, scopes: [], transport: transport)
        var request = HTTPRequest(method: .get, scheme: "https", authority: "example.com", path: "/a")
        _ = try await service.send(request, body: nil)
        request.headerFields[HTTPField.Name("x-ms-client-request-id")!] = "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0"
        request.headerFields[.userAgent] = "overwrite"
        _ = try await service.send(request, body: nil)
        let sent = transport.requests
        #expect(sent[0].headerFields[.userAgent]?.hasPrefix("azsdk-swift-SpecGenRuntime/") == true)
        #expect(sent[0].headerFields[HTTPField.Name("x-ms-client-request-id")!]?.count == 36)
        #expect(sent[1].headerFields[.userAgent] == "overwrite")
        #expect(sent[1].headerFields[HTTPField.Name("x-ms-client-request-id")!] == "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0")
    }
}
