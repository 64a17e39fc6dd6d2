import AcceptanceSupport
import BodyDatetimeRfc1123
import Foundation
import SpecGenRuntime
import Testing

/// body-datetime-rfc1123.json: `/datetimerfc1123/*`, `format: date-time-rfc1123` as `Date`
/// (through the runtime's `RFC1123Date`).
@Suite struct BodyDatetimeRfc1123Tests {
    let client = BodyDatetimeRfc1123Client(endpoint: TestServer.url, options: TestServer.options)

    /// Fri, 31 Dec 9999 23:59:59 GMT.
    static let max = Date(timeIntervalSince1970: 253_402_300_799)
    /// Mon, 01 Jan 0001 00:00:00 GMT.
    static let min = Date(timeIntervalSince1970: -62_135_596_800)

    /// `fri, 31 dec 9999 23:59:59 gmt`: names in any case.
    @Test func lowercaseMaxDecodes() async throws {
        #expect(try await client.datetimerfc1123.getUtcLowercaseMaxDateTime() == Self.max)
    }

    /// `FRI, 31 DEC 9999 23:59:59 GMT`.
    @Test func uppercaseMaxDecodes() async throws {
        #expect(try await client.datetimerfc1123.getUtcUppercaseMaxDateTime() == Self.max)
    }

    /// The server answers 400 unless the body parses to the same date as `Fri, 31 Dec 9999 23:59:59 GMT`.
    @Test func maxIsSent() async throws {
        try await client.datetimerfc1123.putUtcMaxDateTime(body: Self.max)
    }

    /// The server answers 400 unless the body parses to the same date as `Mon, 01 Jan 0001 00:00:00 GMT`.
    @Test func minIsSent() async throws {
        try await client.datetimerfc1123.putUtcMinDateTime(body: Self.min)
    }

    /// `Tue, 01 Dec 2000 00:00:0A ABC`.
    @Test func invalidDateIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.datetimerfc1123.getInvalid() }
        #expect(error?.status == 200)
    }

    /// `Sat, 1 Jan 10000 00:00:00 GMT`: RFC 1123 (as HTTP-date) has four-digit years.
    @Test func fiveDigitYearIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.datetimerfc1123.getOverflow() }
        #expect(error?.status == 200)
    }

    /// `Tue, 00 Jan 0000 00:00:00 GMT`: there is no day 0.
    @Test func dayZeroIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.datetimerfc1123.getUnderflow() }
        #expect(error?.status == 200)
    }

    /// `x-nullable: true`: the server's empty body is no value.
    @Test
    func nullIsNil() async throws {
        let value: Date? = try await client.datetimerfc1123.getNull()
        #expect(value == nil)
    }

    /// `Mon, 01 Jan 0001 00:00:00 GMT`. The contract's one-value enum `Sun, 1 Jan 0001 00:00:00 GMT`
    /// (the same instant, with a wrong weekday) only constrains the value: the answer is a `Date`.
    @Test func minDecodes() async throws {
        #expect(try await client.datetimerfc1123.getUtcMinDateTime() == Self.min)
    }
}
