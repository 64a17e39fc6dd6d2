import AcceptanceSupport
import BodyNumberQuirks
import Foundation
import SpecGenRuntime
import Testing

/// body-number.quirks.json: the `/number/*` routes of body-number.json with plain `number`
/// request bodies and a `getNull` answer that is not `x-nullable`.
@Suite struct BodyNumberQuirksTests {
    let client = BodyNumberQuirksClient(endpoint: TestServer.url, options: TestServer.options)

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

    /// Here the answer's enum has no `x-ms-enum`, so it is an extensible enum.
    @Test func bigDoubleRoundTrips() async throws {
        #expect(try await client.number.getBigDouble() == .v2_5976931e101)
        try await client.number.putBigDouble(body: 2.5976931e101)
    }

    @Test func smallDoubleRoundTrips() async throws {
        #expect(try await client.number.getSmallDouble().rawValue == 2.5976931e-101)
        try await client.number.putSmallDouble(body: 2.5976931e-101)
    }

    @Test func bigDoubleInDecimalNotationRoundTrips() async throws {
        #expect(try await client.number.getBigDoublePositiveDecimal().rawValue == 99_999_999.99)
        try await client.number.putBigDoublePositiveDecimal(body: 99_999_999.99)
        #expect(try await client.number.getBigDoubleNegativeDecimal().rawValue == -99_999_999.99)
        try await client.number.putBigDoubleNegativeDecimal(body: -99_999_999.99)
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
        try await client.number.putBigDecimalPositiveDecimal(body: 99_999_999.99)
        #expect(try await client.number.getBigDecimalNegativeDecimal().rawValue == -99_999_999.99)
        try await client.number.putBigDecimalNegativeDecimal(body: -99_999_999.99)
    }

    /// Here the answer is a plain `number`: an empty body breaks the contract, and says so.
    @Test func missingBodyIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.number.getNull() }
        #expect(error?.status == 200)
    }

    @Test func invalidNumbersAreDecodingErrors() async throws {
        let float = await #expect(throws: ResponseDecodingError.self) { try await client.number.getInvalidFloat() }
        #expect(float?.status == 200)
        let double = await #expect(throws: ResponseDecodingError.self) { try await client.number.getInvalidDouble() }
        #expect(double?.status == 200)
    }
}
