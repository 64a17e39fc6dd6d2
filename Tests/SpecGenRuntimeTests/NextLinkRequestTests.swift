import Foundation
import HTTPTypes
@testable import SpecGenRuntime
import Testing

/// Next links and polling URLs are absolute URLs the service hands out; the GET for them must keep
/// them as written.
@Suite struct NextLinkRequestTests {
    @Test func keepsPercentEncodingQueryAndPort() throws {
        let url = try #require(URL(string: "https://example.com:8443/items/a%2Fb?api-version=2025-08-01&$skiptoken=x%3D1"))
        let request = try #require(HTTPRequest(getting: url))
        #expect(request.method == .get)
        #expect(request.authority == "example.com:8443")
        #expect(request.path == "/items/a%2Fb?api-version=2025-08-01&$skiptoken=x%3D1")
    }

    @Test func keepsIPv6BracketsAndDefaultsThePath() throws {
        let url = try #require(URL(string: "http://[::1]:9000"))
        let request = try #require(HTTPRequest(getting: url))
        #expect(request.authority == "[::1]:9000")
        #expect(request.path == "/")
    }
}
