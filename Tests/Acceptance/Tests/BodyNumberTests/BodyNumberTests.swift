import AcceptanceSupport
import BodyNumber
import Foundation
import SpecGenRuntime
import Testing

/// body-number.json: `/number/*`: `float`, `double` and `decimal` (a `Double` in Swift) in
/// scientific and decimal notation. The answers the contract pins with a one-value enum come back
/// as generated enums; the tests check their numeric value.
@Suite struct BodyNumberTests {
    let client = BodyNumberClient(endpoint: TestServer.url, options: TestServer.options)

    @Test func bigFloatDecodes() async throws {
        #expect(try await client.number.getBigFloat().rawValue == 3.402823e20)
    }

    /// The server answers 400 unless the body parses to the double nearest 3.402823e+20.
    @Test func bigFloatIsSent() async throws {
        try await client.number.putBigFloat(body: 3.402823e20)
    }

    /// The answer is `format: double` here, while the request body is `float`.
    @Test func smallFloatDecodes() async throws {
        #expect(try await client.number.getSmallFloat().rawValue == 3.402823e-20)
    }

    /// The server answers 400 unless the body parses to the double nearest 3.402823e-20.
    @Test func smallFloatIsSent() async throws {
        try await client.number.putSmallFloat(body: 3.402823e-20)
    }

    @Test func bigDoubleRoundTrips() async throws {
        #expect(try await client.number.getBigDouble().rawValue == 2.5976931e101)
        try await client.number.putBigDouble(body: 2.5976931e101)
    }

    @Test func smallDoubleRoundTrips() async throws {
        #expect(try await client.number.getSmallDouble().rawValue == 2.5976931e-101)
        try await client.number.putSmallDouble(body: 2.5976931e-101)
    }

    @Test func bigDoubleInDecimalNotationRoundTrips() async throws {
        #expect(try await client.number.getBigDoublePositiveDecimal().rawValue == 99_999_999.99)
        try await client.number.putBigDoublePositiveDecimal(body: .v99999999_99)
        #expect(try await client.number.getBigDoubleNegativeDecimal().rawValue == -99_999_999.99)
        try await client.number.putBigDoubleNegativeDecimal(body: try #require(.init(rawValue: -99_999_999.99)))
    }

    @Test func bigDecimalRoundTrips() async throws {
        #expect(try await client.number.getBigDecimal().rawValue == 2.5976931e101)
        try await client.number.putBigDecimal(body: 2.5976931e101)
    }

    @Test func smallDecimalRoundTrips() async throws {
        #expect(try await client.number.getSmallDecimal().rawValue == 2.5976931e-101)
        try await client.number.putSmallDecimal(body: 2.5976931e-101)
    }

    @Test func bigDecimalInDecimalNotationRoundTrips() async throws {
        #expect(try await client.number.getBigDecimalPositiveDecimal().rawValue == 99_999_999.99)
        try await client.number.putBigDecimalPositiveDecimal(body: try #require(.init(rawValue: 99_999_999.99)))
        #expect(try await client.number.getBigDecimalNegativeDecimal().rawValue == -99_999_999.99)
        try await client.number.putBigDecimalNegativeDecimal(body: try #require(.init(rawValue: -99_999_999.99)))
    }

    /// `2147483656.090096789909j`, `9223372036854775910.980089k` are not JSON numbers.
    @Test func invalidNumbersAreDecodingErrors() async throws {
        let float = await #expect(throws: ResponseDecodingError.self) { try await client.number.getInvalidFloat() }
        #expect(float?.status == 200)
        let double = await #expect(throws: ResponseDecodingError.self) { try await client.number.getInvalidDouble() }
        #expect(double?.status == 200)
        let decimal = await #expect(throws: ResponseDecodingError.self) { try await client.number.getInvalidDecimal() }
        #expect(decimal?.status == 200)
    }

    /// `x-nullable: true`: the server's empty body is no value.
    @Test
    func nullIsNil() async throws {
        let value: Double? = try await client.number.getNull()
        #expect(value == nil)
    }
}
