import AcceptanceSupport
import Foundation
import HTTPTypes
import MergePatch
import SpecGenRuntime
import Testing

/// merge-patch.json: `PATCH /mergePatchJson/single`, `consumes: application/merge-patch+json`, body
/// `type: object` with `properties: {}` (a `JSONValue`). The request is right: `{"foo":"bar"}`
/// with the contract's media type. The one scenario (PassMergePatchObject) is still a known gap:
/// the server also wants `Content-Length: 14`, i.e. Python's `json.dumps` spacing `{"foo": "bar"}`;
/// a compact encoder sends the same object in 13 bytes.
@Suite struct MergePatchTests {
    let client = MergePatchClient(endpoint: TestServer.url, options: TestServer.options)
    static let body: JSONValue = .object(["foo": .string("bar")])

    @Test func bodyIsSentAsMergePatchJSON() throws {
        let (request, body) = try Operations.PatchSingle(body: Self.body).makeRequest(endpoint: RequestEndpoint(TestServer.url))
        #expect(request.method == .patch)
        #expect(request.path == "/mergePatchJson/single")
        #expect(request.headerFields[.contentType] == "application/merge-patch+json")
        #expect(body.map { String(decoding: $0, as: UTF8.self) } == #"{"foo":"bar"}"#)
    }

    /// Known gap (PassMergePatchObject): the server refuses anything but a 14-byte body.
    @Test func mergePatchObjectIsAccepted() async throws {
        await withKnownIssue("the server checks Content-Length 14 (json.dumps spacing); {\"foo\":\"bar\"} is 13 bytes") {
            try await client.operations.patchSingle(body: Self.body)
        }
    }
}
