import AcceptanceSupport
import BodyDate
import Foundation
import SpecGenRuntime
import Testing

/// body-date.json: `/date/*`. `format: date` is the runtime's `CivilDate`: `yyyy-mm-dd` exactly,
/// a day that exists, years 0000–9999; anything else is a `ResponseDecodingError`.
@Suite struct BodyDateTests {
    let client = BodyDateClient(endpoint: TestServer.url, options: TestServer.options)

    @Test func maxDateDecodes() async throws {
        #expect(try await client.dateModel.getMaxDate() == CivilDate(year: 9999, month: 12, day: 31))
    }

    /// The server answers 400 unless the body is `"9999-12-31"`.
    @Test func maxDateIsSent() async throws {
        try await client.dateModel.putMaxDate(body: CivilDate(year: 9999, month: 12, day: 31))
    }

    /// `"0001-01-01"`. The contract's one-value enum `"0000-01-01"` on `format: date` only
    /// constrains the value: the answer is the format's type.
    @Test func minDateDecodes() async throws {
        #expect(try await client.dateModel.getMinDate() == CivilDate(year: 1, month: 1, day: 1))
    }

    /// The server answers 400 unless the body is `"0001-01-01"`.
    @Test func minDateIsSent() async throws {
        try await client.dateModel.putMinDate(body: CivilDate(year: 1, month: 1, day: 1))
    }

    /// `x-nullable: true`: the server's empty body is no value.
    @Test
    func nullIsNil() async throws {
        let value: CivilDate? = try await client.dateModel.getNull()
        #expect(value == nil)
    }

    /// `"201O-18-90"`: a letter O, month 18, day 90.
    @Test func invalidDateIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.dateModel.getInvalidDate() }
        #expect(error?.status == 200)
        #expect(error?.reason.contains("\"201O-18-90\" is not a date") == true)
    }

    /// `"10000000000-12-31"`: beyond the four-digit year of the wire form.
    @Test func overflowDateIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.dateModel.getOverflowDate() }
        #expect(error?.status == 200)
    }

    /// `"0000-00-00"`: no month 0, no day 0.
    @Test func underflowDateIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.dateModel.getUnderflowDate() }
        #expect(error?.status == 200)
    }
}
