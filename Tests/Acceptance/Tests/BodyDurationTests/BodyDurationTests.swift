import AcceptanceSupport
import BodyDuration
import Foundation
import SpecGenRuntime
import Testing

/// body-duration.json: `/duration/*`. `format: duration` is still a plain `String` in the
/// generated client: valid durations are checked as text, and the scenarios that need a duration
/// type (or an empty body read as nil) are known gaps (Tests/Acceptance/known-gaps.tsv).
@Suite struct BodyDurationTests {
    let client = BodyDurationClient(endpoint: TestServer.url, options: TestServer.options)

    @Test func positiveDurationDecodesAsText() async throws {
        #expect(try await client.duration.getPositiveDuration() == "P3Y6M4DT12H30M5S")
    }

    /// The server answers 400 unless the body is `"P123DT22H14M12.011S"`.
    @Test func positiveDurationIsSent() async throws {
        try await client.duration.putPositiveDuration(body: "P123DT22H14M12.011S")
    }

    /// `x-nullable: true`: the server's empty body is no value.
    @Test(.disabled("known gap getDurationNull: the method returns String? now, but the generated Response decodes with ResponseDecoding.body(String?.self, from: body), which throws ResponseDecodingError on the server's empty 200 body (invalid JSON at byte 0: unexpected end of input) instead of returning nil"))
    func nullIsNil() async throws {
        let value: String? = try await client.duration.getNull()
        #expect(value == nil)
    }

    /// Known gap getDurationInvalid: `"123ABC"` is a valid `String`, so nothing can reject it.
    @Test(.disabled("known gap getDurationInvalid: format duration is a String, so an invalid ISO 8601 duration is not rejected"))
    func invalidDurationIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.duration.getInvalid() }
        #expect(error?.status == 200)
    }
}
