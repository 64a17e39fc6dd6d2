import AcceptanceSupport
import BodyTime
import Foundation
import SpecGenRuntime
import Testing

/// body-time.json: `/time/*`. `format: time` is still a plain `String` in the generated client,
/// so these tests can only check the text.
@Suite struct BodyTimeTests {
    let client = BodyTimeClient(endpoint: TestServer.url, options: TestServer.options)

    @Test func timeDecodesAsText() async throws {
        #expect(try await client.time.get() == "11:34:56")
    }

    /// The server answers 400 unless the body is `"08:07:56"`, and 200 with a JSON string otherwise.
    @Test func timeIsSentAndTheAnswerDecodes() async throws {
        #expect(try await client.time.put(body: "08:07:56") == "Nice job posting time")
    }
}
