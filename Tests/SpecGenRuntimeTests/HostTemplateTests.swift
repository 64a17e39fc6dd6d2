import Foundation
import Testing
@testable import SpecGenRuntime

@Suite struct HostTemplateTests {
    @Test func fillsTheTemplateEncodingUnlessTold() throws {
        let template = HostTemplate("{accountName}{host}", scheme: "http", basePath: "/api")
        let endpoint = try template.endpoint([.init("accountName", "local", skipEncoding: true), .init("host", "host:3000", skipEncoding: true)])
        #expect(endpoint.url.absoluteString == "http://localhost:3000/api")
        let encoded = try HostTemplate("example.com/{path}", scheme: "https").endpoint([.init("path", "a b/c", skipEncoding: false)])
        #expect(encoded.url.absoluteString == "https://example.com/a%20b%2Fc")
        let whole = try HostTemplate("{endpoint}/multiapi/v1", scheme: nil).endpoint([.init("endpoint", "http://127.0.0.1:3000", skipEncoding: true)])
        #expect(whole.url.absoluteString == "http://127.0.0.1:3000/multiapi/v1")
        #expect(whole.basePath == "/multiapi/v1")
    }

    @Test func aMissingValueOrANonURLIsAnError() {
        #expect(throws: InvalidEndpointError.self) { try HostTemplate("{a}{b}", scheme: "http").endpoint([.init("a", "x", skipEncoding: true)]) }
        #expect(throws: InvalidEndpointError.self) { try HostTemplate("{endpoint}", scheme: nil).endpoint([.init("endpoint", "not a url", skipEncoding: true)]) }
    }
}
