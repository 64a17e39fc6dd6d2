import AcceptanceSupport
import BodyDuration
import Foundation
import SpecGenRuntime
import Testing

/// body-duration.json: `/duration/*`. `format: duration` is the runtime's `ISO8601Duration`:
/// read strictly (`"123ABC"` is a `ResponseDecodingError`), written in the canonical form the
/// server (and AutoRest's Python clients, through isodate) use.
@Suite struct BodyDurationTests {
    let client = BodyDurationClient(endpoint: TestServer.url, options: TestServer.options)

    /// `"P3Y6M4DT12H30M5S"`: the calendar parts are kept as they are, so it has no fixed length.
    @Test func positiveDurationDecodes() async throws {
        let duration = try await client.duration.getPositiveDuration()
        #expect(duration == ISO8601Duration(years: 3, months: 6, days: 4, hours: 12, minutes: 30, seconds: 5))
        #expect(duration.description == "P3Y6M4DT12H30M5S")
        #expect(duration.duration == nil)
    }

    /// The server answers 400 unless the body is `"P123DT22H14M12.011S"`; the same value made
    /// from a `Duration` is written the same way.
    @Test func positiveDurationIsSent() async throws {
        try await client.duration.putPositiveDuration(body: ISO8601Duration(days: 123, hours: 22, minutes: 14, seconds: 12.011))
        try await client.duration.putPositiveDuration(body: ISO8601Duration(.seconds(123 * 86_400 + 80_052) + .milliseconds(11)))
    }

    /// `x-nullable: true`: the server's empty body is no value.
    @Test
    func nullIsNil() async throws {
        let value: ISO8601Duration? = try await client.duration.getNull()
        #expect(value == nil)
    }

    @Test func invalidDurationIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.duration.getInvalid() }
        #expect(error?.status == 200)
        #expect(error?.reason.contains("\"123ABC\" is not an ISO 8601 duration") == true)
    }
}
