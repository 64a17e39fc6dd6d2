import AcceptanceSupport
import BodyInteger
import Foundation
import SpecGenRuntime
import Testing

/// body-integer.json: `/int/*`: `int32`/`int64` limits, and `format: unixtime` as `Date`.
@Suite struct BodyIntegerTests {
    let client = BodyIntegerClient(endpoint: TestServer.url, options: TestServer.options)

    /// 2016-04-13T00:00:00Z, `1460505600` on the wire.
    static let unixTime = Date(timeIntervalSince1970: 1_460_505_600)

    /// The server answers 400 unless it receives 2147483647 / -2147483648.
    @Test func int32LimitsAreSent() async throws {
        try await client.intModel.putMax32(body: Int32.max)
        try await client.intModel.putMin32(body: Int32.min)
    }

    /// The server compares JavaScript numbers: ±9223372036854775807 must arrive as such.
    @Test func int64LimitsAreSent() async throws {
        try await client.intModel.putMax64(body: Int64.max)
        try await client.intModel.putMin64(body: Int64.min)
    }

    /// 2147483656 and -2147483656 do not fit an `int32`.
    @Test func int32OverflowAndUnderflowAreDecodingErrors() async throws {
        let overflow = await #expect(throws: ResponseDecodingError.self) { try await client.intModel.getOverflowInt32() }
        #expect(overflow?.status == 200)
        let underflow = await #expect(throws: ResponseDecodingError.self) { try await client.intModel.getUnderflowInt32() }
        #expect(underflow?.status == 200)
    }

    /// 9223372036854775910 does not fit an `int64`.
    @Test func int64OverflowIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.intModel.getOverflowInt64() }
        #expect(error?.status == 200)
    }

    /// -9223372036854775910 does not fit an `int64`.
    @Test func int64UnderflowIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.intModel.getUnderflowInt64() }
        #expect(error?.status == 200)
    }

    /// `123jkl` is not JSON.
    @Test func invalidIntegerIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.intModel.getInvalid() }
        #expect(error?.status == 200)
    }

    @Test func unixTimeDecodesToItsInstant() async throws {
        #expect(try await client.intModel.getUnixTime() == Self.unixTime)
    }

    /// The server answers 400 unless the body is the number 1460505600.
    @Test func unixTimeIsSentAsSeconds() async throws {
        try await client.intModel.putUnixTimeDate(body: Self.unixTime)
    }

    @Test func invalidUnixTimeIsADecodingError() async throws {
        let error = await #expect(throws: ResponseDecodingError.self) { try await client.intModel.getInvalidUnixTime() }
        #expect(error?.status == 200)
    }

    /// `x-nullable: true`: the server's empty body is no value.
    @Test
    func nullIsNil() async throws {
        let value: Int? = try await client.intModel.getNull()
        #expect(value == nil)
    }

    @Test
    func nullUnixTimeIsNil() async throws {
        let value: Date? = try await client.intModel.getNullUnixTime()
        #expect(value == nil)
    }
}
