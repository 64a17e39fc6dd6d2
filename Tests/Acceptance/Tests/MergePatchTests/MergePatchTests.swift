import AcceptanceSupport
import Foundation
import HTTPTypes
import MergePatch
import SpecGenRuntime
import Testing

/// merge-patch.json: `PATCH /mergePatchJson/single`, `consumes: application/merge-patch+json`, body
/// `type: object` with `properties: {}`. The one scenario (PassMergePatchObject) is a known gap:
/// the body cannot carry `{"foo": "bar"}` and the media type is not the contract's.
@Suite struct MergePatchTests {
    @Test(.disabled("known gap: a body whose operation consumes application/merge-patch+json is sent as application/json"))
    func bodyIsSentAsMergePatchJSON() throws {
        let (request, _) = try Operations.PatchSingle(body: PatchSingleBody()).makeRequest(endpoint: RequestEndpoint(TestServer.url))
        #expect(request.headerFields[.contentType] == "application/merge-patch+json")
    }
}
